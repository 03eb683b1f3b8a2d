//! The centre records the team's report of a completed assessment: the day
//! it was written, the re-assessment date and the services it recommends,
//! with a note for the family (the report's rules are the domain's).

use crate::error::{AppError, BookingError};
use crate::store::registrations::{self as regs, RegistrationRow};
use domain::booking::RegistrationStatus;
use domain::booking::registration::TransitionError;
use domain::booking::report::{Report, Service};
use domain::ids::RegistrationId;
use platform::ssr::Context;
use platform::ssr::actor::CentreStaff;

/// What the report form sends.
pub struct ReportForm {
    pub written_on: String,
    pub reassess_on: String,
    pub services: Vec<Service>,
    pub note: String,
}

/// The registration reported on.
pub async fn record_report(
    cx: &Context,
    me: &CentreStaff,
    id: RegistrationId,
    form: ReportForm,
) -> Result<RegistrationRow, AppError> {
    let not_completed = || AppError::Service(BookingError::CannotChange(TransitionError::WrongStatus));
    let completed = |r: &RegistrationRow| r.centre_id == me.centre && r.status == RegistrationStatus::Completed;
    let row = regs::by_id(&cx.db, id)
        .await?
        .filter(completed)
        .ok_or_else(not_completed)?;
    let visit = crate::convert::stored_date(&row.day)?;
    let (written, reassess) = (
        crate::forms::date(&form.written_on)?,
        crate::forms::date(&form.reassess_on)?,
    );
    let services = form.services.into_iter().collect();
    let report =
        Report::new(visit, cx.clock.today(), written, reassess, services, &form.note).map_err(BookingError::from)?;
    if !regs::set_report(&cx.db, row.id, me.centre, &report, me.user, cx.clock.now()).await? {
        return Err(not_completed());
    }
    Ok(row)
}
