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
mod tests;
