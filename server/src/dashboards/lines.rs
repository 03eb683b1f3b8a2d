//! The dashboards' figures as the CSV's long, tidy lines (section, item, measure, value).

use booking::types::CityDashboardView;
use domain::Named;
use domain::booking::dashboard::{Capacity, CityPublic};
use domain::booking::waiting::WaitFigures;
use domain::meals::Band;
use domain::meals::dashboard::MonthFootprint;
use domain::stats::Cell;
use meals::server_fns::dashboard::{CountyDashboardView, CountyPublicView};

pub(crate) fn line(section: &str, item: impl ToString, measure: &str, value: impl ToString) -> Line {
    [
        section.to_string(),
        item.to_string(),
        measure.to_string(),
        value.to_string(),
    ]
}

pub(crate) fn opt(x: Option<f64>) -> String {
    x.filter(|v| v.is_finite())
        .map(|v| format!("{v:.4}"))
        .unwrap_or_default()
}

pub(crate) fn cell(c: Cell) -> String {
    match c {
        Cell::Shown(n) => n.to_string(),
        Cell::Suppressed => "<5".to_string(),
    }
}

pub(crate) fn waits(out: &mut Vec<Line>, section: &str, item: &str, f: &WaitFigures) {
    out.push(line(section, item, "assessed", f.assessed));
    out.push(line(section, item, "within_30_days", f.within));
    out.push(line(section, item, "share_within", opt(f.share_within)));
    out.push(line(section, item, "median_days", opt(f.median_days)));
    out.push(line(section, item, "p90_days", opt(f.p90_days)));
}

pub(crate) fn capacity(out: &mut Vec<Line>, section: &str, item: &str, c: &Capacity) {
    for (m, v) in [
        ("offered", c.offered),
        ("taken", c.taken),
        ("cancelled", c.cancelled),
        ("no_shows", c.no_shows),
        ("left_empty", c.empty),
        ("still_free", c.still_free),
        ("reserved_offered", c.reserved_offered),
        ("reserved_taken", c.reserved_taken),
        ("fast_track", c.fast_track),
    ] {
        out.push(line(section, item, m, v));
    }
}

/// The city's dashboard as CSV lines.
pub fn city_lines(v: &CityDashboardView) -> Vec<Line> {
    let d = &v.d;
    let mut out = Vec::new();
    let p = d.filter.period;
    out.push(line("filter", "period", "from", p.first.format("%Y-%m")));
    out.push(line("filter", "period", "to", p.last.format("%Y-%m")));
    out.push(line(
        "filter",
        "centre",
        "id",
        d.filter.centre.map(|c| c.to_string()).unwrap_or_default(),
    ));
    out.push(line(
        "filter",
        "district",
        "name",
        d.filter.district.as_ref().map(|x| x.as_str()).unwrap_or_default(),
    ));
    waits(&mut out, "period", "all", &d.period);
    out.push(line("period", "all", "overdue_now", d.overdue_now));
    for (m, f) in &d.trend {
        waits(&mut out, "month", &m.format("%Y-%m").to_string(), f);
    }
    capacity(&mut out, "capacity", "all", &d.capacity);
    for (id, c) in &d.by_centre {
        let name = v
            .centres
            .iter()
            .find(|x| x.id == *id)
            .map(|x| format!("{} {}", x.name.zh_tw, x.name.en))
            .unwrap_or_else(|| id.to_string());
        capacity(&mut out, "centre", &name, c);
    }
    for (w, c) in &d.by_week {
        capacity(&mut out, "week", &w.to_string(), c);
    }
    for n in &d.need {
        let item = n.district.as_ref().map(|x| x.as_str()).unwrap_or("not_given");
        out.push(line("district", item, "registrations", n.registrations));
        out.push(line("district", item, "referrals", n.referrals));
        out.push(line("district", item, "places_offered", n.places));
        waits(&mut out, "district", item, &n.waits);
    }
    let r = &d.referrals;
    for (m, x) in [
        ("referrals", r.referrals),
        ("reported_within_week", r.reported_within_week),
        ("cases_opened", r.cases_opened),
        ("contacted_on_time", r.contacted_on_time),
        ("overdue_now", r.overdue_now),
    ] {
        out.push(line("referrals", "all", m, x));
    }
    let w = &d.waitlist;
    for (m, x) in [
        ("waiting_now", w.waiting_now),
        ("joined", w.joined),
        ("offers", w.offers),
        ("accepted", w.accepted),
        ("answered", w.answered),
    ] {
        out.push(line("waitlist", "all", m, x));
    }
    out.push(line(
        "waitlist",
        "all",
        "median_days_to_offer",
        opt(w.median_days_to_offer),
    ));
    out
}

