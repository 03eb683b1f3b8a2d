//! Access control for server functions: every one of them starts here.

use super::auth_backend::{AuthSession, SessionUser};
use crate::AppError;
use domain::platform::Permission;

pub async fn auth_session() -> Result<AuthSession, AppError> {
    leptos_axum::extract::<AuthSession>().await.map_err(|e| {
        tracing::error!(error = %e, "auth session unavailable");
        AppError::Internal
    })
}

/// Signs this browser in as `user` (after registering, or with a new password).
pub async fn sign_in(user: impl Into<SessionUser>) -> Result<(), AppError> {
    let mut auth = auth_session().await?;
    auth.login(&user.into()).await.map_err(|_| AppError::Internal)
}

/// The signed-in account, if any.
pub async fn current_user() -> Result<Option<SessionUser>, AppError> {
    Ok(auth_session().await?.user)
}

/// The signed-in account, which must hold `permission`.
pub async fn require(permission: Permission) -> Result<SessionUser, AppError> {
    let user = current_user().await?.ok_or(AppError::NotSignedIn)?;
    if user.role.may(permission) {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

/// The client's address, for rate limits (never logged with personal data).
pub async fn client_ip() -> String {
    use axum::extract::ConnectInfo;
    use std::net::SocketAddr;
    match leptos_axum::extract::<ConnectInfo<SocketAddr>>().await {
        Ok(ConnectInfo(addr)) => client_ip_from(addr),
        Err(_) => "unknown".into(),
    }
}

pub fn client_ip_from(addr: std::net::SocketAddr) -> String {
    addr.ip().to_string()
}

/// The language the visitor reads the site in (the `lang` cookie the
/// language switch sets; Traditional Chinese by default), for messages sent
/// to them later.
pub fn request_locale() -> i18n::Locale {
    let from_cookie = leptos::prelude::use_context::<http::request::Parts>().and_then(|parts| {
        let cookies = parts.headers.get(http::header::COOKIE)?.to_str().ok()?.to_owned();
        cookies
            .split(';')
            .find_map(|c| c.trim().strip_prefix("lang=").map(str::to_owned))
    });
    match from_cookie.as_deref() {
        Some("en") => i18n::Locale::en,
        _ => i18n::Locale::zh_Hant_TW,
    }
}
