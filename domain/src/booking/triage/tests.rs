use super::*;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn input(birth: NaiveDate, domains: &[ProblemDomain]) -> TriageInput {
    TriageInput {
        birth_date: birth,
        due_date: None,
        previous: None,
        high_risk: BTreeSet::new(),
        domains: domains.iter().copied().collect(),
    }
}

const TODAY: fn() -> NaiveDate = || d(2026, 11, 26);

#[test]
fn two_problem_domains_lead_to_a_joint_assessment_bookable_from_tomorrow() {
    let i = input(d(2024, 3, 1), &[ProblemDomain::Motor, ProblemDomain::LanguageSpeech]);
    match triage(&i, TODAY()) {
        TriageOutcome::JointAssessment { fast_track, window, .. } => {
            assert!(!fast_track);
            assert_eq!(window.earliest, d(2026, 11, 27));
            assert_eq!(window.latest, d(2030, 5, 31));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn exactly_one_domain_is_referred_to_the_single_specialty_clinic() {
    let cases = [
        (ProblemDomain::Motor, SpecialtyClinic::Rehabilitation),
        (ProblemDomain::LanguageSpeech, SpecialtyClinic::Rehabilitation),
        (ProblemDomain::CognitionSocial, SpecialtyClinic::ChildPsychiatry),
        (ProblemDomain::Growth, SpecialtyClinic::GeneticsMetabolism),
    ];
    for (domain, clinic) in cases {
        let i = input(d(2024, 3, 1), &[domain]);
        assert_eq!(triage(&i, TODAY()), TriageOutcome::SingleSpecialty { domain, clinic });
    }
}

#[test]
fn no_domain_and_no_risk_means_no_booking_yet() {
    assert_eq!(triage(&input(d(2024, 3, 1), &[]), TODAY()), TriageOutcome::NoConcern);
}

#[test]
fn a_high_risk_child_is_fast_tracked_even_with_one_domain() {
    let mut i = input(d(2025, 3, 1), &[ProblemDomain::Motor]);
    i.high_risk.insert(HighRisk::Epilepsy);
    assert!(matches!(
        triage(&i, TODAY()),
        TriageOutcome::JointAssessment { fast_track: true, .. }
    ));
}

#[test]
fn a_birth_before_36_weeks_counts_as_high_risk_by_itself() {
    let mut i = input(d(2026, 1, 1), &[]);
    i.due_date = Some(d(2026, 2, 26)); // 32 weeks
    match triage(&i, TODAY()) {
        TriageOutcome::JointAssessment {
            fast_track,
            high_risk,
            age,
            ..
        } => {
            assert!(fast_track);
            assert!(high_risk.contains(&HighRisk::PretermBirth));
            assert!(age.corrected);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn children_who_start_school_in_september_may_book_until_the_end_of_may() {
    // Born 1 Sept 2020: six on 1 Sept 2026, so in school since; too late.
    let late = input(d(2020, 9, 1), &[ProblemDomain::Motor, ProblemDomain::Growth]);
    assert_eq!(
        triage(&late, TODAY()),
        TriageOutcome::NotEligible(Ineligible::SchoolAge {
            last_day: d(2026, 5, 31)
        })
    );
    // Born 2 Sept 2020: starts school in Sept 2027, may book until 31 May 2027.
    let ok = input(d(2020, 9, 2), &[ProblemDomain::Motor, ProblemDomain::Growth]);
    assert_eq!(triage(&ok, TODAY()).window().map(|w| w.latest), Some(d(2027, 5, 31)));
}

#[test]
fn a_repeat_within_twelve_months_moves_the_first_bookable_day() {
    let mut i = input(d(2023, 3, 1), &[ProblemDomain::Motor, ProblemDomain::LanguageSpeech]);
    i.previous = Some(PreviousAssessment {
        assessed_on: d(2026, 3, 10),
        reassess_on: None,
    });
    match triage(&i, TODAY()) {
        TriageOutcome::JointAssessment {
            window,
            waiting_for_repeat_rule,
            ..
        } => {
            assert_eq!(window.earliest, d(2027, 3, 10));
            assert!(waiting_for_repeat_rule);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_reassessment_opens_two_months_before_the_reports_date() {
    let mut i = input(d(2023, 3, 1), &[ProblemDomain::Motor, ProblemDomain::LanguageSpeech]);
    i.previous = Some(PreviousAssessment {
        assessed_on: d(2025, 6, 1),
        reassess_on: Some(d(2027, 2, 15)),
    });
    assert_eq!(triage(&i, TODAY()).window().map(|w| w.earliest), Some(d(2026, 12, 15)));
}

#[test]
fn a_repeat_rule_that_reaches_past_school_age_makes_the_child_ineligible() {
    let mut i = input(d(2020, 10, 1), &[ProblemDomain::Motor, ProblemDomain::LanguageSpeech]);
    i.previous = Some(PreviousAssessment {
        assessed_on: d(2026, 9, 1),
        reassess_on: None,
    });
    assert_eq!(
        triage(&i, TODAY()),
        TriageOutcome::NotEligible(Ineligible::AssessedRecently { from: d(2027, 9, 1) })
    );
}

#[test]
fn future_birth_dates_are_not_eligible() {
    let i = input(d(2027, 1, 1), &[ProblemDomain::Motor, ProblemDomain::LanguageSpeech]);
    assert_eq!(triage(&i, TODAY()), TriageOutcome::NotEligible(Ineligible::NotBornYet));
}

#[test]
fn the_chosen_day_is_checked_against_the_window_on_submission() {
    let i = input(d(2024, 3, 1), &[ProblemDomain::Motor, ProblemDomain::LanguageSpeech]);
    assert!(may_book_on(&i, TODAY(), d(2026, 12, 3)).is_ok());
    assert!(matches!(
        may_book_on(&i, TODAY(), TODAY()),
        Err(DayRefusal::OutsideWindow(_))
    ));
    let single = input(d(2024, 3, 1), &[ProblemDomain::Motor]);
    assert_eq!(
        may_book_on(&single, TODAY(), d(2026, 12, 3)),
        Err(DayRefusal::NoJointAssessmentNeeded)
    );
}

proptest! {
    #[test]
    fn any_window_offered_lies_between_tomorrow_and_school_age(
        birth_off in 0i64..2600, prev_off in proptest::option::of(0i64..700),
        reassess in proptest::option::of(0i64..900),
    ) {
        let today = TODAY();
        let birth = today - chrono::Duration::days(birth_off);
        let mut i = input(birth, &[ProblemDomain::Motor, ProblemDomain::CognitionSocial]);
        i.previous = prev_off.map(|p| PreviousAssessment {
            assessed_on: today - chrono::Duration::days(p),
            reassess_on: reassess.map(|r| today - chrono::Duration::days(p) + chrono::Duration::days(r)),
        });
        if let Some(w) = triage(&i, today).window() {
            prop_assert!(w.earliest > today);
            prop_assert!(w.earliest <= w.latest);
            prop_assert!(w.latest == last_preschool_booking_day(birth));
            if let Some(p) = &i.previous {
                prop_assert!(w.earliest >= add_months(p.assessed_on, 12));
            }
        }
    }
}

#[test]
fn the_recorded_assessment_counts_when_it_is_the_later_one() {
    let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    let input = |previous| TriageInput {
        birth_date: d("2023-05-01"),
        due_date: None,
        previous,
        high_risk: BTreeSet::new(),
        domains: [ProblemDomain::Motor, ProblemDomain::LanguageSpeech].into(),
    };
    let recorded = PreviousAssessment {
        assessed_on: d("2026-06-10"),
        reassess_on: Some(d("2027-06-10")),
    };
    let declared_older = PreviousAssessment {
        assessed_on: d("2025-01-10"),
        reassess_on: None,
    };
    // Nothing declared: the recorded one counts, and the repeat rule with it.
    let with = input(None).with_recorded(Some(recorded));
    assert_eq!(with.previous, Some(recorded));
    let today = d("2026-11-28");
    assert!(matches!(
        triage(&with, today),
        TriageOutcome::NotEligible(Ineligible::AssessedRecently { .. })
            | TriageOutcome::JointAssessment {
                waiting_for_repeat_rule: true,
                ..
            }
    ));
    // An older declaration does not hide the recorded assessment.
    assert_eq!(
        input(Some(declared_older)).with_recorded(Some(recorded)).previous,
        Some(recorded)
    );
    // A later declaration (an assessment elsewhere) stands.
    let declared_later = PreviousAssessment {
        assessed_on: d("2026-09-01"),
        reassess_on: None,
    };
    assert_eq!(
        input(Some(declared_later)).with_recorded(Some(recorded)).previous,
        Some(declared_later)
    );
    // The same day: the recorded re-assessment date fills the gap.
    let same_day = PreviousAssessment {
        assessed_on: d("2026-06-10"),
        reassess_on: None,
    };
    assert_eq!(
        input(Some(same_day)).with_recorded(Some(recorded)).previous,
        Some(recorded)
    );
    assert_eq!(input(None).with_recorded(None).previous, None);
}
