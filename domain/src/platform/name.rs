//! Names of people as they write them.

/// A person's name as written (an account's display name, a child's name on
/// the NHI card): trimmed, 1 to 40 characters, no control characters.
pub fn parse_person_name(raw: &str) -> Option<String> {
    let t = raw.trim();
    let n = t.chars().count();
    ((1..=40).contains(&n) && !t.chars().any(char::is_control)).then(|| t.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_trimmed_and_bounded() {
        assert_eq!(parse_person_name("  王小明 ").as_deref(), Some("王小明"));
        assert_eq!(parse_person_name("   "), None);
        assert_eq!(parse_person_name(&"名".repeat(40)).map(|s| s.chars().count()), Some(40));
        assert_eq!(parse_person_name(&"名".repeat(41)), None);
    }

    #[test]
    fn a_name_with_a_control_character_is_refused() {
        assert_eq!(parse_person_name("Lin\u{0}Bao"), None);
        assert_eq!(parse_person_name("Lin\nBao"), None);
    }
}
