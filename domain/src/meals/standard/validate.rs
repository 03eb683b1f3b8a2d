//! What an edition must satisfy before it is published, so that the
//! calculation can rely on it.

use super::{edition::*, food::*, serving::*, transport::*};
use crate::Named;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StandardError {
    #[error("ingredient {0}: a factor is negative or not a number")]
    BadFactor(String),
    #[error("ingredient {0}: edible fraction and cooked yield must be above zero")]
    BadYield(String),
    #[error("duplicate id {0}")]
    Duplicate(String),
    #[error("ingredient {0}: unknown default cooking method")]
    UnknownCooking(String),
    #[error("no transport factor for {0:?}")]
    MissingMode(TransportMode),
    #[error("no preset for origin {0:?}")]
    MissingOrigin(Origin),
    #[error("the rating bands must rise and end with an open band")]
    BadRating,
    #[error("a figure outside the standard's plausible range: {0}")]
    OutOfRange(String),
}

fn ok_num(x: f64) -> bool {
    x.is_finite() && x >= 0.0
}

impl Standard {
    /// Checks an edition before it is published, so that the calculation can
    /// rely on it: every figure finite and non-negative, every id unique,
    /// every mode and origin covered, rating bands rising.
    pub fn validate(&self) -> Result<(), StandardError> {
        let mut ids = std::collections::HashSet::new();
        for i in &self.ingredients {
            if !ids.insert(i.id.as_str()) {
                return Err(StandardError::Duplicate(i.id.clone()));
            }
            let s = &i.stages;
            if ![
                s.farming,
                s.processing,
                s.packaging,
                s.transport,
                s.retail,
                i.data_quality,
            ]
            .into_iter()
            .all(ok_num)
            {
                return Err(StandardError::BadFactor(i.id.clone()));
            }
            if s.total() > 200.0 || !(1.0..=5.0).contains(&i.data_quality) {
                return Err(StandardError::OutOfRange(i.id.clone()));
            }
            if !(i.edible_fraction > 0.0 && i.edible_fraction <= 1.0 && i.cooked_yield > 0.0 && i.cooked_yield <= 5.0) {
                return Err(StandardError::BadYield(i.id.clone()));
            }
            if i.default_cooking != NO_COOKING && self.cooking_method(&i.default_cooking).is_none() {
                return Err(StandardError::UnknownCooking(i.id.clone()));
            }
        }
        for mode in TransportMode::all() {
            let t = self
                .transport
                .iter()
                .find(|t| t.mode == mode)
                .ok_or(StandardError::MissingMode(mode))?;
            if !ok_num(t.ambient) || !ok_num(t.refrigerated) {
                return Err(StandardError::OutOfRange(format!("{mode:?}")));
            }
        }
        for origin in Origin::all() {
            let o = self
                .origins
                .iter()
                .find(|o| o.origin == origin)
                .ok_or(StandardError::MissingOrigin(origin))?;
            if o.legs.iter().any(|l| !ok_num(l.km) || l.km > MAX_LEG_KM) {
                return Err(StandardError::OutOfRange(format!("{origin:?}")));
            }
        }
        let mut cook_ids = std::collections::HashSet::new();
        for c in &self.cooking {
            if !cook_ids.insert(c.id.as_str()) || c.id == NO_COOKING {
                return Err(StandardError::Duplicate(c.id.clone()));
            }
            if !ok_num(c.kwh_per_kg) || !ok_num(c.gas_mj_per_kg) {
                return Err(StandardError::OutOfRange(c.id.clone()));
            }
            if c.adds
                .iter()
                .any(|a| !(ok_num(a.kg_per_kg) && a.kg_per_kg <= 0.5) || self.ingredient(&a.ingredient).is_none())
            {
                return Err(StandardError::OutOfRange(c.id.clone()));
            }
        }
        let mut pack_ids = std::collections::HashSet::new();
        for p in &self.packaging {
            if !pack_ids.insert(p.id.as_str()) {
                return Err(StandardError::Duplicate(p.id.clone()));
            }
            if !ok_num(p.material_kg)
                || !ok_num(p.material_kg_co2e_per_kg)
                || !ok_num(p.end_of_life_kg_co2e_per_kg)
                || !(1.0..=5.0).contains(&p.data_quality)
            {
                return Err(StandardError::OutOfRange(p.id.clone()));
            }
        }
        for u in self
            .default_packaging
            .lunch_box
            .iter()
            .chain(&self.default_packaging.dish)
        {
            if self.packaging_item(&u.id).is_none() {
                return Err(StandardError::OutOfRange(u.id.clone()));
            }
        }
        if !ok_num(self.grid.kg_per_kwh) || !ok_num(self.gas.kg_per_mj) || self.grid.kg_per_kwh > 2.0 {
            return Err(StandardError::OutOfRange("energy".into()));
        }
        let mut years = std::collections::HashSet::new();
        for g in &self.grid_series {
            if !years.insert(g.year) || !ok_num(g.kg_per_kwh) || g.kg_per_kwh > 2.0 {
                return Err(StandardError::OutOfRange("grid_series".into()));
            }
        }
        let mut gases = std::collections::HashSet::new();
        for g in &self.gases {
            if !gases.insert(g.gas)
                || !ok_num(g.combustion_kg_per_mj)
                || g.combustion_kg_per_mj > 1.0
                || !ok_num(g.upstream_share)
                || g.upstream_share > 1.0
            {
                return Err(StandardError::OutOfRange("gases".into()));
            }
        }
        if self.method != METHOD_1 && self.method != METHOD_2 {
            return Err(StandardError::OutOfRange("method".into()));
        }
        if !(0.0..MAX_WASTE_SHARE).contains(&self.waste.default_share) {
            return Err(StandardError::OutOfRange("waste".into()));
        }
        self.validate_rating()
    }

    fn validate_rating(&self) -> Result<(), StandardError> {
        let bands = &self.rating.bands;
        let Some((last, rest)) = bands.split_last() else {
            return Err(StandardError::BadRating);
        };
        if last.max_kg.is_some() || !ok_num(self.rating.target_kg) {
            return Err(StandardError::BadRating);
        }
        let mut prev = 0.0;
        for b in rest {
            match b.max_kg {
                Some(m) if ok_num(m) && m > prev => prev = m,
                _ => return Err(StandardError::BadRating),
            }
        }
        Ok(())
    }
}
