//! Reading the waitlist: an entry, the line, the offers.

use super::rows::*;
use domain::booking::District;
use domain::ids::{CentreId, WaitId};
use platform::ssr::db::WriteTx;
use platform::ssr::{Db, StoreError};

pub async fn by_id(db: &Db, id: WaitId) -> Result<Option<EntryRow>, StoreError> {
    Ok(sqlx::query_as(&format!("{ENTRY} WHERE w.id = $1"))
        .bind(id.get())
        .fetch_optional(&db.pool)
        .await?)
}

pub async fn by_reference_and_birth(db: &Db, reference: &str, birth: &str) -> Result<Option<EntryRow>, StoreError> {
    Ok(
        sqlx::query_as(&format!("{ENTRY} WHERE w.reference = $1 AND w.birth_date = $2"))
            .bind(reference)
            .bind(birth)
            .fetch_optional(&db.pool)
            .await?,
    )
}

/// The entry with this reference, whatever its birth date, in a transaction.
pub async fn by_reference_in(tx: &mut WriteTx, reference: &str) -> Result<Option<EntryRow>, sqlx::Error> {
    sqlx::query_as(&format!("{ENTRY} WHERE w.reference = $1"))
        .bind(reference)
        .fetch_optional(&mut **tx)
        .await
}

/// The entry's open offer, if it holds one that has not run out.
pub async fn open_offer(db: &Db, entry: WaitId, now: i64) -> Result<Option<OfferRow>, StoreError> {
    Ok(sqlx::query_as(&format!(
        "{OFFER} WHERE o.entry_id = $1 AND o.open = 1 AND o.expires_at > $2"
    ))
    .bind(entry.get())
    .bind(now)
    .fetch_optional(&db.pool)
    .await?)
}

/// Every active entry, for the order (the domain ranks them).
pub async fn active(db: &Db) -> Result<Vec<EntryRow>, StoreError> {
    Ok(sqlx::query_as(&format!("{ENTRY} WHERE w.active = 1 ORDER BY w.id"))
        .fetch_all(&db.pool)
        .await?)
}

/// Every open offer, by entry.
pub async fn open_offers(db: &Db) -> Result<Vec<OfferRow>, StoreError> {
    Ok(sqlx::query_as(&format!("{OFFER} WHERE o.open = 1"))
        .fetch_all(&db.pool)
        .await?)
}

/// How many places were offered since `since` at centres the wish covers:
/// the recent rate that estimates the wait.
pub async fn offered_since(db: &Db, wish: &EntryRow, since: i64) -> Result<u32, StoreError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM waitlist_offers o JOIN clinic_days d ON d.id = o.clinic_day_id
         JOIN centres c ON c.id = d.centre_id
         WHERE o.created_at >= $1 AND (c.id = $2 OR $3 LIKE '%\"' || c.district || '\"%')",
    )
    .bind(since)
    .bind(wish.wish_centre_id.map_or(0, CentreId::get))
    .bind(&wish.wish_districts)
    .fetch_one(&db.pool)
    .await?;
    Ok(u32::try_from(n).unwrap_or(0))
}

/// The families waiting; for a centre, those whose wish covers it.
pub async fn listed(db: &Db, centre: Option<(CentreId, District)>) -> Result<Vec<ListedRow>, StoreError> {
    let sql = "SELECT w.id, w.reference, w.national_id_masked, w.birth_date, w.first_assessment, w.wish_centre_id,
            w.wish_districts, w.wish_from, w.joined_at, w.review, w.home_district FROM waitlist w WHERE w.active = 1";
    let rows = match centre {
        None => sqlx::query_as(sql).fetch_all(&db.pool).await?,
        Some((c, district)) => {
            sqlx::query_as(&format!(
                "{sql} AND (w.wish_centre_id = $1 OR w.wish_districts LIKE $2)"
            ))
            .bind(c.get())
            .bind(format!("%\"{}\"%", district.as_str()))
            .fetch_all(&db.pool)
            .await?
        }
    };
    Ok(rows)
}
