//! Dates and numbers as people read them, in both languages. Pure functions
//! (no clock, no browser locale) so server and browser render the same HTML.

use chrono::{Datelike, NaiveDate, Weekday};
use domain::{Bilingual, Lang};
use i18n::Locale;

fn weekday_zh(w: Weekday) -> &'static str {
    ["一", "二", "三", "四", "五", "六", "日"][w.num_days_from_monday() as usize]
}

fn weekday_en(w: Weekday) -> &'static str {
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][w.num_days_from_monday() as usize]
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `2026-12-03(四)` or `Thu 3 Dec 2026`.
pub fn date(locale: Locale, d: NaiveDate) -> String {
    match locale {
        Locale::zh_Hant_TW => format!("{}({})", d.format("%Y-%m-%d"), weekday_zh(d.weekday())),
        Locale::en => format!(
            "{} {} {} {}",
            weekday_en(d.weekday()),
            d.day(),
            MONTHS_EN[d.month0() as usize],
            d.year()
        ),
    }
}

/// As [`date`], from ISO text; the text itself when it is not a date.
pub fn date_str(locale: Locale, iso: &str) -> String {
    domain::platform::taipei::parse_iso_date(iso)
        .map(|d| date(locale, d))
        .unwrap_or_else(|| iso.to_string())
}

/// A month heading: `2026 年 12 月` or `December 2026`.
pub fn month(locale: Locale, year: i32, month: u32) -> String {
    const LONG: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match locale {
        Locale::zh_Hant_TW => format!("{year} 年 {month} 月"),
        Locale::en => format!("{} {year}", LONG[(month.clamp(1, 12) - 1) as usize]),
    }
}

pub fn weekday_short(locale: Locale, w: Weekday) -> &'static str {
    match locale {
        Locale::zh_Hant_TW => weekday_zh(w),
        Locale::en => weekday_en(w),
    }
}

/// An instant (UTC epoch seconds) in Taipei time, `2026-12-03 08:20`.
pub fn instant(epoch: i64) -> String {
    domain::platform::taipei::local_datetime(epoch)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// Kilograms of CO2e to two significant figures (`docs/carbon-method.md`
/// §5: the data do not carry more), e.g. `1.5`, `0.31`, `12`.
pub fn kg(x: f64) -> String {
    format!("{}", domain::stats::two_significant(x))
}

/// A difference in kilograms, with its sign: `+0.12`, `−0.3`.
pub fn signed_kg(x: f64) -> String {
    let shown = domain::stats::two_significant(x);
    if shown > 0.0 {
        format!("+{shown}")
    } else if shown < 0.0 {
        format!("−{}", -shown)
    } else {
        "±0".to_string()
    }
}

/// The language of a locale.
pub fn lang(locale: Locale) -> Lang {
    match locale {
        Locale::zh_Hant_TW => Lang::ZhTw,
        Locale::en => Lang::En,
    }
}

/// Text entered in both languages, shown in the reader's.
pub trait Localized {
    fn tr(&self, locale: Locale) -> String;
}

/// A place's name (a district, a township) in the current language.
pub fn place(locale: Locale, p: impl domain::Place) -> &'static str {
    p.name_in(lang(locale))
}

impl Localized for Bilingual {
    fn tr(&self, locale: Locale) -> String {
        self.get(lang(locale)).to_string()
    }
}

/// A share as a whole percentage: `74 %`; no share: `–`.
pub fn percent(x: Option<f64>) -> String {
    match x {
        Some(x) if x.is_finite() => format!("{:.0}\u{a0}%", x * 100.0),
        _ => "–".to_string(),
    }
}

/// A number of days: `12`; none: `–`.
pub fn days(x: Option<f64>) -> String {
    match x {
        Some(x) if x.is_finite() => format!("{x:.0}"),
        _ => "–".to_string(),
    }
}

/// A month as a chart and a table label: `2026-11`.
pub fn month_label(first_day: NaiveDate) -> String {
    first_day.format("%Y-%m").to_string()
}

/// Percent-encodes a URL component (RFC 3986 unreserved characters and `/` pass).
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A query string of the pairs with a value, each value percent-encoded:
/// `from=2026-01&to=2026-12` (a filter carried to its exports and drill-downs).
pub fn query_string(pairs: &[(&str, String)]) -> String {
    pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode_component(v)))
        .collect::<Vec<_>>()
        .join("&")
}
