//! A certificate once issued: its number, terms and state.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// How long a certificate is valid: two years from the day it is issued
/// (the county's choice for the demo, an assumption to confirm).
pub const VALIDITY_YEARS: i32 = 2;
/// Renewal opens this many days before a certificate expires.
pub const RENEWAL_WINDOW_DAYS: i64 = 90;

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

/// The certificate's number, from the county's prefix (its profile's), the
/// year and its application's (unique) id: `TTSF-2026-00017`.
pub fn number(prefix: &str, year: i32, application_id: i64) -> String {
    format!("{prefix}-{year}-{application_id:05}")
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
