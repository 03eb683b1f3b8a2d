//! Referrals (通報) and the city's referral cases. Reporters at institutions
//! and parents refer a child; case managers at the city's referral centre
//! work the queue: take a case, record contacts with the family, book the
//! joint assessment for them through the booking path, close the case.
//! Every read and change of a case by staff is audited.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::BookingError;
use crate::types::{AttachedScreening, DayView};
use chrono::NaiveDate;
use domain::Bilingual;
use domain::booking::case::{CaseClocks, CaseEventKind, CaseOutcome, CaseStage, ContactMethod, ReporterKind};
use domain::booking::triage::ProblemDomain;
use domain::ids::{CaseId, ClinicDayId, UserId};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Who is referring, as the form introduces them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Referrer {
    pub kind: ReporterKind,
    /// The reporter's own name (a signed-in account's display name).
    pub name: Option<String>,
    pub institution: Option<Bilingual>,
}

/// A referral just made, for the confirmation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferralDone {
    pub number: String,
    /// Whether it opened a case (or joined the child's open one).
    pub opened: bool,
    pub late: bool,
    pub contact_due: NaiveDate,
}

/// One referral as its reporter follows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyReferral {
    pub number: String,
    pub child_masked: String,
    pub observed_on: NaiveDate,
    pub reported_on: NaiveDate,
    pub late: bool,
    pub outcome: Option<CaseOutcome>,
}

/// What the referral page needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferralPageView {
    pub today: NaiveDate,
    pub referrer: Referrer,
    /// A finished self-screening on this device, which may be attached.
    pub screening: Option<AttachedScreening>,
    pub done: Option<ReferralDone>,
    /// A signed-in reporter's own referrals, newest first.
    pub mine: Vec<MyReferral>,
}

/// A case in the queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseItem {
    pub id: CaseId,
    pub number: String,
    pub child_name: String,
    pub birth_date: NaiveDate,
    pub opened_on: NaiveDate,
    pub clocks: CaseClocks,
    pub stage: CaseStage,
    pub assigned: Option<String>,
    pub referrals: u32,
}

/// The referral centre's queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseQueueView {
    pub today: NaiveDate,
    pub open: Vec<CaseItem>,
    pub closed: Vec<CaseItem>,
}

/// One referral of a case, as the case manager reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferralEntry {
    pub kind: ReporterKind,
    pub reporter_name: String,
    pub institution: Option<Bilingual>,
    pub observed_on: NaiveDate,
    pub reported_on: NaiveDate,
    pub late: bool,
    pub observation: String,
    pub domains: Vec<ProblemDomain>,
    pub screening: Option<AttachedScreening>,
}

/// One thing done on a case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseEvent {
    pub kind: CaseEventKind,
    pub on: NaiveDate,
    pub by: Option<String>,
    pub method: Option<ContactMethod>,
    pub reached: Option<bool>,
    pub note: String,
}

/// A case manager.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manager {
    pub id: UserId,
    pub name: String,
}

/// The booking made for a case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseBooking {
    pub reference: String,
    pub status: domain::booking::RegistrationStatus,
}

/// A whole case, for its page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseDetailView {
    pub item: CaseItem,
    pub national_id_masked: String,
    pub guardian_name: String,
    pub phone: String,
    pub email: Option<String>,
    pub referrals: Vec<ReferralEntry>,
    pub events: Vec<CaseEvent>,
    pub booking: Option<CaseBooking>,
    pub managers: Vec<Manager>,
    pub me: UserId,
    pub today: NaiveDate,
    /// What the booking's triage says of the child's referrals: a joint
    /// assessment may be booked for the family only when it advises one.
    pub triage: domain::booking::TriageOutcome,
    /// Clinic days with a place for this child in the coming weeks.
    pub days: Vec<DayView>,
}

#[cfg(feature = "ssr")]
const REFERRED: platform::ssr::sealed::Sealed<ReferralDone> = platform::ssr::sealed::Sealed::new("referred", 3600);

