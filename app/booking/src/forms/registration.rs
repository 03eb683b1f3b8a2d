//! The registration form (`types::RegistrationForm`) as the use case takes it.

use super::{Contact, triage_input};
use crate::error::BookingError;
use crate::types::RegistrationForm;
use chrono::NaiveDate;
use domain::booking::TriageInput;

impl RegistrationForm {
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

impl crate::types::ContactForm {
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
            home: super::home_from_form(&self.home_district)?,
        })
    }
}
