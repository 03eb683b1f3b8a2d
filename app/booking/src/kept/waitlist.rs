//! The waitlist entry a family found by reference and birth date, kept on
//! its device for an hour.

use crate::error::AppError;
use crate::store::waitlist::{self, EntryRow};
use domain::ids::WaitId;
use platform::ssr::Context;
use platform::ssr::sealed::Sealed;
use serde::{Deserialize, Serialize};

const FOUND: Sealed<Found> = Sealed::new("waitlist_found", 3600);

#[derive(Serialize, Deserialize)]
struct Found {
    entry: WaitId,
    birth_date: String,
}

pub fn remember(cx: &Context, e: &EntryRow) {
    let f = Found {
        entry: e.id,
        birth_date: e.birth_date.clone(),
    };
    FOUND.write(cx, &f);
}

pub fn forget(cx: &Context) {
    FOUND.clear(cx);
}

/// The entry this device found, if the cookie is there and still matches.
pub async fn found(cx: &Context) -> Result<Option<EntryRow>, AppError> {
    let Some(f) = FOUND.read(cx) else {
        return Ok(None);
    };
    Ok(waitlist::by_id(&cx.db, f.entry)
        .await?
        .filter(|e| e.birth_date == f.birth_date))
}
