use crate::error::AppError;
use crate::types::{WaitView, WaitlistForm};
use leptos::prelude::*;

/// Joins the waitlist through the API (the triage answers in the form).
#[server]
pub async fn join_waitlist(form: WaitlistForm) -> Result<WaitView, AppError> {
    use crate::usecase::{join_waitlist::join_waitlist, wait_view::wait_view};
    let cx = crate::state::context().await?;
    let answers = form.triage_answers(cx.clock.today())?;
    let parent = platform::ssr::guard::signed_in_as().await?;
    let entry = join_waitlist(&cx, parent.as_ref(), answers, form.contact(), &form.wish).await?;
    wait_view(&cx, &entry).await
}
