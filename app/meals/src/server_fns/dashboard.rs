//! The county's dashboard and its public summary. The figures are
//! `domain::meals::dashboard`'s; here are who may see them and the filter
//! as the page's form gives it.

use crate::error::AppError;
use domain::Bilingual;
use domain::meals::dashboard::{CertificationCounts, CountyDashboard, CountyPublic};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A restaurant or an ingredient as the dashboard names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RestaurantName {
    pub id: i64,
    pub name: Bilingual,
}

/// The dashboard as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CountyDashboardView {
    pub d: CountyDashboard,
    pub restaurants: Vec<RestaurantName>,
    /// The top ingredients' names, in the order of `d.top_ingredients`.
    pub ingredients: Vec<Bilingual>,
    pub certification: CertificationCounts,
}

/// The public summary with the ingredients' names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CountyPublicView {
    pub s: CountyPublic,
    pub ingredients: Vec<Bilingual>,
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use super::*;
    use crate::state::MealsState;
    use crate::store::{certification, dashboard, restaurants, standard};
    use domain::Named;
    use domain::meals::Township;
    use domain::meals::certificate::{certificate_state, renewal_due};
    use domain::meals::dashboard::{
        CertificateRow, CountyFilter, certification_counts, county_dashboard, ingredient_name,
    };
    use domain::meals::listing::Listing;
    use domain::platform::Permission;
    use domain::stats::Period;
    use platform::ssr::AppState;
    use platform::ssr::auth_backend::SessionUser;

    /// Certificates of approved restaurants and the open applications.
    async fn counts(state: &AppState) -> Result<CertificationCounts, AppError> {
        let today = state.clock.today();
        let certs: Vec<CertificateRow> = certification::current(&state.db)
            .await?
            .into_iter()
            .filter(|c| c.listing == Listing::Approved)
            .filter_map(|c| {
                let terms = c.terms()?;
                Some(CertificateRow {
                    level: c.level,
                    state: certificate_state(&terms, c.revoked_at.is_some(), c.replaced_at.is_some(), today),
                    renewal_due: renewal_due(&terms, today),
                })
            })
            .collect();
        let applications: Vec<_> = certification::all_applications(&state.db)
            .await?
            .into_iter()
            .map(|a| a.status)
            .collect();
        Ok(certification_counts(&certs, &applications))
    }

    async fn figures(
        state: &AppState,
        meals: &MealsState,
        f: CountyFilter,
    ) -> Result<(CountyDashboard, std::sync::Arc<domain::meals::Standard>), AppError> {
        let latest = standard::latest(&state.db, &meals.standard).await?;
        let rows = dashboard::meals(&state.db, &meals.lines, f.period, state.clock.today()).await?;
        Ok((county_dashboard(&rows, &f, latest.rating.target_kg), latest))
    }

    /// The dashboard for a county administrator.
    pub async fn view(
        state: &AppState,
        meals: &MealsState,
        me: &SessionUser,
        from: &str,
        to: &str,
        township: &str,
    ) -> Result<CountyDashboardView, AppError> {
        if !me.role.may(Permission::ReadCountyDashboard) {
            return Err(AppError::Forbidden);
        }
        let township = match township.trim() {
            "" => None,
            t => Some(Township::parse(t).ok_or(AppError::InvalidInput)?),
        };
        let f = CountyFilter {
            period: Period::from_form(state.clock.today(), from, to)?,
            township,
        };
        let (d, latest) = figures(state, meals, f).await?;
        let names = restaurants::list(&state.db).await?;
        Ok(CountyDashboardView {
            ingredients: d
                .top_ingredients
                .iter()
                .map(|i| ingredient_name(&latest, &i.ingredient))
                .collect(),
            restaurants: names
                .into_iter()
                .filter(|r| d.by_restaurant.iter().any(|x| x.restaurant == r.id.get()))
                .map(|r| RestaurantName {
                    id: r.id.get(),
                    name: r.name(),
                })
                .collect(),
            certification: counts(state).await?,
            d,
        })
    }

    /// The public summary of the county for the period.
    pub async fn public(
        state: &AppState,
        meals: &MealsState,
        from: &str,
        to: &str,
    ) -> Result<CountyPublicView, AppError> {
        let f = CountyFilter {
            period: Period::from_form(state.clock.today(), from, to)?,
            township: None,
        };
        let (d, latest) = figures(state, meals, f).await?;
        let s = domain::meals::dashboard::public_summary(&d, &counts(state).await?);
        Ok(CountyPublicView {
            ingredients: s
                .top_ingredients
                .iter()
                .map(|i| ingredient_name(&latest, &i.ingredient))
                .collect(),
            s,
        })
    }
}

/// The county's dashboard (`from`, `to`: months `YYYY-MM`; `township`: a
/// township's name; empty for all).
#[server]
pub async fn county_figures(
    #[server(default)] from: String,
    #[server(default)] to: String,
    #[server(default)] township: String,
) -> Result<CountyDashboardView, AppError> {
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::ReadCountyDashboard).await?;
    ssr::view(&app_state()?, &crate::state::meals_state()?, &me, &from, &to, &township).await
}

/// The public summary of the county's meals (no account needed).
#[server]
pub async fn county_summary(
    #[server(default)] from: String,
    #[server(default)] to: String,
) -> Result<CountyPublicView, AppError> {
    ssr::public(
        &platform::ssr::state::app_state()?,
        &crate::state::meals_state()?,
        &from,
        &to,
    )
    .await
}
