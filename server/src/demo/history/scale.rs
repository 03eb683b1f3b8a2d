//! The size of the generated history, and the instants it writes.

use chrono::NaiveDate;
use domain::platform::taipei;

/// How much history to write.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    /// Months before the current one.
    pub months: u32,
    /// Registrations per centre and clinic day, at most.
    pub per_day: u32,
    /// Clinic days per centre and week.
    pub days_per_week: u32,
    /// Restaurants to add (approved, demo) beyond the demo's own.
    pub extra_restaurants: u32,
    /// Meals per restaurant and month.
    pub meals_per_month: u32,
}

impl Scale {
    /// The demo: fourteen months, a few families a day.
    pub const DEMO: Scale = Scale {
        months: 14,
        per_day: 6,
        days_per_week: 1,
        extra_restaurants: 0,
        meals_per_month: 6,
    };

    /// The benchmark: five years, about 25,000 registrations over the demo's
    /// eight centres and 200 restaurants with about 20,000 meals.
    pub const BENCH: Scale = Scale {
        months: 60,
        per_day: 5,
        days_per_week: 3,
        extra_restaurants: 197,
        meals_per_month: 2,
    };
}

pub(crate) fn epoch(day: NaiveDate, hour: u32) -> i64 {
    taipei::epoch_of(day.and_hms_opt(hour, 0, 0).unwrap_or_default())
}
