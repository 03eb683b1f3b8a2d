//! A restaurant's own meals: save (computed on the server, on the newest
//! edition), list, recompute, show or hide, delete. One server function a
//! file, each an adapter of its use case.

mod delete_meal;
mod my_meal;
mod my_menu;
mod recompute_meal;
mod save_meal;
mod set_meal_on_menu;

pub use delete_meal::*;
pub use my_meal::*;
pub use my_menu::*;
pub use recompute_meal::*;
pub use save_meal::*;
pub use set_meal_on_menu::*;
