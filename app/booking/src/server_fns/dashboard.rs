//! The city's dashboard, its drill-down and its public summary. The figures
//! are `domain::booking::dashboard`'s; here are who may see what, and the
//! filter as the page's form gives it.

use crate::error::AppError;
use domain::Bilingual;
use domain::booking::District;
use domain::booking::dashboard::{CityDashboard, CityPublic};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A centre as the dashboard names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CentreName {
    pub id: i64,
    pub name: Bilingual,
    pub district: District,
}

/// The dashboard as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CityDashboardView {
    pub d: CityDashboard,
    pub centres: Vec<CentreName>,
    /// A centre's staff see their own centre only (the filter is fixed).
    pub own_centre: Option<i64>,
}

/// One first assessment behind a figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RowView {
    pub reference: String,
    pub centre: Bilingual,
    pub registered: chrono::NaiveDate,
    pub referred: Option<chrono::NaiveDate>,
    pub assessed: chrono::NaiveDate,
    pub days: i64,
    pub within: bool,
    pub home: Option<District>,
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use super::*;
    use crate::store::dashboard::load;
    use domain::Named;
    use domain::booking::dashboard::{CityFilter, city_dashboard};
    use domain::platform::{Permission, Role};
    use domain::stats::Period;
    use platform::ssr::AppState;
    use platform::ssr::auth_backend::SessionUser;

    /// The filter from the form's fields (`from` and `to` as `YYYY-MM`;
    /// the last twelve months when both are empty). A centre's staff are
    /// held to their centre whatever they ask.
    pub fn filter(
        me: &SessionUser,
        today: chrono::NaiveDate,
        from: &str,
        to: &str,
        centre: &str,
        district: &str,
    ) -> Result<CityFilter, AppError> {
        let period = Period::from_form(today, from, to)?;
        let asked = match centre.trim() {
            "" => None,
            c => Some(c.parse::<i64>().map_err(|_| AppError::InvalidInput)?),
        };
        let district = match district.trim() {
            "" => None,
            d => Some(District::parse(d).ok_or(AppError::InvalidInput)?),
        };
        let centre = match (me.role, me.centre_id) {
            (Role::CentreStaff, Some(own)) => Some(own.get()),
            (Role::CentreStaff, None) => return Err(AppError::Forbidden),
            _ => asked,
        };
        Ok(CityFilter {
            period,
            centre,
            district,
        })
    }

    pub async fn centres(state: &AppState) -> Result<Vec<CentreName>, AppError> {
        let rows = crate::store::centres::list(&state.db, false).await?;
        Ok(rows
            .into_iter()
            .map(|c| CentreName {
                id: c.id.get(),
                name: Bilingual::new(c.name_zh_tw.as_str(), c.name_en.as_str()),
                district: c.district,
            })
            .collect())
    }

    /// The dashboard for the signed-in account (city administrators, and a
    /// centre's staff for their centre).
    pub async fn view(
        state: &AppState,
        me: &SessionUser,
        from: &str,
        to: &str,
        centre: &str,
        district: &str,
    ) -> Result<CityDashboardView, AppError> {
        if !me.role.may(Permission::ReadCityDashboard) {
            return Err(AppError::Forbidden);
        }
        let today = state.clock.today();
        let f = filter(me, today, from, to, centre, district)?;
        let loaded = load(&state.db, f.period).await?;
        let mut d = city_dashboard(&loaded.data, &f, today);
        if me.role == Role::CentreStaff {
            // The referral centre's and the waitlist's work is the city's.
            d.referrals = Default::default();
            d.waitlist = Default::default();
        }
        Ok(CityDashboardView {
            d,
            centres: centres(state).await?,
            own_centre: f.centre.filter(|_| me.role == Role::CentreStaff),
        })
    }

    /// The public summary of the whole city for the period.
    pub async fn public(state: &AppState, from: &str, to: &str) -> Result<CityPublic, AppError> {
        let today = state.clock.today();
        let period = Period::from_form(today, from, to)?;
        let f = CityFilter {
            period,
            centre: None,
            district: None,
        };
        let loaded = load(&state.db, period).await?;
        Ok(domain::booking::dashboard::public_summary(&city_dashboard(
            &loaded.data,
            &f,
            today,
        )))
    }
}

/// The city's dashboard (`from`, `to`: months `YYYY-MM`; `centre`: a
/// centre's id; `district`: a district's name; empty for all).
#[server]
pub async fn city_figures(
    #[server(default)] from: String,
    #[server(default)] to: String,
    #[server(default)] centre: String,
    #[server(default)] district: String,
) -> Result<CityDashboardView, AppError> {
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::ReadCityDashboard).await?;
    ssr::view(&app_state()?, &me, &from, &to, &centre, &district).await
}

/// The first assessments of one month behind the dashboard's figures, for
/// those allowed to see them (a centre's staff: their centre's). Each row
/// read is recorded in the audit log.
#[server]
pub async fn city_rows(
    month: String,
    #[server(default)] centre: String,
    #[server(default)] district: String,
) -> Result<Vec<RowView>, AppError> {
    use domain::booking::dashboard::CityFilter;
    use platform::ssr::db::StoreError;
    use platform::ssr::{audit, guard, state::app_state};
    let me = guard::require(domain::platform::Permission::ReadCityDashboard).await?;
    let state = app_state()?;
    let today = state.clock.today();
    let f: CityFilter = ssr::filter(&me, today, &month, &month, &centre, &district)?;
    let loaded = crate::store::dashboard::load(&state.db, f.period).await?;
    let names = ssr::centres(&state).await?;
    let mut out = Vec::new();
    for (b, (id, reference)) in loaded.data.bookings.iter().zip(&loaded.refs) {
        let Some(assessed) = b.wait.assessed.filter(|a| f.period.contains(*a)) else {
            continue;
        };
        if !b.wait.first || f.centre.is_some_and(|c| c != b.centre) || f.district.is_some_and(|d| b.home != Some(d)) {
            continue;
        }
        let days = b.wait.days().unwrap_or(0);
        out.push((
            *id,
            RowView {
                reference: reference.clone(),
                centre: names
                    .iter()
                    .find(|c| c.id == b.centre)
                    .map(|c| c.name.clone())
                    .unwrap_or_default(),
                registered: b.wait.registered,
                referred: b.wait.referred,
                assessed,
                days,
                within: days <= domain::booking::waiting::TARGET_DAYS,
                home: b.home,
            },
        ));
    }
    out.sort_by(|a, b| b.1.days.cmp(&a.1.days).then(a.1.reference.cmp(&b.1.reference)));
    let now = state.clock.now();
    let mut tx = state.db.begin_write().await.map_err(StoreError::from)?;
    for (id, _) in &out {
        let entry = audit::AuditEntry {
            actor_user_id: me.id,
            action: "dashboard_rows",
            registration_id: Some(domain::ids::RegistrationId(*id)),
            centre_id: me.centre_id,
            case_id: None,
            detail: "dashboard drill-down",
        };
        audit::record(&mut *tx, entry, now).await?;
    }
    tx.commit().await.map_err(StoreError::from)?;
    Ok(out.into_iter().map(|(_, r)| r).collect())
}

/// The public summary of the city's figures (no account needed).
#[server]
pub async fn city_summary(
    #[server(default)] from: String,
    #[server(default)] to: String,
) -> Result<CityPublic, AppError> {
    ssr::public(&platform::ssr::state::app_state()?, &from, &to).await
}
