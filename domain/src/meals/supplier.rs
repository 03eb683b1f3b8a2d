//! A restaurant's suppliers and the county's directory of local farms: what
//! a supplier is, where, with which farming certificate, and what it grows
//! in which months. The checks a new supplier passes are here; the store
//! keeps them.

use super::locality::{Locality, in_taiwan};
use super::sourcing::{FarmCertificate, FarmCertification, GeoPoint};
use crate::Bilingual;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

crate::named::closed_set! {
    /// What kind of supplier it is.
    pub enum SupplierKind {
        Farm,
        Fishery,
        Market,
        Wholesaler,
        Shop,
    }
}

/// The months a product is in season, January = bit 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u16", into = "u16")]
pub struct Season(u16);

impl Season {
    pub const ALL_YEAR: Season = Season(0x0FFF);

    /// The months from `from` to `to` (1-12) inclusive, wrapping over the new
    /// year (11 to 3 is November to March).
    pub fn months(from: u32, to: u32) -> Option<Season> {
        if !(1..=12).contains(&from) || !(1..=12).contains(&to) {
            return None;
        }
        let mut bits = 0u16;
        let mut m = from;
        loop {
            bits |= 1 << (m - 1);
            if m == to {
                break;
            }
            m = m % 12 + 1;
        }
        Some(Season(bits))
    }

    pub fn contains(self, month: u32) -> bool {
        (1..=12).contains(&month) && self.0 & (1 << (month - 1)) != 0
    }

    /// Whether the product is in season on `day`.
    pub fn on(self, day: NaiveDate) -> bool {
        self.contains(day.month())
    }

    pub fn is_all_year(self) -> bool {
        self == Season::ALL_YEAR
    }

    /// The season as runs of consecutive months (wrapping over the new year),
    /// in order of their first month, for display: November to March is
    /// one run, (11, 3).
    pub fn runs(self) -> Vec<(u32, u32)> {
        if self.is_all_year() {
            return vec![(1, 12)];
        }
        // Start after a month out of season so that no run is cut in two.
        let Some(gap) = (1..=12).find(|&m| !self.contains(m)) else {
            return vec![(1, 12)];
        };
        let mut runs = Vec::new();
        let mut start = None;
        for i in 1..=12 {
            let m = (gap + i - 1) % 12 + 1;
            match (self.contains(m), start) {
                (true, None) => start = Some(m),
                (false, Some(s)) => {
                    runs.push((s, (m + 10) % 12 + 1));
                    start = None;
                }
                _ => {}
            }
        }
        // The last month visited is the gap itself, so every run is closed.
        runs.sort_unstable();
        runs
    }
}

impl TryFrom<u16> for Season {
    type Error = &'static str;
    fn try_from(bits: u16) -> Result<Season, Self::Error> {
        (bits != 0 && bits & !0x0FFF == 0)
            .then_some(Season(bits))
            .ok_or("a season is one to twelve months")
    }
}

impl From<Season> for u16 {
    fn from(s: Season) -> u16 {
        s.0
    }
}

/// A supplier as entered by a restaurant or the county.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SupplierDraft {
    pub kind: SupplierKind,
    pub name: Bilingual,
    pub locality: Locality,
    /// Its own location; the locality's centre when none is given.
    pub location: Option<GeoPoint>,
    pub certificate: Option<FarmCertificate>,
}

/// What grows or is caught, and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Produce {
    pub name: Bilingual,
    pub season: Season,
    /// The standard's ingredient it is, when it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingredient_id: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum SupplierError {
    #[error("name missing, too long or with control characters")]
    NameInvalid,
    #[error("location outside Taiwan")]
    LocationOutsideTaiwan,
    #[error("certificate number or certifying body missing or too long")]
    CertificateInvalid,
    #[error("the certificate has expired")]
    CertificateExpired,
    #[error("season invalid")]
    SeasonInvalid,
}

/// The longest supplier or product name, in characters.
pub const MAX_NAME: usize = 60;
/// The longest certificate number or certifying body, in characters.
pub const MAX_CERTIFICATE_TEXT: usize = 80;

fn clean(s: &str, max: usize) -> Option<String> {
    let t = s.trim();
    (!t.is_empty() && t.chars().count() <= max && !t.chars().any(char::is_control)).then(|| t.to_owned())
}

/// A bilingual name: Chinese required, English optional (the Chinese stands for it).
pub fn clean_name(name: &Bilingual) -> Result<Bilingual, SupplierError> {
    let zh = clean(&name.zh_tw, MAX_NAME).ok_or(SupplierError::NameInvalid)?;
    let en = if name.en.trim().is_empty() {
        zh.clone()
    } else {
        clean(&name.en, MAX_NAME).ok_or(SupplierError::NameInvalid)?
    };
    Ok(Bilingual::new(zh, en))
}

impl SupplierDraft {
    /// The supplier as it is kept: names trimmed, the location given or the
    /// locality's centre (`centre`: `Locality::centre_in`), the certificate
    /// checked and current on `today`.
    pub fn checked(self, today: NaiveDate, centre: GeoPoint) -> Result<(SupplierDraft, GeoPoint), SupplierError> {
        let name = clean_name(&self.name)?;
        let at = self.location.unwrap_or(centre);
        if GeoPoint::new(at.lat, at.lon).is_none() || !in_taiwan(at) {
            return Err(SupplierError::LocationOutsideTaiwan);
        }
        let certificate = match self.certificate {
            None => None,
            Some(c) => {
                let number = clean(&c.number, MAX_CERTIFICATE_TEXT).ok_or(SupplierError::CertificateInvalid)?;
                let body = clean(&c.body, MAX_CERTIFICATE_TEXT).ok_or(SupplierError::CertificateInvalid)?;
                if !c.counts_on(today) {
                    return Err(SupplierError::CertificateExpired);
                }
                Some(FarmCertificate { number, body, ..c })
            }
        };
        Ok((
            SupplierDraft {
                name,
                certificate,
                location: Some(at),
                ..self
            },
            at,
        ))
    }
}

/// The certification that counts on `day`, if any.
pub fn certified_on(c: Option<&FarmCertificate>, day: NaiveDate) -> Option<FarmCertification> {
    c.filter(|c| c.counts_on(day)).map(|c| c.kind)
}

#[cfg(test)]
mod tests;
