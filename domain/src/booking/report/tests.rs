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
    use super::super::District;
    const ZHONGLI: District = District::of("Zhongli");
    const TAOYUAN: District = District::of("Taoyuan");
    const BADE: District = District::of("Bade");
    use Service::*;
    let wanted: BTreeSet<Service> = [SpeechTherapy, OccupationalTherapy].into();
    let providers = vec![
        (ZHONGLI, vec![SpeechTherapy, OccupationalTherapy]),
        (TAOYUAN, vec![PhysicalTherapy]),
        (TAOYUAN, vec![SpeechTherapy]),
        (BADE, vec![OccupationalTherapy]),
        (TAOYUAN, vec![SpeechTherapy, OccupationalTherapy, Psychology]),
    ];
    assert_eq!(providers_to_show(&wanted, TAOYUAN, &providers, 10), vec![4, 2, 0, 3]);
    assert_eq!(providers_to_show(&wanted, TAOYUAN, &providers, 2), vec![4, 2]);
    assert!(providers_to_show(&BTreeSet::new(), TAOYUAN, &providers, 10).is_empty());
}