/// Who the signed-in person refers as: a reporter with their institution, a
/// parent, or (signed out) a family.
#[cfg(feature = "ssr")]
async fn referrer(
    state: &platform::ssr::AppState,
    me: &Option<platform::ssr::auth_backend::SessionUser>,
) -> Result<(Referrer, Option<domain::ids::InstitutionId>), AppError> {
    use domain::platform::Role;
    if me.as_ref().is_some_and(|u| u.must_change_password) {
        return Err(AppError::PasswordChangeRequired);
    }
    match me {
        Some(u) if u.role == Role::Reporter => {
            let id = u
                .institution_id
                .map(domain::ids::InstitutionId)
                .ok_or(AppError::Forbidden)?;
            let institution = crate::store::institutions::get(&state.db, id)
                .await?
                .ok_or(AppError::Forbidden)?;
            Ok((
                Referrer {
                    kind: institution.kind.into(),
                    name: Some(u.display_name.clone()),
                    institution: Some(institution.name()),
                },
                Some(id),
            ))
        }
        Some(u) if !u.role.may(domain::platform::Permission::ReferChildren) => Err(AppError::Forbidden),
        Some(u) => Ok((
            Referrer {
                kind: ReporterKind::Family,
                name: Some(u.display_name.clone()),
                institution: None,
            },
            None,
        )),
        None => Ok((
            Referrer {
                kind: ReporterKind::Family,
                name: None,
                institution: None,
            },
            None,
        )),
    }
}

#[cfg(feature = "ssr")]
fn date(s: &str) -> Result<NaiveDate, AppError> {
    Ok(platform::ssr::db::stored_date(s).map_err(platform::ssr::db::unreadable)?)
}

/// The referral form's page: who refers, an attachable screening, the
/// confirmation of a referral just made, and a reporter's own referrals.
#[server]
pub async fn referral_page() -> Result<ReferralPageView, AppError> {
    use platform::ssr::{guard, state::app_state};
    let state = app_state()?;
    let me = guard::current_user().await?;
    let (referrer, _) = referrer(&state, &me).await?;
    let mine = match &me {
        Some(u) if u.role == domain::platform::Role::Reporter => {
            let rows = crate::store::cases::referrals_by(&state.db, u.id).await?;
            rows.iter()
                .map(|r| {
                    let (observed_on, reported_on) = (date(&r.observed_on)?, date(&r.reported_on)?);
                    Ok(MyReferral {
                        number: r.case_number.clone(),
                        child_masked: r.child_masked.clone(),
                        observed_on,
                        reported_on,
                        late: domain::booking::referral::report_is_late(observed_on, reported_on),
                        outcome: platform::ssr::db::stored_opt(r.case_outcome.clone())
                            .map_err(platform::ssr::db::unreadable)?,
                    })
                })
                .collect::<Result<Vec<_>, AppError>>()?
        }
        _ => Vec::new(),
    };
    Ok(ReferralPageView {
        today: state.clock.today(),
        referrer,
        screening: super::screening::finished(&state),
        done: REFERRED.read(&state),
        mine,
    })
}

/// The referral form, as typed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferralForm {
    pub child_name: String,
    pub national_id: domain::booking::national_id::TypedId,
    pub birth_date: String,
    pub guardian_name: String,
    pub phone: String,
    #[serde(default)]
    pub email: Option<String>,
    pub observed_on: String,
    pub observation: String,
    #[serde(default)]
    pub domains: Vec<ProblemDomain>,
    /// A family referring without an account may give its name.
    #[serde(default)]
    pub reporter_name: Option<String>,
    /// Set when the family attaches the checklist finished on its device.
    #[serde(default)]
    pub attach_screening: Option<String>,
    /// The district of Taoyuan the child lives in (a district's name), or empty.
    #[serde(default)]
    pub home_district: String,
}

