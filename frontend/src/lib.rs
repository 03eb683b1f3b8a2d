#![recursion_limit = "512"]

//! The browser side: hydrates the islands of the server-rendered page (the
//! hydration script calls each island's function after this).

// The island functions live in the app's crates; this keeps them linked in.
extern crate app;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
