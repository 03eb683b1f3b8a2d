//! Signing in: the password, then the authenticator app's code when the
//! account has two-step sign-in; a wrong password for a staff account is
//! audited.

use crate::AppError;
use crate::ssr::auth_backend::{Backend, Credentials, SessionUser};
use crate::ssr::{Context, audit, keys, second_factor, users};
use axum_login::AuthnBackend;
use domain::platform::Email;

/// What the sign-in form sends.
pub struct SignIn {
    pub email: String,
    pub password: String,
    pub code: Option<String>,
}

/// The account the form signs in as, checked: the caller begins its session.
pub async fn sign_in(cx: &Context, backend: &Backend, form: SignIn) -> Result<SessionUser, AppError> {
    let email = Email::parse(&form.email).map_err(|_| AppError::BadCredentials)?;
    let by_email = format!("login:{}", keys::storage_hash(email.as_str()));
    let by_client = format!("login-ip:{}", cx.client);
    if !cx.limits.login_allowed(&by_client).await || !cx.limits.login_allowed(&by_email).await {
        return Err(AppError::RateLimited);
    }
    let creds = Credentials {
        email: email.clone(),
        password: form.password,
    };
    let user = backend.authenticate(creds).await.map_err(|e| {
        tracing::error!(error = %e, "authentication backend failed");
        AppError::Internal
    })?;
    let Some(user) = user else {
        audit_failed_sign_in(cx, &email).await;
        return Err(AppError::BadCredentials);
    };
    // With two-step sign-in on, the password alone is not enough: the code
    // from the authenticator app, once.
    if user.second_factor {
        let row = users::by_id(&cx.db, user.id).await?.ok_or(AppError::BadCredentials)?;
        if let Err(e) = second_factor::check_sign_in(cx, &row, form.code.as_deref()).await {
            if e == AppError::CodeWrong {
                audit_failed_sign_in(cx, &email).await;
            }
            return Err(e);
        }
    }
    tracing::info!(user_id = user.id.get(), "signed in");
    Ok(user)
}

/// Where a signed-in account goes: its account page while its password must
/// be changed, else the page it came from (on this site), else its start page.
pub fn landing(user: &SessionUser, next: Option<String>, home: &str) -> String {
    if user.must_change_password {
        return "/account?required=1".into();
    }
    crate::account::safe_next(next).unwrap_or_else(|| home.to_string())
}

/// A wrong password for a staff or administrator account (one that reads
/// children's data or runs a service) is written to the audit log the city
/// reads. Parents' and restaurants' accounts are only rate limited.
async fn audit_failed_sign_in(cx: &Context, email: &Email) {
    let Ok(Some(account)) = users::by_email(&cx.db, email).await else {
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
    if let Err(e) = audit::record(&cx.db.pool, entry, cx.clock.now()).await {
        tracing::warn!(error = %e, "a failed sign-in could not be audited");
    }
}