/// The public summary as CSV lines.
pub fn city_public_lines(s: &CityPublic) -> Vec<Line> {
    let mut out = vec![
        line("period", "all", "from", s.period.first.format("%Y-%m")),
        line("period", "all", "to", s.period.last.format("%Y-%m")),
        line("period", "all", "assessed", cell(s.assessed)),
        line("period", "all", "share_within", opt(s.share_within)),
        line("period", "all", "median_days", opt(s.median_days)),
        line("period", "all", "p90_days", opt(s.p90_days)),
        line("period", "all", "places_offered", s.places_offered),
        line("period", "all", "places_taken", cell(s.places_taken)),
        line("period", "all", "no_shows", cell(s.no_shows)),
    ];
    for m in &s.months {
        let item = m.month.format("%Y-%m").to_string();
        out.push(line("month", &item, "assessed", cell(m.assessed)));
        out.push(line("month", &item, "share_within", opt(m.share_within)));
        out.push(line("month", &item, "median_days", opt(m.median_days)));
    }
    for d in &s.districts {
        let item = d.district.as_ref().map(|x| x.as_str()).unwrap_or("not_given");
        out.push(line("district", item, "registrations", cell(d.registrations)));
        out.push(line("district", item, "referrals", cell(d.referrals)));
        out.push(line("district", item, "places_offered", d.places));
        out.push(line("district", item, "median_days", opt(d.median_days)));
    }
    out
}

/// The county's dashboard as CSV lines.
pub fn county_lines(v: &CountyDashboardView) -> Vec<Line> {
    let d = &v.d;
    let p = d.filter.period;
    let mut out = vec![
        line("filter", "period", "from", p.first.format("%Y-%m")),
        line("filter", "period", "to", p.last.format("%Y-%m")),
        line(
            "filter",
            "township",
            "name",
            d.filter.township.as_ref().map(|t| t.as_str()).unwrap_or_default(),
        ),
        line("period", "all", "meals", d.meals),
        line("period", "all", "restaurants", d.restaurants),
        line("period", "all", "average_kg_co2e", opt(d.average_kg)),
        line("period", "all", "target_kg_co2e", opt(Some(d.target_kg))),
        line("period", "all", "local_share", opt(Some(d.shares.local))),
        line("period", "all", "certified_share", opt(Some(d.shares.certified))),
        line("period", "all", "total_kg_co2e", opt(Some(d.total_kg_co2e))),
    ];
    meal_months_and_bands(&mut out, &d.trend, &d.bands);
    for r in &d.by_restaurant {
        let name = v
            .restaurants
            .iter()
            .find(|x| x.id == r.restaurant)
            .map(|x| format!("{} {}", x.name.zh_tw, x.name.en))
            .unwrap_or_else(|| r.restaurant.to_string());
        out.push(line("restaurant", &name, "meals", r.meals));
        out.push(line("restaurant", &name, "average_kg_co2e", opt(Some(r.average_kg))));
        out.push(line("restaurant", &name, "meets_target", r.meets_target));
    }
    for i in &d.top_ingredients {
        out.push(line("ingredient", &i.ingredient, "kg_co2e", opt(Some(i.kg_co2e))));
        out.push(line("ingredient", &i.ingredient, "share", opt(Some(i.share))));
    }
    let c = &v.certification;
    for (m, x) in [
        ("basic", c.basic),
        ("advanced", c.advanced),
        ("exemplary", c.exemplary),
        ("applications_waiting", c.waiting),
        ("changes_requested", c.changes_requested),
        ("renewals_due", c.renewals_due),
    ] {
        out.push(line("certification", "all", m, x));
    }
    out
}

/// The county's meals month by month and by rating band, as CSV lines.
pub(crate) fn meal_months_and_bands(out: &mut Vec<Line>, trend: &[MonthFootprint], bands: &[(Band, usize)]) {
    for m in trend {
        let item = m.month.format("%Y-%m").to_string();
        out.push(line("month", &item, "meals", m.meals));
        out.push(line("month", &item, "average_kg_co2e", opt(m.average_kg)));
    }
    for (b, n) in bands {
        out.push(line("band", b.as_str(), "meals", n));
    }
}

/// The public summary of the county's meals as CSV lines.
pub fn county_public_lines(v: &CountyPublicView) -> Vec<Line> {
    let s = &v.s;
    let mut lines = vec![
        line("period", "all", "meals", s.meals),
        line("period", "all", "restaurants", s.restaurants),
        line("period", "all", "average_kg_co2e", opt(s.average_kg)),
        line("period", "all", "target_kg_co2e", opt(Some(s.target_kg))),
        line(
            "period",
            "all",
            "restaurants_meeting_target",
            s.restaurants_meeting_target,
        ),
        line("period", "all", "local_share", opt(Some(s.shares.local))),
        line("period", "all", "certified_share", opt(Some(s.shares.certified))),
    ];
    meal_months_and_bands(&mut lines, &s.trend, &s.bands);
    for i in &s.top_ingredients {
        lines.push(line("ingredient", &i.ingredient, "share", opt(Some(i.share))));
    }
    for (m, x) in [
        ("basic", s.certified.basic),
        ("advanced", s.certified.advanced),
        ("exemplary", s.certified.exemplary),
    ] {
        lines.push(line("certified", "all", m, x));
    }
    lines
}

/// One line of the CSV.
pub(crate) type Line = [String; 4];
