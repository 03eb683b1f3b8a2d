//! The self-screening as the family left it, sealed on its device for an
//! hour: the child's dates and the answers. Nothing of it is stored on the
//! server; it goes into the booking (or a referral) only when the family
//! chooses.

use crate::error::BookingError;
use chrono::NaiveDate;
use domain::booking::screening::{Answers, Band};
use platform::ssr::Context;
use platform::ssr::sealed::Sealed;
use serde::{Deserialize, Serialize};

const KEPT: Sealed<Kept> = Sealed::new("screening", 3600);

#[derive(Serialize, Deserialize)]
pub struct Kept {
    pub birth: NaiveDate,
    pub due: Option<NaiveDate>,
    pub answers: Answers,
    /// Whether the answers were sent as complete (the result is shown).
    pub done: bool,
}

impl Kept {
    /// The child's age band today (it moves on as the child grows), or the
    /// refusal to start again once the child is past the checklist's ages.
    pub fn band(&self, today: NaiveDate) -> Result<Band, BookingError> {
        Band::on(self.birth, self.due, today).map_err(|_| BookingError::StartAgain)
    }
}

pub fn read(cx: &Context) -> Option<Kept> {
    KEPT.read(cx)
}

pub fn write(cx: &Context, k: &Kept) {
    KEPT.write(cx, k);
}

pub fn clear(cx: &Context) {
    KEPT.clear(cx);
}

/// The finished checklist kept on this device, to attach to a referral: the
/// child's birth date, the band and what the answers mean.
pub fn finished(cx: &Context) -> Option<crate::types::AttachedScreening> {
    let k = read(cx).filter(|k| k.done)?;
    let band = k.band(cx.clock.today()).ok()?;
    let outcome = domain::booking::screening::assess(band, &k.answers, k.birth, k.due).ok()?;
    Some(crate::types::AttachedScreening {
        birth: k.birth,
        band,
        outcome,
    })
}
