//! Suppliers and the county's directory of local farms: the public
//! directory, a restaurant's list (its own suppliers and those it picked),
//! adding a supplier or a product (the county adds to the directory). One
//! server function a file, each an adapter of its use case.

mod add_produce;
mod add_supplier;
mod farm_directory;
mod ingredient_names;
#[cfg(feature = "ssr")]
mod keeper;
mod my_suppliers;
mod pick_supplier;
mod remove_supplier;

pub use add_produce::*;
pub use add_supplier::*;
pub use farm_directory::*;
pub use ingredient_names::*;
pub use my_suppliers::*;
pub use pick_supplier::*;
pub use remove_supplier::*;
