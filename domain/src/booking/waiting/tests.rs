use super::*;

/// The brief's target: 80 % within 30 days.
const T: Targets = Targets { days: 30, share: 0.8 };
use proptest::prelude::*;

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn wait(referred: Option<NaiveDate>, registered: NaiveDate, assessed: Option<NaiveDate>) -> Wait {
    Wait {
        referred,
        registered,
        assessed,
        first: true,
    }
}

#[test]
fn the_wait_starts_at_the_referral_where_there_is_one() {
    let w = wait(Some(day(3, 1)), day(3, 10), Some(day(3, 31)));
    assert_eq!(w.start(), day(3, 1));
    assert_eq!(w.days(), Some(30));
    assert_eq!(w.within_target(T), Some(true), "day 30 is within");
    let w = wait(Some(day(3, 1)), day(3, 10), Some(day(4, 1)));
    assert_eq!((w.days(), w.within_target(T)), (Some(31), Some(false)), "day 31 is not");
    let w = wait(None, day(3, 10), Some(day(3, 20)));
    assert_eq!((w.start(), w.days()), (day(3, 10), Some(10)));
    // A family that registered before the referral arrived waits from its registration.
    assert_eq!(wait(Some(day(3, 20)), day(3, 10), None).start(), day(3, 10));
}

#[test]
fn a_child_not_yet_assessed_is_overdue_after_thirty_days() {
    let w = wait(None, day(3, 1), None);
    assert_eq!(w.days(), None);
    assert!(!w.overdue_on(day(3, 31), T));
    assert!(w.overdue_on(day(4, 1), T));
    assert!(
        !wait(None, day(3, 1), Some(day(5, 1))).overdue_on(day(6, 1), T),
        "assessed, however late"
    );
}

#[test]
fn figures_count_first_assessments_only() {
    let mut re = wait(None, day(1, 1), Some(day(6, 1)));
    re.first = false;
    let waits = [
        wait(None, day(1, 1), Some(day(1, 11))), // 10
        wait(None, day(1, 1), Some(day(1, 21))), // 20
        wait(None, day(1, 1), Some(day(1, 31))), // 30
        wait(None, day(1, 1), Some(day(2, 10))), // 40
        wait(None, day(1, 1), Some(day(3, 2))),  // 60
        wait(None, day(1, 1), None),             // waiting
        re,
    ];
    let f = figures(&waits, T);
    assert_eq!((f.assessed, f.within), (5, 3));
    assert_eq!(f.share_within, Some(0.6));
    assert_eq!(f.median_days, Some(30.0));
    assert_eq!(f.p90_days, Some(60.0));
    let none = figures(&[], T);
    assert_eq!((none.assessed, none.share_within, none.median_days), (0, None, None));
}

#[test]
fn months_run_from_first_to_last_with_empty_ones() {
    let waits = [
        wait(None, day(1, 1), Some(day(1, 11))),
        wait(None, day(1, 1), Some(day(3, 2))),
    ];
    let m = by_month(&waits, day(1, 15), day(3, 31), T);
    assert_eq!(
        m.iter().map(|(d, _)| *d).collect::<Vec<_>>(),
        vec![day(1, 1), day(2, 1), day(3, 1)]
    );
    assert_eq!(m.iter().map(|(_, f)| f.assessed).collect::<Vec<_>>(), vec![1, 0, 1]);
    assert_eq!(m[0].1.share_within, Some(1.0));
    assert_eq!(m[2].1.share_within, Some(0.0));
}

proptest! {
    /// The month-by-month counts add up to the whole period's, and every
    /// share lies between 0 and 1.
    #[test]
    fn months_add_up(waits in proptest::collection::vec((0i64..300, 0i64..200, any::<bool>(), any::<bool>()), 0..60)) {
        let base = day(1, 1);
        let waits: Vec<Wait> = waits
            .into_iter()
            .map(|(start, len, assessed, first)| Wait {
                referred: None,
                registered: base + chrono::Duration::days(start),
                assessed: assessed.then(|| base + chrono::Duration::days(start + len)),
                first,
            })
            .collect();
        let whole = figures(&waits, T);
        let months = by_month(&waits, base, base + chrono::Duration::days(500), T);
        prop_assert_eq!(months.iter().map(|(_, f)| f.assessed).sum::<usize>(), whole.assessed);
        prop_assert_eq!(months.iter().map(|(_, f)| f.within).sum::<usize>(), whole.within);
        for (_, f) in &months {
            prop_assert!(f.share_within.is_none_or(|s| (0.0..=1.0).contains(&s)));
            prop_assert!(f.median_days.zip(f.p90_days).is_none_or(|(m, p)| m <= p));
        }
    }
}
