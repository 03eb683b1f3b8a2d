//! `cargo run -p standard-import -- [DATA_DIR] [OUT_FILE]`
//!
//! Reads the public data files (Agribalyse 3.1.1, Poore & Nemecek 2018 via
//! OWID, Ecobalyse metadata, transport and grid factors, rating schemes) and
//! the county's checked-in choices (`data/standard/ingredients.csv`,
//! `data/standard/county-assumptions.json`) and writes edition 1 of the
//! standard as JSON. The output is deterministic: running it again on the same
//! files gives the same bytes, which a test checks.

use anyhow::{Context, Result, anyhow, bail};
use domain::Bilingual;
use domain::meals::rating::Band;
use domain::meals::standard::*;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn main() -> Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut args = std::env::args().skip(1);
    let data = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/data/carbon"));
    let out = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("data/standard/edition-1.json"));
    let standard = build(&data, &root.join("data/standard"))?;
    standard
        .validate()
        .map_err(|e| anyhow!("the built standard is invalid: {e}"))?;
    std::fs::write(&out, render(&standard)?).with_context(|| format!("writing {}", out.display()))?;
    println!("wrote {} ({} ingredients)", out.display(), standard.ingredients.len());
    Ok(())
}

pub fn render(s: &Standard) -> Result<String> {
    Ok(serde_json::to_string_pretty(s)? + "\n")
}

#[derive(Deserialize)]
struct MapRow {
    id: String,
    name_zh_tw: String,
    name_en: String,
    category: Category,
    variant: Variant,
    default_origin: Origin,
    source: String,
    source_key: String,
    yield_key: String,
    inedible_key: String,
    refrigerated: bool,
    default_cooking: String,
    proxy_note: Option<String>,
}

struct Agb {
    name_en: String,
    dqr: f64,
    stages: StageFactors,
}

/// The records of a data file, each with at least `fields` fields (the
/// columns the import reads): a shorter line is an error naming the file
/// and the line, never a crash.
fn read_csv(path: &Path, delimiter: u8, fields: usize) -> Result<Vec<csv::StringRecord>> {
    let file = std::fs::File::open(path).with_context(|| format!("reading {}", path.display()))?;
    records(file, delimiter, fields).with_context(|| format!("reading {}", path.display()))
}

fn records(input: impl std::io::Read, delimiter: u8, fields: usize) -> Result<Vec<csv::StringRecord>> {
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(input);
    let rows = r.records().collect::<Result<Vec<_>, _>>()?;
    for (n, row) in rows.iter().enumerate() {
        if row.len() < fields {
            anyhow::bail!("line {} has {} fields, {fields} expected", n + 2, row.len());
        }
    }
    Ok(rows)
}

fn num(s: &str) -> Result<f64> {
    s.trim().parse::<f64>().with_context(|| format!("not a number: {s:?}"))
}

fn agribalyse(data: &Path) -> Result<HashMap<String, Agb>> {
    let mut m = HashMap::new();
    for r in read_csv(&data.join("agribalyse/agribalyse_3.1.1_lunchbox_subset.csv"), b',', 10)? {
        // group,code_agb,code_ciqual,name_fr,lci_name_en,dqr,ef,total,agriculture,transformation,emballage,transport,supermarche,consommation,...
        let stages = StageFactors {
            farming: num(&r[8])?,
            processing: num(&r[9])?,
            packaging: num(&r[10])?,
            transport: num(&r[11])?,
            retail: num(&r[12])?,
        };
        m.insert(
            r[1].to_string(),
            Agb {
                name_en: r[4].to_string(),
                dqr: num(&r[5])?,
                stages,
            },
        );
    }
    Ok(m)
}

/// Poore & Nemecek per food: the mean kg CO2e per kg, and the eight supply-chain stages.
type PoorNemecek = (HashMap<String, f64>, HashMap<String, [f64; 8]>);

