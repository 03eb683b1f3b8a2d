//! Therapy providers offering the services a report recommends, those in
//! the family's district first (the order is the domain's), at most eight.

use crate::error::AppError;
use crate::types::ProviderView;
use domain::booking::District;
use domain::booking::report::{Service, providers_to_show};
use platform::ssr::Context;

pub async fn therapy_providers(
    cx: &Context,
    district: District,
    services: Vec<Service>,
) -> Result<Vec<ProviderView>, AppError> {
    let district = crate::profile::known(cx, district)?;
    let rows = crate::store::providers::list(&cx.db).await?;
    let offered = rows
        .iter()
        .map(|r| Ok((r.district, r.services()?)))
        .collect::<Result<Vec<_>, sqlx::Error>>()
        .map_err(platform::ssr::db::unreadable)?;
    let wanted = services.into_iter().collect();
    Ok(providers_to_show(&wanted, district, &offered, 8)
        .into_iter()
        .map(|i| ProviderView {
            name: rows[i].name(),
            district: rows[i].district,
            address: rows[i].address(),
            phone: rows[i].phone.clone(),
            services: offered[i].1.clone(),
            demo: rows[i].is_demo == 1,
        })
        .collect())
}
