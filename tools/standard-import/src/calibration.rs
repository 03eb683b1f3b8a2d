//! The sample meals, and the rating's bands calibrated on them.

use anyhow::{Context, Result, anyhow};
use domain::Bilingual;
use domain::meals::rating::Band;
use domain::meals::standard::*;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
pub(crate) struct SampleRow {
    pub(crate) meal_zh_tw: String,
    pub(crate) meal_en: String,
    pub(crate) kind: domain::meals::MealKind,
    pub(crate) ingredient: String,
    pub(crate) grams: f64,
    pub(crate) cooking: Option<String>,
}

/// The county's sample of typical meals: one row per ingredient, the rows
/// of a meal together; every default (origin, waste, packaging, gas) as a
/// restaurant that says nothing more would get.
pub(crate) fn sample_meals(path: &Path) -> Result<Vec<(Bilingual, domain::meals::MealInput)>> {
    let mut out: Vec<(Bilingual, domain::meals::MealInput)> = Vec::new();
    let mut rdr = csv::Reader::from_path(path).with_context(|| format!("reading {}", path.display()))?;
    for row in rdr.deserialize::<SampleRow>() {
        let row = row?;
        let mut item = domain::meals::ItemInput::new(row.ingredient, row.grams);
        item.cooking = row.cooking.filter(|c| !c.is_empty());
        match out.last_mut() {
            Some((name, meal)) if name.zh_tw == row.meal_zh_tw => meal.items.push(item),
            _ => out.push((
                Bilingual::new(row.meal_zh_tw, row.meal_en),
                domain::meals::MealInput {
                    kind: row.kind,
                    items: vec![item],
                    ..Default::default()
                },
            )),
        }
    }
    Ok(out)
}

/// Sets the rating bands from the sample computed on `s` (green up to its
/// lower third, yellow up to its upper third; the target is the green
/// bound) and returns the sample's results as CSV.
pub(crate) fn calibrate(s: &mut Standard, sample: &[(Bilingual, domain::meals::MealInput)]) -> Result<String> {
    let mut totals = Vec::with_capacity(sample.len());
    for (name, meal) in sample {
        let f = domain::meals::compute(s, meal).map_err(|e| anyhow!("sample meal {}: {e}", name.en))?;
        totals.push(f.total_kg_co2e);
    }
    let (green, yellow) = domain::meals::rating::bands_from_sample(&totals).ok_or_else(|| {
        anyhow!(
            "the sample has {} meals; at least {} with different totals are needed",
            totals.len(),
            domain::meals::rating::MIN_SAMPLE
        )
    })?;
    s.rating = RatingScale {
        bands: vec![
            RatingBand {
                band: Band::Green,
                max_kg: Some(green),
            },
            RatingBand {
                band: Band::Yellow,
                max_kg: Some(yellow),
            },
            RatingBand {
                band: Band::Red,
                max_kg: None,
            },
        ],
        target_kg: green,
        source: Source {
            name: "Taitung County: bands calibrated on a sample of typical Taiwanese meals under edition 2's boundary"
                .into(),
            version: format!("data/standard/sample-meals.csv, {} meals", sample.len()),
            reference: format!(
                "green <= {green} (the sample's lower third), yellow <= {yellow} (its upper third), red above, kg CO2e per meal; target = the green bound; results in data/standard/sample-results.csv"
            ),
            licence: "Set by the county".into(),
        },
    };
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    w.write_record([
        "meal_zh_tw",
        "meal_en",
        "kind",
        "kg_co2e",
        "shown",
        "low",
        "high",
        "data_quality",
        "band",
    ])?;
    for (name, meal) in sample {
        let f = domain::meals::compute(s, meal).map_err(|e| anyhow!("sample meal {}: {e}", name.en))?;
        w.write_record([
            name.zh_tw.clone(),
            name.en.clone(),
            domain::Named::as_str(meal.kind).to_string(),
            format!("{:.4}", f.total_kg_co2e),
            domain::stats::two_significant(f.total_kg_co2e).to_string(),
            format!("{:.4}", f.range.low),
            format!("{:.4}", f.range.high),
            format!("{:.2}", f.data_quality),
            domain::Named::as_str(f.rating.band).to_string(),
        ])?;
    }
    Ok(String::from_utf8(w.into_inner().map_err(|e| anyhow!("{e}"))?)?)
}
