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
mod tests;
