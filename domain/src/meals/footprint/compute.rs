//! The footprint of a whole meal.

use super::line::*;
use super::quality::*;
use super::result::*;
use crate::meals::input::{MealError, MealInput, MealKind, PackagingUse};
use crate::meals::rating::rate;
use crate::meals::standard::Standard;

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
