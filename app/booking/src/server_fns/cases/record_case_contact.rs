use crate::error::AppError;
use domain::booking::case::ContactMethod;
use domain::ids::CaseId;
use leptos::prelude::*;

/// Records a contact (or an attempt) with the family; the first stops the contact clock.
#[server]
pub async fn record_case_contact(
    id: CaseId,
    on: String,
    method: ContactMethod,
    #[server(default)] reached: Option<String>,
    #[server(default)] note: String,
) -> Result<(), AppError> {
    use crate::usecase::work_case::{Contact, record_case_contact};
    use platform::ssr::{actor::CaseManager, guard};
    let me: CaseManager = guard::actor(domain::platform::Permission::WorkCases).await?;
    let contact = Contact {
        on,
        method,
        reached: reached.is_some(),
        note,
    };
    record_case_contact(&guard::context().await?, &me, id, contact).await?;
    leptos_axum::redirect(&crate::paths::case(id));
    Ok(())
}
