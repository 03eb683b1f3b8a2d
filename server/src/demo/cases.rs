//! Demo referral cases: open, overdue and closed.

use super::data::demo_id;
use crate::fail::fail;
use anyhow::Result;
use chrono::Duration;
use domain::platform::Email;
use platform::ssr::{AppState, users};

/// Referral cases at the city's referral centre: a new one, one overdue for
/// contact (and reported late), one contacted, and two closed.
pub(crate) async fn demo_cases(state: &AppState, institutions: &[domain::ids::InstitutionId]) -> Result<()> {
    use booking::store::cases::{DemoCase, NewReferral, insert_demo};
    use domain::booking::case::{CaseOutcome, ReporterKind};
    use domain::booking::referral::{WorkingDays, contact_due};
    use domain::booking::triage::ProblemDomain as D;
    let (db, now, today) = (&state.db, state.clock.now(), state.clock.today());
    let reporter = users::by_email(db, &Email::parse("teacher@demo.tw").map_err(fail)?)
        .await
        .map_err(fail)?
        .map(|u| u.id);
    let days = |n: i64| today - Duration::days(n);
    // (name, age in days, opened days ago, observed days before opening,
    //  contacted days ago, outcome, institution, observation, domains)
    type Case<'a> = (
        &'a str,
        i64,
        i64,
        i64,
        Option<i64>,
        Option<CaseOutcome>,
        usize,
        &'a str,
        &'a [D],
    );
    let cases: [Case; 5] = [
        (
            "吳小語(示範)",
            800,
            0,
            2,
            None,
            None,
            0,
            "示範: 2 歲 2 個月, 只會說 3 到 4 個單字, 叫名字常常沒有回應.",
            &[D::LanguageSpeech, D::CognitionSocial],
        ),
        (
            "周小翔(示範)",
            1300,
            8,
            10,
            None,
            None,
            1,
            "示範: 3 歲半, 走路常跌倒, 還不會雙腳跳.",
            &[D::Motor],
        ),
        (
            "鄭小芸(示範)",
            1700,
            6,
            3,
            Some(4),
            None,
            2,
            "示範: 4 歲半, 不太會和其他孩子玩, 說話只用短句.",
            &[D::CognitionSocial, D::LanguageSpeech],
        ),
        (
            "許小宇(示範)",
            1000,
            40,
            5,
            Some(38),
            Some(CaseOutcome::FamilyDeclined),
            0,
            "示範: 2 歲 9 個月, 還不會用湯匙, 手部動作較慢.",
            &[D::Motor],
        ),
        (
            "蔡小晴(示範)",
            2000,
            30,
            2,
            Some(29),
            Some(CaseOutcome::AlreadyInServices),
            1,
            "示範: 5 歲半, 身高體重都在生長曲線以下.",
            &[D::Growth],
        ),
    ];
    for (i, (name, age, opened_ago, observed_before, contacted_ago, outcome, inst, observation, domains)) in
        cases.into_iter().enumerate()
    {
        let id = demo_id(10 + i as u32);
        let opened = days(opened_ago);
        let institution = institutions.get(inst).copied();
        let kind = match inst {
            0 => ReporterKind::School,
            1 => ReporterKind::Medical,
            _ => ReporterKind::SocialWelfare,
        };
        let referral = NewReferral {
            child_key: state.keys.child_key(&id),
            national_id_enc: state.keys.encrypt(id.expose()),
            national_id_masked: id.masked(),
            child_name: name.into(),
            birth_date: days(age),
            guardian_name: "示範家長 Demo Parent".into(),
            phone: "0912345678".into(),
            email: None,
            reporter_user_id: if inst == 0 { reporter } else { None },
            institution_id: institution,
            reporter_kind: kind,
            reporter_name: "示範通報人員 Demo Reporter".into(),
            observed_on: opened - Duration::days(observed_before),
            reported_on: opened,
            observation: observation.into(),
            domains: domains.iter().copied().collect(),
            screening: None,
            contact_due: contact_due(opened, 3, &WorkingDays::default()),
            home_district: Some(super::history::bookings::HOMES[i % 13].0),
            contact_key: format!("demo-contact-{i}"),
        };
        let case = DemoCase {
            referral: &referral,
            opened_on: opened,
            first_contact: contacted_ago.map(days),
            closed: outcome.map(|o| (o, opened + Duration::days(20))),
        };
        insert_demo(db, &case, now).await.map_err(fail)?;
    }
    Ok(())
}
