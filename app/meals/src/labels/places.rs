//! The county's townships in words.

use domain::meals::Township;
use i18n::*;
use platform::format;

pub fn township_label(l: Locale, t: Township) -> &'static str {
    format::place(l, t)
}
