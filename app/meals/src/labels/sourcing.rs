//! Suppliers' words: listing, kind, certification, months and seasons.

use domain::meals::listing::Listing;
use domain::meals::sourcing::FarmCertification;
use domain::meals::supplier::{Season, SupplierKind};
use i18n::*;

pub fn listing_label(l: Locale, x: Listing) -> &'static str {
    match x {
        Listing::Pending => td_string!(l, meals.listing_pending),
        Listing::Approved => td_string!(l, meals.listing_approved),
        Listing::Suspended => td_string!(l, meals.listing_suspended),
    }
}

pub fn kind_label(l: Locale, k: SupplierKind) -> &'static str {
    match k {
        SupplierKind::Farm => td_string!(l, meals.kind_farm),
        SupplierKind::Fishery => td_string!(l, meals.kind_fishery),
        SupplierKind::Market => td_string!(l, meals.kind_market),
        SupplierKind::Wholesaler => td_string!(l, meals.kind_wholesaler),
        SupplierKind::Shop => td_string!(l, meals.kind_shop),
    }
}

pub fn certification_label(l: Locale, c: FarmCertification) -> &'static str {
    match c {
        FarmCertification::Organic => td_string!(l, meals.cert_organic),
        FarmCertification::EcoFriendly => td_string!(l, meals.cert_eco_friendly),
    }
}

pub fn month_name(l: Locale, m: u32) -> String {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match l {
        Locale::zh_Hant_TW => format!("{m}月"),
        Locale::en => EN[(m.clamp(1, 12) - 1) as usize].to_owned(),
    }
}

/// `11月至3月` or `Nov to Mar`; `全年` or `all year`.
pub fn season_text(l: Locale, s: Season) -> String {
    if s.is_all_year() {
        return td_string!(l, meals.all_year).to_owned();
    }
    s.runs()
        .into_iter()
        .map(|(from, to)| {
            if from == to {
                month_name(l, from)
            } else {
                let (from, to) = (month_name(l, from), month_name(l, to));
                td_string!(l, meals.month_range, from = from, to = to).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(td_string!(l, meals.list_separator))
}
