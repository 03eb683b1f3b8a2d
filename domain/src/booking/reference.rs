use serde::{Deserialize, Serialize};
use std::fmt;

/// The booking reference a family keeps: `EI-` and eight characters of
/// Crockford's base 32 (no I, L, O, U to misread), the last a check character
/// so that a mistyped reference is recognised before any lookup.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BookingReference(String);

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a booking reference")]
pub struct ReferenceError;

fn value(c: char) -> Option<u32> {
    let c = match c {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    ALPHABET.iter().position(|&a| a as char == c).map(|p| p as u32)
}

fn check_char(body: &[u32]) -> char {
    // Weighted sum modulo 31 (prime), so a single wrong character or a swap of
    // two neighbours always changes the check character.
    let sum: u32 = body.iter().enumerate().map(|(i, v)| v * (i as u32 + 1)).sum();
    ALPHABET[(sum % 31) as usize] as char
}

/// `prefix`, seven characters of body from 35 of `bits`, and the check
/// character: the shape of booking references and case numbers alike.
pub(crate) fn coded(prefix: &str, bits: u64) -> String {
    let body: Vec<u32> = (0..7).map(|i| ((bits >> (5 * i)) & 31) as u32).collect();
    let mut s = String::from(prefix);
    s.extend(body.iter().map(|v| ALPHABET[*v as usize] as char));
    s.push(check_char(&body));
    s
}

/// Reads what people type of a coded reference with `prefix` (lower case,
/// spaces, dashes, the prefix or not) back to its canonical form, checking
/// the check character.
pub(crate) fn parse_coded(prefix: &str, raw: &str) -> Result<String, ReferenceError> {
    let cleaned: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect();
    let cleaned = cleaned.strip_prefix(prefix).unwrap_or(&cleaned);
    let values: Option<Vec<u32>> = cleaned.chars().map(value).collect();
    let values = values.ok_or(ReferenceError)?;
    if values.len() != 8 {
        return Err(ReferenceError);
    }
    let (body, check) = values.split_at(7);
    if ALPHABET[check[0] as usize] as char != check_char(body) {
        return Err(ReferenceError);
    }
    let mut s = format!("{prefix}-");
    s.extend(values.iter().map(|v| ALPHABET[*v as usize] as char));
    Ok(s)
}

impl BookingReference {
    /// A reference from 35 random bits (seven characters of body).
    pub fn from_random(bits: u64) -> Self {
        Self(coded("EI-", bits))
    }

    /// Accepts what people type: lower case, spaces, dashes, with or without `EI`.
    pub fn parse(raw: &str) -> Result<Self, ReferenceError> {
        parse_coded("EI", raw).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for BookingReference {
    type Error = ReferenceError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<BookingReference> for String {
    fn from(r: BookingReference) -> Self {
        r.0
    }
}

impl fmt::Display for BookingReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests;
