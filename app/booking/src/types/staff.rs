//! The centre's console: opening clinic days.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Opening clinic days one by one (from = to) or by weekly pattern over a range.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpenDaysForm {
    pub from: String,
    pub to: String,
    /// ISO weekdays, 1 = Monday … 7 = Sunday; all days when empty.
    #[serde(default)]
    pub weekdays: Vec<u32>,
    pub quota: u32,
    pub reserved_under3: u32,
    /// Minutes of each discipline's session, by the discipline's name; a
    /// discipline left empty has no session that day.
    #[serde(default)]
    pub minutes: BTreeMap<String, String>,
    pub checkin_time: String,
}

/// How many days were opened, and how many the centre had open already.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Opened {
    pub opened: u32,
    pub skipped: u32,
}
