//! A form's error: from its action when JavaScript runs, from the redirect
//! back when it does not, with what was typed.

use super::app::{AppError, Refusal};
use leptos::prelude::*;

/// The result of a form's action: its error if it failed.
pub fn action_error<S, R>(action: ServerAction<S>) -> Signal<Option<AppError<R>>>
where
    R: Refusal,
    S: server_fn::ServerFn<Error = AppError<R>> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().and_then(|r| r.err()))
}

/// The error a form post made without JavaScript came back with, if it was
/// `S`'s: the server redirects back to the page with the error in the URL.
pub fn posted_error<S>() -> Option<S::Error>
where
    S: server_fn::ServerFn + Clone + Send + Sync + 'static,
    S::Error: Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
{
    ServerAction::<S>::new()
        .value()
        .with_untracked(|v| v.as_ref().and_then(|r| r.as_ref().err().cloned()))
}

/// What the form posting to `S` showed when the server refused it (this page
/// load only: after a refusal the URL names the form). Empty otherwise.
pub fn typed_back<S>() -> crate::echo::Typed
where
    S: server_fn::ServerFn + Clone + Send + Sync + 'static,
    S::Error: Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
{
    if posted_error::<S>().is_none() {
        return Default::default();
    }
    #[cfg(feature = "ssr")]
    {
        crate::ssr::state::app_state()
            .ok()
            .and_then(|state| crate::ssr::sealed::read::<crate::echo::Typed>(&state, crate::echo::COOKIE))
            .filter(|t| t.path == S::PATH)
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Default::default()
    }
}
