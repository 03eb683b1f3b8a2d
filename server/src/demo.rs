//! Clearly labelled demo data for an empty database (`DEMO_DATA=1`).

use anyhow::Result;
use booking::store::{centres, clinic_days};
use chrono::{Datelike, Duration};
use domain::booking::Quota;
use domain::booking::session_plan::SessionPlan;
use domain::ids::CentreId;
use domain::platform::{Email, Role};
use domain::{Bilingual, Named};
use platform::ssr::{AppState, auth_backend::hash_password, users};

mod data;

pub use data::DEMO_ACCOUNTS;
use data::{CENTRES, DEMO_INSTITUTIONS, DEMO_RESTAURANTS};

fn fail(e: impl std::fmt::Display) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

pub async fn load(
    state: &AppState,
    meals_state: &meals::state::MealsState,
    offers: &booking::store::waitlist::Policy,
    history: crate::history::Scale,
) -> Result<()> {
    let db = &state.db;
    if users::count(db).await.map_err(fail)? > 0 {
        tracing::info!("DEMO_DATA=1 but the database is not empty: demo data not loaded");
        return Ok(());
    }
    let now = state.clock.now();
    let today = state.clock.today();
    let plan = serde_json::to_string(&SessionPlan::typical())?;
    let disciplines = domain::booking::session_plan::Discipline::all()
        .map(|d| d.as_str())
        .collect::<Vec<_>>()
        .join(",");
    let mut centre_ids = Vec::new();
    for c in &CENTRES {
        let fields = centres::CentreFields {
            name: Bilingual::new(format!("{}(示範)", c.zh), format!("{} (demo)", c.en)),
            district: c.district,
            address: Bilingual::new(c.address_zh, c.address_en),
            phone: c.phone.into(),
            disciplines: disciplines.clone(),
            checkin_time: "08:30".into(),
            notes: Bilingual::new(
                "示範資料:實際服務與時段請以醫院公告為準。請於報到時間前 10 分鐘到達兒童發展聯合評估中心。",
                "Demo data: check the hospital's own notices for real services and times. Please arrive 10 minutes before check-in at the child development assessment centre.",
            ),
            active: true,
        };
        let id = centres::insert(db, &fields, true, now).await.map_err(fail)?;
        centre_ids.push(id);
        let days: Vec<String> = (1..=61)
            .map(|n| today + Duration::days(n))
            .filter(|d| c.weekdays.contains(&d.weekday()))
            .map(|d| d.to_string())
            .collect();
        let new_day = clinic_days::NewDay {
            centre_id: id,
            quota: Quota::new(6, 2).map_err(fail)?,
            session_plan_json: &plan,
            checkin_time: "08:30",
        };
        clinic_days::open(db, &new_day, &days, now, offers)
            .await
            .map_err(fail)?;
    }
    demo_registrations(state, centre_ids[0], centre_ids[1], offers).await?;
    demo_waitlist(state, centre_ids[1]).await?;
    let first_centre = centre_ids[0];
    let mut institutions = Vec::new();
    for (zh, en, kind, district) in DEMO_INSTITUTIONS {
        let id = booking::store::institutions::insert(db, &Bilingual::new(zh, en), kind, district, true, now)
            .await
            .map_err(fail)?;
        institutions.push(id);
    }
    let mut restaurants = Vec::new();
    for (zh, en, township) in DEMO_RESTAURANTS {
        restaurants.push(
            meals::store::restaurants::insert(db, zh, en, township, true, now)
                .await
                .map_err(fail)?,
        );
    }
    let first_restaurant = restaurants[0];
    let mut county_admin = None;
    for (email, password, role, name) in DEMO_ACCOUNTS {
        let hash = hash_password(password.to_string()).await;
        let email = Email::parse(email).map_err(fail)?;
        let new = users::NewUser {
            email: &email,
            password_hash: &hash,
            role,
            display_name: name,
            workplace: match role {
                Role::CentreStaff => Some(first_centre.get()),
                Role::RestaurantStaff => Some(first_restaurant.get()),
                Role::Reporter => Some(institutions[0].get()),
                Role::Parent | Role::CityAdmin | Role::CountyAdmin | Role::CaseManager => None,
            },
            is_demo: true,
            must_change_password: false,
        };
        let id = users::insert(db, new, now).await.map_err(fail)?;
        if role == Role::CountyAdmin {
            county_admin = Some(id);
        }
    }
    demo_cases(state, &institutions).await?;
    for provider in data::demo_providers() {
        booking::store::providers::insert(db, &provider, true, now)
            .await
            .map_err(fail)?;
    }
    meals::demo::load(state, meals_state, &restaurants, county_admin)
        .await
        .map_err(fail)?;
    tracing::info!(
        "demo data loaded: 8 centres with clinic days for two months and 3 families waiting, 3 institutions with referral cases, 6 therapy providers, 5 restaurants (3 public, 1 waiting, 1 suspended), 5 farms in the county's directory, 7 accounts"
    );
    crate::history::write(state, history, 7).await?;
    for (email, password, role, _) in DEMO_ACCOUNTS {
        tracing::info!(role = role.as_str(), email, password, "demo account");
    }
    Ok(())
}

/// A valid ID number for a demo child (the check digit computed).
fn demo_id(n: u32) -> domain::booking::NationalId {
    domain::booking::NationalId::example('H', 2, 9_000_000 + n)
        .unwrap_or_else(|| unreachable!("one check digit always fits"))
}

/// Today's clinic at the first centre, with demo families to verify, check in
/// and mark; and a full day at the second centre.
async fn demo_registrations(
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

/// Families waiting for the second centre from after its last open day
/// (so no place is free for them yet): three children of three to five,
/// first assessments.
async fn demo_waitlist(state: &AppState, centre: CentreId) -> Result<()> {
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
            home_district: Some(domain::booking::District::Bade),
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

/// Referral cases at the city's referral centre: a new one, one overdue for
/// contact (and reported late), one contacted, and two closed.
async fn demo_cases(state: &AppState, institutions: &[domain::ids::InstitutionId]) -> Result<()> {
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
            home_district: Some(
                domain::booking::District::all()
                    .nth(i % 13)
                    .unwrap_or(domain::booking::District::Taoyuan),
            ),
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
