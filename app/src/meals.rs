//! Low-carbon meal carbon calculator (Taitung County).

pub mod api;
pub mod components;
#[cfg(feature = "ssr")]
pub mod demo;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;
pub mod types;

use leptos::prelude::*;

/// The service's routes: `/meals` for restaurants and everyone, `/m/...` public meal pages, `/county` for the county.
#[component(transparent)]
pub fn MealsRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos_router::SsrMode;
    use leptos_router::components::{Outlet, ParentRoute, Route};
    use leptos_router::path;
    use pages::*;
    view! {
        <ParentRoute path=path!("") view=Outlet>
            <Route path=path!("meals") view=intro::MealsIntroPage ssr=SsrMode::InOrder/>
            <Route path=path!("meals/builder") view=builder::BuilderPage ssr=SsrMode::InOrder/>
            <Route path=path!("meals/menu") view=menu::MenuPage ssr=SsrMode::InOrder/>
            <Route path=path!("meals/standard") view=standard::StandardPage ssr=SsrMode::InOrder/>
            <Route path=path!("county/standard") view=standard::StandardPage ssr=SsrMode::InOrder/>
            <Route path=path!("m/:slug") view=public_meal::PublicMealPage ssr=SsrMode::InOrder/>
            <Route path=path!("m/:slug/label") view=public_meal::MealLabelPage ssr=SsrMode::InOrder/>
        </ParentRoute>
    }
    .into_inner()
}
