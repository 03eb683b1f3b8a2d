use crate::error::AppError;
use crate::types::ReferralForm;
use leptos::prelude::*;

/// Refers a child: opens a case, or attaches to the child's open case. A
/// referral after the week is accepted and flagged late.
#[server]
pub async fn refer_child(form: ReferralForm) -> Result<(), AppError> {
    use crate::usecase::referring::Referring;
    use platform::ssr::guard;
    let cx = crate::state::context().await?;
    let who = Referring::of(guard::current_user().await?.as_ref())?;
    let screening = crate::kept::screening::finished(&cx);
    let done = crate::usecase::refer_child::refer_child(&cx, &who, form, screening).await?;
    crate::kept::referral::write(&cx, &done);
    leptos_axum::redirect(&format!("{}#done", crate::paths::REFER));
    Ok(())
}
