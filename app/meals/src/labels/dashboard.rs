//! The dashboard's words for the bands (its own wording: a share of meals).

use domain::meals::rating::Band;
use i18n::*;

pub fn dashboard_band_label(l: Locale, b: Band) -> &'static str {
    match b {
        Band::Green => td_string!(l, dashboard.band_green),
        Band::Yellow => td_string!(l, dashboard.band_yellow),
        Band::Red => td_string!(l, dashboard.band_red),
    }
}
