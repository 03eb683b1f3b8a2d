//! How settings written as text are read (flags, scale, proxies, dates).

use anyhow::Result;
use domain::platform::client::TrustedProxies;

pub(crate) fn parse_flag(s: &str) -> Result<bool, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "" | "0" | "false" | "no" | "off" => Ok(false),
        other => Err(format!("expected 1 or 0, got {other:?}")),
    }
}

pub(crate) fn parse_scale(s: &str) -> Result<crate::demo::history::Scale, String> {
    match s.trim() {
        "demo" | "" => Ok(crate::demo::history::Scale::DEMO),
        "bench" => Ok(crate::demo::history::Scale::BENCH),
        other => Err(format!("expected demo or bench, got {other:?}")),
    }
}

pub(crate) fn parse_proxies(s: &str) -> Result<TrustedProxies, String> {
    TrustedProxies::parse(s).map_err(|e| e.to_string())
}

pub(crate) fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    domain::platform::taipei::parse_iso_date(s.trim()).ok_or_else(|| format!("expected a date YYYY-MM-DD, got {s:?}"))
}