/// Poore & Nemecek: the per-kg mean (with losses), split in the shares of the supply-chain table.
fn poore_nemecek(data: &Path) -> Result<PoorNemecek> {
    let mut means = HashMap::new();
    for r in read_csv(
        &data.join("owid/poore_nemecek_2018_environmental_impacts_per_kg.csv"),
        b',',
        4,
    )? {
        if let Ok(v) = num(&r[3]) {
            means.insert(r[0].to_string(), v);
        }
    }
    let mut stages = HashMap::new();
    for r in read_csv(
        &data.join("owid/poore_nemecek_2018_ghg_by_supply_chain_stage.csv"),
        b',',
        9,
    )? {
        let mut v = [0.0; 8];
        for (i, x) in v.iter_mut().enumerate() {
            *x = num(&r[i + 1])?;
        }
        stages.insert(r[0].to_string(), v);
    }
    Ok((means, stages))
}

fn semicolon_table(path: &Path) -> Result<Vec<(String, f64)>> {
    pairs(read_csv(path, b';', 2)?)
}

fn pairs(rows: Vec<csv::StringRecord>) -> Result<Vec<(String, f64)>> {
    rows.into_iter()
        .map(|r| Ok((r[0].trim().to_string(), num(&r[1])?)))
        .collect()
}

const AGB_LICENCE: &str = "Licence Ouverte / Etalab 2.0 - attribution: ADEME - AGRIBALYSE v3.1.1";
const PN_LICENCE: &str = "CC BY 4.0 (Our World in Data) - credit: Poore & Nemecek (2018), Science 360:987-992";
const ECOBALYSE: &str = "Ecobalyse food metadata (MTES-MCT/ecobalyse-data ac7292ce; MIT, data under Etalab 2.0)";
/// Poore & Nemecek give no data-quality rating; a global mean used for Taiwan scores low.
const PN_DATA_QUALITY: f64 = 4.0;

pub fn build(data: &Path, county: &Path) -> Result<Standard> {
    let agb = agribalyse(data)?;
    let (pn_means, pn_stages) = poore_nemecek(data)?;
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
    let mut rdr = csv::Reader::from_path(county.join("ingredients.csv"))?;
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
        let (stages, source, dq) = match row.source.as_str() {
            "agribalyse" => {
                let a = agb
                    .get(&row.source_key)
                    .ok_or_else(|| anyhow!("{}: no AGB {}", row.id, row.source_key))?;
                let source = Source {
                    name: "ADEME AGRIBALYSE".into(),
                    version: "3.1.1".into(),
                    reference: format!("AGB {} ({})", row.source_key, a.name_en),
                    licence: AGB_LICENCE.into(),
                };
                (a.stages, source, a.dqr)
            }
            "poore_nemecek" => {
                let (mean_key, stage_key) = row
                    .source_key
                    .split_once('|')
                    .ok_or_else(|| anyhow!("{}: key", row.id))?;
                let mean = *pn_means
                    .get(mean_key)
                    .ok_or_else(|| anyhow!("{}: no P&N mean {mean_key}", row.id))?;
                let s = pn_stages
                    .get(stage_key)
                    .ok_or_else(|| anyhow!("{}: no P&N stages {stage_key}", row.id))?;
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
            other => bail!("{}: unknown source {other}", row.id),
        };
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
        });
    }

    let county_json: CountyAssumptions =
        serde_json::from_str(&std::fs::read_to_string(county.join("county-assumptions.json"))?)?;
    Ok(Standard {
        edition: 1,
        ingredients,
        transport: transport(data)?,
        origins: county_json.origins,
        grid: grid(data)?,
        gas: county_json.gas,
        cooking: cooking(data)?,
        packaging: county_json
            .packaging
            .into_iter()
            .map(|p| {
                let (factor, reference) = match p.material.as_str() {
                    "cardboard" => (3.31, "cardboard 3.31 kg CO2e/kg"),
                    "polypropylene" => (3.456, "polypropylene 3.456 kg CO2e/kg"),
                    _ => (0.0, "reusable: washing outside the boundary"),
                };
                PackagingItem {
                    id: p.id,
                    name: Bilingual::new(p.name_zh_tw, p.name_en),
                    material_kg: p.material_kg,
                    material_kg_co2e_per_kg: factor,
                    source: Source {
                        reference: format!("{reference}; mass: {}", county_json.packaging_masses_rationale),
                        ..county_json.packaging_material_source.clone()
                    },
                }
            })
            .collect(),
        default_packaging: county_json.default_packaging,
        waste: county_json.waste,
        rating: rating(data)?,
    })
}

