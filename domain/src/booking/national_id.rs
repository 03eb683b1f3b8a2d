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
mod tests;
