//! Who reports, how a case is contacted and ends, and its number.

use serde::{Deserialize, Serialize};

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
        Self(crate::booking::reference::coded("RC-", bits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One referral's receipt, as its reporter and the family keep it: `RF-`,
/// seven characters and a check character. Every referral gets its own,
/// whether it opened the child's case or joined the open one, so the answer
/// to a referral never tells whether the child already had a case (the case
/// number is for the referral centre's staff).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReferralReceipt(String);

impl ReferralReceipt {
    pub fn from_random(bits: u64) -> Self {
        Self(crate::booking::reference::coded("RF-", bits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
