//! The footprint of a meal from farm to table, by stage and by ingredient.
//! Formulas: `docs/carbon-method.md` §2. In short, for each ingredient
//!
//! ```text
//! prepared  = served / (1 - waste share)
//! raw       = prepared / cooked yield          (only when the method changes mass)
//! purchased = raw / edible fraction
//! ingredients = purchased x (farming + processing + packaging + retail)
//! transport   = purchased / 1000 x sum(km x factor of the leg's mode)
//! cooking     = raw x (kWh x grid factor + MJ x gas factor)
//! ```
//! The eaten share (1 - waste share) of those three is reported in their own
//! stages and the wasted share in the `waste` stage; packaging is per meal.

use super::input::{ItemInput, MealError, MealInput, MealKind, PackagingUse};
use super::rating::{Rating, rate};
use super::standard::{
    Basis, CookingMethod, FoodPart, FoodState, Ingredient, Leg, METHOD_1, NO_COOKING, Origin, Standard,
};
use crate::text::Bilingual;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StageTotals {
    pub ingredients: f64,
    pub transport: f64,
    pub cooking: f64,
    pub packaging: f64,
    pub waste: f64,
}

impl StageTotals {
    pub fn total(&self) -> f64 {
        self.ingredients + self.transport + self.cooking + self.packaging + self.waste
    }

    fn add(&mut self, o: &StageTotals) {
        self.ingredients += o.ingredients;
        self.transport += o.transport;
        self.cooking += o.cooking;
        self.packaging += o.packaging;
        self.waste += o.waste;
    }
}

/// Where the result rests on an assumption rather than on what the restaurant said.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Flag {
    OriginAssumed {
        item: usize,
    },
    CookingAssumed {
        item: usize,
    },
    ProxyFactor {
        item: usize,
    },
    PackagingAssumed,
    WasteShareAssumed,
    /// Edition 2: the kitchen's gas was not given (bottled LPG assumed).
    GasAssumed,
    /// Edition 2: the grid factor of `year` stands for the year served
    /// (not given, or not published yet).
    GridYearAssumed {
        year: i32,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub ingredient_id: String,
    #[serde(flatten, with = "crate::text::name_fields")]
    pub name: Bilingual,
    pub grams: f64,
    pub origin: Origin,
    /// The legs actually used, assumed or given.
    pub legs: Vec<Leg>,
    pub cooking: String,
    /// Mass bought for this line, with the wasted and the inedible part.
    pub purchased_kg: f64,
    /// What the cooking added (frying oil, coating), counted in the stages.
    #[serde(default)]
    pub added_kg: f64,
    /// The factor's data quality, 1 (best) to 5 (worst).
    #[serde(default)]
    pub data_quality: f64,
    pub stages: StageTotals,
    pub kg_co2e: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackagingLine {
    pub id: String,
    #[serde(flatten, with = "crate::text::name_fields")]
    pub name: Bilingual,
    pub count: u32,
    pub kg_co2e: f64,
    #[serde(default)]
    pub data_quality: f64,
}

/// One of the largest contributors: an ingredient line (`item`) or packaging (`item: None`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contributor {
    pub item: Option<usize>,
    pub kg_co2e: f64,
    pub share: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Footprint {
    pub edition: u32,
    pub kind: MealKind,
    pub total_kg_co2e: f64,
    pub stages: StageTotals,
    pub lines: Vec<Line>,
    pub packaging: Vec<PackagingLine>,
    pub waste_share: f64,
    pub rating: Rating,
    pub top_contributors: Vec<Contributor>,
    pub flags: Vec<Flag>,
    /// The calculation method of the edition (1 or 2).
    #[serde(default = "method_1")]
    pub method: u32,
    /// The meal's data quality: each line's and the packaging's score,
    /// weighted by its share of the total (1 best, 5 worst).
    #[serde(default)]
    pub data_quality: f64,
    /// The range the total lies in by the quality rule (`spread`).
    #[serde(default)]
    pub range: Range,
}

fn method_1() -> u32 {
    METHOD_1
}

/// Low and high ends of a footprint, kg CO2e.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Range {
    pub low: f64,
    pub high: f64,
}

