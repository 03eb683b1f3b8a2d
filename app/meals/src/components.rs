//! Pieces shared by the meal pages: labels, and the footprint's display.

mod footprint_view;
pub mod sourcing;

pub use footprint_view::{Bars, FootprintSummary, band_class, band_label};

use domain::meals::standard::{Basis, Category, FoodPart, FoodState, KitchenGas, Origin, TransportMode, Variant};
use i18n::*;

pub fn category_label(l: Locale, c: Category) -> &'static str {
    match c {
        Category::Staple => td_string!(l, meals.cat_staple),
        Category::Protein => td_string!(l, meals.cat_protein),
        Category::Vegetable => td_string!(l, meals.cat_vegetable),
        Category::Fruit => td_string!(l, meals.cat_fruit),
        Category::Fat => td_string!(l, meals.cat_fat),
        Category::Seasoning => td_string!(l, meals.cat_seasoning),
        Category::Drink => td_string!(l, meals.cat_drink),
    }
}

/// Every basis, in the order lists show them.
pub const BASES: [Basis; 4] = [
    Basis {
        state: FoodState::Raw,
        part: FoodPart::AsBought,
    },
    Basis {
        state: FoodState::Raw,
        part: FoodPart::Edible,
    },
    Basis {
        state: FoodState::Cooked,
        part: FoodPart::Edible,
    },
    Basis {
        state: FoodState::Cooked,
        part: FoodPart::AsBought,
    },
];

/// A basis as a form value, `raw:as_bought`, and back.
pub fn basis_value(b: Basis) -> String {
    use domain::Named;
    format!("{}:{}", b.state.as_str(), b.part.as_str())
}

pub fn basis_from(value: &str) -> Option<Basis> {
    use domain::Named;
    let (state, part) = value.split_once(':')?;
    Some(Basis {
        state: FoodState::parse(state)?,
        part: FoodPart::parse(part)?,
    })
}

/// What one kg is (of a factor, or of what the cook weighed): raw or
/// cooked, the edible part or as bought.
pub fn basis_label(l: Locale, b: Basis) -> &'static str {
    match (b.state, b.part) {
        (FoodState::Raw, FoodPart::AsBought) => td_string!(l, meals.weighed_raw_as_bought),
        (FoodState::Raw, FoodPart::Edible) => td_string!(l, meals.weighed_raw_edible),
        (FoodState::Cooked, FoodPart::Edible) => td_string!(l, meals.weighed_cooked_edible),
        (FoodState::Cooked, FoodPart::AsBought) => td_string!(l, meals.weighed_cooked_as_bought),
    }
}

pub fn gas_label(l: Locale, g: KitchenGas) -> &'static str {
    match g {
        KitchenGas::Lpg => td_string!(l, meals.gas_lpg),
        KitchenGas::TownGas => td_string!(l, meals.gas_town_gas),
    }
}

pub fn origin_label(l: Locale, o: Origin) -> &'static str {
    match o {
        Origin::TaitungLocal => td_string!(l, meals.origin_taitung_local),
        Origin::OtherTaiwan => td_string!(l, meals.origin_other_taiwan),
        Origin::Imported => td_string!(l, meals.origin_imported),
        Origin::ImportedByAir => td_string!(l, meals.origin_imported_by_air),
    }
}

pub fn mode_label(l: Locale, m: TransportMode) -> &'static str {
    match m {
        TransportMode::Road => td_string!(l, meals.mode_road),
        TransportMode::SmallTruck => td_string!(l, meals.mode_small_truck),
        TransportMode::Rail => td_string!(l, meals.mode_rail),
        TransportMode::Sea => td_string!(l, meals.mode_sea),
        TransportMode::Air => td_string!(l, meals.mode_air),
    }
}

pub fn variant_label(l: Locale, v: Variant) -> &'static str {
    match v {
        Variant::Conventional => td_string!(l, meals.variant_conventional),
        Variant::Organic => td_string!(l, meals.variant_organic),
        Variant::Local => td_string!(l, meals.variant_local),
        Variant::Imported => td_string!(l, meals.variant_imported),
        Variant::Greenhouse => td_string!(l, meals.variant_greenhouse),
    }
}

pub fn certification_level_label(l: Locale, x: domain::meals::certificate::Level) -> &'static str {
    use domain::meals::certificate::Level;
    match x {
        Level::Basic => td_string!(l, meals.level_basic),
        Level::Advanced => td_string!(l, meals.level_advanced),
        Level::Exemplary => td_string!(l, meals.level_exemplary),
    }
}
