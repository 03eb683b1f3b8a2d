//! The county's changes to the standard: each one makes the next edition,
//! which must still pass `Standard::validate`.

use super::validate::StandardError;
use super::{edition::*, food::*, kitchen::*};
use serde::{Deserialize, Serialize};

/// One change to the standard; publishing it makes a new edition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum StandardChange {
    /// Replaces the ingredient with the same id, or adds it.
    Ingredient(Box<Ingredient>),
    Grid {
        kg_per_kwh: f64,
        year: i32,
    },
    Rating {
        green_max: f64,
        yellow_max: f64,
        target_kg: f64,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ChangeError {
    /// An ingredient's id is not lowercase letters, digits and dashes (at
    /// most 40), or one of its names is blank.
    #[error("id and names")]
    IdOrNames,
    #[error(transparent)]
    Invalid(#[from] StandardError),
}

/// A stable id: `pork-shoulder`, `rice-white`.
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl Standard {
    /// The standard with `change` made, if the result is still a valid standard.
    pub fn with_change(&self, change: StandardChange) -> Result<Standard, ChangeError> {
        let mut next = self.clone();
        match change {
            StandardChange::Ingredient(i) => {
                if !valid_id(&i.id) || i.name.zh_tw.trim().is_empty() || i.name.en.trim().is_empty() {
                    return Err(ChangeError::IdOrNames);
                }
                match next.ingredients.iter_mut().find(|x| x.id == i.id) {
                    Some(slot) => *slot = *i,
                    None => next.ingredients.push(*i),
                }
            }
            StandardChange::Grid { kg_per_kwh, year } => {
                next.grid.kg_per_kwh = kg_per_kwh;
                next.grid.year = year;
                next.grid.source.version = format!("{year} (set by the county)");
                // Edition 2 on: the year's factor joins (or replaces) the series
                // that meals served in that year use.
                if !next.grid_series.is_empty() {
                    match next.grid_series.iter_mut().find(|g| g.year == year) {
                        Some(g) => g.kg_per_kwh = kg_per_kwh,
                        None => next.grid_series.push(GridYear { year, kg_per_kwh }),
                    }
                    next.grid_series.sort_by_key(|g| g.year);
                }
            }
            StandardChange::Rating {
                green_max,
                yellow_max,
                target_kg,
            } => {
                if let [g, y, _] = next.rating.bands.as_mut_slice() {
                    g.max_kg = Some(green_max);
                    y.max_kg = Some(yellow_max);
                }
                next.rating.target_kg = target_kg;
            }
        }
        next.validate()?;
        Ok(next)
    }
}

#[cfg(test)]
mod tests;
