//! Clearly labelled demo data for an empty database (`DEMO_DATA=1`).

use crate::fail::fail;
use anyhow::Result;
use booking::store::{centres, clinic_days};
use chrono::{Datelike, Duration};
use domain::booking::Quota;
use domain::booking::session_plan::SessionPlan;
use domain::platform::{Email, Role};
use domain::{Bilingual, Named};
use platform::ssr::{AppState, auth_backend::hash_password, users};

mod data;
pub mod history;

pub use data::DEMO_ACCOUNTS;
use data::{CENTRES, DEMO_INSTITUTIONS, DEMO_RESTAURANTS};
mod registrations;
use registrations::*;
mod waitlist;
use waitlist::*;
mod cases;
use cases::*;

pub async fn load(
    state: &AppState,
    meals_state: &meals::state::MealsState,
    offers: &booking::store::waitlist::Policy,
    history: crate::demo::history::Scale,
) -> Result<()> {
    let db = &state.db;
    if users::count(db).await.map_err(fail)? > 0 {
        tracing::info!("DEMO_DATA=1 but the database is not empty: demo data not loaded");
        return Ok(());
    }
    // The demo is written for the shipped profiles' districts; on another
    // city's profile its centres would sit in no district of that city.
    let ei = domain::platform::profile::Service::EarlyIntervention;
    let districts = state.config.installation.area_keys(ei);
    if let Some(c) = CENTRES
        .iter()
        .find(|c| !districts.is_empty() && !districts.contains(&c.district))
    {
        tracing::warn!(district = %c.district, "DEMO_DATA=1 but the city's profile has no such district: demo data not loaded");
        return Ok(());
    }
    let townships = state
        .config
        .installation
        .area_keys(domain::platform::profile::Service::Meals);
    if let Some((_, _, t)) = DEMO_RESTAURANTS
        .iter()
        .find(|r| !townships.is_empty() && !townships.contains(&r.2))
    {
        tracing::warn!(township = %t, "DEMO_DATA=1 but the county's profile has no such township: demo data not loaded");
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
        let id = centres::insert(&db.pool, &fields, true, now).await.map_err(fail)?;
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
        let id = booking::store::institutions::insert(&db.pool, &Bilingual::new(zh, en), kind, district, true, now)
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
    crate::demo::history::write(state, history, 7).await?;
    for (email, password, role, _) in DEMO_ACCOUNTS {
        tracing::info!(role = role.as_str(), email, password, "demo account");
    }
    Ok(())
}
