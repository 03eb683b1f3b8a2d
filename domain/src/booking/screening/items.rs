//! The checklist's items, from the data file `data/screening/checklist.tsv`
//! (turned into the arrays below when the crate is built, `build.rs`): written
//! for this service in plain words in both languages. The milestones they ask
//! about are the usual ones for each age (public milestone lists, such as the
//! US CDC's, informed the choice; no text is taken from them). A key item is
//! one a child of the band very rarely misses without a reason to look further.

use super::Area::{Cognition, FineMotor, GrossMotor, Language, Social};
use super::{Area, Band, Item};

const fn i(area: Area, key: bool, zh_tw: &'static str, en: &'static str) -> Item {
    Item { area, key, zh_tw, en }
}

pub(super) fn of(band: Band) -> &'static [Item] {
    match band {
        Band::M4 => &M4,
        Band::M6 => &M6,
        Band::M9 => &M9,
        Band::M12 => &M12,
        Band::M15 => &M15,
        Band::M18 => &M18,
        Band::M24 => &M24,
        Band::M30 => &M30,
        Band::M36 => &M36,
        Band::M42 => &M42,
        Band::M48 => &M48,
        Band::M60 => &M60,
        Band::M72 => &M72,
    }
}

include!(concat!(env!("OUT_DIR"), "/checklist.rs"));
