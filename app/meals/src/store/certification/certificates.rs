//! Certificates: current, by number, of a restaurant, and revoked.

use super::applications::event;
use domain::ids::{RestaurantId, UserId};
use domain::meals::certificate::{CertificateTerms, Level};
use platform::ssr::db::WriteTx;
use platform::ssr::{Db, StoreError};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CertificateRow {
    pub id: i64,
    pub number: String,
    #[sqlx(try_from = "i64")]
    pub restaurant_id: RestaurantId,
    pub restaurant_zh_tw: String,
    pub restaurant_en: String,
    #[sqlx(try_from = "String")]
    pub township: domain::meals::Township,
    #[sqlx(try_from = "String")]
    pub listing: domain::meals::listing::Listing,
    pub application_id: i64,
    #[sqlx(try_from = "String")]
    pub level: Level,
    pub issued_on: String,
    pub expires_on: String,
    pub revoked_at: Option<i64>,
    pub revoke_reason: String,
    pub replaced_at: Option<i64>,
}

impl CertificateRow {
    pub fn terms(&self) -> Option<CertificateTerms> {
        Some(CertificateTerms {
            issued: self.issued_on.parse().ok()?,
            expires: self.expires_on.parse().ok()?,
        })
    }
}

pub(crate) const CERTIFICATE: &str = "SELECT c.id, c.number, c.restaurant_id, r.name_zh_tw AS restaurant_zh_tw, r.name_en AS restaurant_en,
    r.township, r.listing, c.application_id, c.level, c.issued_on, c.expires_on, c.revoked_at, c.revoke_reason, c.replaced_at
    FROM certificates c JOIN restaurants r ON r.id = c.restaurant_id";

/// The certificates that are neither revoked nor replaced (they may have expired).
pub async fn current(db: &Db) -> Result<Vec<CertificateRow>, StoreError> {
    Ok(sqlx::query_as(&format!(
        "{CERTIFICATE} WHERE c.revoked_at IS NULL AND c.replaced_at IS NULL ORDER BY r.township, r.name_zh_tw"
    ))
    .fetch_all(&db.pool)
    .await?)
}

pub async fn by_number(db: &Db, number: &str) -> Result<Option<CertificateRow>, StoreError> {
    Ok(sqlx::query_as(&format!("{CERTIFICATE} WHERE c.number = $1"))
        .bind(number)
        .fetch_optional(&db.pool)
        .await?)
}

pub async fn of_restaurant(db: &Db, r: RestaurantId) -> Result<Vec<CertificateRow>, StoreError> {
    Ok(
        sqlx::query_as(&format!("{CERTIFICATE} WHERE c.restaurant_id = $1 ORDER BY c.id DESC"))
            .bind(r.get())
            .fetch_all(&db.pool)
            .await?,
    )
}

/// Revokes a current certificate (`false`: it is not current), recorded on
/// its application's steps. Returns the restaurant.
pub async fn revoke(
    tx: &mut WriteTx,
    certificate: i64,
    reason: &str,
    by: UserId,
    now: i64,
) -> Result<Option<RestaurantId>, StoreError> {
    let row: Option<(i64, i64)> = sqlx::query_as(
        "UPDATE certificates SET revoked_at = $1, revoke_reason = $2
         WHERE id = $3 AND revoked_at IS NULL AND replaced_at IS NULL RETURNING restaurant_id, application_id",
    )
    .bind(now)
    .bind(reason)
    .bind(certificate)
    .fetch_optional(&mut **tx)
    .await?;
    let Some((restaurant, application)) = row else {
        return Ok(None);
    };
    let restaurant = RestaurantId::from(restaurant);
    event(tx, application, "revoked", reason, by, now).await?;
    Ok(Some(restaurant))
}
