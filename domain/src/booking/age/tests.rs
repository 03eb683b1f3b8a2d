use super::*;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn a_month_is_complete_on_the_same_day_of_month() {
    assert_eq!(months_and_days(d(2025, 1, 15), d(2025, 2, 14)), (0, 30));
    assert_eq!(months_and_days(d(2025, 1, 15), d(2025, 2, 15)), (1, 0));
    assert_eq!(months_and_days(d(2024, 1, 31), d(2024, 2, 29)), (1, 0));
    assert_eq!(months_and_days(d(2023, 5, 10), d(2026, 5, 9)), (35, 29));
}

#[test]
fn a_child_born_eight_weeks_early_is_counted_from_the_due_date_until_two() {
    let birth = d(2026, 1, 1);
    let due = d(2026, 2, 26); // 56 days early: 32 weeks of gestation
    let age = ChildAge::on(birth, Some(due), d(2026, 8, 26)).unwrap();
    assert_eq!(
        age,
        ChildAge {
            months: 6,
            days: 0,
            corrected: true
        }
    );
    // After the second birthday the chronological age is used.
    let age = ChildAge::on(birth, Some(due), d(2028, 1, 1)).unwrap();
    assert_eq!(
        age,
        ChildAge {
            months: 24,
            days: 0,
            corrected: false
        }
    );
}

#[test]
fn a_child_born_two_weeks_early_is_not_corrected() {
    let age = ChildAge::on(d(2026, 1, 1), Some(d(2026, 1, 15)), d(2026, 7, 1)).unwrap();
    assert!(!age.corrected);
    assert_eq!(age.months, 6);
}

#[test]
fn birth_dates_in_the_future_and_absurd_due_dates_are_refused() {
    assert_eq!(
        ChildAge::on(d(2027, 1, 1), None, d(2026, 1, 1)),
        Err(AgeError::NotBornYet)
    );
    assert_eq!(
        ChildAge::on(d(2026, 1, 1), Some(d(2026, 12, 1)), d(2026, 12, 2)),
        Err(AgeError::ImplausibleDueDate)
    );
}

#[test]
fn under_three_ends_on_the_third_birthday() {
    assert!(is_under_three_on(d(2023, 6, 1), d(2026, 5, 31)));
    assert!(!is_under_three_on(d(2023, 6, 1), d(2026, 6, 1)));
}

proptest! {
    #[test]
    fn adding_the_computed_months_and_days_gets_back_to_the_day(
        from in 0i64..4000, span in 0i64..3000
    ) {
        let a = d(2018, 1, 1) + chrono::Duration::days(from);
        let b = a + chrono::Duration::days(span);
        let (m, days) = months_and_days(a, b);
        prop_assert_eq!(add_months(a, m as i32) + chrono::Duration::days(days as i64), b);
        prop_assert!(add_months(a, m as i32 + 1) > b);
    }

    #[test]
    fn corrected_age_is_never_older_than_chronological_age(
        birth_off in 0i64..2000, early in 0i64..120, on_off in 0i64..3000
    ) {
        let birth = d(2019, 1, 1) + chrono::Duration::days(birth_off);
        let due = birth + chrono::Duration::days(early);
        let on = birth + chrono::Duration::days(on_off);
        let plain = ChildAge::on(birth, None, on).unwrap();
        let corr = ChildAge::on(birth, Some(due), on).unwrap();
        prop_assert!((corr.months, corr.days) <= (plain.months, plain.days));
    }
}
