//! Low-carbon meal carbon calculator (for the county whose profile runs it).

pub mod components;
#[cfg(feature = "ssr")]
pub mod convert;
#[cfg(feature = "ssr")]
pub mod demo;
pub mod error;
pub mod labels;
#[cfg(feature = "ssr")]
pub mod notify;
pub mod pages;
pub mod paths;
#[cfg(feature = "ssr")]
pub mod profile;
pub mod server_fns;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod store;
pub mod types;
#[cfg(feature = "ssr")]
pub mod usecase;

use domain::platform::Role;
use i18n::*;
use leptos::prelude::*;
use platform::nav::NavLink;

/// The service's links in the header.
pub const NAV: &[NavLink] = &[
    NavLink {
        href: "/meals",
        label: |l| td_string!(l, common.nav_meals),
        roles: None,
    },
    NavLink {
        href: "/meals/builder",
        label: |l| td_string!(l, common.nav_meal_builder),
        roles: Some(&[Role::RestaurantStaff]),
    },
    NavLink {
        href: "/meals/menu",
        label: |l| td_string!(l, common.nav_menu),
        roles: Some(&[Role::RestaurantStaff]),
    },
    NavLink {
        href: "/meals/suppliers",
        label: |l| td_string!(l, common.nav_suppliers),
        roles: Some(&[Role::RestaurantStaff]),
    },
    NavLink {
        href: "/meals/certification",
        label: |l| td_string!(l, common.nav_certification),
        roles: Some(&[Role::RestaurantStaff]),
    },
    NavLink {
        href: "/certified",
        label: |l| td_string!(l, common.nav_certified),
        roles: None,
    },
    NavLink {
        href: "/farms",
        label: |l| td_string!(l, common.nav_farms),
        roles: None,
    },
    NavLink {
        href: "/county/dashboard",
        label: |l| td_string!(l, common.nav_county_dashboard),
        roles: Some(&[Role::CountyAdmin]),
    },
    NavLink {
        href: "/county/restaurants",
        label: |l| td_string!(l, common.nav_county_restaurants),
        roles: Some(&[Role::CountyAdmin]),
    },
    NavLink {
        href: "/county/certification",
        label: |l| td_string!(l, common.nav_county_certification),
        roles: Some(&[Role::CountyAdmin]),
    },
    NavLink {
        href: "/county/farms",
        label: |l| td_string!(l, common.nav_county_farms),
        roles: Some(&[Role::CountyAdmin]),
    },
    NavLink {
        href: "/county/standard",
        label: |l| td_string!(l, common.nav_standard),
        roles: Some(&[Role::CountyAdmin]),
    },
];

/// Where the roles this service serves land after signing in.
pub fn home_of(role: Role) -> Option<&'static str> {
    match role {
        Role::RestaurantStaff => Some("/meals/builder"),
        Role::CountyAdmin => Some("/county/standard"),
        Role::Parent | Role::CentreStaff | Role::CityAdmin | Role::Reporter | Role::CaseManager => None,
    }
}

/// The service's routes: `/meals` for restaurants and everyone, `/m/...` public meal pages, `/county` for the county.
#[component(transparent)]
pub fn MealsRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos_router::SsrMode;
    use leptos_router::components::{ParentRoute, Route};
    use leptos_router::path;
    use pages::*;
    view! {
        <ParentRoute path=path!("") view=|| platform::profile::service_outlet(domain::platform::profile::Service::Meals)>
            <Route path=path!("meals") view=intro::MealsIntroPage ssr=SsrMode::Async/>
            <Route path=path!("meals/builder") view=builder::BuilderPage ssr=SsrMode::Async/>
            <Route path=path!("meals/menu") view=menu::MenuPage ssr=SsrMode::Async/>
            <Route path=path!("meals/standard") view=standard::StandardPage ssr=SsrMode::Async/>
            <Route path=path!("county/standard") view=standard::StandardPage ssr=SsrMode::Async/>
            <Route path=path!("county/restaurants") view=county_restaurants::CountyRestaurantsPage ssr=SsrMode::Async/>
            <Route path=path!("county/dashboard") view=county_dashboard::CountyDashboardPage ssr=SsrMode::Async/>
            <Route path=path!("stats/meals") view=county_dashboard::MealsStatsPage ssr=SsrMode::Async/>
            <Route path=path!("county/farms") view=farms::CountyFarmsPage ssr=SsrMode::Async/>
            <Route path=path!("farms") view=farms::FarmDirectoryPage ssr=SsrMode::Async/>
            <Route path=path!("certified") view=certification::CertifiedPage ssr=SsrMode::Async/>
            <Route path=path!("verify") view=certification::VerifyPage ssr=SsrMode::Async/>
            <Route path=path!("meals/certification") view=certification::MyCertificationPage ssr=SsrMode::Async/>
            <Route path=path!("county/certification") view=certification::CountyCertificationPage ssr=SsrMode::Async/>
            <Route path=path!("meals/suppliers") view=suppliers::SuppliersPage ssr=SsrMode::Async/>
            <Route path=path!("m/:slug") view=public_meal::PublicMealPage ssr=SsrMode::Async/>
            <Route path=path!("m/:slug/label") view=public_meal::MealLabelPage ssr=SsrMode::Async/>
        </ParentRoute>
    }
    .into_inner()
}
