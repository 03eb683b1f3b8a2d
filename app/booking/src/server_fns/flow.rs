//! Booking by API: hold a place (a bearer token comes back), give it back,
//! submit the registration with the token. The pages use the same steps
//! through `book`, which keeps the token in a sealed cookie instead.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::BookingError;
use crate::types::{HoldView, RegistrationForm, RegistrationView};
#[cfg(feature = "ssr")]
use domain::Named;
use domain::ids::ClinicDayId;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
pub(crate) fn refusal(r: crate::store::places::Refusal) -> AppError {
    use crate::store::places::Refusal;
    match r {
        Refusal::Full => AppError::Service(BookingError::DayFull),
        Refusal::Closed => AppError::Service(BookingError::DayClosed),
        Refusal::Missing => AppError::NotFound,
    }
}

#[cfg(feature = "ssr")]
pub(crate) fn day_refusal(r: domain::booking::triage::DayRefusal) -> AppError {
    use domain::booking::triage::DayRefusal;
    match r {
        DayRefusal::OutsideWindow(w) => AppError::Service(BookingError::OutsideWindow(w)),
        DayRefusal::NotEligible(i) => AppError::Service(BookingError::NotEligible(i)),
        DayRefusal::NoJointAssessmentNeeded => AppError::Service(BookingError::NoJointAssessmentNeeded),
    }
}

/// Holds a place on `day_id` for a child born on `birth` (the day decides
/// whether the child counts as under three) for the configured minutes.
#[cfg(feature = "ssr")]
pub(crate) async fn hold_place(day_id: ClinicDayId, birth: chrono::NaiveDate) -> Result<HoldView, AppError> {
    use crate::store::{clinic_days, holds};
    use domain::platform::taipei::parse_iso_date;
    use platform::ssr::{guard, state::app_state};
    let state = app_state()?;
    let minutes = crate::state::booking_state()?.config.hold_minutes;
    let client_key = guard::client_ip().await;
    if !state.limits.hold_allowed(&format!("hold:{client_key}")).await {
        return Err(AppError::RateLimited);
    }
    let today = state.clock.today();
    if birth > today {
        return Err(AppError::Service(BookingError::BirthDateFuture));
    }
    let now = state.clock.now();
    let day = clinic_days::get(&state.db, now, day_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let date = parse_iso_date(&day.day).ok_or(AppError::NotFound)?;
    if date <= today {
        return Err(AppError::Service(BookingError::CannotChange(
            domain::booking::registration::TransitionError::DayPassed,
        )));
    }
    let under3 = domain::booking::age::is_under_three_on(birth, date);
    let config = &crate::state::booking_state()?.config;
    let client = holds::Client {
        key: &client_key,
        per_day: config.holds_per_client_day,
        in_all: config.holds_per_client,
    };
    let held = holds::place(&state.db, day_id, under3, now, minutes, &client)
        .await?
        .map_err(|r| match r {
            holds::NotHeld::Place(r) => refusal(r),
            holds::NotHeld::TooMany => AppError::Service(BookingError::TooManyHolds),
        })?;
    let day = clinic_days::get(&state.db, now, day_id)
        .await?
        .ok_or(AppError::NotFound)?;
    metrics::counter!("booking_holds_total").increment(1);
    Ok(HoldView {
        token: held.token,
        expires_at: held.expires_at,
        seconds_left: held.expires_at - now,
        pool: held.pool,
        day: super::convert::day(&day)?,
    })
}

/// Holds a place on a clinic day for a child born on `birth_date`.
#[server]
pub async fn place_hold(day_id: ClinicDayId, birth_date: String) -> Result<HoldView, AppError> {
    let birth =
        domain::platform::taipei::parse_iso_date(&birth_date).ok_or(AppError::Service(BookingError::DateInvalid))?;
    hold_place(day_id, birth).await
}

/// Gives a held place back (the family chose another day or left the form).
#[server]
pub async fn release_hold(token: String) -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    crate::store::holds::release(&state.db, &token, state.clock.now()).await?;
    Ok(())
}

#[cfg(feature = "ssr")]
fn parse_optional_date(s: &Option<String>) -> Result<Option<chrono::NaiveDate>, AppError> {
    match s.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(v) => domain::platform::taipei::parse_iso_date(v)
            .map(Some)
            .ok_or(AppError::Service(BookingError::DateInvalid)),
    }
}

