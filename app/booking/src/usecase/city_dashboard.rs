//! The city's dashboard: who may see what (a city administrator the whole
//! city, a centre's staff their own centre), and the filter as the page's
//! form gives it. The figures are `domain::booking::dashboard`'s, from the
//! rows the store reads for the period; the page and the exports show this
//! one computed value.

use crate::error::AppError;
use crate::store::{centres, dashboard::load};
use crate::types::{CentreName, CityDashboardView, CityFilterForm};
use chrono::NaiveDate;
use domain::booking::District;
use domain::booking::dashboard::{CityFilter, city_dashboard as figures};
use domain::stats::Period;
use platform::ssr::Context;
use platform::ssr::actor::{Actor, CentreStaff, CityAdmin};
use platform::ssr::auth_backend::SessionUser;

/// Who reads the dashboard.
pub enum Viewer {
    City(CityAdmin),
    /// A centre's staff, held to their centre whatever they ask.
    Centre(CentreStaff),
}

impl Actor for Viewer {
    fn of(u: &SessionUser) -> Option<Self> {
        CityAdmin::of(u)
            .map(Viewer::City)
            .or_else(|| CentreStaff::of(u).map(Viewer::Centre))
    }
}

impl Viewer {
    /// The account, for the audit log.
    pub fn user(&self) -> domain::ids::UserId {
        match self {
            Viewer::City(a) => a.user,
            Viewer::Centre(s) => s.user,
        }
    }
}

/// The filter from the form's fields.
/// `districts` are the city's: any other is bad input.
pub fn filter(
    viewer: &Viewer,
    today: NaiveDate,
    f: &CityFilterForm,
    districts: &[District],
) -> Result<CityFilter, AppError> {
    let period = Period::from_form(today, &f.from, &f.to)?;
    let asked = match f.centre.trim() {
        "" => None,
        c => Some(c.parse::<i64>().map_err(|_| AppError::InvalidInput)?),
    };
    let district = match f.district.trim() {
        "" => None,
        d => Some(
            District::parse(d)
                .filter(|d| districts.contains(d))
                .ok_or(AppError::InvalidInput)?,
        ),
    };
    let centre = match viewer {
        Viewer::Centre(s) => Some(s.centre.get()),
        Viewer::City(_) => asked,
    };
    Ok(CityFilter {
        period,
        centre,
        district,
    })
}

/// The centres as the dashboard names them.
pub async fn centre_names(cx: &Context) -> Result<Vec<CentreName>, AppError> {
    let rows = centres::list(&cx.db, false).await?;
    Ok(rows
        .into_iter()
        .map(|c| CentreName {
            id: c.id.get(),
            name: c.name(),
            district: c.district,
        })
        .collect())
}

pub async fn city_dashboard(
    cx: &Context,
    viewer: &Viewer,
    form: &CityFilterForm,
) -> Result<CityDashboardView, AppError> {
    let today = cx.clock.today();
    let districts = crate::profile::districts(cx);
    let f = filter(viewer, today, form, &districts)?;
    let loaded = load(&cx.db, f.period, districts).await?;
    let mut d = figures(&loaded.data, &f, today, crate::profile::targets(cx)?);
    let own_centre = match viewer {
        Viewer::Centre(_) => {
            // The referral centre's and the waitlist's work is the city's.
            d.referrals = Default::default();
            d.waitlist = Default::default();
            f.centre
        }
        Viewer::City(_) => None,
    };
    Ok(CityDashboardView {
        d,
        centres: centre_names(cx).await?,
        own_centre,
    })
}
