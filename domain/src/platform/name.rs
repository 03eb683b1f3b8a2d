//! Names of people as they write them.

use unicode_normalization::UnicodeNormalization;

/// Characters that show nothing but change how text reads or compares:
/// controls, zero-width characters, direction marks and overrides, the
/// byte-order mark. A name holding one could look like another's.
fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// A person's name as written (an account's display name, a child's name on
/// the NHI card): trimmed, in Unicode's composed form (NFC, so the same name
/// typed two ways is stored the same), 1 to 40 characters, nothing invisible.
pub fn parse_person_name(raw: &str) -> Option<String> {
    let t: String = raw.trim().nfc().collect();
    let n = t.chars().count();
    ((1..=40).contains(&n) && !t.chars().any(invisible)).then_some(t)
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
    fn a_name_with_an_invisible_character_is_refused_and_one_typed_decomposed_is_composed() {
        for hidden in [
            "王\u{200B}小明",
            "Lin\u{202E}Bao",
            "\u{FEFF}王小明",
            "Li\u{2066}n",
            "Lin\u{00AD}Bao",
        ] {
            assert_eq!(parse_person_name(hidden), None, "{hidden:?}");
        }
        // "José" typed as e + combining acute is stored as é.
        assert_eq!(parse_person_name("Jose\u{301}").as_deref(), Some("Jos\u{e9}"));
    }

    #[test]
    fn a_name_with_a_control_character_is_refused() {
        assert_eq!(parse_person_name("Lin\u{0}Bao"), None);
        assert_eq!(parse_person_name("Lin\nBao"), None);
    }
}
