//! What follows a joint assessment (brief, pipeline steps 4 and 5): the
//! team's report, written some weeks after the visit, gives a re-assessment
//! date (the report is valid until then) and recommends services. The centre
//! records them; the family sees them with what each service means, and when
//! it may book the re-assessment (the triage's rule: 12 months after the
//! visit, and not before two months ahead of the re-assessment date).

use super::age::add_months;
use super::triage::{PreviousAssessment, earliest_after};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

crate::named::closed_set! {
    /// The services a report may recommend.
    #[derive(PartialOrd, Ord)]
    pub enum Service {
        PhysicalTherapy,
        OccupationalTherapy,
        SpeechTherapy,
        Psychology,
        SpecialEducation,
        FollowUpClinic,
    }
}

/// The longest note the centre adds for the family.
pub const MAX_NOTE_CHARS: usize = 500;
/// A report suggests a re-assessment within this many months.
const MAX_REASSESS_MONTHS: i32 = 36;

/// A report as the centre recorded it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub written_on: NaiveDate,
    pub reassess_on: NaiveDate,
    pub services: BTreeSet<Service>,
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum ReportError {
    #[error("the report is dated before the assessment")]
    BeforeVisit,
    #[error("the report is dated in the future")]
    InFuture,
    #[error("the re-assessment date is not after the report, or more than three years after it")]
    ReassessOutOfRange,
    #[error("the note is too long")]
    NoteTooLong,
}

impl Report {
    /// A report of the assessment on `visit`, recorded on `today`.
    pub fn new(
        visit: NaiveDate,
        today: NaiveDate,
        written_on: NaiveDate,
        reassess_on: NaiveDate,
        services: BTreeSet<Service>,
        note: &str,
    ) -> Result<Report, ReportError> {
        if written_on < visit {
            return Err(ReportError::BeforeVisit);
        }
        if written_on > today {
            return Err(ReportError::InFuture);
        }
        if reassess_on <= written_on || reassess_on > add_months(written_on, MAX_REASSESS_MONTHS) {
            return Err(ReportError::ReassessOutOfRange);
        }
        let note = note.trim();
        if note.chars().count() > MAX_NOTE_CHARS {
            return Err(ReportError::NoteTooLong);
        }
        Ok(Report {
            written_on,
            reassess_on,
            services,
            note: note.to_owned(),
        })
    }

    /// The first day the child may be booked again, after the visit on `visit`.
    pub fn rebook_from(&self, visit: NaiveDate) -> NaiveDate {
        earliest_after(&PreviousAssessment {
            assessed_on: visit,
            reassess_on: Some(self.reassess_on),
        })
    }
}

/// Which therapy providers a family is shown after its report: those that
/// offer at least one recommended service, the ones in `district` (where the
/// family was assessed) first, then those offering more of the services,
/// at most `limit`. `providers` gives each provider's district and
/// services; the answer is their positions, in the order to show.
pub fn providers_to_show(
    wanted: &BTreeSet<Service>,
    district: super::District,
    providers: &[(super::District, Vec<Service>)],
    limit: usize,
) -> Vec<usize> {
    let mut matching: Vec<(bool, usize, usize)> = providers
        .iter()
        .enumerate()
        .filter_map(|(i, (d, offered))| {
            let covered = offered.iter().filter(|s| wanted.contains(s)).count();
            (covered > 0).then_some((*d != district, usize::MAX - covered, i))
        })
        .collect();
    matching.sort();
    matching.into_iter().take(limit).map(|(_, _, i)| i).collect()
}

#[cfg(test)]
mod tests;
