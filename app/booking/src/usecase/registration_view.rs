//! One registration as its family sees it (the confirmation page, an
//! offer accepted).

use crate::error::AppError;
use crate::types::RegistrationView;
use domain::ids::RegistrationId;
use platform::ssr::Context;

pub async fn registration_view(cx: &Context, id: RegistrationId) -> Result<Option<RegistrationView>, AppError> {
    let row = crate::store::registrations::by_id(&cx.db, id).await?;
    row.map(|r| crate::convert::registration(&r, cx.clock.today()))
        .transpose()
}
