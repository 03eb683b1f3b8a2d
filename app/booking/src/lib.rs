//! Early-intervention joint assessment booking (for the city whose profile
//! runs it).

pub mod components;
#[cfg(feature = "ssr")]
pub mod convert;
pub mod error;
#[cfg(feature = "ssr")]
pub mod forms;
#[cfg(feature = "ssr")]
pub mod kept;
pub mod labels;
#[cfg(feature = "ssr")]
pub mod notify;
pub mod pages;
pub mod paths;
#[cfg(feature = "ssr")]
pub mod profile;
#[cfg(feature = "ssr")]
pub mod reminders;
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
        href: "/ei",
        label: |l| td_string!(l, common.nav_assessment),
        roles: None,
    },
    NavLink {
        href: "/ei/inquiry",
        label: |l| td_string!(l, common.nav_inquiry),
        roles: None,
    },
    NavLink {
        href: "/ei/waitlist",
        label: |l| td_string!(l, common.nav_waitlist),
        roles: Some(&[Role::Parent]),
    },
    NavLink {
        href: "/ei/my",
        label: |l| td_string!(l, common.nav_my_bookings),
        roles: Some(&[Role::Parent]),
    },
    NavLink {
        href: "/staff",
        label: |l| td_string!(l, common.nav_staff_console),
        roles: Some(&[Role::CentreStaff]),
    },
    NavLink {
        href: "/staff/waitlist",
        label: |l| td_string!(l, common.nav_waitlist),
        roles: Some(&[Role::CentreStaff]),
    },
    NavLink {
        href: "/ei/refer",
        label: |l| td_string!(l, common.nav_refer),
        roles: Some(&[Role::Reporter]),
    },
    NavLink {
        href: "/city/cases",
        label: |l| td_string!(l, common.nav_cases),
        roles: Some(&[Role::CaseManager]),
    },
    NavLink {
        href: "/city/dashboard",
        label: |l| td_string!(l, common.nav_city_dashboard),
        roles: Some(&[Role::CityAdmin, Role::CentreStaff]),
    },
    NavLink {
        href: "/city/centres",
        label: |l| td_string!(l, common.nav_city_centres),
        roles: Some(&[Role::CityAdmin]),
    },
    NavLink {
        href: "/city/institutions",
        label: |l| td_string!(l, common.nav_institutions),
        roles: Some(&[Role::CityAdmin]),
    },
    NavLink {
        href: "/city/waitlist",
        label: |l| td_string!(l, common.nav_waitlist),
        roles: Some(&[Role::CityAdmin]),
    },
    NavLink {
        href: "/city/audit",
        label: |l| td_string!(l, common.nav_city_audit),
        roles: Some(&[Role::CityAdmin]),
    },
];

/// Where the roles this service serves land after signing in.
pub fn home_of(role: Role) -> Option<&'static str> {
    match role {
        Role::Parent => Some("/ei/my"),
        Role::CentreStaff => Some("/staff"),
        Role::CityAdmin => Some("/city/centres"),
        Role::RestaurantStaff | Role::CountyAdmin => None,
        Role::Reporter => Some("/ei/refer"),
        Role::CaseManager => Some("/city/cases"),
    }
}

/// The service's routes: `/ei` for families, `/staff` for centres, `/city` for the city.
#[component(transparent)]
pub fn BookingRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos_router::SsrMode;
    use leptos_router::components::{ParentRoute, Route};
    use leptos_router::path;
    use pages::*;
    view! {
        <ParentRoute path=path!("") view=|| platform::profile::service_outlet(domain::platform::profile::Service::EarlyIntervention)>
            <Route path=path!("ei") view=guide::GuidePage ssr=SsrMode::Async/>
            <Route path=path!("ei/book") view=book::BookPage ssr=SsrMode::Async/>
            <Route path=path!("ei/book/done") view=book::BookedPage ssr=SsrMode::Async/>
            <Route path=path!("ei/inquiry") view=inquiry::InquiryPage ssr=SsrMode::Async/>
            <Route path=path!("ei/screening") view=screening::ScreeningPage ssr=SsrMode::Async/>
            <Route path=path!("ei/my") view=my::MyBookingsPage ssr=SsrMode::Async/>
            <Route path=path!("ei/centres") view=centres::CentresPage ssr=SsrMode::Async/>
            <Route path=path!("ei/centres/:id") view=centres::CentrePage ssr=SsrMode::Async/>
            <Route path=path!("staff") view=staff_console::StaffConsolePage ssr=SsrMode::Async/>
            <Route path=path!("staff/days/:id") view=staff_day::StaffDayPage ssr=SsrMode::Async/>
            <Route path=path!("city/centres") view=city_centres::CityCentresPage ssr=SsrMode::Async/>
            <Route path=path!("city/audit") view=city_audit::CityAuditPage ssr=SsrMode::Async/>
            <Route path=path!("city/dashboard") view=city_dashboard::CityDashboardPage ssr=SsrMode::Async/>
            <Route path=path!("city/dashboard/rows") view=city_dashboard::CityRowsPage ssr=SsrMode::Async/>
            <Route path=path!("stats/early-intervention") view=city_dashboard::CityStatsPage ssr=SsrMode::Async/>
            <Route path=path!("city/cases") view=city_cases::CityCasesPage ssr=SsrMode::Async/>
            <Route path=path!("city/institutions") view=city_institutions::CityInstitutionsPage ssr=SsrMode::Async/>
            <Route path=path!("city/cases/:id") view=city_cases::CityCasePage ssr=SsrMode::Async/>
            <Route path=path!("ei/refer") view=refer::ReferPage ssr=SsrMode::Async/>
            <Route path=path!("ei/waitlist") view=waitlist::WaitlistPage ssr=SsrMode::Async/>
            <Route path=path!("ei/waitlist/join") view=waitlist::WaitlistJoinPage ssr=SsrMode::Async/>
            <Route path=path!("staff/waitlist") view=waitlist::StaffWaitlistPage ssr=SsrMode::Async/>
            <Route path=path!("city/waitlist") view=waitlist::CityWaitlistPage ssr=SsrMode::Async/>
        </ParentRoute>
    }
    .into_inner()
}
