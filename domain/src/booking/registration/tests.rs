use super::*;
use crate::Named;
use RegistrationStatus as S;
use StaffAction as A;

fn d(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, day).unwrap()
}

#[test]
fn a_stranger_submission_is_flagged_for_what_the_records_hold() {
    assert_eq!(review_for_stranger(false, false), None);
    assert_eq!(review_for_stranger(true, false), Some(Review::Duplicate));
    assert_eq!(review_for_stranger(true, true), Some(Review::Duplicate));
    assert_eq!(review_for_stranger(false, true), Some(Review::RecordedAssessment));
}

#[test]
fn statuses_never_go_backwards() {
    for action in StaffAction::all() {
        for from in [S::Completed, S::NoShow, S::Ineligible, S::Cancelled] {
            assert_eq!(
                staff_transition(from, action, d(10), d(10)),
                Err(TransitionError::WrongStatus)
            );
        }
    }
}

#[test]
fn check_in_happens_on_the_day_and_no_show_not_before_it() {
    assert_eq!(
        staff_transition(S::Confirmed, A::CheckIn, d(10), d(9)),
        Err(TransitionError::NotToday)
    );
    assert_eq!(
        staff_transition(S::Confirmed, A::MarkNoShow, d(10), d(9)),
        Err(TransitionError::BeforeTheDay)
    );
    assert_eq!(
        staff_transition(S::Confirmed, A::MarkNoShow, d(10), d(10)),
        Ok(S::NoShow)
    );
}

#[test]
fn ineligible_and_cancelled_free_the_place() {
    assert!(!S::Ineligible.occupies_place());
    assert!(!S::Cancelled.occupies_place());
    assert!(S::NoShow.occupies_place());
}

#[test]
fn families_change_only_open_registrations_before_the_day_is_over() {
    assert!(family_may_change(S::Confirmed, d(10), d(10)).is_ok());
    assert_eq!(
        family_may_change(S::Confirmed, d(10), d(11)),
        Err(TransitionError::DayPassed)
    );
    assert_eq!(
        family_may_change(S::CheckedIn, d(10), d(10)),
        Err(TransitionError::WrongStatus)
    );
}

#[test]
fn approval_is_needed_from_the_threshold_on_and_never_when_it_is_zero() {
    assert!(!needs_approval(1, 2));
    assert!(needs_approval(2, 2));
    assert!(!needs_approval(5, 0));
}

#[test]
fn status_names_round_trip() {
    for s in RegistrationStatus::all() {
        assert_eq!(RegistrationStatus::parse(s.as_str()), Some(s));
    }
}
