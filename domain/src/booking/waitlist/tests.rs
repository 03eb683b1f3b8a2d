use super::*;
use crate::Named;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

const DAY: &str = "2026-12-10";

fn entry(id: i64, joined_at: i64, age_days: i64, first: bool, wish: WishedPlace) -> Waiting {
    Waiting {
        id,
        joined_at,
        birth_date: d(DAY) - chrono::Duration::days(age_days),
        first_assessment: first,
        wish: Wish {
            place: wish,
            from: d("2026-12-01"),
        },
    }
}

fn place(centre: i64, district: District, pool: Pool) -> FreedPlace {
    FreedPlace {
        centre,
        district,
        day: d(DAY),
        pool,
    }
}

#[test]
fn under_threes_then_first_assessments_then_first_come() {
    let c = WishedPlace::Centre(1);
    let old_first = entry(1, 100, 4 * 365, true, c.clone());
    let old_repeat = entry(2, 50, 4 * 365, false, c.clone());
    let young_late = entry(3, 900, 400, true, c.clone());
    let old_first_later = entry(4, 200, 4 * 365, true, c);
    let all = [old_first.clone(), old_repeat, young_late, old_first_later];
    let p = place(1, District::of("Taoyuan"), Pool::General);
    let none = BTreeSet::new();
    assert_eq!(next_in_line(&all, &p, &none).map(|w| w.id), Some(3));
    assert_eq!(next_in_line(&all, &p, &BTreeSet::from([3])).map(|w| w.id), Some(1));
    assert_eq!(next_in_line(&all, &p, &BTreeSet::from([3, 1])).map(|w| w.id), Some(4));
    assert_eq!(
        next_in_line(&all, &p, &BTreeSet::from([3, 1, 4])).map(|w| w.id),
        Some(2)
    );
    assert_eq!(position(&all, 2, p.day), Some(4));
    assert_eq!(position(&all, 3, p.day), Some(1));
    assert_eq!(position(&all, 9, p.day), None);
}

#[test]
fn a_place_goes_only_to_a_wish_it_matches() {
    let by_district = entry(
        1,
        1,
        400,
        true,
        WishedPlace::Districts(BTreeSet::from([District::of("Zhongli")])),
    );
    assert!(by_district.matches(&place(7, District::of("Zhongli"), Pool::General)));
    assert!(!by_district.matches(&place(7, District::of("Taoyuan"), Pool::General)));
    // Before the family can come: no.
    let mut early = place(7, District::of("Zhongli"), Pool::General);
    early.day = d("2026-11-30");
    assert!(!by_district.matches(&early));
    // The under-3 reserve only for a child under three on the day.
    let older = entry(2, 1, 4 * 365, true, WishedPlace::Centre(7));
    assert!(!older.matches(&place(7, District::of("Zhongli"), Pool::Reserved)));
    assert!(older.matches(&place(7, District::of("Zhongli"), Pool::General)));
    assert!(entry(3, 1, 400, true, WishedPlace::Centre(7)).matches(&place(7, District::of("Zhongli"), Pool::Reserved)));
}

#[test]
fn one_offer_per_family_and_a_declined_place_goes_to_the_next_in_line() {
    let mut list = Waitlist::default();
    for (id, joined) in [(1, 10), (2, 20)] {
        list.waiting
            .insert(id, entry(id, joined, 4 * 365, true, WishedPlace::Centre(1)));
    }
    let p = place(1, District::of("Taoyuan"), Pool::General);
    assert_eq!(list.free(100, &p), Some(1));
    // A second freed place goes to the next family: one offer each.
    assert_eq!(list.free(101, &p), Some(2));
    assert_eq!(list.answer(100, &p, Answered::Declined), None);
    assert_eq!(list.offers.get(&100), None);
    assert_eq!(list.answer(101, &p, Answered::Accepted), None);
    assert!(!list.waiting.contains_key(&2));
    // Freed again later, the place is offered in line again.
    assert_eq!(list.free(100, &p), Some(1));
    assert_eq!(list.free(100, &p), None, "a place is offered to one family at a time");
}

#[test]
fn an_offer_runs_its_hours_but_never_past_the_start_of_the_day() {
    let now = 1_000_000;
    assert_eq!(offer_expires_at(now, 24, now + 48 * 3600), Some(now + 24 * 3600));
    assert_eq!(offer_expires_at(now, 24, now + 5 * 3600), Some(now + 5 * 3600));
    assert_eq!(offer_expires_at(now, 24, now + 3600), None, "too close to the day");
    assert_eq!(
        offer_expires_at(now, 0, now + 48 * 3600),
        Some(now + 3600),
        "at least an hour asked"
    );
}

