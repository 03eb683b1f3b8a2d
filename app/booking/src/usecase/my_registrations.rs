//! A parent's own registrations, newest first, and one of them to change.

use crate::error::AppError;
use crate::store::registrations::{self, RegistrationRow};
use crate::types::RegistrationView;
use domain::ids::RegistrationId;
use platform::ssr::Context;
use platform::ssr::actor::Parent;

pub async fn my_registrations(cx: &Context, me: &Parent) -> Result<Vec<RegistrationView>, AppError> {
    let today = cx.clock.today();
    let rows = registrations::for_user(&cx.db, me.user).await?;
    rows.iter().map(|r| crate::convert::registration(r, today)).collect()
}

/// One of the parent's registrations; anyone else's is not found.
pub async fn my_registration(cx: &Context, me: &Parent, id: RegistrationId) -> Result<RegistrationRow, AppError> {
    registrations::by_id(&cx.db, id)
        .await?
        .filter(|r| r.user_id == Some(me.user))
        .ok_or(AppError::NotFound)
}
