//! Sign-in, sign-out, registration and password change (server functions), and
//! the signed-in account as the pages see it.

use crate::AppError;
#[cfg(feature = "ssr")]
use domain::Named;
use domain::platform::Role;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The signed-in account, as sent to the browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Me {
    pub id: domain::ids::UserId,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub centre_id: Option<domain::ids::CentreId>,
    pub restaurant_id: Option<domain::ids::RestaurantId>,
    /// The password was set by an administrator and must be changed first.
    #[serde(default)]
    pub must_change_password: bool,
}

#[cfg(feature = "ssr")]
impl From<&crate::ssr::auth_backend::SessionUser> for Me {
    fn from(u: &crate::ssr::auth_backend::SessionUser) -> Self {
        Self {
            id: u.id,
            email: u.email.clone(),
            display_name: u.display_name.clone(),
            role: u.role,
            centre_id: u.centre_id,
            restaurant_id: u.restaurant_id,
            must_change_password: u.must_change_password,
        }
    }
}

/// The account's start page after signing in, as the services registered it.
#[cfg(feature = "ssr")]
fn home_of(role: Role) -> &'static str {
    (crate::nav::use_navigation().home)(role)
}

/// Only same-site paths are followed after sign-in (no open redirect).
pub fn safe_next(next: Option<String>) -> Option<String> {
    next.filter(|n| domain::platform::local_path::local_path(n).is_some())
}

#[server]
pub async fn current_user() -> Result<Option<Me>, AppError> {
    use crate::ssr::guard;
    Ok(guard::current_user().await?.as_ref().map(Me::from))
}

#[server]
pub async fn login(
    email: String,
    password: String,
    next: Option<String>,
    #[server(default)] code: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::{auth_backend::Credentials, guard, state::app_state};
    let state = app_state()?;
    let email = domain::platform::Email::parse(&email).map_err(|_| AppError::BadCredentials)?;
    let ip = guard::client_ip().await;
    let by_email = format!("login:{}", crate::ssr::keys::storage_hash(email.as_str()));
    if !state.limits.login_allowed(&format!("login-ip:{ip}")).await || !state.limits.login_allowed(&by_email).await {
        return Err(AppError::RateLimited);
    }
    let mut auth = guard::auth_session().await?;
    let user = auth
        .authenticate(Credentials {
            email: email.clone(),
            password,
        })
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "authentication backend failed");
            AppError::Internal
        })?;
    let Some(user) = user else {
        audit_failed_sign_in(&state, &email).await;
        return Err(AppError::BadCredentials);
    };
    // With two-step sign-in on, the password alone is not enough: the code
    // from the authenticator app, once.
    if user.second_factor {
        let row = crate::ssr::users::by_id(&state.db, user.id)
            .await?
            .ok_or(AppError::BadCredentials)?;
        if let Err(e) = crate::ssr::second_factor::check_sign_in(&state, &row, code.as_deref()).await {
            if e == AppError::CodeWrong {
                audit_failed_sign_in(&state, &email).await;
            }
            return Err(e);
        }
    }
    guard::begin_session(&mut auth, &user).await?;
    tracing::info!(user_id = user.id.get(), "signed in");
    if user.must_change_password {
        leptos_axum::redirect("/account?required=1");
        return Ok(());
    }
    leptos_axum::redirect(&safe_next(next).unwrap_or_else(|| home_of(user.role).to_string()));
    Ok(())
}

/// A wrong password for a staff or administrator account (one that reads
/// children's data or runs a service) is written to the audit log the city
/// reads. Parents' and restaurants' accounts are only rate limited.
#[cfg(feature = "ssr")]
async fn audit_failed_sign_in(state: &crate::ssr::AppState, email: &domain::platform::Email) {
    use crate::ssr::{audit, users};
    let Ok(Some(account)) = users::by_email(&state.db, email).await else {
        return;
    };
    if account.role.self_registration_allowed() {
        return;
    }
    let entry = audit::AuditEntry {
        actor_user_id: account.id,
        action: "sign_in_failed",
        registration_id: None,
        centre_id: account.centre_id,
        case_id: None,
        detail: "",
    };
    if let Err(e) = audit::record(&state.db.pool, entry, state.clock.now()).await {
        tracing::warn!(error = %e, "a failed sign-in could not be audited");
    }
}

#[server]
pub async fn logout() -> Result<(), AppError> {
    use crate::ssr::guard;
    let mut auth = guard::auth_session().await?;
    auth.logout().await.map_err(|_| AppError::Internal)?;
    leptos_axum::redirect("/");
    Ok(())
}

