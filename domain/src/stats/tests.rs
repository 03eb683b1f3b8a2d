use super::*;
use proptest::prelude::*;

#[test]
fn bars_scale_to_the_largest_value_or_the_target() {
    let v = [Some(2.0), Some(4.0), None, Some(-1.0)];
    assert_eq!(bar_scale(&v, None, 100.0), (4.0, vec![50.0, 100.0, 0.0, 0.0]));
    assert_eq!(bar_scale(&v, Some(8.0), 100.0).1, vec![25.0, 50.0, 0.0, 0.0]);
    assert_eq!(
        bar_scale(&[Some(0.0), Some(f64::NAN)], None, 100.0),
        (1.0, vec![0.0, 0.0]),
        "nothing to show draws nothing"
    );
}

#[test]
fn periods_of_whole_months() {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let p = Period::parse("2025-12", " 2026-02").unwrap();
    assert_eq!(
        (p.first, p.last, p.end(), p.len()),
        (d(2025, 12, 1), d(2026, 2, 1), d(2026, 3, 1), 3)
    );
    assert_eq!(p.month_starts(), vec![d(2025, 12, 1), d(2026, 1, 1), d(2026, 2, 1)]);
    assert!(p.contains(d(2026, 2, 28)) && !p.contains(d(2026, 3, 1)) && !p.contains(d(2025, 11, 30)));
    assert_eq!(Period::parse("2026-02", "2025-12"), Err(PeriodError::Reversed));
    assert_eq!(Period::parse("2026-13", "2026-12"), Err(PeriodError::Unreadable));
    assert_eq!(Period::parse("x", "2026-12"), Err(PeriodError::Unreadable));
    assert_eq!(Period::parse("2020-01", "2024-12").map(|p| p.len()), Ok(60));
    assert_eq!(Period::parse("2020-01", "2025-01"), Err(PeriodError::TooLong));
    let last = Period::last_months(d(2026, 11, 27), 12);
    assert_eq!(
        (last.first, last.last, last.len()),
        (d(2025, 12, 1), d(2026, 11, 1), 12)
    );
    assert_eq!(Period::last_months(d(2026, 11, 27), 0).len(), 1);
    let today = d(2026, 11, 27);
    assert_eq!(Period::from_form(today, "", ""), Ok(last));
    assert_eq!(Period::from_form(today, " ", "2026-11"), Ok(last));
    assert_eq!(Period::from_form(today, "2025-12", ""), Ok(last));
    assert_eq!(Period::from_form(today, "2026-12", ""), Err(PeriodError::Reversed));
    assert_eq!(
        week_of(d(2026, 11, 29)),
        d(2026, 11, 23),
        "a Sunday belongs to the week of the Monday before"
    );
    assert_eq!(week_of(d(2026, 11, 23)), d(2026, 11, 23));
    assert_eq!(mean(&[1.0, 2.0, 6.0]), Some(3.0));
    assert_eq!(mean(&[]), None);
}

#[test]
fn nearest_rank_on_a_known_list() {
    let v = [15.0, 20.0, 35.0, 40.0, 50.0];
    assert_eq!(nearest_rank(&v, 0.05), Some(15.0));
    assert_eq!(nearest_rank(&v, 0.3), Some(20.0));
    assert_eq!(nearest_rank(&v, 0.4), Some(20.0));
    assert_eq!(nearest_rank(&v, 0.5), Some(35.0));
    assert_eq!(nearest_rank(&v, 0.9), Some(50.0));
    assert_eq!(nearest_rank(&v, 1.0), Some(50.0));
    assert_eq!(nearest_rank(&[], 0.5), None);
    assert_eq!(nearest_rank(&v, 0.0), None);
    assert_eq!(nearest_rank(&[1.0, f64::NAN], 0.5), None);
}

#[test]
fn small_cells_are_suppressed_at_their_edges() {
    assert_eq!(publish(0), Cell::Shown(0));
    assert_eq!(publish(1), Cell::Suppressed);
    assert_eq!(publish(4), Cell::Suppressed);
    assert_eq!(publish(5), Cell::Shown(5));
    assert_eq!(publish_share(5, 10), Some(0.5));
    assert_eq!(publish_share(4, 10), None, "the part is small");
    assert_eq!(publish_share(6, 10), None, "the rest is small");
    assert_eq!(publish_share(0, 10), Some(0.0));
    assert_eq!(publish_share(10, 10), Some(1.0));
    assert_eq!(publish_share(2, 4), None, "the whole is small");
    assert_eq!(publish_share(0, 0), None);
    assert_eq!(share(3, 4), Some(0.75));
    assert_eq!(share(0, 0), None);
}

proptest! {
    /// A higher percentile is never lower, and every percentile is one of the values.
    #[test]
    fn percentiles_rise_with_p(v in proptest::collection::vec(0.0f64..400.0, 1..50), a in 0.01f64..=1.0, b in 0.01f64..=1.0) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let (x, y) = (nearest_rank(&v, lo).unwrap(), nearest_rank(&v, hi).unwrap());
        prop_assert!(x <= y);
        prop_assert!(v.contains(&x) && v.contains(&y));
    }

    /// A published share never describes fewer than five, on either side.
    #[test]
    fn a_published_share_hides_every_small_group(part in 0usize..40, whole in 0usize..40) {
        if publish_share(part, whole).is_some() {
            let part = part.min(whole);
            prop_assert!(whole >= MIN_CELL);
            prop_assert!(part == 0 || part >= MIN_CELL);
            prop_assert!(whole - part == 0 || whole - part >= MIN_CELL);
        }
    }
}

#[test]
fn figures_are_shown_to_two_significant_figures() {
    assert_eq!(two_significant(1.527523), 1.5);
    assert_eq!(two_significant(0.312118), 0.31);
    assert_eq!(two_significant(0.0947), 0.095);
    assert_eq!(two_significant(12.49), 12.0);
    assert_eq!(two_significant(0.996), 1.0);
    assert_eq!(two_significant(0.0), 0.0);
}
