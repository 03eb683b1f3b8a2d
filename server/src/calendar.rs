//! The national office calendar on disk: one file a year in the publisher's
//! CSV layout under `CALENDAR_DIR`, read at start; and the operator's command
//! that checks a year downloaded from the open-data platform and files it.

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use domain::platform::calendar::{OfficeDay, WorkingDays, parse_office_calendar};
use std::path::{Path, PathBuf};

/// The working days: every year filed in `dir`, with the city's `closures`.
/// No folder or no file: Monday to Friday, and a warning.
pub fn load(dir: &Path, closures: &[NaiveDate], today: NaiveDate) -> Result<WorkingDays> {
    let mut days: Vec<OfficeDay> = Vec::new();
    for file in year_files(dir)? {
        let text = decode(&std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?)
            .with_context(|| file.display().to_string())?;
        days.extend(parse_office_calendar(&text).with_context(|| format!("{}", file.display()))?);
    }
    let calendar = WorkingDays::official(&days, closures.iter().copied());
    let ahead = today + chrono::Duration::days(60);
    if !calendar.covers(ahead) {
        tracing::warn!(
            folder = %dir.display(),
            "the office calendar does not cover {ahead}: working days after its last year are Monday to Friday \
             with CITY_HOLIDAYS; import the next year with `server import-calendar`"
        );
    }
    Ok(calendar)
}

fn year_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    files.sort();
    Ok(files)
}

/// The publisher's files come in Big5 or in UTF-8 with a byte-order mark.
fn decode(bytes: &[u8]) -> Result<String> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.trim_start_matches('\u{feff}').to_owned());
    }
    let (text, _, bad) = encoding_rs::BIG5.decode(bytes);
    if bad {
        bail!("neither UTF-8 nor Big5 text");
    }
    Ok(text.into_owned())
}

/// Checks a downloaded year and files it as `dir/<year>.csv` (UTF-8).
/// Returns what it filed, for the operator.
pub fn import(file: &Path, dir: &Path) -> Result<String> {
    let text = decode(&std::fs::read(file).with_context(|| format!("reading {}", file.display()))?)
        .with_context(|| file.display().to_string())?;
    let days = parse_office_calendar(&text).with_context(|| file.display().to_string())?;
    let year = days
        .first()
        .map(|d| chrono::Datelike::year(&d.date))
        .unwrap_or_default();
    let mut out = String::from("\u{feff}西元日期,星期,是否放假,備註\n");
    for line in text
        .lines()
        .skip(1)
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty())
    {
        out.push_str(line);
        out.push('\n');
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let target = dir.join(format!("{year}.csv"));
    std::fs::write(&target, out).with_context(|| format!("writing {}", target.display()))?;
    let closed = days.iter().filter(|d| d.closed).count();
    let weekend = |d: &OfficeDay| chrono::Datelike::weekday(&d.date).num_days_from_monday() >= 5;
    let make_up = days.iter().filter(|d| !d.closed && weekend(d)).count();
    let holidays = days.iter().filter(|d| d.closed && !weekend(d)).count();
    Ok(format!(
        "{}: {year}, {} days, {closed} closed ({holidays} on weekdays), {make_up} make-up working days",
        target.display(),
        days.len()
    ))
}
