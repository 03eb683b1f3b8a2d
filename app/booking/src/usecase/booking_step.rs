//! Where a family is in the booking flow, from what its device keeps: the
//! check without a draft (as typed when it was last refused), filling in the
//! form while its place is held, else choosing a day; back at the check when
//! the answers no longer lead to a joint assessment (the child has grown
//! older since).

use crate::error::AppError;
use crate::kept::booking::Draft;
use crate::store::{clinic_days, holds};
use crate::types::{BookingStep, CheckTyped, HeldPlace};
use domain::booking::triage::triage;
use platform::ssr::Context;

pub async fn booking_step(
    cx: &Context,
    draft: Option<Draft>,
    check: Option<CheckTyped>,
) -> Result<BookingStep, AppError> {
    let (now, today) = (cx.clock.now(), cx.clock.today());
    let Some((d, window)) = draft.and_then(|d| triage(&d.answers, today).window().map(|w| (d, w))) else {
        return Ok(BookingStep::Check {
            typed: check.unwrap_or_default(),
        });
    };
    let held = match &d.hold {
        Some(h) if h.expires_at > now => holds::find(&cx.db, &h.token).await?,
        _ => None,
    };
    let day = match &held {
        Some(h) => clinic_days::get(&cx.db, now, h.clinic_day_id).await?,
        None => None,
    };
    Ok(match (held, day) {
        (Some(h), Some(day)) => BookingStep::Fill {
            answers: d.answers,
            hold: Box::new(HeldPlace {
                expires_at: h.expires_at,
                seconds_left: h.expires_at - now,
                day: crate::convert::day(&day)?,
            }),
            typed: d.typed.unwrap_or_default(),
        },
        _ => BookingStep::ChooseDay {
            answers: d.answers,
            window,
            hold_expired: d.hold.is_some(),
        },
    })
}
