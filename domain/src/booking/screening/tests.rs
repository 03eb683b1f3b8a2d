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
fn the_data_file_names_every_band_and_area_as_the_domain_does() {
    let file = include_str!("../../../../data/screening/checklist.tsv");
    let rows: Vec<Vec<&str>> = file
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    let bands: std::collections::BTreeSet<&str> = rows.iter().map(|r| r[0]).collect();
    let areas: std::collections::BTreeSet<&str> = rows.iter().map(|r| r[1]).collect();
    assert_eq!(bands, Band::all().map(Named::as_str).collect());
    assert_eq!(areas, Area::all().map(Named::as_str).collect());
    let built: usize = Band::all().map(|b| b.items().len()).sum();
    assert_eq!(rows.len(), built, "every line of the file is an item");
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