#[derive(Deserialize)]
struct CountyPackaging {
    id: String,
    name_zh_tw: String,
    name_en: String,
    material_kg: f64,
    material: String,
}

#[derive(Deserialize)]
struct CountyAssumptions {
    origins: Vec<OriginPreset>,
    gas: GasFactor,
    packaging_material_source: Source,
    packaging: Vec<CountyPackaging>,
    packaging_masses_rationale: String,
    default_packaging: DefaultPackaging,
    waste: WasteDefault,
}

fn transport(data: &Path) -> Result<Vec<TransportFactor>> {
    let rows = read_csv(&data.join("transport_emission_factors.csv"), b',', 3)?;
    let find = |mode: &str, variant: &str| -> Result<f64> {
        rows.iter()
            .find(|r| &r[0] == mode && &r[1] == variant)
            .map(|r| num(&r[2]))
            .ok_or_else(|| anyhow!("no transport factor {mode} {variant}"))?
    };
    let pn = |reference: &str| Source {
        name: "Poore & Nemecek (2018) food miles via Our World in Data (ecoinvent 3.3 factors)".into(),
        version: "owid-datasets".into(),
        reference: reference.into(),
        licence: PN_LICENCE.into(),
    };
    let small = find("road HGV", "rigid >3.5-7.5t")?;
    Ok(vec![
        TransportFactor {
            mode: TransportMode::Road,
            ambient: find("road", "ambient")?,
            refrigerated: find("road", "temperature-controlled")?,
            source: pn("road ambient / temperature-controlled"),
        },
        TransportFactor {
            mode: TransportMode::SmallTruck,
            ambient: small,
            // No refrigerated factor for small trucks in the data: the ambient one is used (an underestimate).
            refrigerated: small,
            source: Source {
                name: "DEFRA/DECC 2012 GHG conversion factors".into(),
                version: "2012, Annex 7 table 7e".into(),
                reference: "rigid HGV >3.5-7.5 t, direct + indirect; no refrigerated value, ambient used".into(),
                licence: "Open Government Licence; Crown copyright".into(),
            },
        },
        TransportFactor {
            mode: TransportMode::Rail,
            ambient: find("rail", "ambient")?,
            refrigerated: find("rail", "temperature-controlled")?,
            source: pn("rail ambient / temperature-controlled"),
        },
        TransportFactor {
            mode: TransportMode::Sea,
            ambient: find("water (sea)", "ambient")?,
            refrigerated: find("water (sea)", "temperature-controlled")?,
            source: pn("water ambient / temperature-controlled"),
        },
        TransportFactor {
            mode: TransportMode::Air,
            ambient: find("air", "ambient")?,
            refrigerated: find("air", "temperature-controlled")?,
            source: pn("air"),
        },
    ])
}

fn grid(data: &Path) -> Result<GridFactor> {
    let rows = read_csv(&data.join("taiwan/taiwan_grid_emission_factor.csv"), b',', 4)?;
    // The latest published value (2023); later rows are unverified or preliminary.
    let r = rows
        .iter()
        .find(|r| &r[0] == "2023" && &r[2] == "published")
        .ok_or_else(|| anyhow!("no 2023 grid factor"))?;
    Ok(GridFactor {
        kg_per_kwh: num(&r[1])?,
        year: 2023,
        source: Source {
            name: "Ministry of Economic Affairs, Energy Administration: electricity emission factor".into(),
            version: "2023 (announced 2024-04-26)".into(),
            reference: r[3].to_string(),
            licence: "Fact (government announcement)".into(),
        },
    })
}