/// The places a workplace registered with an account can be (Taitung's
/// townships for a restaurant), for the registration form.
#[server]
pub async fn workplace_areas() -> Result<Vec<crate::accounts::WorkplaceArea>, AppError> {
    let state = crate::ssr::state::app_state()?;
    Ok(state.workplaces.registration_areas())
}

/// Self-registration: parents, and restaurant staff who register their
/// restaurant. Nothing is created until the link mailed to the address is
/// opened ([`confirm_signup`]); an address that has an account gets a mail
/// saying so. The answer is the same either way: the page that asks to
/// check the mail.
#[server]
pub async fn register(
    email: String,
    password: String,
    display_name: String,
    account_type: String,
    workplace_name: Option<String>,
    workplace_area: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::outbox::OutgoingMail;
    use crate::ssr::signup::{Credentials, SIGNUP_HOURS, SignupMails, WorkplaceForm, begin_signup};
    use crate::ssr::{guard, state::app_state};
    use i18n::td_string;
    let state = app_state()?;
    if !state
        .limits
        .signup_allowed(&format!("signup:{}", guard::client_ip().await))
        .await
    {
        return Err(AppError::RateLimited);
    }
    let account = Credentials::parse(&email, &password, &display_name).await?;
    let role = Role::parse(&account_type).ok_or(AppError::RoleNotAllowed)?;
    let workplace = WorkplaceForm {
        name: workplace_name.as_deref(),
        area: workplace_area.as_deref(),
    };
    let l = guard::request_locale();
    let site = state.config.public_base_url.trim_end_matches('/').to_owned();
    let to = account.email.as_str().to_owned();
    let name = account.display_name.clone();
    let confirm = {
        let (to, site) = (to.clone(), site.clone());
        move |token: &str| OutgoingMail {
            to: to.clone(),
            subject: td_string!(l, auth.signup_mail_subject).to_string(),
            body: td_string!(
                l,
                auth.signup_mail_body,
                name = name.clone(),
                hours = SIGNUP_HOURS,
                link = format!("{site}/register/confirm?token={token}")
            )
            .to_string(),
            ics: None,
        }
    };
    let mails = SignupMails {
        confirm: Box::new(confirm),
        taken: OutgoingMail {
            to,
            subject: td_string!(l, auth.signup_taken_subject).to_string(),
            body: td_string!(l, auth.signup_taken_body, link = format!("{site}/login")).to_string(),
            ics: None,
        },
    };
    begin_signup(&state, &account, role, workplace, mails).await?;
    tracing::info!(role = role.as_str(), "sign-up mailed");
    leptos_axum::redirect("/register/sent");
    Ok(())
}

/// Finishes a sign-up from the link mailed for it: the account is created,
/// signed in, and taken to its start page.
#[server]
pub async fn confirm_signup(token: String) -> Result<(), AppError> {
    use crate::ssr::signup::finish_signup;
    use crate::ssr::{guard, state::app_state};
    let state = app_state()?;
    if !state
        .limits
        .signup_allowed(&format!("confirm:{}", guard::client_ip().await))
        .await
    {
        return Err(AppError::RateLimited);
    }
    let user = finish_signup(&state, &token).await?;
    let (id, role) = (user.id, user.role);
    guard::sign_in(user).await?;
    tracing::info!(user_id = id.get(), role = role.as_str(), "account registered");
    leptos_axum::redirect(home_of(role));
    Ok(())
}

/// The account's two-step sign-in: whether it is on, whether its
/// government requires it, and while it is off, a secret to set the
/// authenticator app up with (kept in the session until turned on).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SecondFactorView {
    pub available: bool,
    pub on: bool,
    pub required: bool,
    /// The secret in base32, grouped by four for typing.
    pub setup_key: Option<String>,
    /// The `otpauth://` address an authenticator app reads.
    pub setup_url: Option<String>,
}

/// Where a session keeps the secret offered for setting up the app.
#[cfg(feature = "ssr")]
const PENDING_SECRET: &str = "totp_pending";

