use super::*;

#[test]
fn a_password_needs_ten_characters_counted_as_characters_not_bytes() {
    assert_eq!(NewPassword::parse("short").err(), Some(PasswordError::TooShort));
    // Ten Chinese characters are thirty bytes but ten characters.
    assert!(NewPassword::parse("早期療育聯合評估中心桃").is_ok());
    assert_eq!(NewPassword::parse("          ").err(), Some(PasswordError::TooShort));
    assert_eq!(NewPassword::parse(&"x".repeat(129)).err(), Some(PasswordError::TooLong));
}

#[test]
fn a_password_never_prints() {
    let p = NewPassword::parse("correct horse battery").expect("valid");
    assert_eq!(format!("{p:?}"), "NewPassword(***)");
}
