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
mod tests {
    use super::*;
    use crate::Named;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_report_is_dated_between_the_visit_and_today_and_looks_ahead() {
        let (visit, today) = (d("2026-10-05"), d("2026-11-28"));
        let services = BTreeSet::from([Service::SpeechTherapy, Service::OccupationalTherapy]);
        let ok = Report::new(
            visit,
            today,
            d("2026-11-02"),
            d("2027-11-02"),
            services.clone(),
            "  Weekly speech therapy.  ",
        );
        assert_eq!(ok.as_ref().map(|r| r.note.as_str()), Ok("Weekly speech therapy."));
        assert_eq!(
            Report::new(visit, today, d("2026-10-04"), d("2027-11-02"), services.clone(), ""),
            Err(ReportError::BeforeVisit)
        );
        assert_eq!(
            Report::new(visit, today, d("2026-11-29"), d("2027-11-02"), services.clone(), ""),
            Err(ReportError::InFuture)
        );
        for reassess in ["2026-11-02", "2026-10-30", "2029-11-03"] {
            assert_eq!(
                Report::new(visit, today, d("2026-11-02"), d(reassess), services.clone(), ""),
                Err(ReportError::ReassessOutOfRange),
                "{reassess}"
            );
        }
        assert!(Report::new(visit, today, d("2026-11-02"), d("2029-11-02"), BTreeSet::new(), "").is_ok());
        let long = "字".repeat(MAX_NOTE_CHARS + 1);
        assert_eq!(
            Report::new(visit, today, d("2026-11-02"), d("2027-11-02"), services, &long),
            Err(ReportError::NoteTooLong)
        );
        assert_eq!(Service::all().count(), 6);
        assert_eq!(Service::SpecialEducation.as_str(), "special_education");
    }

    #[test]
    fn the_re_assessment_may_be_booked_two_months_ahead_but_not_within_a_year() {
        let visit = d("2026-10-05");
        let report = |reassess: &str| Report {
            written_on: d("2026-11-02"),
            reassess_on: d(reassess),
            services: BTreeSet::new(),
            note: String::new(),
        };
        // Re-assess in 18 months: from two months before.
        assert_eq!(report("2028-04-05").rebook_from(visit), d("2028-02-05"));
        // Re-assess in 6 months: the 12-month rule still holds.
        assert_eq!(report("2027-04-05").rebook_from(visit), d("2027-10-05"));
    }

    #[test]
    fn providers_offering_a_recommended_service_are_shown_nearest_first() {
        use super::super::District::*;
        use Service::*;
        let wanted: BTreeSet<Service> = [SpeechTherapy, OccupationalTherapy].into();
        let providers = vec![
            (Zhongli, vec![SpeechTherapy, OccupationalTherapy]),
            (Taoyuan, vec![PhysicalTherapy]),
            (Taoyuan, vec![SpeechTherapy]),
            (Bade, vec![OccupationalTherapy]),
            (Taoyuan, vec![SpeechTherapy, OccupationalTherapy, Psychology]),
        ];
        assert_eq!(providers_to_show(&wanted, Taoyuan, &providers, 10), vec![4, 2, 0, 3]);
        assert_eq!(providers_to_show(&wanted, Taoyuan, &providers, 2), vec![4, 2]);
        assert!(providers_to_show(&BTreeSet::new(), Taoyuan, &providers, 10).is_empty());
    }
}
