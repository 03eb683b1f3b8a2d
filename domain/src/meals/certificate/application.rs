//! An application: its statuses, the declaration and the county's review.

use crate::meals::certification::{Criteria, Measures};
use crate::meals::sourcing::SourcedMass;
use serde::{Deserialize, Serialize};

crate::named::closed_set! {
    /// The certificate's level, set by the county when it approves.
    #[derive(PartialOrd, Ord)]
    pub enum Level {
        Basic,
        Advanced,
        Exemplary,
    }
}

crate::named::closed_set! {
    /// Where an application stands.
    pub enum ApplicationStatus {
        /// Waiting for the county.
        Submitted,
        /// The county asked for changes; the restaurant sends it again.
        ChangesRequested,
        Approved,
        Rejected,
    }
}

crate::named::closed_set! {
    /// What the county decides about a submitted application.
    pub enum Review {
        Approve,
        Reject,
        RequestChanges,
    }
}

/// The longest text a declaration's evidence or a decision's reason may hold.
pub const MAX_TEXT: usize = 1000;

impl ApplicationStatus {
    /// Still with someone to act on it (one such application per restaurant).
    pub fn is_open(self) -> bool {
        matches!(self, ApplicationStatus::Submitted | ApplicationStatus::ChangesRequested)
    }
}

impl Review {
    /// The application's status after the county's decision.
    pub fn outcome(self) -> ApplicationStatus {
        match self {
            Review::Approve => ApplicationStatus::Approved,
            Review::Reject => ApplicationStatus::Rejected,
            Review::RequestChanges => ApplicationStatus::ChangesRequested,
        }
    }
}

/// What the restaurant declares, with its evidence: described in words,
/// and photos or documents sent with the application.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Declaration {
    /// How many times a year the menu changes with the seasons.
    pub seasonal_changes: u32,
    /// The food-waste measures, or empty when none.
    pub waste_evidence: String,
    /// The reusable packaging offered, or empty when none.
    pub packaging_evidence: String,
    /// Photos or documents sent for the food-waste measures.
    #[serde(default)]
    pub waste_files: u32,
    /// Photos or documents sent for the reusable packaging.
    #[serde(default)]
    pub packaging_files: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum CertificationError {
    #[error("the seasonal changes are 0 to 12 a year")]
    SeasonalChangesInvalid,
    #[error("evidence too long or with control characters")]
    EvidenceInvalid,
    #[error("a reason is required")]
    ReasonRequired,
    #[error("the reason is too long or has control characters")]
    ReasonInvalid,
    #[error("a level is required to approve")]
    LevelRequired,
    #[error("the application is not waiting for this")]
    NotApplicable,
    #[error("the criteria are out of range")]
    CriteriaInvalid,
    #[error("an application is already open")]
    AlreadyOpen,
}

fn clean(s: &str) -> Result<String, CertificationError> {
    let t = s.trim();
    if t.chars().count() > MAX_TEXT || t.chars().any(|c| c.is_control() && c != '\n' && c != '\r') {
        return Err(CertificationError::EvidenceInvalid);
    }
    Ok(t.to_owned())
}

impl Declaration {
    /// The declaration as kept: texts trimmed, counts in range.
    pub fn checked(self) -> Result<Declaration, CertificationError> {
        if self.seasonal_changes > 12 {
            return Err(CertificationError::SeasonalChangesInvalid);
        }
        Ok(Declaration {
            seasonal_changes: self.seasonal_changes,
            waste_evidence: clean(&self.waste_evidence)?,
            packaging_evidence: clean(&self.packaging_evidence)?,
            ..self
        })
    }
}

impl Criteria {
    /// Whether the county's criteria are within sense: an average of more
    /// than 0 and at most 20 kg per meal, shares between 0 and 1, seasonal
    /// changes 0 to 12 a year.
    pub fn checked(self) -> Result<Criteria, CertificationError> {
        let share = |x: f64| x.is_finite() && (0.0..=1.0).contains(&x);
        (self.max_average_kg.is_finite()
            && self.max_average_kg > 0.0
            && self.max_average_kg <= 20.0
            && share(self.min_local_share)
            && share(self.min_certified_share)
            && self.min_seasonal_changes <= 12)
            .then_some(self)
            .ok_or(CertificationError::CriteriaInvalid)
    }
}

/// The county's decision, checked: a level to approve, a reason to reject
/// or to ask for changes. Returns the new status and the reason as kept.
pub fn review(
    status: ApplicationStatus,
    r: Review,
    level: Option<Level>,
    reason: &str,
) -> Result<(ApplicationStatus, String), CertificationError> {
    if status != ApplicationStatus::Submitted {
        return Err(CertificationError::NotApplicable);
    }
    let reason = reason.trim();
    if reason.chars().count() > MAX_TEXT || reason.chars().any(|c| c.is_control() && c != '\n' && c != '\r') {
        return Err(CertificationError::ReasonInvalid);
    }
    match r {
        Review::Approve if level.is_none() => Err(CertificationError::LevelRequired),
        Review::Reject | Review::RequestChanges if reason.is_empty() => Err(CertificationError::ReasonRequired),
        _ => Ok((r.outcome(), reason.to_owned())),
    }
}

/// The measures of a restaurant: the average footprint of the meals on its
/// menu (each on the newest edition of the standard), and the local and
/// certified shares of all their food by mass, with its declaration. A
/// declared measure counts when its evidence is given, in words or in files.
pub fn measures(totals_kg: &[f64], lines: &[SourcedMass], d: &Declaration) -> Measures {
    let ok: Vec<f64> = totals_kg.iter().copied().filter(|x| x.is_finite()).collect();
    let shares = crate::meals::sourcing::shares(lines);
    Measures {
        average_kg: (!ok.is_empty()).then(|| ok.iter().fold(0.0, |a, x| a + x) / ok.len() as f64),
        local_share: shares.local,
        certified_share: shares.certified,
        seasonal_changes: d.seasonal_changes,
        waste_measures: !d.waste_evidence.trim().is_empty() || d.waste_files > 0,
        reusable_packaging: !d.packaging_evidence.trim().is_empty() || d.packaging_files > 0,
    }
}
