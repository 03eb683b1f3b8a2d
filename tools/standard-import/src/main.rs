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

mod calibration;
mod edition1;
mod edition2;
mod ingredients;
mod moenv;
mod sources;

use anyhow::{Context, Result, anyhow};
use domain::meals::standard::*;
use edition1::build;
use edition2::build_edition_2;
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

#[cfg(test)]
mod tests;
