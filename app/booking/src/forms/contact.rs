//! The contact part of a registration, a waitlist entry and (for the
//! child's name and ID number) a referral: as typed, and parsed.

use crate::error::BookingError;
use crate::types::ContactTyped;
use domain::Named;
use domain::booking::District;
use domain::booking::contact::{Channels, FilledBy, Phone, parse_child_name};
use domain::booking::national_id::NationalId;
use domain::platform::Email;

/// The contact as the family typed it.
#[derive(Clone, Copy)]
pub struct Contact<'a> {
    pub child_name: &'a str,
    pub national_id: &'a str,
    pub filled_by: FilledBy,
    pub phone: &'a str,
    pub email: Option<&'a str>,
    pub notes: &'a str,
    /// The channels chosen on the form; none (the API): every one given.
    pub channels: Option<Channels>,
    /// The district the child lives in, when the family gave it.
    pub home: Option<District>,
}

/// The contact, parsed and checked.
pub struct ParsedContact {
    pub child_name: String,
    pub id: NationalId,
    pub phone: Phone,
    pub email: Option<Email>,
    pub channels: Channels,
    pub filled_by: FilledBy,
    pub notes: String,
    pub home: Option<District>,
}

impl Contact<'_> {
    /// What was typed, cut to the fields' sizes, to fill the form in again.
    pub fn typed(&self) -> ContactTyped {
        let cut = |s: &str, n: usize| s.chars().take(n).collect::<String>();
        ContactTyped {
            child_name: cut(self.child_name, 40),
            national_id: cut(self.national_id, 12).into(),
            filled_by: Some(self.filled_by),
            phone: cut(self.phone, 20),
            email: cut(self.email.unwrap_or_default(), 100),
            notes: cut(self.notes, domain::booking::contact::NOTES_MAX_CHARS),
            channels: self.channels,
            home_district: self.home,
        }
    }

    /// Checks every field; the first that is wrong is the error.
    pub fn parse(&self) -> Result<ParsedContact, platform::AppError<BookingError>> {
        let child_name = parse_child_name(self.child_name).ok_or(BookingError::ChildNameInvalid)?;
        let id = NationalId::parse(self.national_id).map_err(BookingError::from)?;
        let phone = Phone::parse(self.phone).map_err(|_| BookingError::PhoneInvalid)?;
        let email = match self.email.map(str::trim).filter(|e| !e.is_empty()) {
            Some(e) => Some(Email::parse(e)?),
            None => None,
        };
        let channels = Channels::for_contact(self.channels, &phone, email.is_some()).map_err(BookingError::from)?;
        Ok(ParsedContact {
            child_name,
            id,
            phone,
            email,
            channels,
            filled_by: self.filled_by,
            notes: self
                .notes
                .chars()
                .take(domain::booking::contact::NOTES_MAX_CHARS)
                .collect(),
            home: self.home,
        })
    }
}

impl ParsedContact {
    /// How the stored row names who filled the form in.
    pub fn filled_by_name(&self) -> &'static str {
        self.filled_by.as_str()
    }
}