#[server]
pub async fn second_factor_status() -> Result<SecondFactorView, AppError> {
    use crate::ssr::{guard, second_factor, state::app_state};
    let state = app_state()?;
    let me = guard::current_user().await?.ok_or(AppError::NotSignedIn)?;
    let available = me.role.may_use_second_factor();
    let required = available && second_factor::required(&state.db, me.role).await?;
    let (mut setup_key, mut setup_url) = (None, None);
    if available && !me.second_factor {
        let auth = guard::auth_session().await?;
        let pending: Option<String> = auth.session.get(PENDING_SECRET).await.map_err(|_| AppError::Internal)?;
        let secret = match pending {
            Some(s) => s,
            None => {
                let s = second_factor::new_secret();
                auth.session
                    .insert(PENDING_SECRET, &s)
                    .await
                    .map_err(|_| AppError::Internal)?;
                s
            }
        };
        setup_url = second_factor::setup_url(&secret, &me.email);
        let chars: Vec<char> = secret.chars().collect();
        setup_key = Some(
            chars
                .chunks(4)
                .map(|c| c.iter().collect::<String>())
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    Ok(SecondFactorView {
        available,
        on: me.second_factor,
        required,
        setup_key,
        setup_url,
    })
}

/// Turns two-step sign-in on with the secret offered, once the app shows
/// the right code for it.
#[server]
pub async fn enable_second_factor(code: String) -> Result<(), AppError> {
    use crate::ssr::{guard, second_factor, state::app_state, users};
    let state = app_state()?;
    let me = guard::current_user().await?.ok_or(AppError::NotSignedIn)?;
    if !me.role.may_use_second_factor() {
        return Err(AppError::Forbidden);
    }
    if !state.limits.login_allowed(&format!("totp-on:{}", me.id)).await {
        return Err(AppError::RateLimited);
    }
    let auth = guard::auth_session().await?;
    let secret: String = auth
        .session
        .get(PENDING_SECRET)
        .await
        .map_err(|_| AppError::Internal)?
        .ok_or(AppError::CodeWrong)?;
    let step = second_factor::step_of(&secret, &me.email, &code, state.clock.now()).ok_or(AppError::CodeWrong)?;
    second_factor::set_secret(&state, me.id, Some(&state.keys.encrypt(&secret))).await?;
    // The code just shown does not sign in again.
    second_factor::accept_step(&state.db, me.id, step).await?;
    let _ = auth.session.remove::<String>(PENDING_SECRET).await;
    let fresh = users::by_id(&state.db, me.id).await?.ok_or(AppError::Internal)?;
    guard::sign_in(fresh).await?;
    tracing::info!(user_id = me.id.get(), "two-step sign-in turned on");
    leptos_axum::redirect("/account?second_factor=on");
    Ok(())
}

/// Turns two-step sign-in off, with the password; refused while the
/// account's government requires it.
#[server]
pub async fn disable_second_factor(password: String) -> Result<(), AppError> {
    use crate::ssr::{auth_backend, guard, second_factor, state::app_state, users};
    let state = app_state()?;
    let me = guard::current_user().await?.ok_or(AppError::NotSignedIn)?;
    if !state
        .limits
        .login_allowed(&format!("pwchange:{}:{}", me.id, guard::client_ip().await))
        .await
    {
        return Err(AppError::RateLimited);
    }
    if second_factor::required(&state.db, me.role).await? {
        return Err(AppError::SecondFactorStillRequired);
    }
    let row = users::by_id(&state.db, me.id).await?.ok_or(AppError::NotSignedIn)?;
    if !auth_backend::verify_password(password, row.password_hash.clone()).await {
        return Err(AppError::WrongPassword);
    }
    second_factor::set_secret(&state, me.id, None).await?;
    let fresh = users::by_id(&state.db, me.id).await?.ok_or(AppError::Internal)?;
    guard::sign_in(fresh).await?;
    tracing::info!(user_id = me.id.get(), "two-step sign-in turned off");
    leptos_axum::redirect("/account?second_factor=off");
    Ok(())
}

#[server]
pub async fn change_password(current_password: String, new_password: String) -> Result<(), AppError> {
    use crate::ssr::{auth_backend, guard, state::app_state, users};
    let state = app_state()?;
    let me = guard::current_user().await?.ok_or(AppError::NotSignedIn)?;
    let ip = guard::client_ip().await;
    if !state.limits.login_allowed(&format!("pwchange:{}:{ip}", me.id)).await {
        return Err(AppError::RateLimited);
    }
    let row = users::by_id(&state.db, me.id).await?.ok_or(AppError::NotSignedIn)?;
    if !auth_backend::verify_password(current_password, row.password_hash.clone()).await {
        return Err(AppError::WrongPassword);
    }
    let new = domain::platform::NewPassword::parse(&new_password)?;
    let hash = auth_backend::hash_password(new.expose().to_owned()).await;
    users::set_password_hash(&state.db, me.id, &hash).await?;
    // The session carries a hash of the password: signing in again renews it
    // here, and every other session of this account ends.
    let fresh = users::by_id(&state.db, me.id).await?.ok_or(AppError::Internal)?;
    guard::sign_in(fresh).await?;
    tracing::info!(user_id = me.id.get(), "password changed");
    leptos_axum::redirect("/account?changed=1");
    Ok(())
}
