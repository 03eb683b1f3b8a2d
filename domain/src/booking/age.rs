use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A child's age on a given day, in whole months and the days beyond them.
/// For a child born preterm the age is counted from the due date ("corrected
/// age") until the child is two years old, as developmental checklists do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildAge {
    pub months: u32,
    pub days: u32,
    pub corrected: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum AgeError {
    #[error("the birth date is in the future")]
    NotBornYet,
    #[error("the due date is not plausible for this birth date")]
    ImplausibleDueDate,
}

/// A full term is 40 weeks; before 37 weeks a birth is preterm (WHO).
const TERM_DAYS: i64 = 280;
const PRETERM_BEFORE_DAYS: i64 = 37 * 7;
/// The triage fast-tracks births before 36 weeks (the brief's "under about 35-36 weeks").
const HIGH_RISK_BEFORE_DAYS: i64 = 36 * 7;
/// Corrected age is used until the second birthday.
const CORRECT_UNTIL_MONTHS: u32 = 24;

/// Whole months from `from` to `to` (0 if `to` is earlier), and the days left over.
/// A month is complete on the same day-of-month, or on the last day of a shorter month.
pub fn months_and_days(from: NaiveDate, to: NaiveDate) -> (u32, u32) {
    if to <= from {
        return (0, 0);
    }
    let mut months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    if add_months(from, months) > to {
        months -= 1;
    }
    let months = months.max(0) as u32;
    let anchor = add_months(from, months as i32);
    (months, (to - anchor).num_days().max(0) as u32)
}

/// `date` moved by `months`, clamped to the end of the month (31 Jan + 1 month = 28/29 Feb).
pub fn add_months(date: NaiveDate, months: i32) -> NaiveDate {
    let total = date.year() * 12 + date.month0() as i32 + months;
    let (y, m0) = (total.div_euclid(12), total.rem_euclid(12) as u32);
    let mut day = date.day();
    loop {
        if let Some(d) = NaiveDate::from_ymd_opt(y, m0 + 1, day) {
            return d;
        }
        day -= 1;
    }
}

/// Gestational age at birth in days, from the due date.
pub fn gestation_days(birth: NaiveDate, due: NaiveDate) -> i64 {
    TERM_DAYS - (due - birth).num_days()
}

pub fn check_due_date(birth: NaiveDate, due: NaiveDate) -> Result<(), AgeError> {
    // Between 22 and 43 weeks of gestation.
    let g = gestation_days(birth, due);
    if (22 * 7..=43 * 7).contains(&g) {
        Ok(())
    } else {
        Err(AgeError::ImplausibleDueDate)
    }
}

pub fn is_preterm(birth: NaiveDate, due: Option<NaiveDate>) -> bool {
    due.is_some_and(|d| gestation_days(birth, d) < PRETERM_BEFORE_DAYS)
}

pub fn is_very_preterm_for_triage(birth: NaiveDate, due: Option<NaiveDate>) -> bool {
    due.is_some_and(|d| gestation_days(birth, d) < HIGH_RISK_BEFORE_DAYS)
}

impl ChildAge {
    pub fn on(birth: NaiveDate, due: Option<NaiveDate>, day: NaiveDate) -> Result<Self, AgeError> {
        if birth > day {
            return Err(AgeError::NotBornYet);
        }
        if let Some(d) = due {
            check_due_date(birth, d)?;
        }
        let (months, days) = months_and_days(birth, day);
        if months < CORRECT_UNTIL_MONTHS && is_preterm(birth, due) {
            let due = due.unwrap_or(birth);
            let (cm, cd) = months_and_days(due, day);
            return Ok(Self {
                months: cm,
                days: cd,
                corrected: true,
            });
        }
        Ok(Self {
            months,
            days,
            corrected: false,
        })
    }

    pub fn years(&self) -> u32 {
        self.months / 12
    }
}

/// Places reserved for under-3s go by chronological age on the clinic day:
/// the reserve exists because the window for early intervention closes with time.
pub fn is_under_three_on(birth: NaiveDate, day: NaiveDate) -> bool {
    birth <= day && months_and_days(birth, day).0 < 36
}

#[cfg(test)]
mod tests;
