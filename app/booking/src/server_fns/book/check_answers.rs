use crate::error::AppError;
use domain::booking::triage::{HighRisk, ProblemDomain};
use leptos::prelude::*;

/// Step 1: the check. A joint assessment lets the family choose a day;
/// anything else is explained and the check is kept as typed.
#[server]
pub async fn check_answers(
    birth_date: String,
    #[server(default)] due_date: Option<String>,
    #[server(default)] previous_date: Option<String>,
    #[server(default)] previous_reassess: Option<String>,
    #[server(default)] domains: Vec<ProblemDomain>,
    #[server(default)] high_risk: Vec<HighRisk>,
) -> Result<(), AppError> {
    use crate::kept::booking;
    use crate::usecase::check_answers::{Check, check_answers};
    let cx = crate::state::context().await?;
    let dates = [due_date, previous_date, previous_reassess];
    let check = Check {
        birth_date,
        dates,
        domains,
        high_risk,
    };
    let answers = check_answers(&check, cx.clock.today()).inspect_err(|_| booking::write_check(&cx, &check.typed()));
    booking::start(&cx, answers?, cx.offers()).await?;
    leptos_axum::redirect("/ei/book");
    Ok(())
}