/// The factor by which a figure of data quality `q` may be too high or too
/// low (`docs/carbon-method.md` §5): 1.15 at the best score 1, 1.75 at the
/// worst 5, in a straight line between.
pub fn spread(q: f64) -> f64 {
    1.0 + 0.15 * q.clamp(1.0, 5.0)
}

/// The range of a sum of parts, each `(kg, quality)`: every part divided and
/// multiplied by its spread, and the ends added up (the parts' errors are
/// taken to run the same way, which never understates the range).
pub fn range_of(parts: impl IntoIterator<Item = (f64, f64)>) -> Range {
    parts.into_iter().fold(Range::default(), |r, (kg, q)| Range {
        low: r.low + kg / spread(q),
        high: r.high + kg * spread(q),
    })
}

/// The quality of a sum of parts, each `(kg, quality)`: weighted by each
/// part's share (0 for a sum of nothing).
pub fn weighted_quality(parts: impl IntoIterator<Item = (f64, f64)> + Clone) -> f64 {
    let total: f64 = parts.clone().into_iter().map(|(kg, _)| kg).sum();
    if total <= 0.0 {
        return 0.0;
    }
    parts.into_iter().map(|(kg, q)| kg * q).sum::<f64>() / total
}

/// A figure to two significant figures, as shown to people (the stored and
/// computed figures keep their precision).
pub fn two_significant(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let magnitude = x.abs().log10().floor() as i32;
    let scale = 10f64.powi(1 - magnitude);
    (x * scale).round() / scale
}

/// The kitchen's energy factors for one meal: electricity (kg CO2e per kWh,
/// the grid of the year served) and gas (kg CO2e per MJ).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Energy {
    pub kg_per_kwh: f64,
    pub kg_per_mj: f64,
}

impl Energy {
    pub fn of(std: &Standard, meal: &MealInput) -> Energy {
        Energy {
            kg_per_kwh: std.grid_for(meal.served_year).0,
            kg_per_mj: std.gas_kg_per_mj(meal.gas),
        }
    }
}

/// One ingredient line; `item` is its position (for the flags).
pub fn line(
    std: &Standard,
    item: usize,
    it: &ItemInput,
    waste_share: f64,
    energy: Energy,
) -> Result<(Line, Vec<Flag>), MealError> {
    let ing = std
        .ingredient(&it.ingredient_id)
        .ok_or_else(|| MealError::UnknownIngredient {
            item,
            id: it.ingredient_id.clone(),
        })?;
    let mut flags = Vec::new();
    if ing.proxy_note.is_some() {
        flags.push(Flag::ProxyFactor { item });
    }
    let origin = it.origin.unwrap_or_else(|| {
        if it.legs.is_none() {
            flags.push(Flag::OriginAssumed { item });
        }
        ing.default_origin
    });
    let legs: Vec<Leg> = match &it.legs {
        Some(l) => l.clone(),
        None => std.origin_legs(origin).to_vec(),
    };
    let cooking = match &it.cooking {
        Some(c) => c.clone(),
        None => {
            flags.push(Flag::CookingAssumed { item });
            ing.default_cooking.clone()
        }
    };
    let method = if cooking == NO_COOKING {
        None
    } else {
        Some(std.cooking_method(&cooking).ok_or_else(|| MealError::UnknownCooking {
            item,
            id: cooking.clone(),
        })?)
    };

    let masses = match std.method {
        METHOD_1 => masses_method_1(ing, method, it.grams, waste_share),
        _ => masses_method_2(ing, method, it, waste_share),
    };
    // What the cooking adds (frying oil, coating): method 2 only, each at
    // its own factor and carried along the same legs.
    let added: Vec<(&Ingredient, f64)> = match (std.method, method) {
        (METHOD_1, _) | (_, None) => Vec::new(),
        (_, Some(m)) => m
            .adds
            .iter()
            .filter_map(|a| {
                std.ingredient(&a.ingredient)
                    .map(|i| (i, a.kg_per_kg * masses.cooked_raw_kg))
            })
            .collect(),
    };
    let added_kg: f64 = added.iter().fold(0.0, |sum, (_, kg)| sum + kg);
    let per_tonne = |refrigerated: bool| -> f64 {
        legs.iter()
            .map(|l| l.km * std.transport_factor(l.mode, refrigerated))
            .sum()
    };
    let e_ing = masses.factor_kg * ing.stages.cradle_to_shop_without_transport()
        + added
            .iter()
            .map(|(i, kg)| kg * i.stages.cradle_to_shop_without_transport())
            .sum::<f64>();
    let e_tr = masses.purchased_kg / 1000.0 * per_tonne(ing.refrigerated)
        + added
            .iter()
            .map(|(i, kg)| kg / 1000.0 * per_tonne(i.refrigerated))
            .sum::<f64>();
    let e_cook = method
        .map(|m| masses.cooked_raw_kg * (m.kwh_per_kg * energy.kg_per_kwh + m.gas_mj_per_kg * energy.kg_per_mj))
        .unwrap_or(0.0);
    let purchased_kg = masses.purchased_kg + added_kg;

    let eaten = 1.0 - waste_share;
    let stages = StageTotals {
        ingredients: e_ing * eaten,
        transport: e_tr * eaten,
        cooking: e_cook * eaten,
        packaging: 0.0,
        waste: (e_ing + e_tr + e_cook) * waste_share,
    };
    let line = Line {
        ingredient_id: ing.id.clone(),
        name: ing.name.clone(),
        grams: it.grams,
        origin,
        legs,
        cooking,
        purchased_kg,
        added_kg,
        data_quality: ing.data_quality,
        kg_co2e: stages.total(),
        stages,
    };
    Ok((line, flags))
}

