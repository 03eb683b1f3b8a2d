//! Who should book a joint assessment, and from when to when.
//!
//! Rules (seen in a 2022-23 hospital registration system, brief §"Rules"):
//! preschool children only; no repeat joint assessment within 12 months; a
//! re-assessment only from 2 months before the previous report's re-assessment
//! date; high-risk children go straight through; two or more problem domains
//! lead to a joint assessment, exactly one to a single specialty clinic.

use super::age::{AgeError, ChildAge, add_months, is_under_three_on, is_very_preterm_for_triage};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

crate::named::closed_set! {
    /// Conditions that send a child straight to a joint assessment.
    #[derive(PartialOrd, Ord)]
    pub enum HighRisk {
        PretermBirth,
        LowBirthWeight,
        RareDisease,
        Epilepsy,
        MetabolicDisorder,
        ChromosomalOrCraniofacial,
        ExistingDisability,
        FamilyHistory,
    }
}

crate::named::closed_set! {
    /// The groups that presenting problems fall into.
    #[derive(PartialOrd, Ord)]
    pub enum ProblemDomain {
        /// Gross and fine motor.
        Motor,
        /// Cognition, emotion, behaviour, attention, social interaction.
        CognitionSocial,
        /// Language and speech.
        LanguageSpeech,
        /// Growth (height, weight, head size).
        Growth,
    }
}

impl ProblemDomain {
    /// Where a child with a problem in this domain alone is referred instead.
    pub fn single_specialty(self) -> SpecialtyClinic {
        match self {
            ProblemDomain::Motor | ProblemDomain::LanguageSpeech => SpecialtyClinic::Rehabilitation,
            ProblemDomain::CognitionSocial => SpecialtyClinic::ChildPsychiatry,
            ProblemDomain::Growth => SpecialtyClinic::GeneticsMetabolism,
        }
    }
}

crate::named::closed_set! {
    pub enum SpecialtyClinic {
        Rehabilitation,
        ChildPsychiatry,
        GeneticsMetabolism,
    }
}

/// A joint assessment the child already had.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviousAssessment {
    pub assessed_on: NaiveDate,
    /// The re-assessment date written in that report, if the family knows it.
    pub reassess_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TriageInput {
    pub birth_date: NaiveDate,
    pub due_date: Option<NaiveDate>,
    pub previous: Option<PreviousAssessment>,
    pub high_risk: BTreeSet<HighRisk>,
    pub domains: BTreeSet<ProblemDomain>,
}

impl TriageInput {
    /// The answers with the child's last joint assessment as this system
    /// recorded it: the later of the one the family declared and the one
    /// recorded counts, so the repeat rule cannot be escaped by leaving the
    /// declaration out, and a recorded re-assessment date is used when the
    /// family gave none.
    pub fn with_recorded(mut self, recorded: Option<PreviousAssessment>) -> Self {
        self.previous = match (self.previous, recorded) {
            (None, r) => r,
            (d, None) => d,
            (Some(d), Some(r)) if r.assessed_on > d.assessed_on => Some(r),
            (Some(d), Some(r)) if r.assessed_on == d.assessed_on => Some(PreviousAssessment {
                assessed_on: d.assessed_on,
                reassess_on: r.reassess_on.or(d.reassess_on),
            }),
            (d, Some(_)) => d,
        };
        self
    }
}

/// The first and last clinic day a child may be booked on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingWindow {
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
}

