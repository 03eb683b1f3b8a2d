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
