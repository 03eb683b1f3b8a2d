//! Telling a family that its offer ended without its answer.

use super::{policy::*, rows::*};
use crate::notify::OfferEnd;
use platform::ssr::db::WriteTx;
use platform::ssr::outbox::enqueue_all;

/// Queues the messages telling a family its offer ended without its answer.
pub async fn tell_offer_ended(
    tx: &mut WriteTx,
    offer: i64,
    why: OfferEnd,
    now: i64,
    policy: &Policy,
) -> Result<(), sqlx::Error> {
    let offer: OfferRow = sqlx::query_as(&format!("{OFFER} WHERE o.id = $1"))
        .bind(offer)
        .fetch_one(&mut **tx)
        .await?;
    let entry: EntryRow = sqlx::query_as(&format!("{ENTRY} WHERE w.id = $1"))
        .bind(offer.entry_id.get())
        .fetch_one(&mut **tx)
        .await?;
    let Some(offered) = offer.offered() else {
        return Ok(());
    };
    let messages = crate::notify::offer_ended(&entry.recipient(), &entry.reference, &offered, why, &policy.head);
    enqueue_all(tx, &messages, now).await
}
