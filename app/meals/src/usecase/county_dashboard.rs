//! The county's dashboard: the figures of saved meals for a period and a
//! township (`domain::meals::dashboard`'s), with names, and the standing of
//! the certification.

use crate::error::AppError;
use crate::state::MealsCx;
use crate::store::{certification, dashboard, restaurants};
use crate::types::county::{CountyDashboardView, RestaurantName};
use domain::meals::certificate::{certificate_state, renewal_due};
use domain::meals::dashboard::{
    CertificateRow, CertificationCounts, CountyDashboard, CountyFilter, certification_counts, county_dashboard,
    ingredient_name,
};
use domain::meals::listing::Listing;
use domain::stats::Period;
use platform::ssr::actor::CountyAdmin;

/// Certificates of approved restaurants and the open applications.
pub async fn counts(cx: &MealsCx) -> Result<CertificationCounts, AppError> {
    let today = cx.clock.today();
    let certs: Vec<CertificateRow> = certification::current(&cx.db)
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
    let applications: Vec<_> = certification::all_applications(&cx.db)
        .await?
        .into_iter()
        .map(|a| a.status)
        .collect();
    Ok(certification_counts(&certs, &applications))
}

/// The figures for the filter, and the edition whose target they are against.
pub async fn figures(
    cx: &MealsCx,
    f: CountyFilter,
) -> Result<(CountyDashboard, std::sync::Arc<domain::meals::Standard>), AppError> {
    let latest = cx.latest().await?;
    let rows = dashboard::meals(&cx.db, &cx.service.lines, f.period, cx.clock.today()).await?;
    Ok((county_dashboard(&rows, &f, latest.rating.target_kg), latest))
}

/// The filter as the page's form gives it: months `YYYY-MM`, a township's
/// name; empty for all.
#[derive(Clone, Debug, Default)]
pub struct CountyFilterForm {
    pub from: String,
    pub to: String,
    pub township: String,
}

pub async fn county_dashboard_view(
    cx: &MealsCx,
    _: &CountyAdmin,
    form: &CountyFilterForm,
) -> Result<CountyDashboardView, AppError> {
    let township = match form.township.trim() {
        "" => None,
        t => Some(
            cx.config
                .installation
                .area(domain::platform::profile::Service::Meals, t)
                .ok_or(AppError::InvalidInput)?,
        ),
    };
    let f = CountyFilter {
        period: Period::from_form(cx.clock.today(), &form.from, &form.to)?,
        township,
    };
    let (d, latest) = figures(cx, f).await?;
    let names = restaurants::list(&cx.db).await?;
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
        certification: counts(cx).await?,
        d,
    })
}
