//! Edition 2: the county's second choices (MOENV factors, packaging, end of life, gas) over edition 1.

use crate::calibration::*;
use crate::edition1::*;
use crate::ingredients::*;
use crate::moenv;
use crate::sources::*;
use anyhow::{Context, Result, anyhow, bail};
use domain::meals::standard::*;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

#[derive(Deserialize)]
pub(crate) struct Choice {
    pub(crate) id: String,
    pub(crate) source: String,
    pub(crate) source_key: String,
    pub(crate) state: FoodState,
    pub(crate) part: FoodPart,
    pub(crate) proxy_note: Option<String>,
    pub(crate) choice: String,
}

#[derive(Deserialize)]
pub(crate) struct CountyAddition {
    pub(crate) method: String,
    pub(crate) ingredient: String,
    pub(crate) kg_per_kg: f64,
    pub(crate) rationale: String,
}

#[derive(Deserialize)]
pub(crate) struct CountyPackaging2 {
    pub(crate) id: String,
    pub(crate) moenv: i64,
    pub(crate) end_of_life: String,
}

#[derive(Deserialize)]
pub(crate) struct CountyEndOfLife {
    pub(crate) incineration_moenv: i64,
    pub(crate) plastic_fossil_kg_co2_per_kg: f64,
    pub(crate) rationale: String,
}

#[derive(Deserialize)]
pub(crate) struct CountyGas {
    pub(crate) gas: KitchenGas,
    pub(crate) combustion_kg_per_mj: f64,
    pub(crate) combustion_source: String,
    pub(crate) moenv_burnt: i64,
    pub(crate) moenv_upstream: i64,
}

#[derive(Deserialize)]
pub(crate) struct CountyEdition2 {
    pub(crate) gases: Vec<CountyGas>,
    pub(crate) cooking_additions: Vec<CountyAddition>,
    pub(crate) packaging: Vec<CountyPackaging2>,
    pub(crate) end_of_life: CountyEndOfLife,
}

#[derive(Deserialize)]
pub(crate) struct CountyEdition2File {
    pub(crate) edition_2: CountyEdition2,
}

