//! Government working days: the national office calendar that the
//! Directorate-General of Personnel Administration publishes each year as
//! open data (中華民國政府行政機關辦公日曆表, data.gov.tw dataset 14718), with
//! its holidays and its make-up working Saturdays (補行上班), plus the days a
//! city closes on its own (a typhoon day, a local holiday).
//!
//! Outside the years the calendar covers, Monday to Friday are working days.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One row of the office calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficeDay {
    pub date: NaiveDate,
    /// Offices are closed (是否放假 = 2).
    pub closed: bool,
    /// The calendar's note (備註): the holiday's name, 補行上班, or empty.
    pub note: String,
}

/// Why a calendar file was refused, and on which line (1 is the header).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    #[error("line 1: expected the header 西元日期,星期,是否放假,備註")]
    Header,
    #[error("line {0}: expected four fields: date (YYYYMMDD), weekday, 0 or 2, note")]
    Fields(usize),
    #[error("line {0}: {1:?} is not a date written YYYYMMDD")]
    Date(usize, String),
    #[error("line {0}: the weekday {1:?} is not the weekday of that date")]
    Weekday(usize, String),
    #[error("line {0}: 是否放假 must be 0 (open) or 2 (closed), not {1:?}")]
    Flag(usize, String),
    #[error("line {0}: {1} is listed twice")]
    Duplicate(usize, NaiveDate),
    #[error("line {0}: {1} is not in the year of the first row, {2}")]
    OtherYear(usize, NaiveDate, i32),
    #[error("the calendar of {0} lists {1} days; a year has {2}")]
    Incomplete(i32, usize, usize),
    #[error("the file has no rows")]
    Empty,
}

const WEEKDAYS: [&str; 7] = ["一", "二", "三", "四", "五", "六", "日"];

/// Reads one year of the office calendar in the publisher's CSV layout
/// (already decoded to text; a byte-order mark and CRLF line ends are fine).
/// Every day of exactly one year must be there, once.
pub fn parse_office_calendar(text: &str) -> Result<Vec<OfficeDay>, CalendarError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l.trim_end_matches('\r')));
    let header: Vec<&str> = lines
        .next()
        .map(|(_, l)| l.split(',').map(str::trim).collect())
        .unwrap_or_default();
    if header != ["西元日期", "星期", "是否放假", "備註"] {
        return Err(CalendarError::Header);
    }
    let mut days: Vec<OfficeDay> = Vec::with_capacity(366);
    let mut seen = BTreeSet::new();
    for (n, line) in lines.filter(|(_, l)| !l.trim().is_empty()) {
        let day = row(n, line)?;
        if let Some(first) = days.first()
            && first.date.year() != day.date.year()
        {
            return Err(CalendarError::OtherYear(n, day.date, first.date.year()));
        }
        if !seen.insert(day.date) {
            return Err(CalendarError::Duplicate(n, day.date));
        }
        days.push(day);
    }
    let year = days.first().ok_or(CalendarError::Empty)?.date.year();
    let in_year = NaiveDate::from_ymd_opt(year, 12, 31).map_or(365, |d| d.ordinal() as usize);
    if days.len() != in_year {
        return Err(CalendarError::Incomplete(year, days.len(), in_year));
    }
    days.sort_by_key(|d| d.date);
    Ok(days)
}

fn row(n: usize, line: &str) -> Result<OfficeDay, CalendarError> {
    let fields: Vec<&str> = line.splitn(4, ',').map(str::trim).collect();
    let [date, weekday, flag, note] = fields[..] else {
        return Err(CalendarError::Fields(n));
    };
    let date = NaiveDate::parse_from_str(date, "%Y%m%d")
        .ok()
        .filter(|_| date.len() == 8)
        .ok_or_else(|| CalendarError::Date(n, date.to_owned()))?;
    if WEEKDAYS[date.weekday().num_days_from_monday() as usize] != weekday {
        return Err(CalendarError::Weekday(n, weekday.to_owned()));
    }
    let closed = match flag {
        "0" => false,
        "2" => true,
        other => return Err(CalendarError::Flag(n, other.to_owned())),
    };
    Ok(OfficeDay {
        date,
        closed,
        note: note.to_owned(),
    })
}

/// Which days government offices work.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingDays {
    /// Monday-to-Friday days that are closed: national holidays and the
    /// city's own closures.
    pub holidays: BTreeSet<NaiveDate>,
    /// Saturdays and Sundays that are working days (補行上班).
    pub make_up: BTreeSet<NaiveDate>,
    /// The years the office calendar covers.
    pub years: BTreeSet<i32>,
}

impl WorkingDays {
    /// Monday to Friday except `holidays` (no office calendar).
    pub fn new(holidays: impl IntoIterator<Item = NaiveDate>) -> Self {
        Self {
            holidays: holidays.into_iter().collect(),
            ..Self::default()
        }
    }

    /// The office calendar's days, and the city's own closures on top.
    pub fn official(days: &[OfficeDay], closures: impl IntoIterator<Item = NaiveDate>) -> Self {
        let weekend = |d: NaiveDate| matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
        let mut holidays: BTreeSet<NaiveDate> = days
            .iter()
            .filter(|d| d.closed && !weekend(d.date))
            .map(|d| d.date)
            .collect();
        holidays.extend(closures);
        Self {
            holidays,
            make_up: days
                .iter()
                .filter(|d| !d.closed && weekend(d.date))
                .map(|d| d.date)
                .collect(),
            years: days.iter().map(|d| d.date.year()).collect(),
        }
    }

    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        if self.make_up.contains(&day) {
            return true;
        }
        !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !self.holidays.contains(&day)
    }

    /// Whether the office calendar covers `day` (outside it, only weekends
    /// and the city's closures are known).
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.years.contains(&day.year())
    }

    /// The `n`-th working day after `from` (`from` itself when `n` is 0):
    /// a case opened on a Friday with one working day is due on Monday.
    pub fn after(&self, from: NaiveDate, n: u32) -> NaiveDate {
        let mut day = from;
        let mut left = n;
        while left > 0 {
            day += Duration::days(1);
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        day
    }
}

#[cfg(test)]
mod tests;
