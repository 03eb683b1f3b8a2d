//! `cargo run -p standard-import -- [DATA_DIR] [OUT_DIR]`
//!
//! Reads the public data files (Agribalyse 3.1.1, Poore & Nemecek 2018 via
//! OWID, Ecobalyse metadata, Taiwan's MOENV carbon-footprint coefficients
//! (CFP_P_02), transport and grid factors, rating schemes; copies with their
//! provenance in `data/sources/`) and the county's checked-in choices
//! (`data/standard/ingredients.csv`, `data/standard/county-assumptions.json`,
//! `data/standard/edition-2-choices.csv`) and writes editions 1 and 2 of the
//! standard as JSON. The output is deterministic: running it again on the same
//! files gives the same bytes, which a test checks.

mod moenv;

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
        .unwrap_or_else(|| root.join("data/sources"));
    let out = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("data/standard"));
    let county = root.join("data/standard");
    let (second, sample) = build_edition_2(&data, &county)?;
    let results = out.join("sample-results.csv");
    std::fs::write(&results, sample).with_context(|| format!("writing {}", results.display()))?;
    for (name, standard) in [("edition-1.json", build(&data, &county)?), ("edition-2.json", second)] {
        standard
            .validate()
            .map_err(|e| anyhow!("the built {name} is invalid: {e}"))?;
        let path = out.join(name);
        std::fs::write(&path, render(&standard)?).with_context(|| format!("writing {}", path.display()))?;
        println!("wrote {} ({} ingredients)", path.display(), standard.ingredients.len());
    }
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
/// The packaging materials' factors come from a secondary source of low quality.
const PACKAGING_DATA_QUALITY: f64 = 4.0;
const MOENV_LICENCE: &str =
    "Open Government Data License, Taiwan v1.0 - MOENV carbon-footprint coefficients (CFP_P_02)";

/// A factor's stages, source and data quality, from the named source. MOENV
/// coefficients are one cradle-to-gate (or wider) figure: it goes to farming,
/// the other stages stay 0.
fn factor(
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

#[derive(Deserialize)]
struct Choice {
    id: String,
    source: String,
    source_key: String,
    state: FoodState,
    part: FoodPart,
    proxy_note: Option<String>,
    choice: String,
}

#[derive(Deserialize)]
struct CountyAddition {
    method: String,
    ingredient: String,
    kg_per_kg: f64,
    rationale: String,
}

#[derive(Deserialize)]
struct CountyPackaging2 {
    id: String,
    moenv: i64,
    end_of_life: String,
}

#[derive(Deserialize)]
struct CountyEndOfLife {
    incineration_moenv: i64,
    plastic_fossil_kg_co2_per_kg: f64,
    rationale: String,
}

#[derive(Deserialize)]
struct CountyGas {
    gas: KitchenGas,
    combustion_kg_per_mj: f64,
    combustion_source: String,
    moenv_burnt: i64,
    moenv_upstream: i64,
}

#[derive(Deserialize)]
struct CountyEdition2 {
    gases: Vec<CountyGas>,
    cooking_additions: Vec<CountyAddition>,
    packaging: Vec<CountyPackaging2>,
    end_of_life: CountyEndOfLife,
}

#[derive(Deserialize)]
struct CountyEdition2File {
    edition_2: CountyEdition2,
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

#[derive(Deserialize)]
struct SampleRow {
    meal_zh_tw: String,
    meal_en: String,
    kind: domain::meals::MealKind,
    ingredient: String,
    grams: f64,
    cooking: Option<String>,
}

/// The county's sample of typical meals: one row per ingredient, the rows
/// of a meal together; every default (origin, waste, packaging, gas) as a
/// restaurant that says nothing more would get.
fn sample_meals(path: &Path) -> Result<Vec<(Bilingual, domain::meals::MealInput)>> {
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
fn calibrate(s: &mut Standard, sample: &[(Bilingual, domain::meals::MealInput)]) -> Result<String> {
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

/// The ingredients of a county file in the shape of `ingredients.csv`, each
/// with its factor from the named source and its Ecobalyse metadata.
fn ingredients_from(file: &Path, data: &Path, moenv: Option<&[moenv::Coefficient]>) -> Result<Vec<Ingredient>> {
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

pub fn build(data: &Path, county: &Path) -> Result<Standard> {
    let ingredients = ingredients_from(&county.join("ingredients.csv"), data, None)?;
    let county_json: CountyAssumptions =
        serde_json::from_str(&std::fs::read_to_string(county.join("county-assumptions.json"))?)?;
    Ok(Standard {
        edition: 1,
        method: METHOD_1,
        ingredients,
        transport: transport(data)?,
        origins: county_json.origins,
        grid: grid(data)?,
        grid_series: Vec::new(),
        gas: county_json.gas,
        gases: Vec::new(),
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
                    data_quality: PACKAGING_DATA_QUALITY,
                    end_of_life_kg_co2e_per_kg: 0.0,
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
            adds: Vec::new(),
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
mod tests;