/// The masses of one line the stages are computed from.
struct Masses {
    /// Mass the ingredient factor applies to (on the factor's basis).
    factor_kg: f64,
    /// Mass bought and carried, with the inedible part.
    purchased_kg: f64,
    /// Raw mass put in the pot or pan (cooking energy is per kg of it).
    cooked_raw_kg: f64,
}

/// Edition 1: `grams` is cooked and edible; raw only through a method that
/// changes mass; every factor per kg as purchased.
fn masses_method_1(ing: &Ingredient, method: Option<&CookingMethod>, grams: f64, waste_share: f64) -> Masses {
    let prepared_kg = grams / 1000.0 / (1.0 - waste_share);
    let yield_ = match method {
        Some(m) if m.changes_mass => ing.cooked_yield,
        _ => 1.0,
    };
    let raw_kg = prepared_kg / yield_;
    let purchased_kg = raw_kg / ing.edible_fraction;
    Masses {
        factor_kg: purchased_kg,
        purchased_kg,
        cooked_raw_kg: raw_kg,
    }
}

/// What the cook weighed when the meal does not say: as served, that is the
/// edible part, cooked when the ingredient is cooked at all.
pub fn served_basis(cooked: bool) -> Basis {
    Basis {
        state: if cooked { FoodState::Cooked } else { FoodState::Raw },
        part: FoodPart::Edible,
    }
}

/// Edition 2: from what the cook weighed to the raw edible mass, then to the
/// factor's own basis; the edible fraction only where a mass is as bought.
fn masses_method_2(ing: &Ingredient, method: Option<&CookingMethod>, it: &ItemInput, waste_share: f64) -> Masses {
    let weighed = it.weighed.unwrap_or(served_basis(method.is_some()));
    let prepared_kg = it.grams / 1000.0 / (1.0 - waste_share);
    let as_raw = match weighed.state {
        FoodState::Raw => 1.0,
        FoodState::Cooked => 1.0 / ing.cooked_yield,
    };
    let edible_share = match weighed.part {
        FoodPart::Edible => 1.0,
        FoodPart::AsBought => ing.edible_fraction,
    };
    let raw_edible_kg = prepared_kg * as_raw * edible_share;
    let purchased_kg = raw_edible_kg / ing.edible_fraction;
    let on_part = match ing.basis.part {
        FoodPart::Edible => raw_edible_kg,
        FoodPart::AsBought => purchased_kg,
    };
    let factor_kg = match ing.basis.state {
        FoodState::Raw => on_part,
        FoodState::Cooked => on_part * ing.cooked_yield,
    };
    Masses {
        factor_kg,
        purchased_kg,
        cooked_raw_kg: raw_edible_kg,
    }
}

