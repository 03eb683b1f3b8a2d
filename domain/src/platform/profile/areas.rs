//! A profile's `areas.csv`: one district or township a line.

use super::government::Area;
use crate::text::Bilingual;

/// Why `areas.csv` was refused, and on which line (1 is the header).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AreaError {
    #[error("line 1: expected the header code,key,name_zh,name_en,lat,lon")]
    Header,
    #[error("line {0}: expected six fields (code,key,name_zh,name_en,lat,lon), without quotes")]
    Fields(usize),
    #[error("line {0}: {1:?} is not a latitude and longitude in degrees")]
    Point(usize, String),
}

/// Reads `areas.csv` (the codes, keys and names are checked with the
/// government, by [`super::check`]).
pub fn parse_areas(text: &str) -> Result<Vec<Area>, AreaError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l.trim_end_matches('\r')));
    if lines.next().map(|(_, l)| l.trim()) != Some("code,key,name_zh,name_en,lat,lon") {
        return Err(AreaError::Header);
    }
    let mut areas = Vec::new();
    for (n, line) in lines.filter(|(_, l)| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        let [code, key, zh, en, lat, lon] = fields[..] else {
            return Err(AreaError::Fields(n));
        };
        if line.contains('"') {
            return Err(AreaError::Fields(n));
        }
        let point = |s: &str| s.parse::<f64>().ok().filter(|x| x.is_finite());
        let (Some(lat), Some(lon)) = (point(lat), point(lon)) else {
            return Err(AreaError::Point(n, format!("{lat},{lon}")));
        };
        areas.push(Area {
            code: code.to_owned(),
            key: key.to_owned(),
            name: Bilingual::new(zh, en),
            lat,
            lon,
        });
    }
    Ok(areas)
}