fn cooking(data: &Path) -> Result<Vec<CookingMethod>> {
    let names: HashMap<&str, &str> = [
        ("frying", "油炸"),
        ("pan-cooking", "爐煮、炒、蒸"),
        ("pan-warming", "回溫加熱"),
        ("oven", "烤箱"),
        ("microwave", "微波"),
    ]
    .into_iter()
    .collect();
    let mut out = Vec::new();
    for r in read_csv(&data.join("ecobalyse/cooking_preparations.csv"), b',', 8)? {
        let id = r[0].to_string();
        let Some(zh) = names.get(id.as_str()) else { continue };
        let name_en = if id == "pan-cooking" {
            "Hob: pan, wok, pot or steamer".to_string()
        } else {
            r[2].to_string()
        };
        out.push(CookingMethod {
            name: Bilingual::new(*zh, name_en),
            kwh_per_kg: num(&r[3])?,
            gas_mj_per_kg: num(&r[5])?,
            changes_mass: &r[7] == "true",
            source: Source {
                name: "Ecobalyse preparation data (from Agribalyse tables 41-43)".into(),
                version: "MTES-MCT/ecobalyse Preparation.elm".into(),
                reference: format!("{id}: {} kWh + {} MJ gas per kg", &r[3], &r[5]),
                licence: "MIT / Etalab 2.0".into(),
            },
            id,
        });
    }
    Ok(out)
}

fn rating(data: &Path) -> Result<RatingScale> {
    let rows = read_csv(&data.join("rating_schemes.csv"), b',', 6)?;
    let helsinki: Vec<_> = rows.iter().filter(|r| r[0].starts_with("Helsinki")).collect();
    let upper = |band: &str| -> Result<Option<f64>> {
        let r = helsinki
            .iter()
            .find(|r| &r[3] == band)
            .ok_or_else(|| anyhow!("no Helsinki band {band}"))?;
        Ok(if r[5].trim().is_empty() {
            None
        } else {
            Some(num(&r[5])?)
        })
    };
    let wwf = rows
        .iter()
        .find(|r| r[0].starts_with("Klimato/WWF"))
        .ok_or_else(|| anyhow!("no WWF target"))?;
    Ok(RatingScale {
        bands: vec![
            RatingBand {
                band: Band::Green,
                max_kg: upper("Green")?,
            },
            RatingBand {
                band: Band::Yellow,
                max_kg: upper("Yellow")?,
            },
            RatingBand {
                band: Band::Red,
                max_kg: upper("Red")?,
            },
        ],
        target_kg: num(&wwf[5])?,
        source: Source {
            name: "Helsinki City catering carbon labels (WWF One Planet Plate); WWF 0.5 kg per meal target".into(),
            version: "rating_schemes.csv".into(),
            reference: "green <= 0.5, yellow <= 1.0, red above (kg CO2e per meal)".into(),
            licence: "Fact".into(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever a data file holds, the import answers with its rows or
        /// an error, never a crash; every row it answers has the columns it reads.
        #[test]
        fn any_file_content_is_read_or_refused(text in "\\PC{0,200}", lines in proptest::collection::vec("[^\\n]{0,40}", 0..8)) {
            for content in [text, lines.join("\n")] {
                for (delimiter, fields) in [(b',', 10usize), (b';', 2)] {
                    if let Ok(rows) = records(content.as_bytes(), delimiter, fields) {
                        prop_assert!(rows.iter().all(|r| r.len() >= fields));
                        if delimiter == b';'
                            && let Ok(p) = pairs(rows)
                        {
                            prop_assert!(p.iter().all(|(k, _)| k.trim() == k));
                        }
                    }
                }
            }
        }

        #[test]
        fn a_number_is_read_or_refused(s in "\\PC{0,20}") {
            let _ = num(&s);
        }
    }

    /// The checked-in edition is exactly what the import makes of the data files.
    #[test]
    fn the_import_reproduces_the_checked_in_edition() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let data = root.join("../shared/data/carbon");
        if !data.exists() {
            eprintln!("skipped: {} is not on this machine", data.display());
            return;
        }
        let built = render(&build(&data, &root.join("data/standard")).unwrap()).unwrap();
        let checked_in = std::fs::read_to_string(root.join("data/standard/edition-1.json")).unwrap();
        assert_eq!(
            built, checked_in,
            "run `cargo run -p standard-import` and commit the result"
        );
    }
}
