//! Taiwan's Ministry of Environment carbon-footprint coefficients (碳足跡排放係數,
//! open dataset CFP_P_02, shown on 產品碳足跡資訊網 cfp-calculate.tw), in the
//! shape the site publishes: a JSON array of records, the first of which is
//! the column legend with the export's metadata.
//!
//! A record's `carbonFootprint` is `{value, unit}` where the unit is kgCO₂e or
//! gCO₂e, for `quantity` of the `declarationUnit` (a sugar row is 28.9 kg for
//! 25 kg). `per_unit` brings every record to kg CO2e per one declared unit.

use anyhow::{Context, Result, anyhow, bail};
use serde::Deserialize;
use std::path::Path;

#[derive(Clone, Debug, Deserialize)]
pub struct Footprint {
    pub value: String,
    pub unit: String,
}

/// One record as the site exports it (the fields the import reads).
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Record {
    #[serde(rename = "cd_id")]
    pub cd_id: serde_json::Value,
    pub chinese_name: String,
    #[serde(default)]
    pub english_name: String,
    pub carbon_footprint: serde_json::Value,
    pub quantity: serde_json::Value,
    pub declaration_unit: String,
    #[serde(default)]
    pub life_cycle: String,
    #[serde(default)]
    pub reliability: serde_json::Value,
    #[serde(default)]
    pub completeness: serde_json::Value,
    #[serde(default)]
    pub announcement_year: serde_json::Value,
    #[serde(default)]
    pub construction_unit: String,
}

/// A record brought to kg CO2e per one declared unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Coefficient {
    pub id: i64,
    pub name: String,
    pub english_name: String,
    pub kg_co2e_per_unit: f64,
    /// The declared unit, e.g. 公斤(kg), 公升(L), 顆.
    pub unit: String,
    pub life_cycle: String,
    /// The dataset's own scores (1 best), when given.
    pub reliability: Option<f64>,
    pub completeness: Option<f64>,
    pub year: Option<i64>,
    pub publisher: String,
}

impl Coefficient {
    /// The export and the year the coefficient was announced, for a `Source`.
    pub fn version(&self) -> String {
        format!(
            "export of 2024-08-15, announced {}",
            self.year.map_or("?".to_string(), |y| y.to_string())
        )
    }

    /// Whether one declared unit is a kilogram (公斤(kg)).
    pub fn per_kg(&self) -> bool {
        self.unit.contains("(kg)")
    }

    /// On the standard's scale (1 best … 5 worst): the mean of the dataset's
    /// reliability and completeness scores, plus one for representativeness,
    /// since most food rows are one producer's product used here for every
    /// restaurant's (`docs/carbon-method.md` §5); 4 when the row has no scores.
    pub fn data_quality(&self) -> f64 {
        match (self.reliability, self.completeness) {
            (Some(r), Some(c)) => ((r + c) / 2.0 + 1.0).clamp(1.0, 5.0),
            _ => 4.0,
        }
    }
}

fn number(v: &serde_json::Value) -> Option<f64> {
    match v {
        serde_json::Value::Number(n) => n.as_f64(),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// kg CO2e per declared unit of one record; an error names what is wrong.
pub fn per_unit(r: &Record) -> Result<Coefficient> {
    let fp: Footprint = serde_json::from_value(r.carbon_footprint.clone())
        .with_context(|| format!("{}: carbonFootprint is not {{value, unit}}", r.chinese_name))?;
    let value: f64 = fp
        .value
        .trim()
        .parse()
        .with_context(|| format!("{}: footprint {:?} is not a number", r.chinese_name, fp.value))?;
    let to_kg = match fp.unit.trim() {
        "kgCO₂e" | "kgCO2e" => 1.0,
        "gCO₂e" | "gCO2e" => 0.001,
        other => bail!("{}: unknown footprint unit {other:?}", r.chinese_name),
    };
    let quantity = number(&r.quantity).ok_or_else(|| anyhow!("{}: no quantity", r.chinese_name))?;
    if !(value.is_finite() && value >= 0.0 && quantity.is_finite() && quantity > 0.0) {
        bail!("{}: footprint {value} for quantity {quantity}", r.chinese_name);
    }
    let id = number(&r.cd_id).ok_or_else(|| anyhow!("{}: no cd_id", r.chinese_name))? as i64;
    Ok(Coefficient {
        id,
        name: r.chinese_name.trim().to_string(),
        english_name: r.english_name.trim().to_string(),
        kg_co2e_per_unit: value * to_kg / quantity,
        unit: r.declaration_unit.trim().to_string(),
        life_cycle: r.life_cycle.trim().to_string(),
        reliability: number(&r.reliability),
        completeness: number(&r.completeness),
        year: number(&r.announcement_year).map(|y| y as i64),
        publisher: r.construction_unit.trim().to_string(),
    })
}

/// Every record of an export (the legend row skipped). A record that cannot
/// be read is an error naming it: the import never guesses a coefficient.
pub fn parse(json: &str) -> Result<Vec<Coefficient>> {
    let rows: Vec<serde_json::Value> = serde_json::from_str(json).context("the export is not a JSON array")?;
    let mut out = Vec::with_capacity(rows.len());
    for (n, row) in rows.into_iter().enumerate() {
        // The legend: its cd_id is the text "key" and its footprint a column title.
        if row.get("cd_id").and_then(|v| v.as_str()) == Some("key") {
            continue;
        }
        let r: Record = serde_json::from_value(row).with_context(|| format!("record {n}"))?;
        out.push(per_unit(&r)?);
    }
    Ok(out)
}

pub fn read(path: &Path) -> Result<Vec<Coefficient>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    parse(&text).with_context(|| format!("reading {}", path.display()))
}

/// The record with this `cd_id`, which must be per kg.
pub fn per_kg(all: &[Coefficient], id: i64) -> Result<&Coefficient> {
    let c = all
        .iter()
        .find(|c| c.id == id)
        .ok_or_else(|| anyhow!("no MOENV coefficient with cd_id {id}"))?;
    if !c.per_kg() {
        bail!("MOENV {id} ({}) is per {}, not per kg", c.name, c.unit);
    }
    Ok(c)
}

#[cfg(test)]
mod tests;
