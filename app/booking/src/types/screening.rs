//! The self-screening checklist, in progress or finished.

use chrono::NaiveDate;

use serde::{Deserialize, Serialize};

/// A self-screening in progress: the child's band (the questions are the
/// band's, from the domain), whether the age is corrected, what was answered,
/// and the result once every item is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScreeningView {
    pub band: domain::booking::screening::Band,
    pub corrected: bool,
    pub answers: domain::booking::screening::Answers,
    pub outcome: Option<domain::booking::screening::Outcome>,
}

/// A finished self-screening a family attaches to a referral of its child.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachedScreening {
    pub birth: NaiveDate,
    pub band: domain::booking::screening::Band,
    pub outcome: domain::booking::screening::Outcome,
}
