//! The rest of the registration form: who fills it in, how to reach them, the child's name.

use serde::{Deserialize, Serialize};

/// A Taiwanese phone number: a mobile (09xx xxx xxx) or a landline with its
/// area code (0x-xxxxxxx), optionally written with +886 instead of the leading 0.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a Taiwanese phone number")]
pub struct PhoneError;

impl Phone {
    pub fn parse(raw: &str) -> Result<Self, PhoneError> {
        let mut digits: String = raw.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')')).collect();
        if let Some(rest) = digits.strip_prefix("+886") {
            digits = format!("0{}", rest.trim_start_matches('0'));
        }
        let all_digits = digits.chars().all(|c| c.is_ascii_digit());
        let mobile = digits.starts_with("09") && digits.len() == 10;
        let landline = digits.starts_with('0') && !digits.starts_with("09") && (9..=10).contains(&digits.len());
        if all_digits && (mobile || landline) {
            Ok(Self(digits))
        } else {
            Err(PhoneError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A mobile number (09…), which can receive text messages.
    pub fn is_mobile(&self) -> bool {
        self.0.starts_with("09")
    }
}

impl TryFrom<String> for Phone {
    type Error = PhoneError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<Phone> for String {
    fn from(p: Phone) -> Self {
        p.0
    }
}

/// The longest note a family may leave with a registration or a waitlist entry.
pub const NOTES_MAX_CHARS: usize = 500;

/// A child's name as written on the NHI card: 1 to 40 characters.
pub fn parse_child_name(raw: &str) -> Option<String> {
    crate::platform::parse_person_name(raw)
}

crate::named::closed_set! {
    /// Who fills in the form (brief: registration fields).
    pub enum FilledBy {
        Parent,
        Grandparent,
        Teacher,
        SocialWorker,
        Nurse,
        Nanny,
        Other,
    }
}

crate::named::closed_set! {
    /// How a family hears about its booking: text messages, e-mail, or both.
    pub enum Channels {
        Sms,
        Mail,
        Both,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum ChannelError {
    /// Text messages need a mobile number.
    #[error("text messages need a mobile number")]
    NoMobile,
    #[error("e-mail needs an address")]
    NoEmail,
    /// Neither a mobile number nor an e-mail address: the family could not
    /// be told anything.
    #[error("no way to reach the family")]
    NoChannel,
}

impl Channels {
    /// The channels a family chose, checked against what it gave; when it
    /// chose none (the API), every channel it gave the means for.
    pub fn for_contact(chosen: Option<Channels>, phone: &Phone, has_email: bool) -> Result<Channels, ChannelError> {
        let mobile = phone.is_mobile();
        match chosen {
            Some(c) if c.sms() && !mobile => Err(ChannelError::NoMobile),
            Some(c) if c.mail() && !has_email => Err(ChannelError::NoEmail),
            Some(c) => Ok(c),
            None => match (mobile, has_email) {
                (true, true) => Ok(Channels::Both),
                (true, false) => Ok(Channels::Sms),
                (false, true) => Ok(Channels::Mail),
                (false, false) => Err(ChannelError::NoChannel),
            },
        }
    }

    pub fn sms(self) -> bool {
        matches!(self, Channels::Sms | Channels::Both)
    }

    pub fn mail(self) -> bool {
        matches!(self, Channels::Mail | Channels::Both)
    }
}

#[cfg(test)]
mod tests;
