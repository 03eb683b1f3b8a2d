//! Demo waitlist: families waiting for the second centre.

use super::data::demo_id;
use crate::fail::fail;
use anyhow::Result;
use chrono::Duration;
use domain::ids::CentreId;
use platform::ssr::AppState;

/// Families waiting for the second centre from after its last open day
/// (so no place is free for them yet): three children of three to five,
/// first assessments.
pub(crate) async fn demo_waitlist(state: &AppState, centre: CentreId) -> Result<()> {
    use booking::store::waitlist::{NewWait, insert_demo};
    use domain::booking::waitlist::{Wish, WishedPlace};
    let (now, today) = (state.clock.now(), state.clock.today());
    let families: [(&str, i64); 3] = [("吳小宇(示範)", 1300), ("周小晴(示範)", 1700), ("蔡小傑(示範)", 1900)];
    for (i, (name, age_days)) in families.into_iter().enumerate() {
        let id = demo_id(100 + i as u32);
        let birth = today - Duration::days(age_days);
        let reference = domain::booking::waitlist::WaitReference::from_random(0x3A17 + i as u64);
        let w = NewWait {
            child_key: state.keys.child_key(&id),
            national_id_enc: state.keys.encrypt(id.expose()),
            national_id_masked: id.masked(),
            child_name: name.into(),
            triage: domain::booking::TriageInput {
                birth_date: birth,
                due_date: None,
                previous: None,
                high_risk: Default::default(),
                domains: [domain::booking::triage::ProblemDomain::LanguageSpeech].into(),
            },
            filled_by: "parent".into(),
            phone: format!("09{:08}", 11_110_000 + i),
            email: None,
            notes: String::new(),
            channels: domain::booking::contact::Channels::Sms,
            lang: "zh-Hant-TW",
            user_id: None,
            first_assessment: true,
            home_district: Some(domain::booking::District::of("Bade")),
            wish: Wish {
                place: WishedPlace::Centre(centre.get()),
                from: today + Duration::days(62),
            },
            // Demo rows are the system's own: nothing to screen.
            known_family: true,
            record_refuses: false,
        };
        insert_demo(&state.db, &w, reference.as_str(), now - (3 - i as i64) * 86_400 * 7)
            .await
            .map_err(fail)?;
    }
    Ok(())
}
