//! Reads the deployment's profiles (`PROFILE_DIR/<name>/government.toml`
//! and `areas.csv`) and checks them before anything starts. Every problem is
//! reported at once, each with its file and line.

use anyhow::{Result, anyhow, bail};
use domain::platform::profile::{Government, Installation, Where, check, parse_areas};
use std::path::{Path, PathBuf};

struct Files {
    toml: PathBuf,
    toml_text: String,
    areas: PathBuf,
}

/// Every profile in `dir` (the folders with a `government.toml`), by name.
pub fn all_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("government.toml").is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    names
}

/// The installation the named profiles describe.
pub fn load(dir: &Path, names: &[String]) -> Result<Installation> {
    if names.is_empty() {
        bail!(
            "no deployment profile: {} has no folder with a government.toml, and PROFILES names none",
            dir.display()
        );
    }
    let mut governments = Vec::new();
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for name in names {
        match read(dir, name) {
            Ok((g, f)) => {
                governments.push(g);
                files.push(f);
            }
            Err(e) => errors.push(format!("{e:#}")),
        }
    }
    if errors.is_empty() {
        for p in check(&governments) {
            let f = &files[p.government];
            let place = match p.at {
                Where::Field(path) => format!("{}:{}: {path}", f.toml.display(), line_of(&f.toml_text, path)),
                Where::Area(n) => format!("{}:{}", f.areas.display(), n + 2),
                Where::Areas => f.areas.display().to_string(),
            };
            errors.push(format!("{place}: {}", p.what));
        }
    }
    if !errors.is_empty() {
        bail!(
            "the deployment profile has {} problem(s):\n  {}",
            errors.len(),
            errors.join("\n  ")
        );
    }
    Ok(Installation { governments })
}

fn read(dir: &Path, name: &str) -> Result<(Government, Files)> {
    let folder = dir.join(name);
    let toml = folder.join("government.toml");
    let areas = folder.join("areas.csv");
    let toml_text = std::fs::read_to_string(&toml).map_err(|e| anyhow!("{}: {e}", toml.display()))?;
    let mut government: Government = toml::from_str(&toml_text)
        .map_err(|e| anyhow!("{}:{}: {}", toml.display(), line_at(&toml_text, e.span()), e.message()))?;
    let areas_text = std::fs::read_to_string(&areas).map_err(|e| anyhow!("{}: {e}", areas.display()))?;
    government.areas = parse_areas(&areas_text).map_err(|e| anyhow!("{}: {e}", areas.display()))?;
    Ok((government, Files { toml, toml_text, areas }))
}

fn line_at(text: &str, span: Option<std::ops::Range<usize>>) -> usize {
    let at = span.map_or(0, |s| s.start.min(text.len()));
    text[..at].matches('\n').count() + 1
}

/// The line of a dotted key (`early_intervention.sms_tag`), or of the
/// nearest of its parents that the file has (line 1 if none).
fn line_of(text: &str, path: &str) -> usize {
    let Ok(table) = toml::de::DeTable::parse(text) else {
        return 1;
    };
    let mut segments = path.split('.');
    let Some(first) = segments.next().and_then(|s| table.get_ref().get(s)) else {
        return 1;
    };
    let mut at = first;
    for s in segments {
        match at.get_ref().get(s) {
            Some(next) => at = next,
            None => break,
        }
    }
    line_at(text, Some(at.span()))
}