/// Parses and checks the answers the triage looks at; `dates` are the due
/// date, the previous assessment's and its re-assessment's, each optional.
#[cfg(feature = "ssr")]
pub(crate) fn triage_input(
    birth_date: &str,
    [due_date, previous_date, previous_reassess]: [&Option<String>; 3],
    high_risk: &[domain::booking::triage::HighRisk],
    domains: &[domain::booking::triage::ProblemDomain],
    today: chrono::NaiveDate,
) -> Result<domain::booking::TriageInput, AppError> {
    use domain::booking::age::{AgeError, ChildAge};
    use domain::booking::triage::{PreviousAssessment, TriageInput};
    let birth = domain::platform::taipei::parse_iso_date(birth_date.trim())
        .ok_or(AppError::Service(BookingError::DateInvalid))?;
    let due = parse_optional_date(due_date)?;
    match ChildAge::on(birth, due, today) {
        Err(AgeError::NotBornYet) => return Err(AppError::Service(BookingError::BirthDateFuture)),
        Err(AgeError::ImplausibleDueDate) => return Err(AppError::Service(BookingError::DueDateImplausible)),
        Ok(_) => {}
    }
    let previous = parse_optional_date(previous_date)?;
    let reassess = parse_optional_date(previous_reassess)?;
    Ok(TriageInput {
        birth_date: birth,
        due_date: due,
        previous: previous.map(|d| PreviousAssessment {
            assessed_on: d,
            reassess_on: reassess,
        }),
        high_risk: high_risk.iter().copied().collect(),
        domains: domains.iter().copied().collect(),
    })
}

/// The district of residence as a form sends it: a district's name, or
/// nothing for "prefer not to say".
pub fn home_from_form(s: &str) -> Result<Option<domain::booking::District>, AppError> {
    match s.trim() {
        "" => Ok(None),
        d => <domain::booking::District as domain::Named>::parse(d)
            .map(Some)
            .ok_or(AppError::InvalidInput),
    }
}

/// The contact part of a registration, as the family typed it.
#[cfg(feature = "ssr")]
#[derive(Clone, Copy)]
pub(crate) struct Contact<'a> {
    pub child_name: &'a str,
    pub national_id: &'a str,
    pub filled_by: domain::booking::contact::FilledBy,
    pub phone: &'a str,
    pub email: Option<&'a str>,
    pub notes: &'a str,
    /// The channels chosen on the form; none (the API): every one given.
    pub channels: Option<domain::booking::contact::Channels>,
    /// The district the child lives in, when the family gave it.
    pub home: Option<domain::booking::District>,
}

#[cfg(feature = "ssr")]
impl Contact<'_> {
    /// What was typed, cut to the fields' sizes, to fill the form in again.
    pub(crate) fn typed(&self) -> crate::types::ContactTyped {
        let cut = |s: &str, n: usize| s.chars().take(n).collect::<String>();
        crate::types::ContactTyped {
            child_name: cut(self.child_name, 40),
            national_id: cut(self.national_id, 12).into(),
            filled_by: Some(self.filled_by),
            phone: cut(self.phone, 20),
            email: cut(self.email.unwrap_or_default(), 100),
            notes: cut(self.notes, 500),
            channels: self.channels,
            home_district: self.home,
        }
    }
}

/// The contact, parsed and checked.
#[cfg(feature = "ssr")]
pub(crate) struct ParsedContact {
    pub child_name: String,
    pub id: domain::booking::NationalId,
    pub phone: domain::booking::contact::Phone,
    pub email: Option<domain::platform::Email>,
    pub channels: domain::booking::contact::Channels,
}

#[cfg(feature = "ssr")]
impl Contact<'_> {
    /// Checks every field; the first that is wrong is the error.
    pub(crate) fn parse(&self) -> Result<ParsedContact, AppError> {
        use domain::booking::{NationalId, national_id::NationalIdError};
        let child_name = domain::booking::contact::parse_child_name(self.child_name)
            .ok_or(AppError::Service(BookingError::ChildNameInvalid))?;
        let id = NationalId::parse(self.national_id).map_err(|e| match e {
            NationalIdError::Format => AppError::Service(BookingError::NationalIdFormat),
            NationalIdError::Checksum => AppError::Service(BookingError::NationalIdChecksum),
        })?;
        let phone = domain::booking::contact::Phone::parse(self.phone)
            .map_err(|_| AppError::Service(BookingError::PhoneInvalid))?;
        let email = match self.email.map(str::trim).filter(|e| !e.is_empty()) {
            Some(e) => Some(domain::platform::Email::parse(e)?),
            None => None,
        };
        let channels = domain::booking::contact::Channels::for_contact(self.channels, &phone, email.is_some())
            .map_err(|e| AppError::Service(BookingError::ChannelInvalid(e)))?;
        Ok(ParsedContact {
            child_name,
            id,
            phone,
            email,
            channels,
        })
    }
}

