use crate::error::AppError;
use crate::types::ReferralPageView;
use leptos::prelude::*;

/// The referral form's page: who refers, an attachable screening, the
/// confirmation of a referral just made, and a reporter's own referrals.
#[server]
pub async fn referral_page() -> Result<ReferralPageView, AppError> {
    use crate::usecase::referring::Referring;
    use platform::ssr::guard;
    let cx = guard::context().await?;
    let who = Referring::of(guard::current_user().await?.as_ref())?;
    let (referrer, mine) = crate::usecase::referral_page::referral_page(&cx, &who).await?;
    let (screening, done) = (crate::kept::screening::finished(&cx), crate::kept::referral::read(&cx));
    Ok(ReferralPageView {
        today: cx.clock.today(),
        referrer,
        screening,
        done,
        mine,
    })
}
