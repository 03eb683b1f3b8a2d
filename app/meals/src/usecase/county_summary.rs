//! The public summary of the county's meals for a period (no account needed).

use super::county_dashboard::{counts, figures};
use crate::error::AppError;
use crate::state::MealsCx;
use crate::types::county::CountyPublicView;
use domain::meals::dashboard::{CountyFilter, ingredient_name};
use domain::stats::Period;

/// `from`, `to`: months `YYYY-MM`; empty for the default period.
pub async fn county_summary(cx: &MealsCx, from: &str, to: &str) -> Result<CountyPublicView, AppError> {
    crate::profile::run_here(cx)?;
    let f = CountyFilter {
        period: Period::from_form(cx.clock.today(), from, to)?,
        township: None,
    };
    let (d, latest) = figures(cx, f).await?;
    let s = domain::meals::dashboard::public_summary(&d, &counts(cx).await?);
    Ok(CountyPublicView {
        ingredients: s
            .top_ingredients
            .iter()
            .map(|i| ingredient_name(&latest, &i.ingredient))
            .collect(),
        s,
    })
}
