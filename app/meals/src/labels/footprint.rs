//! The footprint's closed sets in words: categories, bases, gases, origins,
//! transport modes, variants and bands.

use domain::meals::rating::Band;
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

pub fn band_label(l: Locale, b: Band) -> &'static str {
    match b {
        Band::Green => td_string!(l, meals.band_green),
        Band::Yellow => td_string!(l, meals.band_yellow),
        Band::Red => td_string!(l, meals.band_red),
    }
}
