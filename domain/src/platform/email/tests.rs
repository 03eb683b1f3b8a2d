use super::*;

#[test]
fn an_address_is_trimmed_and_lower_cased() {
    let e = Email::parse("  Mei.Lin@Example.TW ").expect("valid");
    assert_eq!(e.as_str(), "mei.lin@example.tw");
}

#[test]
fn addresses_without_a_dotted_domain_are_refused() {
    for bad in ["a@b", "a@.tw", "a@tw.", "a@@b.tw", "@b.tw", "a b@c.tw", "plain"] {
        assert_eq!(Email::parse(bad), Err(EmailError::Invalid), "{bad}");
    }
    assert_eq!(Email::parse("   "), Err(EmailError::Empty));
}
