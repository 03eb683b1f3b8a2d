//! Clearly labelled demo data for an empty database (`DEMO_DATA=1`).

use anyhow::Result;
use booking::store::{centres, clinic_days};
use chrono::{Datelike, Duration};
use domain::booking::Quota;
use domain::booking::session_plan::SessionPlan;
use domain::platform::{Email, Role};
use domain::{Bilingual, Named};
use platform::ids::{CentreId, ClinicDayId};
use platform::ssr::{AppState, auth_backend::hash_password, users};

mod data;

pub use data::DEMO_ACCOUNTS;
use data::{CENTRES, DEMO_RESTAURANTS};

fn fail(e: impl std::fmt::Display) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

pub async fn load(state: &AppState, meals_state: &meals::state::MealsState) -> Result<()> {
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
        clinic_days::open(db, &new_day, &days, now).await.map_err(fail)?;
    }
    demo_registrations(state, centre_ids[0], centre_ids[1]).await?;
    let first_centre = centre_ids[0];
    let mut restaurants = Vec::new();
    for (zh, en, township) in DEMO_RESTAURANTS {
        restaurants.push(
            meals::store::restaurants::insert(db, zh, en, township, true, now)
                .await
                .map_err(fail)?,
        );
    }
    let first_restaurant = restaurants[0];
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
                Role::Parent | Role::CityAdmin | Role::CountyAdmin => None,
            },
            is_demo: true,
        };
        users::insert(db, new, now).await.map_err(fail)?;
    }
    meals::demo::load(state, meals_state, &restaurants)
        .await
        .map_err(fail)?;
    tracing::info!("demo data loaded: 8 centres with clinic days for two months, 3 restaurants with meals, 5 accounts");
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
async fn demo_registrations(state: &AppState, centre: CentreId, second: CentreId) -> Result<()> {
    use booking::store::registrations::{DemoRegistration, insert_demo};
    use domain::booking::RegistrationStatus as S;
    let (db, now, today) = (&state.db, state.clock.now(), state.clock.today());
    let plan = serde_json::to_string(&SessionPlan::typical())?;
    let new_day = clinic_days::NewDay {
        centre_id: centre,
        quota: Quota::new(6, 2).map_err(fail)?,
        session_plan_json: &plan,
        checkin_time: "08:30",
    };
    clinic_days::open(db, &new_day, &[today.to_string()], now)
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
        clinic_days::open(db, &new_day, &[d.to_string()], now)
            .await
            .map_err(fail)?;
        let id = clinic_days::of_centre(db, now, second, &d.to_string(), &d.to_string())
            .await
            .map_err(fail)?
            .first()
            .map(|d| d.id);
        if let Some(id) = id {
            clinic_days::resize(db, second, id, Quota::new(1, 0).map_err(fail)?, now)
                .await
                .map_err(fail)?;
        }
        id
    };
    let families: [(&str, i64, S, Option<ClinicDayId>); 4] = [
        ("陳小安(示範)", 900, S::Confirmed, Some(today_id)),
        ("林小寶(示範)", 1500, S::Confirmed, Some(today_id)),
        ("黃小明(示範)", 1200, S::Submitted, Some(today_id)),
        ("張小華(示範)", 1000, S::Submitted, full_day),
    ];
    for (i, (name, age_days, status, day)) in families.into_iter().enumerate() {
        let Some(day_id) = day else { continue };
        let id = demo_id(i as u32);
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
        };
        insert_demo(db, &d, domain::booking::age::is_under_three_on(birth, today), now)
            .await
            .map_err(fail)?;
    }
    Ok(())
}
