//! The account's two-step sign-in as its page shows it: on or off, required
//! or not, and while it is off a secret to set the app up with.

use crate::AppError;
use crate::account::SecondFactorView;
use crate::ssr::actor::Account;
use crate::ssr::{Context, second_factor};

/// Whether the account is offered a secret to set the app up with: it may
/// use two-step sign-in and has not turned it on.
pub fn offers_secret(me: &crate::ssr::auth_backend::SessionUser) -> bool {
    me.role.may_use_second_factor() && !me.second_factor
}

/// The view, and the secret offered for setting the app up (the one the
/// session holds already, or a new one for the caller to keep there).
pub async fn second_factor_setup(
    cx: &Context,
    Account(me): &Account,
    pending: Option<String>,
) -> Result<(SecondFactorView, Option<String>), AppError> {
    let available = me.role.may_use_second_factor();
    let required = available && second_factor::required(&cx.db, me.role).await?;
    let secret = offers_secret(me).then(|| pending.unwrap_or_else(second_factor::new_secret));
    let view = SecondFactorView {
        available,
        on: me.second_factor,
        required,
        setup_key: secret.as_deref().map(grouped),
        setup_url: secret
            .as_deref()
            .and_then(|s| second_factor::setup_url(s, &me.email, &second_factor::issuer(&cx.config.installation))),
    };
    Ok((view, secret))
}

/// A secret grouped by four characters, for typing it into the app.
fn grouped(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}
