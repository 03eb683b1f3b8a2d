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
use super::standard::{Leg, NO_COOKING, Origin, Standard};
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
    OriginAssumed { item: usize },
    CookingAssumed { item: usize },
    ProxyFactor { item: usize },
    PackagingAssumed,
    WasteShareAssumed,
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
}

/// One ingredient line; `item` is its position (for the flags).
pub fn line(std: &Standard, item: usize, it: &ItemInput, waste_share: f64) -> Result<(Line, Vec<Flag>), MealError> {
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

    let served_kg = it.grams / 1000.0;
    let prepared_kg = served_kg / (1.0 - waste_share);
    let yield_ = match method {
        Some(m) if m.changes_mass => ing.cooked_yield,
        _ => 1.0,
    };
    let raw_kg = prepared_kg / yield_;
    let purchased_kg = raw_kg / ing.edible_fraction;

    let e_ing = purchased_kg * ing.stages.cradle_to_shop_without_transport();
    let tkm_factor: f64 = legs
        .iter()
        .map(|l| l.km * std.transport_factor(l.mode, ing.refrigerated))
        .sum();
    let e_tr = purchased_kg / 1000.0 * tkm_factor;
    let e_cook = method
        .map(|m| raw_kg * (m.kwh_per_kg * std.grid.kg_per_kwh + m.gas_mj_per_kg * std.gas.kg_per_mj))
        .unwrap_or(0.0);

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
        kg_co2e: stages.total(),
        stages,
    };
    Ok((line, flags))
}

fn packaging_lines(std: &Standard, uses: &[PackagingUse]) -> Vec<PackagingLine> {
    uses.iter()
        .filter_map(|u| {
            std.packaging_item(&u.id).map(|p| PackagingLine {
                id: p.id.clone(),
                name: p.name.clone(),
                count: u.count,
                kg_co2e: p.kg_co2e_per_item() * f64::from(u.count),
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
        let (l, f) = line(std, i, it, waste_share)?;
        stages.add(&l.stages);
        flags.extend(f);
        lines.push(l);
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

    Ok(Footprint {
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