/// Whether the triage (with the assessments recorded) leads to a joint
/// assessment, and fast-tracked; any other outcome is the error that says so.
#[cfg(feature = "ssr")]
pub(crate) fn joint_assessment(
    input: &domain::booking::TriageInput,
    today: chrono::NaiveDate,
) -> Result<bool, AppError> {
    use domain::booking::triage::{TriageOutcome, triage};
    match triage(input, today) {
        TriageOutcome::JointAssessment { fast_track, .. } => Ok(fast_track),
        TriageOutcome::NotEligible(i) => Err(AppError::Service(BookingError::NotEligible(i))),
        TriageOutcome::SingleSpecialty { .. } | TriageOutcome::NoConcern => {
            Err(AppError::Service(BookingError::NoJointAssessmentNeeded))
        }
    }
}

/// The triage a submission is checked with, and who submits it
/// (`store::registrations::Submitter`).
#[cfg(feature = "ssr")]
pub(crate) struct Checked {
    pub triage: domain::booking::TriageInput,
    pub submitter: crate::store::registrations::Submitter,
    pub fast_track: bool,
}

/// Checks the triage of a submission for `child_key`. A refusal caused by
/// the submitter's own answers is always told; one caused by an assessment
/// this system recorded only to the child's known family (`known_family`:
/// the account booked or waited for the child before, or a case manager
/// books for a case): for anyone else it flags the submission for the staff
/// (`domain::booking::registration::review_for_stranger`).
#[cfg(feature = "ssr")]
pub(crate) async fn check_triage(
    db: &platform::ssr::Db,
    child_key: &str,
    known_family: bool,
    declared: domain::booking::TriageInput,
    today: chrono::NaiveDate,
) -> Result<Checked, AppError> {
    use crate::store::registrations::{Submitter, last_completed};
    let recorded = last_completed(db, child_key).await?;
    let with_record = declared.clone().with_recorded(recorded);
    if known_family {
        return Ok(Checked {
            fast_track: joint_assessment(&with_record, today)?,
            triage: with_record,
            submitter: Submitter::KnownFamily,
        });
    }
    Ok(Checked {
        fast_track: joint_assessment(&declared, today)?,
        triage: declared,
        submitter: Submitter::Other {
            recorded_triage: recorded.is_some().then_some(with_record),
        },
    })
}

