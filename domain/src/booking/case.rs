//! Referral cases at the city's referral centre (brief, pipeline step 2).
//!
//! An institution (or the family itself) refers a child with a suspected
//! delay; the first referral of a child opens a case, later ones attach to
//! it while it is open. A case manager contacts the family, books the joint
//! assessment with them and closes the case with an outcome. The two clocks
//! of [`super::referral`] are shown wherever a case is.

use super::referral::{Deadline, report_due, report_is_late};
use super::triage::ProblemDomain;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

crate::named::closed_set! {
    /// The institutions whose staff must report (Children and Youth Welfare
    /// and Rights Protection Act, art. 32).
    pub enum InstitutionKind {
        /// Kindergartens, childcare and schools.
        School,
        /// Clinics and hospitals.
        Medical,
        /// Social-welfare agencies.
        SocialWelfare,
    }
}

crate::named::closed_set! {
    /// Who made a referral: an institution of one of the kinds, or the family.
    pub enum ReporterKind {
        School,
        Medical,
        SocialWelfare,
        Family,
    }
}

impl From<InstitutionKind> for ReporterKind {
    fn from(k: InstitutionKind) -> Self {
        match k {
            InstitutionKind::School => ReporterKind::School,
            InstitutionKind::Medical => ReporterKind::Medical,
            InstitutionKind::SocialWelfare => ReporterKind::SocialWelfare,
        }
    }
}

crate::named::closed_set! {
    /// How a case ended.
    pub enum CaseOutcome {
        /// The joint assessment took place.
        Assessed,
        FamilyDeclined,
        /// The family could not be reached.
        Unreachable,
        MovedAway,
        /// The child already receives early-intervention services.
        AlreadyInServices,
    }
}

crate::named::closed_set! {
    /// How the referral centre tried to reach the family.
    pub enum ContactMethod {
        Phone,
        HomeVisit,
        Message,
    }
}

crate::named::closed_set! {
    /// What happened on a case, in its history.
    pub enum CaseEventKind {
        Opened,
        /// Another referral of the child joined the open case.
        ReferredAgain,
        Assigned,
        Contact,
        Booked,
        Closed,
    }
}

/// A case number as the reporter and the family keep it: `RC-`, seven
/// characters and a check character, in the alphabet of booking references.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CaseNumber(String);

