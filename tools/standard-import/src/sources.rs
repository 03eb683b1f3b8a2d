//! The public datasets as the import reads them (Agribalyse, Poore & Nemecek via OWID), with their licences.

use anyhow::{Context, Result};
use domain::meals::standard::*;
use std::collections::HashMap;
use std::path::Path;

pub(crate) struct Agb {
    pub(crate) name_en: String,
    pub(crate) dqr: f64,
    pub(crate) stages: StageFactors,
}

/// The records of a data file, each with at least `fields` fields (the
/// columns the import reads): a shorter line is an error naming the file
/// and the line, never a crash.
pub(crate) fn read_csv(path: &Path, delimiter: u8, fields: usize) -> Result<Vec<csv::StringRecord>> {
    let file = std::fs::File::open(path).with_context(|| format!("reading {}", path.display()))?;
    records(file, delimiter, fields).with_context(|| format!("reading {}", path.display()))
}

pub(crate) fn records(input: impl std::io::Read, delimiter: u8, fields: usize) -> Result<Vec<csv::StringRecord>> {
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

pub(crate) fn num(s: &str) -> Result<f64> {
    s.trim().parse::<f64>().with_context(|| format!("not a number: {s:?}"))
}

pub(crate) fn agribalyse(data: &Path) -> Result<HashMap<String, Agb>> {
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
pub(crate) type PoorNemecek = (HashMap<String, f64>, HashMap<String, [f64; 8]>);

/// Poore & Nemecek: the per-kg mean (with losses), split in the shares of the supply-chain table.
pub(crate) fn poore_nemecek(data: &Path) -> Result<PoorNemecek> {
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

pub(crate) fn semicolon_table(path: &Path) -> Result<Vec<(String, f64)>> {
    pairs(read_csv(path, b';', 2)?)
}

pub(crate) fn pairs(rows: Vec<csv::StringRecord>) -> Result<Vec<(String, f64)>> {
    rows.into_iter()
        .map(|r| Ok((r[0].trim().to_string(), num(&r[1])?)))
        .collect()
}

pub(crate) const AGB_LICENCE: &str = "Licence Ouverte / Etalab 2.0 - attribution: ADEME - AGRIBALYSE v3.1.1";

pub(crate) const PN_LICENCE: &str =
    "CC BY 4.0 (Our World in Data) - credit: Poore & Nemecek (2018), Science 360:987-992";

pub(crate) const ECOBALYSE: &str =
    "Ecobalyse food metadata (MTES-MCT/ecobalyse-data ac7292ce; MIT, data under Etalab 2.0)";

/// Poore & Nemecek give no data-quality rating; a global mean used for Taiwan scores low.
pub(crate) const PN_DATA_QUALITY: f64 = 4.0;

/// The packaging materials' factors come from a secondary source of low quality.
pub(crate) const PACKAGING_DATA_QUALITY: f64 = 4.0;

pub(crate) const MOENV_LICENCE: &str =
    "Open Government Data License, Taiwan v1.0 - MOENV carbon-footprint coefficients (CFP_P_02)";
