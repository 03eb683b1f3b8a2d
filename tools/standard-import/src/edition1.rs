//! Edition 1: the ingredients, transport, grid, cooking and rating of the county's first choices.

use crate::ingredients::*;
use crate::sources::*;
use anyhow::{Result, anyhow};
use domain::Bilingual;
use domain::meals::rating::Band;
use domain::meals::standard::*;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

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
pub(crate) struct CountyPackaging {
    pub(crate) id: String,
    pub(crate) name_zh_tw: String,
    pub(crate) name_en: String,
    pub(crate) material_kg: f64,
    pub(crate) material: String,
}

#[derive(Deserialize)]
pub(crate) struct CountyAssumptions {
    pub(crate) origins: Vec<OriginPreset>,
    pub(crate) gas: GasFactor,
    pub(crate) packaging_material_source: Source,
    pub(crate) packaging: Vec<CountyPackaging>,
    pub(crate) packaging_masses_rationale: String,
    pub(crate) default_packaging: DefaultPackaging,
    pub(crate) waste: WasteDefault,
}

pub(crate) fn transport(data: &Path) -> Result<Vec<TransportFactor>> {
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

pub(crate) fn grid(data: &Path) -> Result<GridFactor> {
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

pub(crate) fn cooking(data: &Path) -> Result<Vec<CookingMethod>> {
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

pub(crate) fn rating(data: &Path) -> Result<RatingScale> {
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