#[test]
fn wait_references_read_back_and_are_not_booking_references() {
    let r = WaitReference::from_random(0x0012_3456_789A);
    assert!(r.as_str().starts_with("WL-"));
    assert_eq!(WaitReference::parse(&r.as_str().to_lowercase()), Ok(r.clone()));
    assert_eq!(WaitReference::parse(&r.as_str()[3..]), Ok(r.clone()));
    assert!(crate::booking::BookingReference::parse(r.as_str()).is_err());
    assert_eq!(WaitStatus::parse("waiting"), Some(WaitStatus::Waiting));
    assert_eq!(OfferStatus::Withdrawn.as_str(), "withdrawn");
}

#[test]
fn the_wait_is_estimated_from_recent_offers_or_not_at_all() {
    assert_eq!(estimated_weeks(1, 4, 4), Some(1));
    assert_eq!(estimated_weeks(9, 4, 4), Some(9));
    assert_eq!(estimated_weeks(9, 8, 4), Some(5));
    assert_eq!(estimated_weeks(3, 0, 4), None);
    assert_eq!(estimated_weeks(3, 2, 0), None);
}

#[derive(Clone, Debug)]
enum Step {
    Join { age_days: i64, first: bool, centre: i64 },
    Leave(usize),
    Free { centre: i64, reserved: bool },
    Answer { offer: usize, accept: bool },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (100i64..2200, any::<bool>(), 1i64..3).prop_map(|(age_days, first, centre)| Step::Join {
            age_days,
            first,
            centre
        }),
        (0usize..20).prop_map(Step::Leave),
        (1i64..3, any::<bool>()).prop_map(|(centre, reserved)| Step::Free { centre, reserved }),
        (0usize..20, any::<bool>()).prop_map(|(offer, accept)| Step::Answer { offer, accept }),
    ]
}

proptest! {
    /// Whatever the sequence of joins, leaves, freed places and answers:
    /// no place is offered to two families, no family holds two offers,
    /// every offer is to a family whose wish it matches, and no family
    /// ahead in line and without an offer was passed over.
    #[test]
    fn offers_stay_single_and_in_order(steps in prop::collection::vec(step(), 1..60)) {
        let mut list = Waitlist::default();
        let mut places: BTreeMap<i64, FreedPlace> = BTreeMap::new();
        for (next_id, s) in (1i64..).zip(steps) {
            match s {
                Step::Join { age_days, first, centre } => {
                    list.waiting.insert(next_id, entry(next_id, next_id, age_days, first, WishedPlace::Centre(centre)));
                }
                Step::Leave(i) => {
                    if let Some(id) = list.waiting.keys().nth(i).copied() {
                        list.leave(id, &places);
                    }
                }
                Step::Free { centre, reserved } => {
                    let pool = if reserved { Pool::Reserved } else { Pool::General };
                    let p = place(centre, District::of("Taoyuan"), pool);
                    places.insert(next_id, p.clone());
                    if let Some(to) = list.free(next_id, &p) {
                        // Nobody earlier in line, free and matching, was passed over.
                        let holding: BTreeSet<i64> = list.offers.iter().filter(|(pl, _)| **pl != next_id).map(|(_, e)| *e).collect();
                        let chosen = list.waiting[&to].rank(p.day);
                        for w in list.waiting.values() {
                            if w.id != to && !holding.contains(&w.id) && w.matches(&p) {
                                prop_assert!(w.rank(p.day) > chosen);
                            }
                        }
                    }
                }
                Step::Answer { offer, accept } => {
                    if let Some(place_id) = list.offers.keys().nth(offer).copied() {
                        let p = places[&place_id].clone();
                        let answer = if accept { Answered::Accepted } else { Answered::Declined };
                        list.answer(place_id, &p, answer);
                    }
                }
            }
            let holders: Vec<i64> = list.offers.values().copied().collect();
            let distinct: BTreeSet<i64> = holders.iter().copied().collect();
            prop_assert_eq!(holders.len(), distinct.len(), "a family holds two offers");
            for (place_id, entry) in &list.offers {
                let w = list.waiting.get(entry);
                prop_assert!(w.is_some(), "an offer to a family no longer waiting");
                prop_assert!(w.is_some_and(|w| w.matches(&places[place_id])));
            }
        }
    }
}
