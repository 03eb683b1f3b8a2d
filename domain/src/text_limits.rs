//! How long the names, addresses and notes of places (centres,
//! institutions, restaurants) may be, in each language: Chinese text is
//! shorter than its English for the same content.

/// A name in Traditional Chinese.
pub const NAME_ZH: usize = 60;
/// A name in English.
pub const NAME_EN: usize = 120;
/// An address in Traditional Chinese.
pub const ADDRESS_ZH: usize = 120;
/// An address in English.
pub const ADDRESS_EN: usize = 200;
/// A note for visitors in Traditional Chinese.
pub const NOTES_ZH: usize = 500;
/// A note for visitors in English.
pub const NOTES_EN: usize = 800;
