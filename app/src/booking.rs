//! Early-intervention joint assessment booking (Taoyuan City).

pub mod api;
pub mod components;
#[cfg(feature = "ssr")]
pub mod notify;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod reminders;
#[cfg(feature = "ssr")]
pub mod store;
pub mod types;

use leptos::prelude::*;

/// The service's routes: `/ei` for families, `/staff` for centres, `/city` for the city.
#[component(transparent)]
pub fn BookingRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos_router::SsrMode;
    use leptos_router::components::{ParentRoute, Route};
    use leptos_router::path;
    use pages::*;
    view! {
        <ParentRoute path=path!("") view=leptos_router::components::Outlet>
            <Route path=path!("ei") view=guide::GuidePage ssr=SsrMode::InOrder/>
            <Route path=path!("ei/book") view=book::BookPage ssr=SsrMode::InOrder/>
            <Route path=path!("ei/inquiry") view=inquiry::InquiryPage ssr=SsrMode::InOrder/>
            <Route path=path!("ei/my") view=my::MyBookingsPage ssr=SsrMode::InOrder/>
            <Route path=path!("ei/centres") view=centres::CentresPage ssr=SsrMode::InOrder/>
            <Route path=path!("ei/centres/:id") view=centres::CentrePage ssr=SsrMode::InOrder/>
            <Route path=path!("staff") view=staff_console::StaffConsolePage ssr=SsrMode::InOrder/>
            <Route path=path!("staff/days/:id") view=staff_day::StaffDayPage ssr=SsrMode::InOrder/>
            <Route path=path!("city/centres") view=city_centres::CityCentresPage ssr=SsrMode::InOrder/>
            <Route path=path!("city/audit") view=city_audit::CityAuditPage ssr=SsrMode::InOrder/>
        </ParentRoute>
    }
    .into_inner()
}
