//! One referral of a child, checked.

use crate::booking::referral::report_is_late;
use crate::booking::triage::ProblemDomain;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

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
        if crate::booking::age::months_and_days(birth_date, today).0 >= REFERRAL_BEFORE_MONTHS {
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
