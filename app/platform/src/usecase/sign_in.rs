//! Signing in: the password, then the authenticator app's code when the
//! account has two-step sign-in; a wrong password for a staff account is
//! audited. A client that guesses runs out of its own budgets (per client,
//! and per account and client); failures from everywhere make each attempt
//! on the account wait longer (`domain::platform::sign_in`), and the holder
//! is told of them, and of a sign-in from a new client, by mail.

use crate::AppError;
use crate::ssr::auth_backend::{Backend, Credentials, SessionUser};
use crate::ssr::outbox::OutgoingMail;
use crate::ssr::sign_ins::{self, Notice};
use crate::ssr::{Context, StoreError, audit, second_factor, users};
use axum_login::AuthnBackend;
use domain::platform::Email;
use domain::platform::sign_in::delay_before_check;
use i18n::{Locale, td_string};

/// What the sign-in form sends.
pub struct SignIn {
    pub email: String,
    pub password: String,
    pub code: Option<String>,
}

/// The account the form signs in as, checked: the caller begins its session.
pub async fn sign_in(cx: &Context, backend: &Backend, form: SignIn) -> Result<SessionUser, AppError> {
    let email = Email::parse(&form.email).map_err(|_| AppError::BadCredentials)?;
    let account_key = cx.keys.sign(&format!("sign-in|{}", email.as_str()));
    let by_account_and_client = format!("login:{account_key}:{}", cx.client);
    let by_client = format!("login-ip:{}", cx.client);
    if !cx.limits.login_allowed(&by_client).await || !cx.limits.login_allowed(&by_account_and_client).await {
        return Err(AppError::RateLimited);
    }
    let now = cx.clock.now();
    let recent = sign_ins::recent(&cx.db, &account_key, now)
        .await
        .map_err(StoreError::from)?;
    tokio::time::sleep(delay_before_check(recent)).await;
    let creds = Credentials {
        email: email.clone(),
        password: form.password,
    };
    let user = backend.authenticate(creds).await.map_err(|e| match e {
        StoreError::Busy => AppError::Busy,
        e => {
            tracing::error!(error = %e, "authentication backend failed");
            AppError::Internal
        }
    })?;
    let Some(user) = user else {
        failed(cx, &account_key, &email).await;
        return Err(AppError::BadCredentials);
    };
    // With two-step sign-in on, the password alone is not enough: the code
    // from the authenticator app, once. A missing or wrong code is answered
    // as a wrong password is (and counted as one), so that the answer never
    // tells a guesser the password was right; the form always offers the
    // code field and the message names it.
    if user.second_factor {
        let row = users::by_id(&cx.db, user.id).await?.ok_or(AppError::BadCredentials)?;
        match second_factor::check_sign_in(cx, &row, form.code.as_deref()).await {
            Ok(()) => {}
            Err(AppError::CodeRequired | AppError::CodeWrong) => {
                failed(cx, &account_key, &email).await;
                return Err(AppError::BadCredentials);
            }
            Err(e) => return Err(e),
        }
    }
    let client_key = cx.keys.sign(&format!("sign-in client|{}", cx.client));
    let to = email.as_str().to_owned();
    let l = cx.locale;
    let notice = sign_ins::succeeded(&cx.db, &account_key, user.id, &client_key, now, |n| {
        notice_mail(l, &to, n, cx.site())
    })
    .await?;
    tracing::info!(user_id = user.id.get(), told = notice.is_some(), "signed in");
    Ok(user)
}

/// A failed attempt: counted on the account, and audited for staff.
async fn failed(cx: &Context, account_key: &str, email: &Email) {
    if let Err(e) = sign_ins::failed(&cx.db, account_key, cx.clock.now()).await {
        tracing::warn!(error = %e, "a failed sign-in could not be counted");
    }
    audit_failed_sign_in(cx, email).await;
}

/// The holder's mail: a sign-in from a new place, and the failures before it.
fn notice_mail(l: Locale, to: &str, n: Notice, site: &str) -> OutgoingMail {
    let mut body = String::new();
    if n.new_client {
        body.push_str(td_string!(l, auth.sign_in_notice_new_client));
        body.push_str("\n\n");
    }
    if n.failures > 0 {
        body.push_str(&td_string!(l, auth.sign_in_notice_failures, failures = n.failures).to_string());
        body.push_str("\n\n");
    }
    body.push_str(&td_string!(l, auth.sign_in_notice_advice, link = format!("{site}/account")).to_string());
    OutgoingMail {
        to: to.to_owned(),
        subject: td_string!(l, auth.sign_in_notice_subject).to_string(),
        body,
        ics: None,
    }
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
