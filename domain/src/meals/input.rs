//! A meal as the builder or the public API describes it, and its checks.
//! Only `ingredient_id` and `grams` are required per item; everything else has
//! a documented default that the result flags.

use super::standard::{Basis, KitchenGas, Leg, NO_COOKING, Origin, Standard};
pub use super::standard::{MAX_LEG_KM, MAX_WASTE_SHARE, PackagingUse};
use serde::{Deserialize, Serialize};

pub const MAX_ITEMS: usize = 60;
pub const MAX_GRAMS: f64 = 5000.0;
pub const MAX_LEGS: usize = 6;
pub const MAX_PACKAGING_COUNT: u32 = 20;
/// The years a meal may be served in (grid factors are published from 2005).
pub const MIN_YEAR: i32 = 2000;
pub const MAX_YEAR: i32 = 2100;

crate::named::closed_set! {
    #[derive(Default)]
    pub enum MealKind {
        /// A take-away lunch box (便當): packaging defaults to a box.
        #[default]
        LunchBox,
        /// A dish served at the table on reusable tableware.
        Dish,
    }
}

crate::named::closed_set! {
    /// What a restaurant just did to its menu (announced on the menu page).
    pub enum MenuChange {
        Saved,
        Recomputed,
        Deleted,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItemInput {
    pub ingredient_id: String,
    /// One portion's mass: as served on the plate (edible part; cooked when
    /// the ingredient is cooked), unless `weighed` says otherwise.
    pub grams: f64,
    /// What the cook put on the scale (method 2): raw or cooked, edible part
    /// or as bought (bone-in, shell-on). When absent: as served.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weighed: Option<Basis>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    /// Real supplier legs; when absent, the origin's preset legs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legs: Option<Vec<Leg>>,
    /// A cooking method id or "none"; when absent, the ingredient's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooking: Option<String>,
    /// The restaurant's supplier it came from (the footprint does not read
    /// it: the legs carry the journey; the public page shows the chain).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplier: Option<i64>,
}

impl ItemInput {
    pub fn new(ingredient_id: impl Into<String>, grams: f64) -> Self {
        Self {
            ingredient_id: ingredient_id.into(),
            grams,
            weighed: None,
            origin: None,
            legs: None,
            cooking: None,
            supplier: None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MealInput {
    #[serde(default)]
    pub kind: MealKind,
    pub items: Vec<ItemInput>,
    /// Containers and bags; when absent, the default for the meal kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packaging: Option<Vec<PackagingUse>>,
    /// Share of the food prepared that is not eaten (0 to 0.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waste_share: Option<f64>,
    /// The gas the kitchen cooks on (edition 2 on); when absent, the
    /// standard's first (bottled LPG).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gas: Option<KitchenGas>,
    /// The year the meal is served (edition 2 on: its electricity uses that
    /// year's grid factor); the server sets it when a meal is saved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub served_year: Option<i32>,
}

/// Why a meal cannot be computed. `item` is the 0-based position in `items`.
#[derive(Clone, Debug, PartialEq, thiserror::Error, Serialize, Deserialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum MealError {
    #[error("a meal needs at least one ingredient")]
    NoItems,
    #[error("a meal has at most {MAX_ITEMS} ingredients")]
    TooManyItems,
    #[error("item {item}: unknown ingredient {id:?}")]
    UnknownIngredient { item: usize, id: String },
    #[error("item {item}: grams must be above 0 and at most {MAX_GRAMS}")]
    BadGrams { item: usize },
    #[error("item {item}: unknown cooking method {id:?}")]
    UnknownCooking { item: usize, id: String },
    #[error("item {item}: at most {MAX_LEGS} transport legs, each 0 to {MAX_LEG_KM} km")]
    BadDistance { item: usize },
    #[error("unknown packaging {id:?}")]
    UnknownPackaging { id: String },
    #[error("a packaging count is between 1 and {MAX_PACKAGING_COUNT}")]
    BadPackagingCount,
    #[error("the waste share is between 0 and {MAX_WASTE_SHARE}")]
    BadWasteShare,
    #[error("the year served is between {MIN_YEAR} and {MAX_YEAR}")]
    BadYear,
}

impl MealInput {
    /// Checks every field against the standard; the calculation runs only on a meal that passes.
    pub fn validate(&self, std: &Standard) -> Result<(), MealError> {
        if self.items.is_empty() {
            return Err(MealError::NoItems);
        }
        if self.items.len() > MAX_ITEMS {
            return Err(MealError::TooManyItems);
        }
        for (item, it) in self.items.iter().enumerate() {
            if std.ingredient(&it.ingredient_id).is_none() {
                return Err(MealError::UnknownIngredient {
                    item,
                    id: it.ingredient_id.clone(),
                });
            }
            if !(it.grams.is_finite() && it.grams > 0.0 && it.grams <= MAX_GRAMS) {
                return Err(MealError::BadGrams { item });
            }
            if let Some(c) = &it.cooking
                && c != NO_COOKING
                && std.cooking_method(c).is_none()
            {
                return Err(MealError::UnknownCooking { item, id: c.clone() });
            }
            if let Some(legs) = &it.legs {
                let bad_leg = |l: &Leg| !(l.km.is_finite() && l.km >= 0.0 && l.km <= MAX_LEG_KM);
                if legs.len() > MAX_LEGS || legs.iter().any(bad_leg) {
                    return Err(MealError::BadDistance { item });
                }
            }
        }
        for p in self.packaging.iter().flatten() {
            if std.packaging_item(&p.id).is_none() {
                return Err(MealError::UnknownPackaging { id: p.id.clone() });
            }
            if p.count == 0 || p.count > MAX_PACKAGING_COUNT {
                return Err(MealError::BadPackagingCount);
            }
        }
        if let Some(w) = self.waste_share
            && !(w.is_finite() && (0.0..MAX_WASTE_SHARE).contains(&w))
        {
            return Err(MealError::BadWasteShare);
        }
        if let Some(y) = self.served_year
            && !(MIN_YEAR..=MAX_YEAR).contains(&y)
        {
            return Err(MealError::BadYear);
        }
        Ok(())
    }
}
