//! The self-screening checklist a parent (or a teacher, a nurse) fills in
//! before deciding to book: about a dozen things a child of the age band
//! usually does, some of them key items.
//!
//! Rules (brief, pipeline step 1): the band follows the child's age, counted
//! from the due date for a child born preterm until two (`ChildAge`); **any
//! key item not yet done, or two or more items not yet done, means the child
//! should have a joint assessment**; otherwise the checklist is done again
//! when the child reaches the next band. The items are written for this
//! service in both languages (`items.rs`).

mod items;

use super::age::{AgeError, ChildAge, add_months, is_preterm};
use super::triage::ProblemDomain;
use crate::Lang;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

crate::named::closed_set! {
    /// The age bands of the checklist, by the age at which each starts.
    #[derive(PartialOrd, Ord)]
    pub enum Band {
        M4,
        M6,
        M9,
        M12,
        M15,
        M18,
        M24,
        M30,
        M36,
        M42,
        M48,
        M60,
        M72,
    }
}

crate::named::closed_set! {
    /// What an item looks at. The screenings' "language and cognition" is
    /// two areas here, so that each failed item names the triage's domain.
    #[derive(PartialOrd, Ord)]
    pub enum Area {
        GrossMotor,
        FineMotor,
        Language,
        Cognition,
        Social,
    }
}

impl Area {
    /// The triage's problem domain for a concern in this area.
    pub fn problem_domain(self) -> ProblemDomain {
        match self {
            Area::GrossMotor | Area::FineMotor => ProblemDomain::Motor,
            Area::Language => ProblemDomain::LanguageSpeech,
            Area::Cognition | Area::Social => ProblemDomain::CognitionSocial,
        }
    }
}

/// One thing a child of the band usually does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    pub area: Area,
    /// A key item: not yet doing it is enough to book an assessment.
    pub key: bool,
    pub zh_tw: &'static str,
    pub en: &'static str,
}

impl Item {
    /// The item in `lang`.
    pub fn text_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::ZhTw => self.zh_tw,
            Lang::En => self.en,
        }
    }
}

/// The checklist is for children from 4 months until their seventh birthday.
const LAST_MONTH: u32 = 7 * 12;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum BandError {
    #[error("the child is younger than the first band (4 months)")]
    TooYoung,
    #[error("the child is past the checklist's ages (7 years)")]
    TooOld,
    #[error(transparent)]
    Age(#[from] AgeError),
}

impl Band {
    /// The age in months at which the band starts.
    pub fn months(self) -> u32 {
        match self {
            Band::M4 => 4,
            Band::M6 => 6,
            Band::M9 => 9,
            Band::M12 => 12,
            Band::M15 => 15,
            Band::M18 => 18,
            Band::M24 => 24,
            Band::M30 => 30,
            Band::M36 => 36,
            Band::M42 => 42,
            Band::M48 => 48,
            Band::M60 => 60,
            Band::M72 => 72,
        }
    }

    /// The band for a child of this age: the last one that has started.
    pub fn for_age(age: ChildAge) -> Result<Band, BandError> {
        if age.months >= LAST_MONTH {
            return Err(BandError::TooOld);
        }
        <Band as crate::Named>::all()
            .take_while(|b| b.months() <= age.months)
            .last()
            .ok_or(BandError::TooYoung)
    }

    /// The band for a child born on `birth` (due on `due` if preterm), on `day`.
    pub fn on(birth: NaiveDate, due: Option<NaiveDate>, day: NaiveDate) -> Result<Band, BandError> {
        Band::for_age(ChildAge::on(birth, due, day)?)
    }

    /// The band after this one.
    pub fn next(self) -> Option<Band> {
        <Band as crate::Named>::all().find(|b| b.months() > self.months())
    }

    /// The band's items, in the order they are asked.
    pub fn items(self) -> &'static [Item] {
        items::of(self)
    }

    /// The day a child reaches the band: counted from the due date while a
    /// preterm child's age is corrected (before two), from birth after.
    pub fn starts_on(self, birth: NaiveDate, due: Option<NaiveDate>) -> NaiveDate {
        let chronological = add_months(birth, self.months() as i32);
        match due {
            Some(due) if is_preterm(birth, Some(due)) => {
                let corrected = add_months(due, self.months() as i32);
                if corrected < add_months(birth, 24) {
                    corrected
                } else {
                    chronological
                }
            }
            _ => chronological,
        }
    }
}

