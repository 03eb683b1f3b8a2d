use crate::error::AppError;
use crate::types::{RegistrationForm, RegistrationView};
use leptos::prelude::*;

/// Submits the registration: the held place passes to it, or nothing changes.
#[server]
pub async fn submit_registration(form: RegistrationForm) -> Result<RegistrationView, AppError> {
    use crate::usecase::submit_registration::{Booker, submit_registration};
    let cx = crate::state::context().await?;
    let answers = form.triage_answers(cx.clock.today())?;
    let parent = platform::ssr::guard::signed_in_as().await?;
    let by = Booker::Family(parent.as_ref());
    submit_registration(&cx, by, &form.hold_token, answers, form.contact()).await
}
