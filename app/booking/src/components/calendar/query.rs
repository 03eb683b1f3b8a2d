//! The calendar's state in the page's query string, and what choosing a day posts.

use chrono::NaiveDate;
use domain::booking::District;
use domain::platform::taipei::parse_iso_date;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use platform::layout::encode_component;
/// What choosing a centre on a day does: a form posting the clinic day to a
/// server function, with the fields it needs besides the day.
#[derive(Clone)]
pub struct Choose {
    /// The server function's URL.
    pub action: &'static str,
    /// The name of the clinic day field.
    pub day_field: &'static str,
    /// Hidden fields posted with it.
    pub hidden: Vec<(&'static str, String)>,
}

/// The calendar's state, from the page's query string.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Query {
    pub(super) month: Option<NaiveDate>,
    pub(super) district: Option<District>,
    pub(super) centre: Option<domain::ids::CentreId>,
    pub(super) day: Option<NaiveDate>,
}

impl Query {
    pub(super) fn read() -> Self {
        use_query_map().with_untracked(|q| Query {
            month: q.get("month").and_then(|m| parse_iso_date(&format!("{m}-01"))),
            district: q.get("district").and_then(|d| District::parse(&d)),
            centre: q.get("centre").and_then(|c| c.parse().ok()),
            day: q.get("day").and_then(|d| parse_iso_date(&d)),
        })
    }

    /// The link to the calendar with `month` and `day` changed.
    pub(super) fn href(
        &self,
        base: &str,
        month: NaiveDate,
        day: Option<NaiveDate>,
        extra: &[(&str, String)],
    ) -> String {
        let mut q = vec![format!("month={}", month.format("%Y-%m"))];
        if let Some(d) = self.district {
            q.push(format!("district={}", d.as_str()));
        }
        if let Some(c) = self.centre {
            q.push(format!("centre={c}"));
        }
        if let Some(d) = day {
            q.push(format!("day={d}"));
        }
        for (k, v) in extra {
            q.push(format!("{k}={}", encode_component(v)));
        }
        let anchor = if day.is_some() { "#day-detail" } else { "#calendar" };
        format!("{base}?{}{anchor}", q.join("&"))
    }
}
