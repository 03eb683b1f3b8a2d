//! Finishing a sign-up from the link mailed for it: the account is created,
//! and the caller signs it in.

use crate::AppError;
use crate::ssr::auth_backend::SessionUser;
use crate::ssr::{Context, signup};
use domain::Named;

pub async fn finish_signup(cx: &Context, token: &str) -> Result<SessionUser, AppError> {
    if !cx.limits.signup_allowed(&format!("confirm:{}", cx.client)).await {
        return Err(AppError::RateLimited);
    }
    let user = signup::finish_signup(cx, token).await?;
    tracing::info!(user_id = user.id.get(), role = user.role.as_str(), "account registered");
    Ok(user.into())
}
