//! The slow-food restaurant certification as a process: a restaurant
//! applies with its declarations; the county approves with a level, rejects
//! with reasons or asks for changes; a certificate has a number, a level and
//! a validity period, and is renewed (a new approval replaces it) or
//! revoked. The criteria themselves are in [`super::certification`].

use super::certification::{Criteria, Measures};
use super::sourcing::SourcedMass;
use chrono::{Datelike, NaiveDate};
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

/// How long a certificate is valid: two years from the day it is issued
/// (the county's choice for the demo, an assumption to confirm).
pub const VALIDITY_YEARS: i32 = 2;
/// Renewal opens this many days before a certificate expires.
pub const RENEWAL_WINDOW_DAYS: i64 = 90;
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

crate::named::closed_set! {
    /// What a photo or document is evidence of.
    pub enum EvidenceTopic {
        Waste,
        Packaging,
    }
}

crate::named::closed_set! {
    /// The kinds of file accepted as evidence, known by their content.
    pub enum EvidenceFormat {
        Jpeg,
        Png,
        Pdf,
    }
}

/// The largest evidence file, bytes (a phone photo fits).
pub const MAX_EVIDENCE_BYTES: usize = 5 * 1024 * 1024;
/// The most files a restaurant may have waiting to be sent with an application.
pub const MAX_PENDING_EVIDENCE: i64 = 10;

impl EvidenceFormat {
    /// What the file's first bytes say it is (its name and the browser's
    /// type are not trusted): JPEG, PNG or PDF, nothing else.
    pub fn sniff(bytes: &[u8]) -> Option<EvidenceFormat> {
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(EvidenceFormat::Jpeg)
        } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
            Some(EvidenceFormat::Png)
        } else if bytes.starts_with(b"%PDF-") {
            Some(EvidenceFormat::Pdf)
        } else {
            None
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            EvidenceFormat::Jpeg => "image/jpeg",
            EvidenceFormat::Png => "image/png",
            EvidenceFormat::Pdf => "application/pdf",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            EvidenceFormat::Jpeg => "jpg",
            EvidenceFormat::Png => "png",
            EvidenceFormat::Pdf => "pdf",
        }
    }
}

crate::named::closed_set! {
    /// Why an evidence file is refused.
    pub enum EvidenceRefusal {
        Empty,
        TooLarge,
        NotAccepted,
        TooMany,
    }
}

/// Checks an uploaded file: not empty, at most the size, a JPEG, PNG or PDF.
pub fn check_evidence(bytes: &[u8]) -> Result<EvidenceFormat, EvidenceRefusal> {
    if bytes.is_empty() {
        return Err(EvidenceRefusal::Empty);
    }
    if bytes.len() > MAX_EVIDENCE_BYTES {
        return Err(EvidenceRefusal::TooLarge);
    }
    EvidenceFormat::sniff(bytes).ok_or(EvidenceRefusal::NotAccepted)
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
    let shares = super::sourcing::shares(lines);
    Measures {
        average_kg: (!ok.is_empty()).then(|| ok.iter().fold(0.0, |a, x| a + x) / ok.len() as f64),
        local_share: shares.local,
        certified_share: shares.certified,
        seasonal_changes: d.seasonal_changes,
        waste_measures: !d.waste_evidence.trim().is_empty() || d.waste_files > 0,
        reusable_packaging: !d.packaging_evidence.trim().is_empty() || d.packaging_files > 0,
    }
}

/// A certificate as issued.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CertificateTerms {
    pub issued: NaiveDate,
    /// The first day it is no longer valid.
    pub expires: NaiveDate,
}

/// The terms of a certificate issued on `day`.
pub fn terms(day: NaiveDate) -> CertificateTerms {
    let expires = day
        .with_year(day.year() + VALIDITY_YEARS)
        // 29 February: the day after 28 February of that year.
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(day.year() + VALIDITY_YEARS, 3, 1).unwrap_or(day));
    CertificateTerms { issued: day, expires }
}

/// The certificate's number, from its application's (unique) id and year:
/// `TTSF-2026-00017`.
pub fn number(year: i32, application_id: i64) -> String {
    format!("TTSF-{year}-{application_id:05}")
}

crate::named::closed_set! {
    /// What a certificate is on a given day.
    pub enum CertificateState {
        Valid,
        Expired,
        Revoked,
        /// A renewal replaced it.
        Replaced,
    }
}

/// The state of a certificate on `day`.
pub fn certificate_state(t: &CertificateTerms, revoked: bool, replaced: bool, day: NaiveDate) -> CertificateState {
    if revoked {
        CertificateState::Revoked
    } else if replaced {
        CertificateState::Replaced
    } else if day >= t.expires {
        CertificateState::Expired
    } else {
        CertificateState::Valid
    }
}