/// Refers a child: opens a case, or attaches to the child's open case. A
/// referral after the week is accepted and flagged late.
#[server]
pub async fn refer_child(form: ReferralForm) -> Result<(), AppError> {
    use domain::booking::case::{Referral, ReferralInput};
    use domain::booking::{NationalId, national_id::NationalIdError};
    use domain::platform::taipei::parse_iso_date;
    use platform::ssr::{guard, state::app_state};
    let ReferralForm {
        child_name,
        national_id,
        birth_date,
        guardian_name,
        phone,
        email,
        observed_on,
        observation,
        domains,
        reporter_name,
        attach_screening,
        home_district,
    } = form;
    let state = app_state()?;
    let me = guard::current_user().await?;
    let (referrer, institution_id) = referrer(&state, &me).await?;
    if me.is_none()
        && !state
            .limits
            .hold_allowed(&format!("refer:{}", guard::client_ip().await))
            .await
    {
        return Err(AppError::RateLimited);
    }
    let today = state.clock.today();
    let booking = crate::state::booking_state()?;
    let child_name = domain::booking::contact::parse_child_name(&child_name)
        .ok_or(AppError::Service(BookingError::ChildNameInvalid))?;
    let id = NationalId::parse(national_id.as_str()).map_err(|e| match e {
        NationalIdError::Format => AppError::Service(BookingError::NationalIdFormat),
        NationalIdError::Checksum => AppError::Service(BookingError::NationalIdChecksum),
    })?;
    let birth = parse_iso_date(birth_date.trim()).ok_or(AppError::Service(BookingError::DateInvalid))?;
    let observed = parse_iso_date(observed_on.trim()).ok_or(AppError::Service(BookingError::DateInvalid))?;
    let guardian_name = domain::platform::parse_person_name(&guardian_name)
        .ok_or(AppError::Service(BookingError::GuardianNameInvalid))?;
    let phone =
        domain::booking::contact::Phone::parse(&phone).map_err(|_| AppError::Service(BookingError::PhoneInvalid))?;
    let email = match email.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
        Some(e) => Some(domain::platform::Email::parse(e)?),
        None => None,
    };
    let reporter_name = match referrer.name.clone() {
        Some(n) => n,
        // A family referring without an account: the person's name, or the guardian's.
        None => reporter_name
            .as_deref()
            .and_then(domain::platform::parse_person_name)
            .unwrap_or_else(|| guardian_name.clone()),
    };
    let referral = Referral::new(
        ReferralInput {
            birth_date: birth,
            observed_on: observed,
            observation,
            domains: domains.into_iter().collect(),
        },
        today,
    )
    .map_err(|e| AppError::Service(BookingError::ReferralInvalid(e)))?;
    // Only the family attaches its own checklist, and only for the same child.
    let screening = attach_screening
        .filter(|_| referrer.kind == ReporterKind::Family)
        .and_then(|_| super::screening::finished(&state))
        .filter(|s| s.birth == birth)
        .and_then(|s| serde_json::to_string(&s).ok());
    let contact_due =
        domain::booking::referral::contact_due(today, booking.config.contact_within_days, &booking.config.calendar);
    let new = crate::store::cases::NewReferral {
        child_key: state.keys.child_key(&id),
        national_id_enc: state.keys.encrypt(id.expose()),
        national_id_masked: id.masked(),
        child_name,
        birth_date: birth,
        guardian_name,
        phone: phone.as_str().to_owned(),
        email: email.as_ref().map(|e| e.as_str().to_owned()),
        reporter_user_id: me.as_ref().map(|u| u.id),
        institution_id,
        reporter_kind: referrer.kind,
        reporter_name,
        observed_on: referral.observed_on,
        reported_on: referral.reported_on,
        observation: referral.observation.clone(),
        domains: referral.domains.clone(),
        screening,
        contact_due,
        home_district: super::flow::home_from_form(&home_district)?,
    };
    let site = state.config.public_base_url.clone();
    let locale = guard::request_locale();
    // The family hears by text when it gave a mobile number, and by mail when
    // it gave an address.
    let messages = |number: &str| {
        use platform::ssr::outbox::Outgoing;
        let mut out = Vec::new();
        if let Some(to) = &email {
            out.push(Outgoing::Mail(crate::notify::case_opened(
                to.as_str(),
                number,
                contact_due,
                &site,
            )));
        }
        if phone.is_mobile() {
            out.push(Outgoing::Sms(crate::notify::case_opened_sms(
                phone.as_str(),
                number,
                contact_due,
                locale,
            )));
        }
        out
    };
    let done = crate::store::cases::refer(&state.db, &new, state.clock.now(), messages).await?;
    metrics::counter!("referrals_total").increment(1);
    tracing::info!(case_id = %done.case_id, opened = done.opened, late = referral.is_late(), "referral received");
    REFERRED.write(
        &state,
        &ReferralDone {
            number: done.number,
            opened: done.opened,
            late: referral.is_late(),
            contact_due,
        },
    );
    leptos_axum::redirect("/ei/refer#done");
    Ok(())
}

