use super::*;
use proptest::prelude::*;

#[test]
fn references_read_back_whatever_the_case_and_separators() {
    let r = BookingReference::from_random(0x0001_2345_6789);
    let typed = r.as_str().to_lowercase().replace('-', " ");
    assert_eq!(BookingReference::parse(&typed), Ok(r.clone()));
    assert_eq!(BookingReference::parse(&r.as_str()[3..]), Ok(r));
}

#[test]
fn garbage_is_not_a_reference() {
    for bad in ["", "EI-", "EI-123", "EI-UUUUUUUU", "hello world"] {
        assert_eq!(BookingReference::parse(bad), Err(ReferenceError), "{bad}");
    }
}

proptest! {
    #[test]
    fn one_mistyped_character_is_always_caught(bits in any::<u64>(), pos in 0usize..8, delta in 1u32..31) {
        let r = BookingReference::from_random(bits);
        let mut chars: Vec<char> = r.as_str()[3..].chars().collect();
        let v = value(chars[pos]).unwrap();
        // Stay below 31 so the changed value is distinct modulo 31.
        prop_assume!(v < 31);
        let nv = (v + delta) % 31;
        chars[pos] = ALPHABET[nv as usize] as char;
        let typo: String = chars.into_iter().collect();
        prop_assert!(BookingReference::parse(&typo).is_err());
    }
}
