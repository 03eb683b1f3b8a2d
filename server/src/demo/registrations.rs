//! Demo registrations: today's clinic at the first centre, and a full day at the second.

use super::data::demo_id;
use crate::fail::fail;
use anyhow::Result;
use booking::store::clinic_days;
use chrono::Duration;
use domain::booking::Quota;
use domain::booking::session_plan::SessionPlan;
use domain::ids::CentreId;
use platform::ssr::AppState;

/// Today's clinic at the first centre, with demo families to verify, check in
/// and mark; and a full day at the second centre.
pub(crate) async fn demo_registrations(
    state: &AppState,
    centre: CentreId,
    second: CentreId,
    offers: &booking::store::waitlist::Policy,
) -> Result<()> {
    use booking::store::registrations::{DemoRegistration, insert_demo};
    use domain::booking::RegistrationStatus as S;
    use domain::booking::registration::Review;
    let (db, now, today) = (&state.db, state.clock.now(), state.clock.today());
    let plan = serde_json::to_string(&SessionPlan::typical())?;
    let new_day = clinic_days::NewDay {
        centre_id: centre,
        quota: Quota::new(6, 2).map_err(fail)?,
        session_plan_json: &plan,
        checkin_time: "08:30",
    };
    clinic_days::open(db, &new_day, &[today.to_string()], now, offers)
        .await
        .map_err(fail)?;
    let today_id = clinic_days::of_centre(db, now, centre, &today.to_string(), &today.to_string())
        .await
        .map_err(fail)?[0]
        .id;
    let full_day = {
        let d = today + Duration::days(3);
        let new_day = clinic_days::NewDay {
            centre_id: second,
            quota: Quota::new(1, 0).map_err(fail)?,
            session_plan_json: &plan,
            checkin_time: "08:30",
        };
        clinic_days::open(db, &new_day, &[d.to_string()], now, offers)
            .await
            .map_err(fail)?;
        let id = clinic_days::of_centre(db, now, second, &d.to_string(), &d.to_string())
            .await
            .map_err(fail)?
            .first()
            .map(|d| d.id);
        if let Some(id) = id {
            clinic_days::resize(db, second, id, Quota::new(1, 0).map_err(fail)?, now, offers)
                .await
                .map_err(fail)?;
        }
        id
    };
    // The last one is the fourth child again, booked today by someone not
    // known as the family: flagged for the staff as a duplicate.
    let families = [
        ("陳小安(示範)", 900, S::Confirmed, Some(today_id), 0, None),
        ("林小寶(示範)", 1500, S::Confirmed, Some(today_id), 1, None),
        ("黃小明(示範)", 1200, S::Submitted, Some(today_id), 2, None),
        ("張小華(示範)", 1000, S::Submitted, full_day, 3, None),
        (
            "張小華(示範)",
            1000,
            S::Submitted,
            Some(today_id),
            3,
            Some(Review::Duplicate),
        ),
    ];
    for (i, (name, age_days, status, day, child, review)) in families.into_iter().enumerate() {
        let Some(day_id) = day else { continue };
        let id = demo_id(child);
        let birth = today - Duration::days(age_days);
        let reference = domain::booking::BookingReference::from_random(0xDE40 + i as u64).to_string();
        let key = state.keys.child_key(&id);
        let enc = state.keys.encrypt(id.expose());
        let d = DemoRegistration {
            day_id,
            reference: &reference,
            child_key: &key,
            national_id_enc: &enc,
            national_id_masked: &id.masked(),
            child_name: name,
            birth_date: &birth.to_string(),
            status,
            user_id: None,
            review,
        };
        insert_demo(db, &d, domain::booking::age::is_under_three_on(birth, today), now)
            .await
            .map_err(fail)?;
    }
    Ok(())
}