/// Clears the confirmation to refer another child.
#[server]
pub async fn refer_another() -> Result<(), AppError> {
    let state = platform::ssr::state::app_state()?;
    REFERRED.clear(&state);
    leptos_axum::redirect("/ei/refer");
    Ok(())
}

#[cfg(feature = "ssr")]
fn item(r: &crate::store::cases::CaseRow, today: NaiveDate) -> Result<CaseItem, AppError> {
    use platform::ssr::db::unreadable;
    let d = r.dates().map_err(unreadable)?;
    let outcome = r.outcome().map_err(unreadable)?;
    let booked = r
        .registration_status
        .as_deref()
        .and_then(<domain::booking::RegistrationStatus as domain::Named>::parse)
        .is_some_and(|s| s.is_active() || s == domain::booking::RegistrationStatus::Completed);
    Ok(CaseItem {
        id: r.id,
        number: r.number.clone(),
        child_name: r.child_name.clone(),
        birth_date: d.birth,
        opened_on: d.opened,
        clocks: CaseClocks::on(d.observed, d.reported, d.contact_due, d.first_contact, today),
        stage: CaseStage::of(d.first_contact, booked, outcome),
        assigned: r.assigned_name.clone(),
        referrals: u32::try_from(r.referrals).unwrap_or(u32::MAX),
    })
}

/// The referral centre's queue: open cases, families not yet reached first
/// by their deadline (the order is the domain's), and the latest closed.
#[server]
pub async fn case_queue() -> Result<CaseQueueView, AppError> {
    use domain::booking::case::queue_rank;
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::WorkCases).await?;
    let state = app_state()?;
    let today = state.clock.today();
    let rows = crate::store::cases::list(&state.db, false).await?;
    let mut open = rows.iter().map(|r| item(r, today)).collect::<Result<Vec<_>, _>>()?;
    open.sort_by_key(|c| {
        let first = match c.clocks.contact {
            domain::booking::case::ContactClock::Made { on, .. } => Some(on),
            domain::booking::case::ContactClock::Running(_) => None,
        };
        queue_rank(c.clocks.contact_due, first, c.opened_on)
    });
    let closed = crate::store::cases::list(&state.db, true).await?;
    let closed = closed.iter().map(|r| item(r, today)).collect::<Result<Vec<_>, _>>()?;
    platform::ssr::audit::record(
        &state.db.pool,
        platform::ssr::audit::AuditEntry {
            actor_user_id: me.id,
            action: "case_queue_read",
            registration_id: None,
            centre_id: None,
            case_id: None,
            detail: "",
        },
        state.clock.now(),
    )
    .await?;
    Ok(CaseQueueView { today, open, closed })
}