fn packaging_lines(std: &Standard, uses: &[PackagingUse]) -> Vec<PackagingLine> {
    uses.iter()
        .filter_map(|u| {
            std.packaging_item(&u.id).map(|p| PackagingLine {
                id: p.id.clone(),
                name: p.name.clone(),
                count: u.count,
                kg_co2e: p.kg_co2e_per_item() * f64::from(u.count),
                data_quality: p.data_quality,
            })
        })
        .collect()
}

/// The footprint of `meal` on edition `std` (which must have passed `Standard::validate`).
pub fn compute(std: &Standard, meal: &MealInput) -> Result<Footprint, MealError> {
    meal.validate(std)?;
    let mut flags = Vec::new();
    let waste_share = meal.waste_share.unwrap_or_else(|| {
        flags.push(Flag::WasteShareAssumed);
        std.waste.default_share
    });
    let mut stages = StageTotals::default();
    let mut lines = Vec::with_capacity(meal.items.len());
    for (i, it) in meal.items.iter().enumerate() {
        let (l, f) = line(std, i, it, waste_share, Energy::of(std, meal))?;
        stages.add(&l.stages);
        flags.extend(f);
        lines.push(l);
    }
    if meal.gas.is_none() && !std.gases.is_empty() {
        flags.push(Flag::GasAssumed);
    }
    if let (_, Some(year)) = std.grid_for(meal.served_year) {
        flags.push(Flag::GridYearAssumed { year });
    }
    let uses = match &meal.packaging {
        Some(p) => p.clone(),
        None => {
            flags.push(Flag::PackagingAssumed);
            match meal.kind {
                MealKind::LunchBox => std.default_packaging.lunch_box.clone(),
                MealKind::Dish => std.default_packaging.dish.clone(),
            }
        }
    };
    let packaging = packaging_lines(std, &uses);
    stages.packaging = packaging.iter().map(|p| p.kg_co2e).sum();
    let total = stages.total();

    let mut contributors: Vec<Contributor> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| (Some(i), l.kg_co2e))
        .chain(std::iter::once((None, stages.packaging)).filter(|(_, kg)| *kg > 0.0))
        .map(|(item, kg)| Contributor {
            item,
            kg_co2e: kg,
            share: if total > 0.0 { kg / total } else { 0.0 },
        })
        .collect();
    contributors.sort_by(|a, b| b.kg_co2e.total_cmp(&a.kg_co2e));
    contributors.truncate(3);

    let parts: Vec<(f64, f64)> = lines
        .iter()
        .map(|l| (l.kg_co2e, l.data_quality))
        .chain(packaging.iter().map(|p| (p.kg_co2e, p.data_quality)))
        .collect();
    let data_quality = weighted_quality(parts.iter().copied());
    let range = range_of(parts.iter().copied());

    Ok(Footprint {
        method: std.method,
        data_quality,
        range,
        edition: std.edition,
        kind: meal.kind,
        total_kg_co2e: total,
        rating: rate(&std.rating, total),
        stages,
        lines,
        packaging,
        waste_share,
        top_contributors: contributors,
        flags,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_shown_to_two_significant_figures() {
        assert_eq!(two_significant(1.527523), 1.5);
        assert_eq!(two_significant(0.312118), 0.31);
        assert_eq!(two_significant(0.0947), 0.095);
        assert_eq!(two_significant(12.49), 12.0);
        assert_eq!(two_significant(0.996), 1.0);
        assert_eq!(two_significant(0.0), 0.0);
    }

    #[test]
    fn the_spread_grows_with_a_worse_score_and_is_bounded() {
        assert!((spread(1.0) - 1.15).abs() < 1e-12);
        assert!((spread(5.0) - 1.75).abs() < 1e-12);
        assert_eq!(spread(0.0), spread(1.0));
        assert_eq!(spread(9.0), spread(5.0));
        let r = range_of([(1.0, 1.0), (2.0, 5.0)]);
        assert!((r.low - (1.0 / 1.15 + 2.0 / 1.75)).abs() < 1e-12);
        assert!((r.high - (1.15 + 3.5)).abs() < 1e-12);
        assert_eq!(weighted_quality([]), 0.0);
        assert!((weighted_quality([(1.0, 2.0), (3.0, 4.0)]) - 3.5).abs() < 1e-12);
    }
}
