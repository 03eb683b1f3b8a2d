use crate::error::AppError;
use domain::booking::screening::Answer;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The answers, by item number (`answers[3]=not_yet`). Every item needs one;
/// what was answered is kept either way.
#[server]
pub async fn answer_screening(#[server(default)] answers: BTreeMap<String, Answer>) -> Result<(), AppError> {
    use crate::kept::screening as kept;
    let cx = platform::ssr::guard::context().await?;
    let k = kept::read(&cx).ok_or(crate::error::BookingError::StartAgain)?;
    let (k, told) = crate::usecase::screening::answer_screening(k, answers, cx.clock.today())?;
    kept::write(&cx, &k);
    told?;
    leptos_axum::redirect("/ei/screening#result");
    Ok(())
}
