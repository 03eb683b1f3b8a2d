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
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any text in the phone field: refused, or a number of digits
        /// only that reads back as itself.
        #[test]
        fn any_typed_phone_is_refused_or_normalised_once(raw in prop_oneof!["\\PC{0,20}", "[+0-9 ()-]{0,18}", "09[0-9]{8}"]) {
            if let Ok(p) = Phone::parse(&raw) {
                prop_assert!(p.as_str().chars().all(|c| c.is_ascii_digit()));
                prop_assert_eq!(Phone::parse(p.as_str()), Ok(p.clone()));
            }
        }
    }

    #[test]
    fn mobiles_and_landlines_are_normalised_to_digits() {
        assert_eq!(Phone::parse("0912-345-678").unwrap().as_str(), "0912345678");
        assert_eq!(Phone::parse("+886 912 345 678").unwrap().as_str(), "0912345678");
        assert_eq!(Phone::parse("(03) 331-7123").unwrap().as_str(), "033317123");
    }

    #[test]
    fn other_numbers_are_refused() {
        for bad in ["", "12345", "0912-345-67", "phone", "+1 555 123 4567"] {
            assert!(Phone::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn child_names_are_trimmed_and_bounded() {
        assert_eq!(parse_child_name("  王小明 ").as_deref(), Some("王小明"));
        assert_eq!(parse_child_name("   "), None);
        assert_eq!(parse_child_name(&"名".repeat(41)), None);
    }

    #[test]
    fn a_channel_needs_its_means_and_none_chosen_takes_every_means_given() {
        let mobile = Phone::parse("0912345678").unwrap();
        let landline = Phone::parse("03-3317123").unwrap();
        use Channels::*;
        assert_eq!(Channels::for_contact(Some(Sms), &mobile, false), Ok(Sms));
        assert_eq!(
            Channels::for_contact(Some(Sms), &landline, true),
            Err(ChannelError::NoMobile)
        );
        assert_eq!(
            Channels::for_contact(Some(Mail), &mobile, false),
            Err(ChannelError::NoEmail)
        );
        assert_eq!(
            Channels::for_contact(Some(Both), &mobile, false),
            Err(ChannelError::NoEmail)
        );
        assert_eq!(
            Channels::for_contact(Some(Both), &landline, true),
            Err(ChannelError::NoMobile)
        );
        assert_eq!(Channels::for_contact(Some(Both), &mobile, true), Ok(Both));
        assert_eq!(Channels::for_contact(None, &mobile, true), Ok(Both));
        assert_eq!(Channels::for_contact(None, &mobile, false), Ok(Sms));
        assert_eq!(Channels::for_contact(None, &landline, true), Ok(Mail));
        assert_eq!(
            Channels::for_contact(None, &landline, false),
            Err(ChannelError::NoChannel)
        );
        assert!(Both.sms() && Both.mail() && !Sms.mail() && !Mail.sms());
    }
}
