//! Self-registration: parents, and restaurant staff who register their
//! restaurant. Nothing is created until the link mailed to the address is
//! opened (`finish_signup`); an address that has an account gets a mail
//! saying so. The answer is the same either way.

use crate::AppError;
use crate::ssr::Context;
use crate::ssr::outbox::OutgoingMail;
use crate::ssr::signup::{self, Credentials, SIGNUP_HOURS, SignupMails, WorkplaceForm};
use domain::Named;
use domain::platform::Role;
use i18n::td_string;

/// What the registration form sends.
pub struct Signup {
    pub email: String,
    pub password: String,
    pub display_name: String,
    pub account_type: String,
    pub workplace_name: Option<String>,
    pub workplace_area: Option<String>,
}

pub async fn begin_signup(cx: &Context, form: Signup) -> Result<(), AppError> {
    if !cx.limits.signup_allowed(&format!("signup:{}", cx.client)).await {
        return Err(AppError::RateLimited);
    }
    let account = Credentials::parse(&form.email, &form.password, &form.display_name).await?;
    let role = Role::parse(&form.account_type).ok_or(AppError::RoleNotAllowed)?;
    let workplace = WorkplaceForm {
        name: form.workplace_name.as_deref(),
        area: form.workplace_area.as_deref(),
    };
    signup::begin_signup(cx, &account, role, workplace, mails(cx, &account)).await?;
    tracing::info!(role = role.as_str(), "sign-up mailed");
    Ok(())
}

/// The mail that confirms a new address (with its link), and the one that
/// tells the holder of an address already registered.
fn mails(cx: &Context, account: &Credentials) -> SignupMails {
    let l = cx.locale;
    let site = cx.site().to_owned();
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
    SignupMails {
        confirm: Box::new(confirm),
        taken: OutgoingMail {
            to,
            subject: td_string!(l, auth.signup_taken_subject).to_string(),
            body: td_string!(l, auth.signup_taken_body, link = format!("{site}/login")).to_string(),
            ics: None,
        },
    }
}
