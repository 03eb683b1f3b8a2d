//! An area (a district or township) as records store it: the key the
//! deployment profile's `areas.csv` gives it. Which keys exist, and the
//! area's names, are the installation's data (`profile::Installation`), so
//! the key is checked only for its form here and for membership where a
//! request names one.

use std::fmt;

/// The longest key, in ASCII letters.
pub const MAX_KEY: usize = 31;

/// An area's stored key: 1 to 31 ASCII letters, kept inline so it copies
/// like the closed sets it replaced. Orders as its text does.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AreaKey {
    // Zero-padded after `len` bytes; before `len` for the derived order.
    bytes: [u8; MAX_KEY],
    len: u8,
}

/// Text that is no area key (or no area of this installation).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not an area key (1 to 31 ASCII letters)")]
pub struct NotAnArea(pub String);

impl AreaKey {
    /// The key if `s` has its form; whether the installation has such an
    /// area is `Installation::area`'s question.
    pub fn parse(s: &str) -> Option<AreaKey> {
        let ok = !s.is_empty() && s.len() <= MAX_KEY && s.bytes().all(|b| b.is_ascii_alphabetic());
        ok.then(|| {
            let mut bytes = [0u8; MAX_KEY];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            AreaKey {
                bytes,
                len: s.len() as u8,
            }
        })
    }

    /// A key written in code (demo data, tests): bad text fails the build
    /// where it is a constant, and panics otherwise.
    pub const fn of(s: &str) -> AreaKey {
        let b = s.as_bytes();
        assert!(!b.is_empty() && b.len() <= MAX_KEY, "an area key is 1 to 31 letters");
        let mut bytes = [0u8; MAX_KEY];
        let mut i = 0;
        while i < b.len() {
            assert!(b[i].is_ascii_alphabetic(), "an area key is ASCII letters");
            bytes[i] = b[i];
            i += 1;
        }
        AreaKey {
            bytes,
            len: b.len() as u8,
        }
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters were ever written (see `parse`).
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or_default()
    }
}

impl fmt::Debug for AreaKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AreaKey({})", self.as_str())
    }
}

impl fmt::Display for AreaKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for AreaKey {
    type Err = NotAnArea;
    fn from_str(s: &str) -> Result<AreaKey, NotAnArea> {
        AreaKey::parse(s).ok_or_else(|| NotAnArea(s.to_owned()))
    }
}

impl TryFrom<String> for AreaKey {
    type Error = NotAnArea;
    fn try_from(s: String) -> Result<AreaKey, NotAnArea> {
        s.parse()
    }
}

impl From<AreaKey> for String {
    fn from(k: AreaKey) -> String {
        k.as_str().to_owned()
    }
}

impl serde::Serialize for AreaKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for AreaKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<AreaKey, D::Error> {
        let s = String::deserialize(d)?;
        AreaKey::parse(&s).ok_or_else(|| serde::de::Error::custom(NotAnArea(s)))
    }
}

#[cfg(test)]
mod tests;
