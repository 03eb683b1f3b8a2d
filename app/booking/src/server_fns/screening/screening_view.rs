use crate::error::AppError;
use crate::types::ScreeningView;
use leptos::prelude::*;

/// The band's questions for the child, and the result once answered; none
/// before the birth date is given.
#[server]
pub async fn screening() -> Result<Option<ScreeningView>, AppError> {
    use crate::kept::screening as kept;
    let cx = platform::ssr::guard::context().await?;
    let (view, keep) = crate::usecase::screening::screening_view(kept::read(&cx), cx.clock.today());
    if !keep {
        kept::clear(&cx);
    }
    Ok(view)
}
