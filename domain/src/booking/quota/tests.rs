use super::*;
use proptest::prelude::*;

#[test]
fn a_quota_from_the_wire_is_checked_like_a_new_one() {
    let ok: Quota = serde_json::from_str(r#"{"total":12,"reserved_under3":4}"#).expect("valid");
    assert_eq!(ok.general(), 8);
    for bad in [
        r#"{"total":3,"reserved_under3":5}"#,
        r#"{"total":0,"reserved_under3":0}"#,
        r#"{"total":61,"reserved_under3":0}"#,
    ] {
        assert!(serde_json::from_str::<Quota>(bad).is_err(), "{bad}");
    }
}

#[test]
fn a_child_under_three_uses_the_reserve_first_then_general_places() {
    let q = Quota::new(3, 1).unwrap();
    let mut o = Occupancy::default();
    assert_eq!(pool_for(q, o, true), Some(Pool::Reserved));
    assert!(o.take(q, Pool::Reserved));
    assert_eq!(pool_for(q, o, true), Some(Pool::General));
}

#[test]
fn an_older_child_may_not_use_the_reserved_places() {
    let q = Quota::new(2, 1).unwrap();
    let mut o = Occupancy::default();
    assert!(o.take(q, Pool::General));
    assert_eq!(pool_for(q, o, false), None);
    assert_eq!(pool_for(q, o, true), Some(Pool::Reserved));
    assert_eq!(
        places_left(q, o),
        PlacesLeft {
            general: 0,
            reserved: 1
        }
    );
}

#[test]
fn impossible_quotas_are_refused() {
    assert_eq!(Quota::new(0, 0), Err(QuotaError::NoPlaces));
    assert_eq!(Quota::new(4, 5), Err(QuotaError::ReserveExceedsTotal));
    assert_eq!(Quota::new(MAX_PLACES_PER_DAY + 1, 0), Err(QuotaError::TooMany));
}

#[test]
fn shrinking_below_the_places_taken_is_refused() {
    let o = Occupancy {
        general: 3,
        reserved: 1,
    };
    assert!(can_resize(Quota::new(4, 1).unwrap(), o).is_ok());
    assert_eq!(
        can_resize(Quota::new(3, 1).unwrap(), o),
        Err(ShrinkRefused {
            taken_general: 3,
            taken_reserved: 1
        })
    );
    assert!(can_resize(Quota::new(4, 0).unwrap(), o).is_err());
}

#[derive(Clone, Debug)]
enum Op {
    Take { under3: bool },
    Release(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        any::<bool>().prop_map(|under3| Op::Take { under3 }),
        any::<usize>().prop_map(Op::Release),
    ]
}

proptest! {
    // Holds, expiries, cancellations and reschedules all reduce to taking
    // and releasing places; whatever their order, no pool ever overflows.
    #[test]
    fn the_quota_is_never_exceeded_whatever_the_sequence(
        total in 1u32..12, reserved in 0u32..12, ops in proptest::collection::vec(op(), 0..200)
    ) {
        let q = Quota::new(total, reserved.min(total)).unwrap();
        let mut o = Occupancy::default();
        let mut held: Vec<Pool> = Vec::new();
        for op in ops {
            match op {
                Op::Take { under3 } => {
                    let before = places_left(q, o).for_child(under3);
                    match pool_for(q, o, under3) {
                        Some(p) => {
                            prop_assert!(o.take(q, p));
                            prop_assert!(under3 || p == Pool::General);
                            held.push(p);
                        }
                        None => prop_assert_eq!(before, 0),
                    }
                }
                Op::Release(i) if !held.is_empty() => {
                    let p = held.swap_remove(i % held.len());
                    o.release(p);
                }
                Op::Release(_) => {}
            }
            prop_assert!(o.general <= q.general());
            prop_assert!(o.reserved <= q.reserved_under3());
            prop_assert_eq!(o.total() as usize, held.len());
        }
    }
}
