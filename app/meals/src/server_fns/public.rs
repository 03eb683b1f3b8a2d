//! Open to everyone: the standard, the menus, a meal's page and its label.
//! One server function a file, each an adapter of its use case.

mod current_rating;
mod current_standard;
mod list_editions;
mod meal_label;
mod public_meal;
mod public_menus;
mod standard_edition;

pub use current_rating::*;
pub use current_standard::*;
pub use list_editions::*;
pub use meal_label::*;
pub use public_meal::*;
pub use public_menus::*;
pub use standard_edition::*;
