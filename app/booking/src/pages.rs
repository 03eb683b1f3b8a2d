//! Pages of the booking service.

pub mod book;
pub mod centres;
pub mod city_audit;
pub mod city_centres;
pub mod guide;
pub mod inquiry;
pub mod my;
pub mod staff_console;
pub mod staff_day;

use crate::server_fns::public::today;
use leptos::prelude::*;

/// Today in Taipei as the server sees it (pages never read the browser's clock).
pub fn use_today() -> Resource<Option<chrono::NaiveDate>> {
    Resource::new(|| (), |_| async move { today().await.ok() })
}