/// An answer to one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// The child does it.
    Yes,
    /// Not yet, or not sure.
    NotYet,
}

/// The answers, by the item's number in its band (1, 2, …).
pub type Answers = BTreeMap<u8, Answer>;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum ScreeningError {
    /// Items left unanswered, by number: the result needs every one.
    #[error("items {0:?} are not answered")]
    Unanswered(Vec<u8>),
    /// An answer to an item the band does not have.
    #[error("item {0} is not in this band")]
    NoSuchItem(u8),
}

/// What the answers mean.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// A key item or two or more items not yet done: book a joint
    /// assessment. The items not yet done, by number, and the triage's
    /// domains they concern.
    Assess {
        not_yet: Vec<u8>,
        key_not_yet: bool,
        domains: BTreeSet<ProblemDomain>,
    },
    /// On track for the band: check again from `next_check` (none after
    /// the last band). `not_yet` holds a single non-key item, if any, to
    /// keep an eye on.
    OnTrack {
        not_yet: Vec<u8>,
        next_check: Option<(Band, NaiveDate)>,
    },
}

/// Applies the referral rule to a band's answers.
pub fn assess(
    band: Band,
    answers: &Answers,
    birth: NaiveDate,
    due: Option<NaiveDate>,
) -> Result<Outcome, ScreeningError> {
    let items = band.items();
    if let Some(&n) = answers.keys().find(|&&n| n == 0 || usize::from(n) > items.len()) {
        return Err(ScreeningError::NoSuchItem(n));
    }
    let numbered = || (1u8..).zip(items.iter());
    let unanswered: Vec<u8> = numbered()
        .filter(|(n, _)| !answers.contains_key(n))
        .map(|(n, _)| n)
        .collect();
    if !unanswered.is_empty() {
        return Err(ScreeningError::Unanswered(unanswered));
    }
    let not_yet: Vec<(u8, &Item)> = numbered()
        .filter(|(n, _)| answers.get(n) == Some(&Answer::NotYet))
        .collect();
    let key_not_yet = not_yet.iter().any(|(_, item)| item.key);
    let numbers = not_yet.iter().map(|(n, _)| *n).collect();
    if key_not_yet || not_yet.len() >= 2 {
        return Ok(Outcome::Assess {
            not_yet: numbers,
            key_not_yet,
            domains: not_yet.iter().map(|(_, item)| item.area.problem_domain()).collect(),
        });
    }
    Ok(Outcome::OnTrack {
        not_yet: numbers,
        next_check: band.next().map(|b| (b, b.starts_on(birth, due))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Named;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn all(band: Band, answer: Answer) -> Answers {
        (1..=band.items().len() as u8).map(|n| (n, answer)).collect()
    }

    #[test]
    fn every_band_has_about_a_dozen_items_some_key_in_every_area() {
        for band in Band::all() {
            let items = band.items();
            assert!((10..=14).contains(&items.len()), "{band:?}: {}", items.len());
            assert!(items.iter().any(|i| i.key), "{band:?} has no key item");
            assert!(items.iter().any(|i| !i.key), "{band:?} has only key items");
            for area in Area::all() {
                assert!(
                    items.iter().any(|i| i.area == area),
                    "{band:?} asks nothing about {area:?}"
                );
            }
            for item in items {
                assert!(!item.zh_tw.is_empty() && !item.en.is_empty());
                assert!(item.zh_tw.chars().any(|c| c > '\u{2e80}'), "{band:?}: {}", item.zh_tw);
                assert!(item.en.is_ascii(), "{band:?}: {}", item.en);
            }
        }
    }

    #[test]
    fn the_band_is_the_last_one_started() {
        let birth = d("2024-03-10");
        assert_eq!(Band::on(birth, None, d("2024-07-09")), Err(BandError::TooYoung));
        assert_eq!(Band::on(birth, None, d("2024-07-10")), Ok(Band::M4));
        assert_eq!(Band::on(birth, None, d("2025-03-09")), Ok(Band::M9));
        assert_eq!(Band::on(birth, None, d("2025-03-10")), Ok(Band::M12));
        assert_eq!(Band::on(birth, None, d("2026-09-09")), Ok(Band::M24));
        assert_eq!(Band::on(birth, None, d("2026-09-10")), Ok(Band::M30));
        assert_eq!(Band::on(birth, None, d("2030-03-09")), Ok(Band::M60));
        assert_eq!(Band::on(birth, None, d("2030-03-10")), Ok(Band::M72));
        assert_eq!(Band::on(birth, None, d("2031-03-09")), Ok(Band::M72));
        assert_eq!(Band::on(birth, None, d("2031-03-10")), Err(BandError::TooOld));
        assert_eq!(
            Band::on(birth, None, d("2024-01-01")),
            Err(BandError::Age(AgeError::NotBornYet))
        );
    }

    #[test]
    fn a_preterm_child_is_banded_by_corrected_age_until_two() {
        // Born ten weeks early.
        let (birth, due) = (d("2025-01-01"), d("2025-03-12"));
        // Five months old by the calendar, under three months corrected.
        assert_eq!(Band::on(birth, Some(due), d("2025-06-01")), Err(BandError::TooYoung));
        assert_eq!(Band::on(birth, Some(due), d("2025-07-12")), Ok(Band::M4));
        assert_eq!(Band::M4.starts_on(birth, Some(due)), d("2025-07-12"));
        // Twenty-three months by the calendar: 21 corrected, still 18 months.
        assert_eq!(Band::on(birth, Some(due), d("2026-12-01")), Ok(Band::M18));
        // From the second birthday the calendar counts.
        assert_eq!(Band::on(birth, Some(due), d("2027-01-01")), Ok(Band::M24));
        assert_eq!(Band::M24.starts_on(birth, Some(due)), d("2027-01-01"));
        // A child born at term has no correction.
        assert_eq!(Band::M4.starts_on(birth, Some(d("2025-01-05"))), d("2025-05-01"));
    }

    #[test]
    fn one_key_item_or_two_items_not_yet_done_mean_an_assessment() {
        let birth = d("2024-11-20");
        for band in Band::all() {
            let items = band.items();
            let key = (1u8..).zip(items).find(|(_, i)| i.key).map(|(n, _)| n).unwrap();
            let plain: Vec<u8> = (1u8..).zip(items).filter(|(_, i)| !i.key).map(|(n, _)| n).collect();
            assert!(matches!(
                assess(band, &all(band, Answer::Yes), birth, None),
                Ok(Outcome::OnTrack { ref not_yet, .. }) if not_yet.is_empty()
            ));
            let mut one_key = all(band, Answer::Yes);
            one_key.insert(key, Answer::NotYet);
            assert!(matches!(
                assess(band, &one_key, birth, None),
                Ok(Outcome::Assess { key_not_yet: true, .. })
            ));
            let mut one_plain = all(band, Answer::Yes);
            one_plain.insert(plain[0], Answer::NotYet);
            assert!(matches!(
                assess(band, &one_plain, birth, None),
                Ok(Outcome::OnTrack { ref not_yet, .. }) if *not_yet == vec![plain[0]]
            ));
            one_plain.insert(plain[1], Answer::NotYet);
            assert!(matches!(
                assess(band, &one_plain, birth, None),
                Ok(Outcome::Assess { key_not_yet: false, ref not_yet, .. }) if not_yet.len() == 2
            ));
        }
    }

    #[test]
    fn the_domains_follow_the_items_and_the_next_check_the_next_band() {
        let birth = d("2024-11-20");
        let items = Band::M24.items();
        let find = |area: Area| {
            (1u8..)
                .zip(items)
                .find(|(_, i)| i.area == area)
                .map(|(n, _)| n)
                .unwrap()
        };
        let mut answers = all(Band::M24, Answer::Yes);
        answers.insert(find(Area::Language), Answer::NotYet);
        answers.insert(find(Area::FineMotor), Answer::NotYet);
        let Ok(Outcome::Assess { domains, .. }) = assess(Band::M24, &answers, birth, None) else {
            panic!("two items not yet done");
        };
        assert_eq!(
            domains,
            BTreeSet::from([ProblemDomain::Motor, ProblemDomain::LanguageSpeech])
        );
        assert_eq!(
            assess(Band::M24, &all(Band::M24, Answer::Yes), birth, None),
            Ok(Outcome::OnTrack {
                not_yet: vec![],
                next_check: Some((Band::M30, d("2027-05-20")))
            })
        );
        assert_eq!(
            assess(Band::M72, &all(Band::M72, Answer::Yes), birth, None),
            Ok(Outcome::OnTrack {
                not_yet: vec![],
                next_check: None
            })
        );
    }

    #[test]
    fn every_item_needs_an_answer_and_no_other_is_taken() {
        let birth = d("2024-11-20");
        let mut answers = all(Band::M12, Answer::Yes);
        answers.remove(&3);
        answers.remove(&7);
        assert_eq!(
            assess(Band::M12, &answers, birth, None),
            Err(ScreeningError::Unanswered(vec![3, 7]))
        );
        let mut answers = all(Band::M12, Answer::Yes);
        answers.insert(40, Answer::Yes);
        assert_eq!(
            assess(Band::M12, &answers, birth, None),
            Err(ScreeningError::NoSuchItem(40))
        );
        answers.remove(&40);
        answers.insert(0, Answer::Yes);
        assert_eq!(
            assess(Band::M12, &answers, birth, None),
            Err(ScreeningError::NoSuchItem(0))
        );
    }

    proptest! {
        /// The rule, whatever the answers: an assessment exactly when a key
        /// item or two items are not yet done, naming every such item.
        #[test]
        fn the_rule_holds_for_any_answers(band_ix in 0usize..13, bits in any::<u16>()) {
            let band = Band::all().nth(band_ix).unwrap();
            let items = band.items();
            let answers: Answers = (1..=items.len() as u8)
                .map(|n| (n, if bits & (1 << (n - 1)) != 0 { Answer::NotYet } else { Answer::Yes }))
                .collect();
            let not_yet: Vec<u8> = answers.iter().filter(|(_, a)| **a == Answer::NotYet).map(|(n, _)| *n).collect();
            let key = not_yet.iter().any(|n| items[usize::from(*n) - 1].key);
            match assess(band, &answers, d("2023-01-01"), None).unwrap() {
                Outcome::Assess { not_yet: listed, key_not_yet, domains } => {
                    prop_assert!(key || not_yet.len() >= 2);
                    prop_assert_eq!(listed, not_yet);
                    prop_assert_eq!(key_not_yet, key);
                    prop_assert!(!domains.is_empty());
                }
                Outcome::OnTrack { not_yet: listed, .. } => {
                    prop_assert!(!key && not_yet.len() < 2);
                    prop_assert_eq!(listed, not_yet);
                }
            }
        }

        /// Every day from 4 months to 7 years has a band, and the band's
        /// start is never after that day.
        #[test]
        fn every_age_in_range_has_a_band_that_has_started(days in 0i64..2600, preterm_weeks in 0i64..12) {
            let birth = d("2020-02-29");
            let due = (preterm_weeks > 0).then(|| birth + chrono::Duration::weeks(preterm_weeks));
            let day = birth + chrono::Duration::days(days);
            match Band::on(birth, due, day) {
                Ok(band) => prop_assert!(band.starts_on(birth, due) <= day),
                Err(BandError::TooYoung) => prop_assert!(days < 4 * 31 + preterm_weeks * 7),
                Err(BandError::TooOld) => prop_assert!(days >= 7 * 365),
                Err(e) => prop_assert!(false, "{e:?}"),
            }
        }
    }
}
