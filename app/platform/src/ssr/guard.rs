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

/// Where a session keeps when it signed in (the state's clock, seconds).
pub const SIGNED_IN_AT: &str = "signed_in_at";

/// Signs this browser in as `user` (after registering, or with a new password).
pub async fn sign_in(user: impl Into<SessionUser>) -> Result<(), AppError> {
    let mut auth = auth_session().await?;
    begin_session(&mut auth, &user.into()).await
}

/// Signs in and sets the session's limits for the account's role
/// (`Role::session_limits`): how long it lasts idle, and when it began, for
/// its absolute limit (`server::ops::session_limits` ends it then).
pub async fn begin_session(auth: &mut AuthSession, user: &SessionUser) -> Result<(), AppError> {
    let now = super::state::app_state()?.clock.now();
    auth.login(user).await.map_err(|_| AppError::Internal)?;
    let limits = user.role.session_limits();
    auth.session
        .set_expiry(Some(tower_sessions::Expiry::OnInactivity(time::Duration::seconds(
            limits.idle_seconds,
        ))));
    auth.session
        .insert(SIGNED_IN_AT, now)
        .await
        .map_err(|_| AppError::Internal)
}

/// The signed-in account, if any.
pub async fn current_user() -> Result<Option<SessionUser>, AppError> {
    Ok(auth_session().await?.user)
}

/// The context of this request for a use case: the server's state, the
/// visitor's language and what rate limits count them by.
pub async fn context() -> Result<super::context::Context, AppError> {
    let state = super::state::app_state()?;
    Ok(super::context::Context::new(
        &state,
        request_locale(),
        client_ip().await,
    ))
}

/// The signed-in account as the actor a use case serves: it must hold
/// `permission` and be such an actor (its role, and the workplace the role
/// is bound to), else the request is refused.
pub async fn actor<A: super::actor::Actor>(permission: Permission) -> Result<A, AppError> {
    let user = require(permission).await?;
    A::of(&user).ok_or(AppError::Forbidden)
}

/// The signed-in account as actor `A`, if it is one, without a permission's
/// check (a family that may book signed in or not).
pub async fn signed_in_as<A: super::actor::Actor>() -> Result<Option<A>, AppError> {
    Ok(current_user().await?.as_ref().and_then(A::of))
}

/// As [`actor`], for an axum handler that has the session's user.
pub async fn actor_of<A: super::actor::Actor>(
    db: &super::Db,
    user: Option<SessionUser>,
    permission: Permission,
) -> Result<A, AppError> {
    let user = permitted(db, user, permission).await?;
    A::of(&user).ok_or(AppError::Forbidden)
}

/// The signed-in account, which must hold `permission`.
pub async fn require(permission: Permission) -> Result<SessionUser, AppError> {
    let user = current_user().await?;
    permitted(&super::state::app_state()?.db, user, permission).await
}

/// As [`require`], for an axum handler that has the session's user: the
/// same checks (signed in, password changed, second factor where the
/// county or city requires it, the permission).
pub async fn permitted(
    db: &super::Db,
    user: Option<SessionUser>,
    permission: Permission,
) -> Result<SessionUser, AppError> {
    let user = user.ok_or(AppError::NotSignedIn)?;
    if user.must_change_password {
        return Err(AppError::PasswordChangeRequired);
    }
    if user.role.may_use_second_factor() && !user.second_factor && super::second_factor::required(db, user.role).await?
    {
        return Err(AppError::SecondFactorRequired);
    }
    if user.role.may(permission) {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

/// What rate limits count this request's client by: its address (read
/// through the trusted proxies' `X-Forwarded-For`), an IPv6 client by its
/// /64 (`domain::platform::client`). Never logged with personal data.
pub async fn client_ip() -> String {
    use axum::extract::ConnectInfo;
    use std::net::SocketAddr;
    let Ok(ConnectInfo(addr)) = leptos_axum::extract::<ConnectInfo<SocketAddr>>().await else {
        return "unknown".into();
    };
    let (Ok(state), Some(parts)) = (
        super::state::app_state(),
        leptos::prelude::use_context::<http::request::Parts>(),
    ) else {
        return client_key(addr, &http::HeaderMap::new(), &Default::default());
    };
    client_key(addr, &parts.headers, &state.config.trusted_proxies)
}

/// [`client_ip`] for a plain axum handler.
pub fn client_key(
    peer: std::net::SocketAddr,
    headers: &http::HeaderMap,
    trusted: &domain::platform::client::TrustedProxies,
) -> String {
    use domain::platform::client::{client_address, limit_key};
    let forwarded: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    limit_key(client_address(peer.ip(), &forwarded, trusted))
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