/// Submits a registration: the held place passes to it, or nothing changes.
#[cfg(feature = "ssr")]
pub(crate) async fn submit(
    hold_token: &str,
    input: domain::booking::TriageInput,
    contact: Contact<'_>,
    case: Option<domain::ids::CaseId>,
) -> Result<RegistrationView, AppError> {
    use crate::notify;
    use crate::store::{holds, registrations as regs};
    use platform::ssr::{guard, state::app_state};
    let state = app_state()?;
    let threshold = crate::state::booking_state()?.config.no_show_threshold;
    let today = state.clock.today();
    let now = state.clock.now();
    let ParsedContact {
        child_name,
        id,
        phone,
        email,
        channels,
    } = contact.parse()?;
    let me = guard::current_user().await?;
    let child_key = state.keys.child_key(&id);
    let parent = me
        .as_ref()
        .filter(|u| u.role == domain::platform::Role::Parent)
        .map(|u| u.id);
    // The repeat rule and the re-assessment window go by the assessments
    // this system recorded, not only by what the family declares; the
    // record is told only to the child's known family (a case manager
    // booking for a case is one of the staff).
    let known_family = case.is_some() || regs::family_knows(&state.db, &child_key, parent).await?;
    let checked = check_triage(&state.db, &child_key, known_family, input, today).await?;
    let no_shows = regs::no_shows(&state.db, &child_key).await? as u32;
    let new = regs::NewRegistration {
        hold_hash: platform::ssr::keys::storage_hash(hold_token),
        national_id_enc: state.keys.encrypt(id.expose()),
        national_id_masked: id.masked(),
        child_key: child_key.clone(),
        child_name,
        triage: checked.triage,
        submitter: checked.submitter,
        filled_by: contact.filled_by.as_str().to_owned(),
        phone: phone.as_str().to_owned(),
        email: email.as_ref().map(|e| e.as_str().to_owned()),
        notes: contact.notes.chars().take(500).collect(),
        fast_track: checked.fast_track,
        needs_approval: domain::booking::registration::needs_approval(no_shows, threshold),
        user_id: parent,
        home_district: contact.home,
        channels,
        lang: notify::locale_code(guard::request_locale()),
        case: match (case, &me) {
            (Some(case), Some(me)) if me.role.may(domain::platform::Permission::WorkCases) => Some((case, me.id)),
            (Some(_), _) => return Err(AppError::Forbidden),
            (None, _) => None,
        },
    };
    let site = state.config.public_base_url.clone();
    let day_of_hold = match holds::find(&state.db, hold_token).await? {
        Some(h) => crate::store::clinic_days::get(&state.db, now, h.clinic_day_id).await?,
        None => None,
    };
    let centre = match &day_of_hold {
        Some(d) => crate::store::centres::get(&state.db, d.centre_id).await?,
        None => None,
    };
    let recipient = notify::Recipient {
        channels,
        email: email.as_ref().map(|e| e.as_str()),
        phone: phone.as_str(),
        locale: guard::request_locale(),
    };
    let messages = |reference: &str, day: &str| {
        let visit = (|| {
            let (d, c) = (day_of_hold.as_ref()?, centre.as_ref()?);
            Some(notify::Visit {
                reference: reference.to_owned(),
                centre: c.name(),
                address: c.address(),
                phone: c.phone.clone(),
                day: domain::platform::taipei::parse_iso_date(day)?,
                checkin: chrono::NaiveTime::parse_from_str(&d.checkin_time, "%H:%M").ok()?,
            })
        })();
        match visit {
            Some(v) => notify::to_family(&recipient, notify::Notice::Submitted, &v, &site),
            None => Vec::new(),
        }
    };
    match regs::submit(&state.db, &new, today, now, messages).await? {
        regs::Submitted::Done { id, .. } => {
            metrics::counter!("booking_registrations_total").increment(1);
            tracing::info!(registration_id = %id, "registration submitted");
            let row = regs::by_id(&state.db, id).await?.ok_or(AppError::Internal)?;
            super::convert::registration(&row, today)
        }
        regs::Submitted::HoldExpired => Err(AppError::Service(BookingError::HoldExpired)),
        regs::Submitted::ReservedForUnderThree => Err(AppError::Service(BookingError::ReservedForUnderThree)),
        regs::Submitted::Refused(r) => Err(day_refusal(r)),
        regs::Submitted::CaseClosed => {
            holds::release(&state.db, hold_token, now).await?;
            Err(AppError::Service(BookingError::CaseClosed))
        }
        regs::Submitted::ChildAlreadyBooked => {
            holds::release(&state.db, hold_token, now).await?;
            let existing = regs::active_for_child(&state.db, &child_key).await?;
            let own = match existing.filter(|r| r.user_id.is_some() && r.user_id == me.as_ref().map(|m| m.id)) {
                Some(r) => Some(crate::error::OwnBooking {
                    centre: r.centre_name(),
                    date: super::convert::stored_date(&r.day)?,
                }),
                None => None,
            };
            Err(AppError::Service(BookingError::ChildAlreadyBooked(own)))
        }
    }
}

/// Submits the registration: the held place passes to it, or nothing changes.
#[server]
pub async fn submit_registration(form: RegistrationForm) -> Result<RegistrationView, AppError> {
    let today = platform::ssr::state::app_state()?.clock.today();
    let input = triage_input(
        &form.birth_date,
        [&form.due_date, &form.previous_date, &form.previous_reassess],
        &form.high_risk,
        &form.domains,
        today,
    )?;
    let contact = Contact {
        child_name: &form.child_name,
        national_id: form.national_id.as_str(),
        filled_by: form.filled_by,
        phone: &form.phone,
        email: form.email.as_deref(),
        notes: &form.notes,
        channels: form.channels,
        home: form.home_district,
    };
    submit(&form.hold_token, input, contact, None).await
}
