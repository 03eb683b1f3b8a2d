//! The meal service's use cases, one a file named for it: each takes the
//! context (`state::MealsCx`), the actor it serves and its typed input, and
//! never reads the request. Server functions, REST handlers and exports are
//! their adapters. `certifying` and `supplier_views` hold what several share.

pub mod add_produce;
pub mod add_supplier;
pub mod apply_certification;
pub mod certification_criteria;
pub mod certified_restaurants;
pub mod certifying;
pub mod county_certification;
pub mod county_dashboard;
pub mod county_restaurants;
pub mod county_summary;
pub mod current_standard;
pub mod decide_listing;
pub mod delete_meal;
pub mod farm_directory;
pub mod ingredient_names;
pub mod list_editions;
pub mod meal_label;
pub mod my_certification;
pub mod my_listing;
pub mod my_meal;
pub mod my_menu;
pub mod my_suppliers;
pub mod pick_supplier;
pub mod public_meal;
pub mod public_menus;
pub mod publish_criteria;
pub mod publish_edition;
pub mod recompute_meal;
pub mod remove_evidence;
pub mod remove_supplier;
pub mod review_application;
pub mod revoke_certificate;
pub mod save_meal;
pub mod set_meal_on_menu;
pub mod standard_edition;
pub mod supplier_views;
pub mod verify_certificate;