/// Whether a valid certificate is due for renewal on `day`.
pub fn renewal_due(t: &CertificateTerms, day: NaiveDate) -> bool {
    day < t.expires && (t.expires - day).num_days() <= RENEWAL_WINDOW_DAYS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_county_approves_with_a_level_and_refuses_with_a_reason() {
        use ApplicationStatus::*;
        assert_eq!(
            review(Submitted, Review::Approve, Some(Level::Basic), ""),
            Ok((Approved, String::new()))
        );
        assert_eq!(
            review(Submitted, Review::Approve, None, ""),
            Err(CertificationError::LevelRequired)
        );
        assert_eq!(
            review(Submitted, Review::Reject, None, "  "),
            Err(CertificationError::ReasonRequired)
        );
        assert_eq!(
            review(Submitted, Review::RequestChanges, None, " more photos "),
            Ok((ChangesRequested, "more photos".into()))
        );
        for s in [ChangesRequested, Approved, Rejected] {
            assert_eq!(
                review(s, Review::Approve, Some(Level::Basic), ""),
                Err(CertificationError::NotApplicable)
            );
        }
        assert_eq!(
            review(Submitted, Review::Reject, None, &"x".repeat(MAX_TEXT + 1)),
            Err(CertificationError::ReasonInvalid)
        );
        assert!(Submitted.is_open() && ChangesRequested.is_open() && !Approved.is_open() && !Rejected.is_open());
    }

    #[test]
    fn declarations_and_criteria_are_checked() {
        let d = Declaration {
            seasonal_changes: 13,
            ..Default::default()
        };
        // A file alone is evidence.
        let files = Declaration {
            packaging_files: 1,
            ..Default::default()
        };
        assert!(measures(&[], &[], &files).reusable_packaging && !measures(&[], &[], &files).waste_measures);
        assert_eq!(d.checked(), Err(CertificationError::SeasonalChangesInvalid));
        let d = Declaration {
            seasonal_changes: 4,
            waste_evidence: "  compost bins, photo at the counter ".into(),
            packaging_evidence: "a\u{0}".into(),
            ..Default::default()
        };
        assert_eq!(d.clone().checked(), Err(CertificationError::EvidenceInvalid));
        let ok = Declaration {
            packaging_evidence: String::new(),
            ..d
        }
        .checked()
        .unwrap();
        assert_eq!(ok.waste_evidence, "compost bins, photo at the counter");
        let c = Criteria {
            max_average_kg: 1.2,
            min_local_share: 0.5,
            min_certified_share: 0.2,
            min_seasonal_changes: 2,
            waste_measures: true,
            reusable_packaging: true,
        };
        assert!(c.clone().checked().is_ok());
        for bad in [
            Criteria {
                max_average_kg: 0.0,
                ..c.clone()
            },
            Criteria {
                min_local_share: 1.5,
                ..c.clone()
            },
            Criteria {
                min_certified_share: f64::NAN,
                ..c.clone()
            },
            Criteria {
                min_seasonal_changes: 13,
                ..c.clone()
            },
        ] {
            assert_eq!(bad.checked(), Err(CertificationError::CriteriaInvalid));
        }
    }

    #[test]
    fn measures_come_from_the_menu_and_the_declaration() {
        let lines = [
            SourcedMass {
                kg: 0.3,
                local: true,
                certified: true,
            },
            SourcedMass {
                kg: 0.1,
                local: false,
                certified: false,
            },
        ];
        let d = Declaration {
            seasonal_changes: 2,
            waste_evidence: "bins".into(),
            packaging_evidence: " ".into(),
            ..Default::default()
        };
        let m = measures(&[1.0, 2.0], &lines, &d);
        assert_eq!(m.average_kg, Some(1.5));
        assert!((m.local_share - 0.75).abs() < 1e-12 && (m.certified_share - 0.75).abs() < 1e-12);
        assert!(m.waste_measures && !m.reusable_packaging);
        assert_eq!(measures(&[], &[], &d).average_kg, None);
    }

    #[test]
    fn evidence_is_a_photo_or_a_document_known_by_its_content() {
        assert_eq!(check_evidence(b"%PDF-1.7 ..."), Ok(EvidenceFormat::Pdf));
        assert_eq!(
            check_evidence(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]),
            Ok(EvidenceFormat::Jpeg)
        );
        let png = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];
        assert_eq!(check_evidence(&png), Ok(EvidenceFormat::Png));
        assert_eq!(check_evidence(b""), Err(EvidenceRefusal::Empty));
        assert_eq!(
            check_evidence(b"<svg onload=alert(1)>"),
            Err(EvidenceRefusal::NotAccepted)
        );
        assert_eq!(check_evidence(b"GIF89a"), Err(EvidenceRefusal::NotAccepted));
        let mut big = b"%PDF-".to_vec();
        big.resize(MAX_EVIDENCE_BYTES, b' ');
        assert_eq!(check_evidence(&big), Ok(EvidenceFormat::Pdf));
        big.push(b' ');
        assert_eq!(check_evidence(&big), Err(EvidenceRefusal::TooLarge));
        assert_eq!(EvidenceFormat::Png.content_type(), "image/png");
    }

    #[test]
    fn a_certificate_is_valid_two_years_then_expires() {
        let t = terms(day(2026, 12, 6));
        assert_eq!(t.expires, day(2028, 12, 6));
        assert_eq!(
            certificate_state(&t, false, false, day(2028, 12, 5)),
            CertificateState::Valid
        );
        assert_eq!(
            certificate_state(&t, false, false, day(2028, 12, 6)),
            CertificateState::Expired
        );
        assert_eq!(
            certificate_state(&t, true, false, day(2027, 1, 1)),
            CertificateState::Revoked
        );
        assert_eq!(
            certificate_state(&t, false, true, day(2027, 1, 1)),
            CertificateState::Replaced
        );
        assert!(!renewal_due(&t, day(2028, 9, 6)));
        assert!(renewal_due(&t, day(2028, 9, 7)));
        assert!(!renewal_due(&t, day(2028, 12, 6)));
        assert_eq!(terms(day(2028, 2, 29)).expires, day(2030, 3, 1));
        assert_eq!(number(2026, 17), "TTSF-2026-00017");
    }
}
