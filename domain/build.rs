//! Builds the self-screening checklist's items from the data file
//! `data/screening/checklist.tsv` (a line an item: band, area, key or item,
//! the text in Traditional Chinese and in English). A line that does not read
//! stops the build with the file's name and the line's number.

use std::fmt::Write as _;
use std::path::Path;

const FILE: &str = "../data/screening/checklist.tsv";
const BANDS: [&str; 13] = [
    "m4", "m6", "m9", "m12", "m15", "m18", "m24", "m30", "m36", "m42", "m48", "m60", "m72",
];
const AREAS: [(&str, &str); 5] = [
    ("gross_motor", "GrossMotor"),
    ("fine_motor", "FineMotor"),
    ("language", "Language"),
    ("cognition", "Cognition"),
    ("social", "Social"),
];

fn main() {
    println!("cargo::rerun-if-changed={FILE}");
    let text = std::fs::read_to_string(FILE).unwrap_or_else(|e| panic!("{FILE}: {e}"));
    let mut bands: Vec<Vec<String>> = vec![Vec::new(); BANDS.len()];
    let mut header = false;
    for (n, line) in text.lines().enumerate() {
        let at = format!("{FILE}:{}", n + 1);
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        if !header {
            assert_eq!(cells, ["band", "area", "kind", "zh_tw", "en"], "{at}: the header line");
            header = true;
            continue;
        }
        let [band, area, kind, zh_tw, en] = cells[..] else {
            panic!("{at}: five cells separated by tabs, found {}", cells.len());
        };
        let band = BANDS
            .iter()
            .position(|b| *b == band)
            .unwrap_or_else(|| panic!("{at}: {band:?} is no age band ({})", BANDS.join(", ")));
        let area = AREAS
            .iter()
            .find(|(name, _)| *name == area)
            .unwrap_or_else(|| panic!("{at}: {area:?} is no area"))
            .1;
        let key = match kind {
            "key" => true,
            "item" => false,
            other => panic!("{at}: {other:?} is neither key nor item"),
        };
        assert!(
            !zh_tw.trim().is_empty() && !en.trim().is_empty(),
            "{at}: the item needs both texts"
        );
        bands[band].push(format!("i({area}, {key}, {zh_tw:?}, {en:?})"));
    }
    let mut out = String::new();
    for (name, items) in BANDS.iter().zip(&bands) {
        assert!(!items.is_empty(), "{FILE}: no item for the band {name}");
        let _ = writeln!(
            out,
            "const {}: [Item; {}] = [{}];",
            name.to_uppercase(),
            items.len(),
            items.join(", ")
        );
    }
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("checklist.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
