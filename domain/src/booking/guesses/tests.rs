use super::*;
use proptest::prelude::*;

#[test]
fn the_fifth_wrong_date_within_an_hour_locks_for_an_hour() {
    let mut g = Guesses::default();
    for i in 0..MAX_WRONG - 1 {
        let a = g.after_wrong(1_000 + i * 60);
        assert!(!a.locked_now && !a.guesses.locked_at(1_000 + i * 60));
        g = a.guesses;
    }
    let a = g.after_wrong(1_500);
    assert!(a.locked_now);
    assert!(a.guesses.locked_at(1_500) && a.guesses.locked_at(1_500 + LOCK_SECONDS - 1));
    assert!(!a.guesses.locked_at(1_500 + LOCK_SECONDS));
    // Wrong dates while locked neither extend the lock nor tell again.
    let again = a.guesses.after_wrong(1_600);
    assert!(!again.locked_now);
    assert_eq!(again.guesses, a.guesses);
}

#[test]
fn wrong_dates_spread_over_more_than_an_hour_do_not_lock() {
    let mut g = Guesses::default();
    for i in 0..20 {
        let a = g.after_wrong(i * (WINDOW_SECONDS / 4 + 1));
        assert!(!a.locked_now, "the {i}th");
        g = a.guesses;
    }
}

proptest! {
    /// However wrong dates come, the count never lets more than
    /// MAX_WRONG of them through in one counting window, so no hour
    /// (which meets at most two windows) holds more than twice that;
    /// and a lock is announced exactly when it starts.
    #[test]
    fn never_more_than_max_wrong_tries_unlocked_in_a_window(gaps in proptest::collection::vec(0i64..2_000, 1..60)) {
        let mut g = Guesses::default();
        let mut now = 0;
        let mut tried: Vec<i64> = Vec::new();
        for gap in gaps {
            now += gap;
            let was_locked = g.locked_at(now);
            let a = g.after_wrong(now);
            if !was_locked {
                tried.push(now);
            }
            prop_assert_eq!(a.locked_now, !was_locked && a.guesses.locked_at(now));
            g = a.guesses;
            let in_hour = tried.iter().filter(|t| now - **t < WINDOW_SECONDS).count() as i64;
            prop_assert!(in_hour <= 2 * MAX_WRONG, "{} tries in an hour", in_hour);
            prop_assert!(g.wrong < MAX_WRONG);
        }
    }
}
