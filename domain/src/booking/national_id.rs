use std::fmt;

/// A Taiwanese national identification number or resident certificate number,
/// with its check digit verified. Never `Serialize`, never `Display`: it is
/// encrypted at rest, hashed for uniqueness and shown only masked.
///
/// Formats (Ministry of the Interior): a letter for the place of first
/// registration, then
/// - `1` or `2` and eight digits: a national ID card;
/// - `8` or `9` and eight digits: a resident certificate since 2021;
/// - `A`-`D` and eight digits: an older resident certificate.
#[derive(Clone, PartialEq, Eq)]
pub struct NationalId(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NationalIdError {
    #[error("an ID number has a letter and nine more characters")]
    Format,
    #[error("the ID number's check digit does not match")]
    Checksum,
}

/// The two-digit codes of the first letter (A=10 … Z=33; I, O, W, X, Y, Z out of order).
fn letter_code(c: char) -> Option<u32> {
    const ORDER: &str = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
    ORDER.find(c).map(|i| 10 + i as u32)
}

impl NationalId {
    pub fn parse(raw: &str) -> Result<Self, NationalIdError> {
        let s: String = raw
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .flat_map(char::to_uppercase)
            .collect();
        let chars: Vec<char> = s.chars().collect();
        if chars.len() != 10 {
            return Err(NationalIdError::Format);
        }
        let first = letter_code(chars[0]).ok_or(NationalIdError::Format)?;
        let second = match chars[1] {
            '1' | '2' | '8' | '9' => chars[1].to_digit(10).ok_or(NationalIdError::Format)?,
            // Older resident certificates: the letter's code, last digit.
            'A' | 'B' | 'C' | 'D' => letter_code(chars[1]).ok_or(NationalIdError::Format)? % 10,
            _ => return Err(NationalIdError::Format),
        };
        let rest: Option<Vec<u32>> = chars[2..].iter().map(|c| c.to_digit(10)).collect();
        let rest = rest.ok_or(NationalIdError::Format)?;
        let mut sum = first / 10 + (first % 10) * 9 + second * 8;
        for (i, d) in rest.iter().take(7).enumerate() {
            sum += d * (7 - i as u32);
        }
        sum += rest[7];
        if sum % 10 != 0 {
            return Err(NationalIdError::Checksum);
        }
        Ok(Self(s))
    }

    /// A valid number for demo data and tests: area letter `letter`, sex digit
    /// `sex` (1 or 2), the seven-digit `serial`, and the check digit that fits.
    /// Different serials give different numbers.
    pub fn example(letter: char, sex: u8, serial: u32) -> Option<Self> {
        let stem = format!("{letter}{sex}{:07}", serial % 10_000_000);
        (0..10).find_map(|c| Self::parse(&format!("{stem}{c}")).ok())
    }

    /// The normalised number, for encryption and for the keyed hash only.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// `A123456789` becomes `A12*****89`: enough for staff to match a document.
    pub fn masked(&self) -> String {
        format!("{}*****{}", &self.0[..3], &self.0[8..])
    }
}

impl fmt::Debug for NationalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NationalId({})", self.masked())
    }
}

/// An ID number as typed into a form, before it is checked. Its `Debug`
/// print never shows it, so a logged request or form cannot leak it.
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct TypedId(pub String);

impl TypedId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for TypedId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TypedId(<redacted>)")
    }
}

impl From<String> for TypedId {
    fn from(s: String) -> Self {
        Self(s)
    }
}

impl From<&str> for TypedId {
    fn from(s: &str) -> Self {
        Self(s.to_owned())
    }
}

#[cfg(test)]
mod tests {
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
}