/// One case, whole; the read is audited.
#[server]
pub async fn case_detail(id: CaseId) -> Result<CaseDetailView, AppError> {
    use crate::store::cases;
    use platform::ssr::db::unreadable;
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::WorkCases).await?;
    let state = app_state()?;
    let today = state.clock.today();
    let row = cases::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    cases::audit_read(&state.db, id, me.id, state.clock.now()).await?;
    let referrals = cases::referrals_of(&state.db, id)
        .await?
        .iter()
        .map(|f| {
            let (observed_on, reported_on) = (date(&f.observed_on)?, date(&f.reported_on)?);
            Ok(ReferralEntry {
                kind: f.reporter_kind,
                reporter_name: f.reporter_name.clone(),
                institution: f.institution(),
                observed_on,
                reported_on,
                late: domain::booking::referral::report_is_late(observed_on, reported_on),
                observation: f.observation.clone(),
                domains: f.domains().map_err(unreadable)?,
                screening: f
                    .screening
                    .as_deref()
                    .map(|s| platform::ssr::db::stored_json("attached screening", s))
                    .transpose()
                    .map_err(unreadable)?,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    let events = cases::events_of(&state.db, id)
        .await?
        .into_iter()
        .map(|e| {
            Ok(CaseEvent {
                on: date(&e.on_date)?,
                kind: e.kind,
                by: e.actor_name,
                method: platform::ssr::db::stored_opt(e.method).map_err(unreadable)?,
                reached: e.reached.map(|r| r == 1),
                note: e.note,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    let booking = match (&row.registration_reference, &row.registration_status) {
        (Some(reference), Some(status)) => Some(CaseBooking {
            reference: reference.clone(),
            status: platform::ssr::db::stored(status.clone()).map_err(unreadable)?,
        }),
        _ => None,
    };
    let managers = platform::ssr::users::list_by_roles(&state.db, &[domain::platform::Role::CaseManager])
        .await?
        .into_iter()
        .map(|u| Manager {
            id: u.id,
            name: u.display_name,
        })
        .collect();
    let it = item(&row, today)?;
    let triage = domain::booking::triage::triage(&triage_input(&state, &row).await?, today);
    let joint = matches!(triage, domain::booking::TriageOutcome::JointAssessment { .. });
    let days = if joint && matches!(it.stage, CaseStage::New | CaseStage::Contacted) {
        bookable_days(&state, it.birth_date, today).await?
    } else {
        Vec::new()
    };
    Ok(CaseDetailView {
        item: it,
        national_id_masked: row.national_id_masked,
        guardian_name: row.guardian_name,
        phone: row.phone,
        email: row.email,
        referrals,
        events,
        booking,
        managers,
        me: me.id,
        today,
        triage,
        days,
    })
}

/// What the triage is given for a case: the child's birth date and every
/// area of concern its referrals named.
#[cfg(feature = "ssr")]
async fn triage_input(
    state: &platform::ssr::AppState,
    row: &crate::store::cases::CaseRow,
) -> Result<domain::booking::TriageInput, AppError> {
    let mut domains = std::collections::BTreeSet::new();
    for f in crate::store::cases::referrals_of(&state.db, row.id).await? {
        domains.extend(f.domains().map_err(platform::ssr::db::unreadable)?);
    }
    Ok(domain::booking::TriageInput {
        birth_date: date(&row.birth_date)?,
        due_date: None,
        previous: None,
        high_risk: Default::default(),
        domains,
    })
}

/// Open clinic days of the next eight weeks with a place for a child born on `birth`.
#[cfg(feature = "ssr")]
async fn bookable_days(
    state: &platform::ssr::AppState,
    birth: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<DayView>, AppError> {
    let rows = crate::store::clinic_days::between(
        &state.db,
        state.clock.now(),
        &(today + chrono::Duration::days(1)).to_string(),
        &(today + chrono::Duration::days(56)).to_string(),
        None,
        None,
    )
    .await?;
    let mut days = Vec::new();
    for r in &rows {
        let day = super::convert::day(r)?;
        let under3 = domain::booking::age::is_under_three_on(birth, day.date);
        if day.places_for(under3) > 0 {
            days.push(day);
        }
    }
    Ok(days)
}

/// Takes a case on, or gives it to another case manager.
#[server]
pub async fn assign_case(id: CaseId, to: UserId) -> Result<(), AppError> {
    use crate::store::cases::{CaseChange, change};
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::WorkCases).await?;
    let state = app_state()?;
    if !change(
        &state.db,
        id,
        me.id,
        &CaseChange::Assign { to },
        state.clock.today(),
        state.clock.now(),
    )
    .await?
    {
        return Err(AppError::Service(BookingError::CaseClosed));
    }
    leptos_axum::redirect(&format!("/city/cases/{id}"));
    Ok(())
}

/// Records a contact (or an attempt) with the family; the first stops the contact clock.
#[server]
pub async fn record_case_contact(
    id: CaseId,
    on: String,
    method: ContactMethod,
    #[server(default)] reached: Option<String>,
    #[server(default)] note: String,
) -> Result<(), AppError> {
    use crate::store::cases::{CaseChange, change, get};
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::WorkCases).await?;
    let state = app_state()?;
    let today = state.clock.today();
    let on = domain::platform::taipei::parse_iso_date(on.trim()).ok_or(AppError::Service(BookingError::DateInvalid))?;
    let row = get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let opened = date(&row.opened_on)?;
    let note = note.trim();
    domain::booking::case::check_contact(opened, on, today, note)
        .map_err(|e| AppError::Service(BookingError::CaseInvalid(e)))?;
    let c = CaseChange::Contact {
        on,
        method,
        reached: reached.is_some(),
        note,
    };
    if !change(&state.db, id, me.id, &c, today, state.clock.now()).await? {
        return Err(AppError::Service(BookingError::CaseClosed));
    }
    leptos_axum::redirect(&format!("/city/cases/{id}"));
    Ok(())
}

/// Closes a case with its outcome.
#[server]
pub async fn close_case(id: CaseId, outcome: CaseOutcome, #[server(default)] note: String) -> Result<(), AppError> {
    use crate::store::cases::{CaseChange, change, get};
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::WorkCases).await?;
    let state = app_state()?;
    let today = state.clock.today();
    let row = get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let completed = row.registration_status.as_deref() == Some("completed");
    let note = note.trim();
    domain::booking::case::check_close(outcome, completed, note)
        .map_err(|e| AppError::Service(BookingError::CaseInvalid(e)))?;
    if !change(
        &state.db,
        id,
        me.id,
        &CaseChange::Close {
            on: today,
            outcome,
            note,
        },
        today,
        state.clock.now(),
    )
    .await?
    {
        return Err(AppError::Service(BookingError::CaseClosed));
    }
    leptos_axum::redirect("/city/cases");
    Ok(())
}

/// Books the joint assessment for the family of a case, through the same
/// hold and registration as a family's own booking (every booking rule
/// applies: one active booking per child, quotas, the triage's window).
#[server]
pub async fn book_for_case(id: CaseId, day_id: ClinicDayId) -> Result<(), AppError> {
    use crate::store::cases::get;
    use domain::booking::contact::FilledBy;
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::WorkCases).await?;
    let state = app_state()?;
    let row = get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    if row.outcome.is_some() {
        return Err(AppError::Service(BookingError::CaseClosed));
    }
    let national_id = state.keys.decrypt(&row.national_id_enc).ok_or_else(|| {
        tracing::error!(case_id = %id, "a case's ID number does not decrypt");
        AppError::Internal
    })?;
    let input = triage_input(&state, &row).await?;
    // Read before the place is held, so that a stored district that does not
    // read back refuses the booking with nothing held.
    let home = platform::ssr::db::stored_opt(row.home_district.clone()).map_err(platform::ssr::db::unreadable)?;
    let held = super::flow::hold_place(day_id, input.birth_date).await?;
    let notes = format!("{} {}", row.number, me.display_name);
    let contact = super::flow::Contact {
        child_name: &row.child_name,
        national_id: &national_id,
        filled_by: FilledBy::SocialWorker,
        phone: &row.phone,
        email: row.email.as_deref(),
        notes: &notes,
        channels: None,
        home,
    };
    let submitted = super::flow::submit(&held.token, input, contact, Some(id)).await;
    if submitted.is_err() {
        crate::store::holds::release(&state.db, &held.token, state.clock.now()).await?;
    }
    submitted?;
    leptos_axum::redirect(&format!("/city/cases/{id}"));
    Ok(())
}