impl BookingWindow {
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.earliest <= day && day <= self.latest
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Ineligible {
    NotBornYet,
    ImplausibleDueDate,
    /// The child starts primary school; joint assessments are for preschool children.
    SchoolAge {
        last_day: NaiveDate,
    },
    /// The previous joint assessment is too recent; booking opens on `from`,
    /// which is after the child's last preschool booking day.
    AssessedRecently {
        from: NaiveDate,
    },
    /// The previous assessment date lies in the future.
    PreviousInFuture,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum TriageOutcome {
    JointAssessment {
        fast_track: bool,
        high_risk: BTreeSet<HighRisk>,
        window: BookingWindow,
        age: ChildAge,
        /// Whether the repeat rule moved the first bookable day.
        waiting_for_repeat_rule: bool,
    },
    SingleSpecialty {
        domain: ProblemDomain,
        clinic: SpecialtyClinic,
    },
    /// No problem domain and no high-risk condition: nothing to book yet.
    NoConcern,
    NotEligible(Ineligible),
}

/// The last day of May of the year a child starts primary school. Children
/// who are six by 1 September start school that September.
pub fn last_preschool_booking_day(birth: NaiveDate) -> NaiveDate {
    let six_by_september = (birth.month(), birth.day()) <= (9, 1);
    let entry_year = birth.year() + if six_by_september { 6 } else { 7 };
    NaiveDate::from_ymd_opt(entry_year, 5, 31).unwrap_or(birth)
}

/// The first day a new joint assessment may take place given a previous one:
/// 12 months after it, and not before 2 months ahead of the re-assessment date.
pub fn earliest_after(previous: &PreviousAssessment) -> NaiveDate {
    let repeat = add_months(previous.assessed_on, 12);
    match previous.reassess_on {
        Some(r) => repeat.max(add_months(r, -2)),
        None => repeat,
    }
}

/// Decide what the family should do. `today` is the day in Taipei; bookings start tomorrow.
pub fn triage(input: &TriageInput, today: NaiveDate) -> TriageOutcome {
    let age = match ChildAge::on(input.birth_date, input.due_date, today) {
        Ok(a) => a,
        Err(AgeError::NotBornYet) => return TriageOutcome::NotEligible(Ineligible::NotBornYet),
        Err(AgeError::ImplausibleDueDate) => {
            return TriageOutcome::NotEligible(Ineligible::ImplausibleDueDate);
        }
    };
    let latest = last_preschool_booking_day(input.birth_date);
    let tomorrow = today.succ_opt().unwrap_or(today);
    if tomorrow > latest {
        return TriageOutcome::NotEligible(Ineligible::SchoolAge { last_day: latest });
    }
    let mut earliest = tomorrow;
    let mut waiting = false;
    if let Some(prev) = &input.previous {
        if prev.assessed_on > today {
            return TriageOutcome::NotEligible(Ineligible::PreviousInFuture);
        }
        let from = earliest_after(prev);
        if from > earliest {
            earliest = from;
            waiting = true;
        }
        if earliest > latest {
            return TriageOutcome::NotEligible(Ineligible::AssessedRecently { from });
        }
    }
    let mut high_risk = input.high_risk.clone();
    if is_very_preterm_for_triage(input.birth_date, input.due_date) {
        high_risk.insert(HighRisk::PretermBirth);
    }
    let window = BookingWindow { earliest, latest };
    if !high_risk.is_empty() {
        return TriageOutcome::JointAssessment {
            fast_track: true,
            high_risk,
            window,
            age,
            waiting_for_repeat_rule: waiting,
        };
    }
    match input.domains.len() {
        0 => TriageOutcome::NoConcern,
        1 => {
            let domain = *input.domains.iter().next().unwrap_or(&ProblemDomain::Motor);
            TriageOutcome::SingleSpecialty {
                domain,
                clinic: domain.single_specialty(),
            }
        }
        _ => TriageOutcome::JointAssessment {
            fast_track: false,
            high_risk,
            window,
            age,
            waiting_for_repeat_rule: waiting,
        },
    }
}

impl TriageOutcome {
    pub fn window(&self) -> Option<BookingWindow> {
        match self {
            TriageOutcome::JointAssessment { window, .. } => Some(*window),
            _ => None,
        }
    }
}

/// Whether a child may take a place on `day`, checked again when the form is
/// submitted (the day chosen in the calendar could be outside the window).
pub fn may_book_on(input: &TriageInput, today: NaiveDate, day: NaiveDate) -> Result<(), DayRefusal> {
    match triage(input, today) {
        TriageOutcome::JointAssessment { window, .. } if window.contains(day) => Ok(()),
        TriageOutcome::JointAssessment { window, .. } => Err(DayRefusal::OutsideWindow(window)),
        TriageOutcome::NotEligible(why) => Err(DayRefusal::NotEligible(why)),
        TriageOutcome::SingleSpecialty { .. } | TriageOutcome::NoConcern => Err(DayRefusal::NoJointAssessmentNeeded),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DayRefusal {
    OutsideWindow(BookingWindow),
    NotEligible(Ineligible),
    NoJointAssessmentNeeded,
}

/// Whether the child counts as under three on the clinic day (see [`is_under_three_on`]).
pub fn under_three_on(input: &TriageInput, day: NaiveDate) -> bool {
    is_under_three_on(input.birth_date, day)
}

#[cfg(test)]
mod tests;
