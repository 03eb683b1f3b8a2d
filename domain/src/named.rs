//! Closed sets (statuses, roles, pools, disciplines, districts, …) and their
//! stable names: the one spelling used in storage, forms, the API and URLs.
//! Each enum derives its names with `strum` (snake_case, the same as serde);
//! this trait gives every such enum the same three operations.

use std::str::FromStr;

/// A member of a closed set with a stable name.
pub trait Named: Copy + Sized + 'static + Into<&'static str> + FromStr + strum::VariantArray {
    /// The member's stable name.
    fn as_str(self) -> &'static str {
        self.into()
    }

    /// The member with this name; `None` for any other text.
    fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }

    /// Every member, in declaration order.
    fn all() -> std::iter::Copied<std::slice::Iter<'static, Self>> {
        Self::VARIANTS.iter().copied()
    }
}

impl<T> Named for T where T: Copy + Sized + 'static + Into<&'static str> + FromStr + strum::VariantArray {}

/// A stored name that is no member of its set: the stored data is wrong, and
/// reading it fails instead of guessing a member.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{name:?} is not a known {set}")]
pub struct UnknownName {
    pub set: &'static str,
    pub name: String,
}

/// Declares a closed set: the enum with the usual value derives, its stable
/// names (`strum`, the same as serde's: snake_case, or `names as written;`
/// for names spelt as the variants are), so `Named` applies, and
/// `TryFrom<String>` to read it back from storage. Doc comments, further
/// derives and attributes go inside, on the enum, as usual.
macro_rules! closed_set {
    (names as written; $(#[$meta:meta])* $vis:vis enum $name:ident { $($body:tt)* }) => {
        #[derive(
            Clone,
            Copy,
            Debug,
            PartialEq,
            Eq,
            Hash,
            serde::Serialize,
            serde::Deserialize,
            strum::EnumString,
            strum::IntoStaticStr,
            strum::VariantArray,
        )]
        $(#[$meta])*
        $vis enum $name { $($body)* }

        $crate::named::stored_by_name!($name);
    };
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($body:tt)* }) => {
        $crate::named::closed_set! {
            names as written;
            #[serde(rename_all = "snake_case")]
            #[strum(serialize_all = "snake_case")]
            $(#[$meta])*
            $vis enum $name { $($body)* }
        }
    };
}
pub(crate) use closed_set;

/// `TryFrom<String>` for closed sets read from storage (the store decodes a
/// column with it), failing with [`UnknownName`].
macro_rules! stored_by_name {
    ($($t:ty),+ $(,)?) => {
        $(
            impl TryFrom<String> for $t {
                type Error = $crate::named::UnknownName;
                fn try_from(name: String) -> Result<Self, Self::Error> {
                    <$t as $crate::Named>::parse(&name).ok_or_else(|| $crate::named::UnknownName {
                        set: stringify!($t),
                        name,
                    })
                }
            }
        )+
    };
}
pub(crate) use stored_by_name;

#[cfg(test)]
mod tests;
