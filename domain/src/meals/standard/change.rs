//! The county's changes to the standard: each one makes the next edition,
//! which must still pass `Standard::validate`.

use super::*;

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
mod tests {
    use super::*;
    use crate::meals::reference_meals::standard;

    #[test]
    fn an_ingredient_is_replaced_by_id_or_added() {
        let s = standard();
        let mut pork = s.ingredient("pork-shoulder").expect("pork").clone();
        pork.stages.farming = 1.0;
        let next = s
            .with_change(StandardChange::Ingredient(Box::new(pork.clone())))
            .expect("valid");
        assert_eq!(next.ingredients.len(), s.ingredients.len());
        assert_eq!(next.ingredient("pork-shoulder").map(|i| i.stages.farming), Some(1.0));
        pork.id = "pork-local".into();
        let next = s
            .with_change(StandardChange::Ingredient(Box::new(pork)))
            .expect("valid");
        assert_eq!(next.ingredients.len(), s.ingredients.len() + 1);
    }

    #[test]
    fn a_bad_id_a_blank_name_or_an_invalid_result_is_refused() {
        let s = standard();
        let pork = s.ingredient("pork-shoulder").expect("pork").clone();
        for bad_id in ["", "Pork", "pork shoulder", &"x".repeat(41)] {
            let mut i = pork.clone();
            i.id = bad_id.into();
            assert_eq!(
                s.with_change(StandardChange::Ingredient(Box::new(i))),
                Err(ChangeError::IdOrNames),
                "{bad_id:?}"
            );
        }
        let mut nameless = pork.clone();
        nameless.name.en = "  ".into();
        assert_eq!(
            s.with_change(StandardChange::Ingredient(Box::new(nameless))),
            Err(ChangeError::IdOrNames)
        );
        let mut negative = pork;
        negative.stages.farming = -1.0;
        assert!(matches!(
            s.with_change(StandardChange::Ingredient(Box::new(negative))),
            Err(ChangeError::Invalid(StandardError::BadFactor(_)))
        ));
        let falling = StandardChange::Rating {
            green_max: 2.0,
            yellow_max: 1.0,
            target_kg: 1.5,
        };
        assert!(matches!(s.with_change(falling), Err(ChangeError::Invalid(_))));
    }

    #[test]
    fn the_grid_and_the_rating_are_set() {
        let s = standard();
        let next = s
            .with_change(StandardChange::Grid {
                kg_per_kwh: 0.474,
                year: 2025,
            })
            .expect("valid");
        assert_eq!((next.grid.kg_per_kwh, next.grid.year), (0.474, 2025));
        let next = s
            .with_change(StandardChange::Rating {
                green_max: 0.9,
                yellow_max: 1.6,
                target_kg: 1.0,
            })
            .expect("valid");
        assert_eq!(next.rating.bands[0].max_kg, Some(0.9));
        assert_eq!(next.rating.bands[1].max_kg, Some(1.6));
        assert_eq!(next.rating.target_kg, 1.0);
    }

    #[test]
    fn a_published_grid_factor_joins_edition_2s_series() {
        let e2 = crate::meals::reference_meals_2::standard_2();
        let next = e2
            .with_change(StandardChange::Grid {
                kg_per_kwh: 0.474,
                year: 2024,
            })
            .unwrap();
        assert_eq!(next.grid_for(Some(2026)), (0.474, Some(2024)));
        assert_eq!(next.grid_for(Some(2023)), (0.494, None));
        let again = next
            .with_change(StandardChange::Grid {
                kg_per_kwh: 0.48,
                year: 2024,
            })
            .unwrap();
        assert_eq!(again.grid_for(Some(2024)), (0.48, None));
        assert_eq!(again.grid_series.len(), next.grid_series.len());
    }
}
