//! The rows the city's dashboard reads, and the filter it applies.

use crate::booking::waiting::Wait;
use crate::booking::waitlist::OfferStatus;
use crate::booking::{District, Pool, RegistrationStatus};
use crate::stats::Period;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A clinic day as capacity counts it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferedDay {
    pub centre: i64,
    pub district: District,
    pub day: NaiveDate,
    pub places: u32,
    pub reserved: u32,
    /// Closed days offer nothing.
    pub open: bool,
}

/// A registration as the dashboard counts it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Booking {
    pub centre: i64,
    pub centre_district: District,
    pub day: NaiveDate,
    pub status: RegistrationStatus,
    pub pool: Pool,
    pub fast_track: bool,
    /// Where the child lives, when given.
    pub home: Option<District>,
    pub wait: Wait,
}

/// The day a registration's child was assessed: the clinic day, once the
/// child came (checked in or completed).
pub fn assessed_on(status: RegistrationStatus, day: NaiveDate) -> Option<NaiveDate> {
    matches!(status, RegistrationStatus::CheckedIn | RegistrationStatus::Completed).then_some(day)
}

/// A referral (one report of a child).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferralRow {
    pub home: Option<District>,
    pub observed: NaiveDate,
    pub reported: NaiveDate,
}

/// A referral case and its first contact with the family.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseRow {
    pub home: Option<District>,
    pub opened: NaiveDate,
    pub contact_due: NaiveDate,
    pub first_contact: Option<NaiveDate>,
    pub open: bool,
}

impl CaseRow {
    /// Contacted by its due day.
    pub fn contacted_on_time(&self) -> bool {
        self.first_contact.is_some_and(|c| c <= self.contact_due)
    }

    /// Still open, never contacted, and past its due day on `today`.
    pub fn overdue_on(&self, today: NaiveDate) -> bool {
        self.open && self.first_contact.is_none() && today > self.contact_due
    }
}

/// A family on the waitlist.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct WaitlistRow {
    pub joined: NaiveDate,
    /// The day of its first offer, if any.
    pub first_offer: Option<NaiveDate>,
    pub waiting: bool,
}

/// An offer of a freed place.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferRow {
    pub made: NaiveDate,
    pub status: OfferStatus,
}

/// Everything the dashboard reads.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CityData {
    /// The city's districts in the profile's order (the need table has a
    /// row for each, and one for families of no district).
    pub districts: Vec<District>,
    pub days: Vec<OfferedDay>,
    pub bookings: Vec<Booking>,
    pub referrals: Vec<ReferralRow>,
    pub cases: Vec<CaseRow>,
    pub waitlist: Vec<WaitlistRow>,
    pub offers: Vec<OfferRow>,
}

/// What the administrator chose to look at.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CityFilter {
    pub period: Period,
    pub centre: Option<i64>,
    pub district: Option<District>,
}

impl CityFilter {
    pub(crate) fn centre_ok(&self, centre: i64, district: District) -> bool {
        self.centre.is_none_or(|c| c == centre) && self.district.is_none_or(|d| d == district)
    }

    pub(crate) fn child_ok(&self, b: &Booking) -> bool {
        self.centre.is_none_or(|c| c == b.centre) && self.district.is_none_or(|d| b.home == Some(d))
    }

    pub(crate) fn home_ok(&self, home: Option<District>) -> bool {
        self.district.is_none_or(|d| home == Some(d))
    }
}
