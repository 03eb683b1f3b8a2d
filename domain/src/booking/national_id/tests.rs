use super::*;
use proptest::prelude::*;

#[test]
fn an_example_number_is_valid_and_follows_its_serial() {
    let a = NationalId::example('F', 2, 1234567).map(|n| n.expose().to_string());
    assert_eq!(a.as_deref().map(|s| &s[..9]), Some("F21234567"));
    assert_ne!(a, NationalId::example('F', 2, 1234568).map(|n| n.expose().to_string()));
    assert!(NationalId::example('F', 3, 1).is_none(), "no sex digit 3");
}

#[test]
fn the_textbook_example_is_valid_and_masks_to_the_first_three_and_last_two() {
    let id = NationalId::parse("a123456789").unwrap();
    assert_eq!(id.expose(), "A123456789");
    assert_eq!(id.masked(), "A12*****89");
    assert_eq!(format!("{id:?}"), "NationalId(A12*****89)");
}

#[test]
fn a_wrong_check_digit_is_refused() {
    assert_eq!(NationalId::parse("A123456788"), Err(NationalIdError::Checksum));
}

#[test]
fn malformed_numbers_are_refused_as_format_errors() {
    for bad in ["", "A12345678", "A1234567890", "1123456789", "A323456789", "A12345678X"] {
        assert_eq!(NationalId::parse(bad), Err(NationalIdError::Format), "{bad}");
    }
}

#[test]
fn resident_certificates_old_and_new_are_accepted() {
    // New format (2021): second digit 8 or 9. Checked by hand:
    // A=10 -> 1 + 0*9; 8*8=64; 0,0,0,0,0,0,1 weighted 7..1 -> 1; check 4 -> 1+64+1+4 = 70.
    assert!(NationalId::parse("A800000014").is_ok());
    // Old format: second letter A-D counts as the last digit of its code (A -> 0).
    // 1 + 0 + 0*8 + 1*1 (seventh digit) + check 8 = 10.
    assert!(NationalId::parse("AA00000018").is_ok());
}

proptest! {
    /// Any text typed in the ID field: refused, or an ID that reads back the
    /// same from its own ten characters (upper case, no spaces).
    #[test]
    fn any_typed_text_is_refused_or_a_well_formed_id(raw in prop_oneof!["\\PC{0,14}", "[A-Za-z][0-9 -]{7,12}", "[A-Z][12][0-9]{8}"]) {
        if let Ok(id) = NationalId::parse(&raw) {
            prop_assert_eq!(id.expose().len(), 10);
            prop_assert!(id.expose().chars().next().is_some_and(|c| c.is_ascii_uppercase()));
            prop_assert!(NationalId::parse(id.expose()) == Ok(id.clone()));
        }
    }
}

proptest! {
    #[test]
    fn exactly_one_check_digit_completes_any_valid_prefix(
        letter in proptest::sample::select("ABCDEFGHJKLMNPQRSTUVXYWZIO".chars().collect::<Vec<_>>()),
        sex in proptest::sample::select(vec!['1', '2']),
        digits in proptest::collection::vec(0u32..10, 7),
    ) {
        let prefix: String = std::iter::once(letter).chain(std::iter::once(sex))
            .chain(digits.iter().map(|d| char::from_digit(*d, 10).unwrap())).collect();
        let valid = (0..10).filter(|c| NationalId::parse(&format!("{prefix}{c}")).is_ok()).count();
        prop_assert_eq!(valid, 1);
    }
}

#[test]
fn a_typed_id_never_shows_in_a_debug_print() {
    let typed = TypedId::from("A123456789");
    assert_eq!(format!("{typed:?}"), "TypedId(<redacted>)");
    assert_eq!(typed.as_str(), "A123456789");
    assert_eq!(serde_json::to_string(&typed).unwrap(), "\"A123456789\"");
}
