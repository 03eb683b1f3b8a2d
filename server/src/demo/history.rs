//! Past activity for the dashboards, clearly demo: clinic days of the past
//! months at every centre with their registrations (assessed, not come,
//! cancelled), referral cases behind some of them, and meals the approved
//! restaurants without a signed-in cook built month by month (off their
//! menus, so that the menus stay as the demo set them). The waits shorten and the meals' footprints
//! fall over the months, so that the dashboards show a shape on first
//! start. The same generator, scaled up (`DEMO_HISTORY_SCALE`), gives the
//! dashboards' benchmark its five years of a city of two million people.

use anyhow::Result;
use platform::ssr::AppState;
use rand::SeedableRng;
use rand::rngs::StdRng;
pub(crate) mod bookings;
use bookings::*;
mod meals;
use meals::*;
mod scale;
pub use scale::*;

/// Writes the history (the database holds the demo already).
pub async fn write(state: &AppState, scale: Scale, seed: u64) -> Result<()> {
    let mut rng = StdRng::seed_from_u64(seed);
    let today = state.clock.today();
    let first = domain::stats::month_of(today)
        .checked_sub_months(chrono::Months::new(scale.months))
        .unwrap_or(today);
    bookings(state, &mut rng, scale, first, today).await?;
    meals(state, &mut rng, scale, first, today).await?;
    Ok(())
}