/// Edition 2: edition 1's data under method 2, every ingredient with the
/// basis of its factor and the county's documented choice of source
/// (`edition-2-choices.csv`, one row per ingredient: a missing or extra row
/// is an error), what frying adds, packaging with its end of life, the
/// kitchen gases, and rating bands calibrated on the sample of typical
/// meals; with the sample's results as CSV.
pub fn build_edition_2(data: &Path, county: &Path) -> Result<(Standard, String)> {
    let mut s = build(data, county)?;
    s.edition = 2;
    s.method = METHOD_2;
    let agb = agribalyse(data)?;
    let pn = poore_nemecek(data)?;
    let moenv = moenv::read(&data.join("taiwan/moenv/cfp_site_scrape_2024-08-15.json"))?;
    // Foods edition 2 adds, with a Taiwanese coefficient (an organic rice).
    s.ingredients.extend(ingredients_from(
        &county.join("edition-2-ingredients.csv"),
        data,
        Some(&moenv),
    )?);
    let mut choices = HashMap::new();
    let mut rdr = csv::Reader::from_path(county.join("edition-2-choices.csv"))?;
    for row in rdr.deserialize::<Choice>() {
        let row = row?;
        if choices.insert(row.id.clone(), row).is_some() {
            bail!("edition-2-choices.csv: a second row for one ingredient");
        }
    }
    for ing in &mut s.ingredients {
        let c = choices
            .remove(&ing.id)
            .ok_or_else(|| anyhow!("edition-2-choices.csv: no row for {}", ing.id))?;
        if c.choice.trim().is_empty() {
            bail!("edition-2-choices.csv: {} has no reason for its source", ing.id);
        }
        if c.source != "same" {
            let (stages, source, dq) = factor(&ing.id, &c.source, &c.source_key, &agb, &pn, Some(&moenv))?;
            ing.stages = stages;
            ing.source = source;
            ing.data_quality = dq;
            ing.proxy_note = c.proxy_note.filter(|n| !n.trim().is_empty());
        }
        ing.basis = Basis {
            state: c.state,
            part: c.part,
        };
        ing.choice = c.choice;
    }
    if let Some(extra) = choices.keys().next() {
        bail!("edition-2-choices.csv: {extra} is no ingredient");
    }
    let file: CountyEdition2File =
        serde_json::from_str(&std::fs::read_to_string(county.join("county-assumptions.json"))?)?;
    let eol = &file.edition_2.end_of_life;
    let incineration = moenv
        .iter()
        .find(|c| c.id == eol.incineration_moenv)
        .ok_or_else(|| anyhow!("no MOENV coefficient {}", eol.incineration_moenv))?;
    if incineration.unit != "公噸(mt)" {
        bail!(
            "MOENV {}: the incineration service is per {}",
            incineration.id,
            incineration.unit
        );
    }
    let service_per_kg = incineration.kg_co2e_per_unit / 1000.0;
    for p in &file.edition_2.packaging {
        let item = s
            .packaging
            .iter_mut()
            .find(|i| i.id == p.id)
            .ok_or_else(|| anyhow!("county-assumptions.json: no packaging {}", p.id))?;
        let m = moenv::per_kg(&moenv, p.moenv)?;
        item.end_of_life_kg_co2e_per_kg = match p.end_of_life.as_str() {
            "paper" => service_per_kg,
            "plastic" => service_per_kg + eol.plastic_fossil_kg_co2_per_kg,
            other => bail!("county-assumptions.json: unknown end of life {other}"),
        };
        item.material_kg_co2e_per_kg = m.kg_co2e_per_unit;
        item.data_quality = m.data_quality();
        item.source = Source {
            name: "Taiwan MOENV carbon-footprint coefficients (CFP_P_02); end of life: MOENV and IPCC 2006".into(),
            version: m.version(),
            reference: format!(
                "material: cd_id {} {} {} kg CO2e per kg, {}; end of life {} kg CO2e per kg: {}",
                m.id, m.name, m.kg_co2e_per_unit, m.life_cycle, item.end_of_life_kg_co2e_per_kg, eol.rationale
            ),
            licence: format!("{MOENV_LICENCE}; IPCC defaults are facts"),
        };
    }
    // Kitchen gases: IPCC's combustion factor per MJ; the upstream share is
    // MOENV's "unburnt" coefficient over its "burnt" one (both per the same
    // litre or cubic metre, so the unit cancels).
    for g in &file.edition_2.gases {
        let find = |id: i64| {
            moenv
                .iter()
                .find(|c| c.id == id)
                .ok_or_else(|| anyhow!("no MOENV coefficient {id}"))
        };
        let (burnt, upstream) = (find(g.moenv_burnt)?, find(g.moenv_upstream)?);
        if burnt.unit != upstream.unit {
            bail!("MOENV {} and {} are per different units", burnt.id, upstream.id);
        }
        let share = upstream.kg_co2e_per_unit / burnt.kg_co2e_per_unit;
        s.gases.push(GasOption {
            gas: g.gas,
            combustion_kg_per_mj: g.combustion_kg_per_mj,
            upstream_share: share,
            source: Source {
                name: "IPCC 2006 (combustion); Taiwan MOENV CFP_P_02 (upstream share)".into(),
                version: format!("MOENV {}", burnt.version()),
                reference: format!(
                    "{}; upstream: cd_id {} {} {} / cd_id {} {} {} kg CO2e per {} = {share:.4}",
                    g.combustion_source,
                    upstream.id,
                    upstream.name,
                    upstream.kg_co2e_per_unit,
                    burnt.id,
                    burnt.name,
                    burnt.kg_co2e_per_unit,
                    burnt.unit
                ),
                licence: format!("{MOENV_LICENCE}; IPCC defaults are facts"),
            },
        });
    }
    for a in file.edition_2.cooking_additions {
        let m = s
            .cooking
            .iter_mut()
            .find(|m| m.id == a.method)
            .ok_or_else(|| anyhow!("county-assumptions.json: no cooking method {}", a.method))?;
        m.adds.push(Addition {
            ingredient: a.ingredient,
            kg_per_kg: a.kg_per_kg,
            rationale: a.rationale,
        });
    }
    // The grid factor by year: the published years only (later rows are
    // unverified or preliminary).
    for r in read_csv(&data.join("taiwan/taiwan_grid_emission_factor.csv"), b',', 4)? {
        if &r[2] == "published" {
            s.grid_series.push(GridYear {
                year: r[0].trim().parse().with_context(|| format!("grid year {:?}", &r[0]))?,
                kg_per_kwh: num(&r[1])?,
            });
        }
    }
    // Refrigerated small trucks: no source gives a factor; edition 1 used the
    // ambient one. Edition 2 applies the ratio the sources give for lorries
    // (Poore & Nemecek: 0.40 refrigerated / 0.20 ambient per tonne-km).
    let road = s
        .transport
        .iter()
        .find(|t| t.mode == TransportMode::Road)
        .ok_or_else(|| anyhow!("no road factor"))?;
    let ratio = road.refrigerated / road.ambient;
    let small = s
        .transport
        .iter_mut()
        .find(|t| t.mode == TransportMode::SmallTruck)
        .ok_or_else(|| anyhow!("no small-truck factor"))?;
    small.refrigerated = small.ambient * ratio;
    small.source.reference = format!(
        "rigid HGV >3.5-7.5 t, direct + indirect; refrigerated: the ambient value x {ratio} (Poore & Nemecek's refrigerated / ambient ratio for road freight; no source gives a refrigerated small-truck factor)"
    );
    let results = calibrate(&mut s, &sample_meals(&county.join("sample-meals.csv"))?)?;
    Ok((s, results))
}
