//! The waitlist's forms (`types::WaitlistForm`, `types::JoinStepForm`) as
//! the use case takes them.

use super::{Contact, home_from_form, triage_input};
use crate::error::BookingError;
use crate::types::{JoinStepForm, WaitlistForm, WishForm};
use chrono::NaiveDate;
use domain::booking::TriageInput;

impl WaitlistForm {
    /// The triage's answers the form carries.
    pub fn triage_answers(&self, today: NaiveDate) -> Result<TriageInput, BookingError> {
        let dates = [
            self.due_date.as_deref(),
            self.previous_date.as_deref(),
            self.previous_reassess.as_deref(),
        ];
        triage_input(&self.birth_date, dates, &self.high_risk, &self.domains, today)
    }

    /// The contact the form carries.
    pub fn contact(&self) -> Contact<'_> {
        Contact {
            child_name: &self.child_name,
            national_id: self.national_id.as_str(),
            filled_by: self.filled_by,
            phone: &self.phone,
            email: self.email.as_deref(),
            notes: &self.notes,
            channels: self.channels,
            home: self.home_district,
        }
    }
}

impl JoinStepForm {
    /// The wish the form carries: a centre's id (an id that is none is not
    /// found), or the districts.
    pub fn wish(&self) -> Result<WishForm, platform::AppError> {
        Ok(WishForm {
            wish_centre: match self.wish_centre.trim() {
                "" => None,
                c => Some(c.parse().map_err(|_| platform::AppError::NotFound)?),
            },
            wish_districts: self.wish_districts.clone(),
            wish_from: self.wish_from.clone(),
        })
    }

    /// The contact the form carries.
    pub fn contact(&self) -> Result<Contact<'_>, platform::AppError> {
        Ok(Contact {
            child_name: &self.child_name,
            national_id: self.national_id.as_str(),
            filled_by: self.filled_by,
            phone: &self.phone,
            email: self.email.as_deref(),
            notes: &self.notes,
            channels: self.channels,
            home: home_from_form(&self.home_district)?,
        })
    }
}
