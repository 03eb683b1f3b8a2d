//! The booking an inquiry found, kept on the family's device for an hour so
//! that it can cancel or move it without typing the reference again.

use crate::error::AppError;
use crate::store::registrations::{self, RegistrationRow};
use domain::ids::RegistrationId;
use platform::ssr::Context;
use platform::ssr::sealed::Sealed;
use serde::{Deserialize, Serialize};

const FOUND: Sealed<Found> = Sealed::new("inquiry", 3600);

#[derive(Serialize, Deserialize)]
pub struct Found {
    pub registration: RegistrationId,
    pub birth_date: String,
}

pub fn write(cx: &Context, f: &Found) {
    FOUND.write(cx, f);
}

pub fn clear(cx: &Context) {
    FOUND.clear(cx);
}

/// The registration found, if the cookie is there and still matches it.
pub async fn row(cx: &Context) -> Result<Option<RegistrationRow>, AppError> {
    let Some(f) = FOUND.read(cx) else {
        return Ok(None);
    };
    Ok(registrations::by_id(&cx.db, f.registration)
        .await?
        .filter(|r| r.birth_date == f.birth_date))
}
