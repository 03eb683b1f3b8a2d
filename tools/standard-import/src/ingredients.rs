//! Each ingredient's factor: the county's choice of source, mapped to the dataset's item.

use crate::moenv;
use crate::sources::*;
use anyhow::{Context, Result, anyhow, bail};
use domain::Bilingual;
use domain::meals::standard::*;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

#[derive(Deserialize)]
pub(crate) struct MapRow {
    pub(crate) id: String,
    pub(crate) name_zh_tw: String,
    pub(crate) name_en: String,
    pub(crate) category: Category,
    pub(crate) variant: Variant,
    pub(crate) default_origin: Origin,
    pub(crate) source: String,
    pub(crate) source_key: String,
    pub(crate) yield_key: String,
    pub(crate) inedible_key: String,
    pub(crate) refrigerated: bool,
    pub(crate) default_cooking: String,
    pub(crate) proxy_note: Option<String>,
}

/// A factor's stages, source and data quality, from the named source. MOENV
/// coefficients are one cradle-to-gate (or wider) figure: it goes to farming,
/// the other stages stay 0.
pub(crate) fn factor(
    id: &str,
    source: &str,
    key: &str,
    agb: &HashMap<String, Agb>,
    (pn_means, pn_stages): &PoorNemecek,
    moenv: Option<&[moenv::Coefficient]>,
) -> Result<(StageFactors, Source, f64)> {
    Ok(match source {
        "agribalyse" => {
            let a = agb.get(key).ok_or_else(|| anyhow!("{id}: no AGB {key}"))?;
            let source = Source {
                name: "ADEME AGRIBALYSE".into(),
                version: "3.1.1".into(),
                reference: format!("AGB {key} ({})", a.name_en),
                licence: AGB_LICENCE.into(),
            };
            (a.stages, source, a.dqr)
        }
        "poore_nemecek" => {
            let (mean_key, stage_key) = key.split_once('|').ok_or_else(|| anyhow!("{id}: key"))?;
            let mean = *pn_means
                .get(mean_key)
                .ok_or_else(|| anyhow!("{id}: no P&N mean {mean_key}"))?;
            let s = pn_stages
                .get(stage_key)
                .ok_or_else(|| anyhow!("{id}: no P&N stages {stage_key}"))?;
            // land use change, feed, farm, processing, transport, packaging, retail, total without losses
            let scale = mean / s[7];
            let stages = StageFactors {
                farming: (s[0] + s[1] + s[2]) * scale,
                processing: s[3] * scale,
                transport: s[4] * scale,
                packaging: s[5] * scale,
                retail: s[6] * scale,
            };
            let source = Source {
                name: "Poore & Nemecek (2018) via Our World in Data".into(),
                version: "owid-datasets 37ad4829 (per kg); supply-chain shares from the OWID stage table".into(),
                reference: format!("{mean_key}: {mean} kg CO2e/kg, mean with losses, split pro rata"),
                licence: PN_LICENCE.into(),
            };
            (stages, source, PN_DATA_QUALITY)
        }
        "moenv" => {
            let all = moenv.ok_or_else(|| anyhow!("{id}: MOENV coefficients are for edition 2 on"))?;
            let cd_id: i64 = key.parse().with_context(|| format!("{id}: MOENV key {key:?}"))?;
            let c = moenv::per_kg(all, cd_id)?;
            let stages = StageFactors {
                farming: c.kg_co2e_per_unit,
                ..StageFactors::default()
            };
            let source = Source {
                name: "Taiwan MOENV carbon-footprint coefficients (CFP_P_02, 產品碳足跡資訊網)".into(),
                version: c.version(),
                reference: format!(
                    "cd_id {cd_id} {} ({}): {} kg CO2e per {}; {}; {}",
                    c.name, c.english_name, c.kg_co2e_per_unit, c.unit, c.life_cycle, c.publisher
                ),
                licence: MOENV_LICENCE.into(),
            };
            (stages, source, c.data_quality())
        }
        other => bail!("{id}: unknown source {other}"),
    })
}

/// The ingredients of a county file in the shape of `ingredients.csv`, each
/// with its factor from the named source and its Ecobalyse metadata.
pub(crate) fn ingredients_from(
    file: &Path,
    data: &Path,
    moenv: Option<&[moenv::Coefficient]>,
) -> Result<Vec<Ingredient>> {
    let agb = agribalyse(data)?;
    let pn = poore_nemecek(data)?;
    let meta = data.join("ecobalyse/food_metadata");
    // The first block of cooked_to_raw.csv is Ecobalyse's raw-to-cooked ratio per food;
    // a second block (a per-processing-state table) follows after "other ingredient".
    let mut yields = HashMap::new();
    for (k, v) in semicolon_table(&meta.join("cooked_to_raw.csv"))? {
        let last = k == "other ingredient";
        yields.entry(k).or_insert(v);
        if last {
            break;
        }
    }
    let agb_inedible: HashMap<_, _> = semicolon_table(&meta.join("agb_inedible.csv"))?.into_iter().collect();
    let generic_inedible: HashMap<_, _> = semicolon_table(&meta.join("inedible_part.csv"))?.into_iter().collect();

    let mut ingredients = Vec::new();
    let mut rdr = csv::Reader::from_path(file).with_context(|| format!("reading {}", file.display()))?;
    for row in rdr.deserialize::<MapRow>() {
        let row = row?;
        let cooked_yield = *yields
            .get(&row.yield_key)
            .ok_or_else(|| anyhow!("{}: no yield {}", row.id, row.yield_key))?;
        let (inedible, inedible_note) = match row.inedible_key.split_once(':') {
            Some(("agb", k)) => (
                *agb_inedible.get(k).ok_or_else(|| anyhow!("{}: {k}", row.id))?,
                format!("agb_inedible '{k}'"),
            ),
            Some(("generic", k)) => (
                *generic_inedible.get(k).ok_or_else(|| anyhow!("{}: {k}", row.id))?,
                format!("inedible_part '{k}'"),
            ),
            _ if row.inedible_key == "none" => (0.0, "no inedible part".to_string()),
            _ => bail!("{}: bad inedible key {}", row.id, row.inedible_key),
        };
        let metadata = format!(
            "{ECOBALYSE}: cooked_to_raw '{}' = {cooked_yield}; {inedible_note} = {inedible}",
            row.yield_key
        );
        let (stages, source, dq) = factor(&row.id, &row.source, &row.source_key, &agb, &pn, moenv)?;
        ingredients.push(Ingredient {
            id: row.id,
            name: Bilingual::new(row.name_zh_tw, row.name_en),
            category: row.category,
            variant: row.variant,
            stages,
            source,
            data_quality: dq,
            proxy_note: row.proxy_note.filter(|s| !s.trim().is_empty()),
            metadata_note: metadata,
            edible_fraction: 1.0 - inedible,
            cooked_yield,
            refrigerated: row.refrigerated,
            default_origin: row.default_origin,
            default_cooking: row.default_cooking,
            basis: Basis::default(),
            choice: String::new(),
        });
    }

    Ok(ingredients)
}