impl CaseNumber {
    pub fn from_random(bits: u64) -> Self {
        Self(super::reference::coded("RC-", bits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The longest observation a referral may carry.
pub const OBSERVATION_MAX_CHARS: usize = 1000;
/// Referrals are for children under seven (the service is for ages 0–6).
pub const REFERRAL_BEFORE_MONTHS: u32 = 84;

/// What a referral says about the child, already typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReferralInput {
    pub birth_date: NaiveDate,
    pub observed_on: NaiveDate,
    pub observation: String,
    pub domains: BTreeSet<ProblemDomain>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum ReferralError {
    #[error("the birth date is in the future")]
    BirthInFuture,
    #[error("the child is seven or older")]
    ChildTooOld,
    #[error("the observation date is in the future")]
    ObservedInFuture,
    #[error("the observation date is before the birth")]
    ObservedBeforeBirth,
    #[error("no observation was written")]
    ObservationMissing,
    #[error("the observation is too long")]
    ObservationTooLong,
    #[error("no area of concern was chosen")]
    NoDomain,
}

/// A referral that may open or join a case, made on `reported_on`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Referral {
    pub birth_date: NaiveDate,
    pub observed_on: NaiveDate,
    pub reported_on: NaiveDate,
    pub observation: String,
    pub domains: BTreeSet<ProblemDomain>,
}

impl Referral {
    /// Checks a referral made `today`. A late referral is accepted (and
    /// flagged by [`Referral::is_late`]): the child still needs the case.
    pub fn new(input: ReferralInput, today: NaiveDate) -> Result<Self, ReferralError> {
        let ReferralInput {
            birth_date,
            observed_on,
            observation,
            domains,
        } = input;
        if birth_date > today {
            return Err(ReferralError::BirthInFuture);
        }
        if super::age::months_and_days(birth_date, today).0 >= REFERRAL_BEFORE_MONTHS {
            return Err(ReferralError::ChildTooOld);
        }
        if observed_on > today {
            return Err(ReferralError::ObservedInFuture);
        }
        if observed_on < birth_date {
            return Err(ReferralError::ObservedBeforeBirth);
        }
        let observation = observation.trim().to_owned();
        if observation.is_empty() {
            return Err(ReferralError::ObservationMissing);
        }
        if observation.chars().count() > OBSERVATION_MAX_CHARS {
            return Err(ReferralError::ObservationTooLong);
        }
        if domains.is_empty() {
            return Err(ReferralError::NoDomain);
        }
        Ok(Self {
            birth_date,
            observed_on,
            reported_on: today,
            observation,
            domains,
        })
    }

    pub fn is_late(&self) -> bool {
        report_is_late(self.observed_on, self.reported_on)
    }
}

/// The contact clock of a case: still running, or stopped by the first
/// contact with the family (reached or not: the centre tried).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContactClock {
    Running(Deadline),
    Made { on: NaiveDate, late: bool },
}

/// Both clocks of a case, as every view of it shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseClocks {
    /// The first referral's observation, its due day, and whether it came late.
    pub observed_on: NaiveDate,
    pub report_due: NaiveDate,
    pub reported_late: bool,
    pub contact_due: NaiveDate,
    pub contact: ContactClock,
}

impl CaseClocks {
    /// The clocks of a case whose first referral observed the child on
    /// `observed_on` and reported on `reported_on`, due for contact on
    /// `contact_due`, first contacted on `first_contact`, seen on `today`.
    pub fn on(
        observed_on: NaiveDate,
        reported_on: NaiveDate,
        contact_due: NaiveDate,
        first_contact: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Self {
        let contact = match first_contact {
            Some(on) => ContactClock::Made {
                on,
                late: on > contact_due,
            },
            None => ContactClock::Running(Deadline::on(contact_due, today)),
        };
        Self {
            observed_on,
            report_due: report_due(observed_on),
            reported_late: report_is_late(observed_on, reported_on),
            contact_due,
            contact,
        }
    }

    pub fn contact_overdue(&self) -> bool {
        matches!(self.contact, ContactClock::Running(d) if d.is_overdue())
    }
}

/// Where a case stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CaseStage {
    /// Nobody has reached the family yet.
    New,
    /// The family was contacted; no assessment is booked.
    Contacted,
    /// A joint assessment is booked for the child.
    Booked,
    Closed(CaseOutcome),
}

impl CaseStage {
    pub fn of(first_contact: Option<NaiveDate>, booked: bool, outcome: Option<CaseOutcome>) -> Self {
        match (outcome, booked, first_contact) {
            (Some(o), _, _) => CaseStage::Closed(o),
            (None, true, _) => CaseStage::Booked,
            (None, false, Some(_)) => CaseStage::Contacted,
            (None, false, None) => CaseStage::New,
        }
    }
}

/// Where an open case stands in the referral centre's queue: cases whose
/// family has not been reached come first, the nearest contact deadline
/// first; then the others, oldest first. Smaller ranks come first.
pub fn queue_rank(
    contact_due: NaiveDate,
    first_contact: Option<NaiveDate>,
    opened_on: NaiveDate,
) -> (bool, NaiveDate, NaiveDate) {
    match first_contact {
        None => (false, contact_due, opened_on),
        Some(_) => (true, opened_on, contact_due),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum CaseError {
    #[error("the case is closed")]
    Closed,
    #[error("the contact date is in the future")]
    ContactInFuture,
    #[error("the contact date is before the case was opened")]
    ContactBeforeOpening,
    #[error("the note is too long")]
    NoteTooLong,
    #[error("'assessed' needs a joint assessment booked for the case")]
    NotAssessed,
}

/// The longest note on a contact or a closing.
pub const NOTE_MAX_CHARS: usize = 500;

/// Checks a contact with the family on `on`, recorded `today` on a case
/// opened on `opened`.
pub fn check_contact(opened: NaiveDate, on: NaiveDate, today: NaiveDate, note: &str) -> Result<(), CaseError> {
    if on > today {
        return Err(CaseError::ContactInFuture);
    }
    if on < opened {
        return Err(CaseError::ContactBeforeOpening);
    }
    if note.chars().count() > NOTE_MAX_CHARS {
        return Err(CaseError::NoteTooLong);
    }
    Ok(())
}

/// Checks closing a case with `outcome`: "assessed" only once the case's
/// booking was completed.
pub fn check_close(outcome: CaseOutcome, assessment_completed: bool, note: &str) -> Result<(), CaseError> {
    if note.chars().count() > NOTE_MAX_CHARS {
        return Err(CaseError::NoteTooLong);
    }
    if outcome == CaseOutcome::Assessed && !assessment_completed {
        return Err(CaseError::NotAssessed);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Named;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn input(birth: &str, observed: &str) -> ReferralInput {
        ReferralInput {
            birth_date: d(birth),
            observed_on: d(observed),
            observation: "  只說單字, 不太理人 ".into(),
            domains: [ProblemDomain::LanguageSpeech].into(),
        }
    }

    #[test]
    fn a_referral_is_checked_and_a_late_one_is_flagged_not_refused() {
        let today = d("2026-11-28");
        let r = Referral::new(input("2024-09-01", "2026-11-25"), today).unwrap();
        assert_eq!(r.observation, "只說單字, 不太理人");
        assert!(!r.is_late());
        // Observed 8 days ago: a day late, still accepted.
        let late = Referral::new(input("2024-09-01", "2026-11-20"), today).unwrap();
        assert!(late.is_late());
        let on_time = Referral::new(input("2024-09-01", "2026-11-21"), today).unwrap();
        assert!(!on_time.is_late());
    }

    #[test]
    fn a_referral_refuses_what_cannot_be_true() {
        let today = d("2026-11-28");
        let e = |i| Referral::new(i, today).unwrap_err();
        assert_eq!(e(input("2026-12-01", "2026-11-25")), ReferralError::BirthInFuture);
        assert_eq!(e(input("2024-09-01", "2026-11-29")), ReferralError::ObservedInFuture);
        assert_eq!(e(input("2026-11-01", "2026-10-25")), ReferralError::ObservedBeforeBirth);
        // Seven on 28 November 2026 exactly: too old; a day younger: fine.
        assert_eq!(e(input("2019-11-28", "2026-11-25")), ReferralError::ChildTooOld);
        assert!(Referral::new(input("2019-11-29", "2026-11-25"), today).is_ok());
        let mut blank = input("2024-09-01", "2026-11-25");
        blank.observation = "   ".into();
        assert_eq!(e(blank), ReferralError::ObservationMissing);
        let mut long = input("2024-09-01", "2026-11-25");
        long.observation = "字".repeat(OBSERVATION_MAX_CHARS + 1);
        assert_eq!(e(long), ReferralError::ObservationTooLong);
        let mut none = input("2024-09-01", "2026-11-25");
        none.domains.clear();
        assert_eq!(e(none), ReferralError::NoDomain);
    }

    #[test]
    fn the_contact_clock_runs_until_the_first_contact_and_remembers_lateness() {
        let (observed, reported, due) = (d("2026-11-16"), d("2026-11-24"), d("2026-11-27"));
        let running = CaseClocks::on(observed, reported, due, None, d("2026-11-26"));
        assert_eq!(running.report_due, d("2026-11-23"));
        assert!(running.reported_late);
        assert_eq!(running.contact, ContactClock::Running(Deadline::DaysLeft(1)));
        assert!(!running.contact_overdue());
        let overdue = CaseClocks::on(observed, reported, due, None, d("2026-11-30"));
        assert!(overdue.contact_overdue());
        let made_late = CaseClocks::on(observed, reported, due, Some(d("2026-11-30")), d("2026-12-05"));
        assert_eq!(
            made_late.contact,
            ContactClock::Made {
                on: d("2026-11-30"),
                late: true
            }
        );
        assert!(!made_late.contact_overdue());
        let made_on_the_day = CaseClocks::on(observed, reported, due, Some(due), due);
        assert_eq!(made_on_the_day.contact, ContactClock::Made { on: due, late: false });
    }

    #[test]
    fn a_case_opened_on_friday_is_due_after_the_weekend() {
        use crate::booking::referral::{WorkingDays, contact_due};
        assert_eq!(
            contact_due(d("2026-11-27"), 3, &WorkingDays::default()),
            d("2026-12-02")
        );
    }

    #[test]
    fn the_queue_puts_unreached_families_first_by_deadline() {
        let mut cases = [
            (
                "contacted, old",
                queue_rank(d("2026-11-01"), Some(d("2026-11-02")), d("2026-10-28")),
            ),
            ("new, due later", queue_rank(d("2026-12-03"), None, d("2026-11-28"))),
            ("new, overdue", queue_rank(d("2026-11-20"), None, d("2026-11-17"))),
            (
                "contacted, recent",
                queue_rank(d("2026-11-25"), Some(d("2026-11-24")), d("2026-11-20")),
            ),
        ];
        cases.sort_by_key(|c| c.1);
        let order: Vec<_> = cases.iter().map(|c| c.0).collect();
        assert_eq!(
            order,
            ["new, overdue", "new, due later", "contacted, old", "contacted, recent"]
        );
    }

    #[test]
    fn the_stage_follows_contact_booking_and_outcome() {
        assert_eq!(CaseStage::of(None, false, None), CaseStage::New);
        assert_eq!(CaseStage::of(Some(d("2026-11-20")), false, None), CaseStage::Contacted);
        assert_eq!(CaseStage::of(None, true, None), CaseStage::Booked);
        assert_eq!(
            CaseStage::of(None, true, Some(CaseOutcome::Assessed)),
            CaseStage::Closed(CaseOutcome::Assessed)
        );
    }

    #[test]
    fn contacts_and_closings_are_checked() {
        let (opened, today) = (d("2026-11-20"), d("2026-11-28"));
        assert!(check_contact(opened, d("2026-11-20"), today, "").is_ok());
        assert_eq!(
            check_contact(opened, d("2026-11-29"), today, ""),
            Err(CaseError::ContactInFuture)
        );
        assert_eq!(
            check_contact(opened, d("2026-11-19"), today, ""),
            Err(CaseError::ContactBeforeOpening)
        );
        let long = "字".repeat(NOTE_MAX_CHARS + 1);
        assert_eq!(check_contact(opened, today, today, &long), Err(CaseError::NoteTooLong));
        assert_eq!(
            check_close(CaseOutcome::Assessed, false, ""),
            Err(CaseError::NotAssessed)
        );
        assert!(check_close(CaseOutcome::Assessed, true, "").is_ok());
        assert!(check_close(CaseOutcome::FamilyDeclined, false, "家長婉拒").is_ok());
    }

    #[test]
    fn case_numbers_look_like_references_with_their_own_prefix() {
        let n = CaseNumber::from_random(0x1234_5678);
        assert!(n.as_str().starts_with("RC-"));
        assert_eq!(n.as_str().len(), 11);
        assert_ne!(n, CaseNumber::from_random(0x1234_5679));
        for k in ReporterKind::all() {
            assert_eq!(ReporterKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(ReporterKind::from(InstitutionKind::Medical), ReporterKind::Medical);
    }
}
