//! Low-carbon meal carbon calculator (Taitung County).

#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod store;

use leptos::prelude::*;

#[component(transparent)]
pub fn MealsRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos_router::components::Route;
    use leptos_router::path;
    view! { <Route path=path!("/meals") view=|| view! { <p>"…"</p> }/> }.into_inner()
}
