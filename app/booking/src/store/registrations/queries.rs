//! Finding registrations: by reference, by account, by day, by child.

use super::row::*;
use domain::ids::{ClinicDayId, RegistrationId, UserId};
use platform::ssr::db::WriteTx;
use platform::ssr::{Db, StoreError, db::stored_date};

pub async fn by_reference_and_birth(
    db: &Db,
    reference: &str,
    birth: &str,
) -> Result<Option<RegistrationRow>, StoreError> {
    let sql = format!("{SELECT} WHERE r.reference = $1 AND r.birth_date = $2");
    Ok(sqlx::query_as(&sql)
        .bind(reference)
        .bind(birth)
        .fetch_optional(&db.pool)
        .await?)
}

pub async fn by_id(db: &Db, id: RegistrationId) -> Result<Option<RegistrationRow>, StoreError> {
    let sql = format!("{SELECT} WHERE r.id = $1");
    Ok(sqlx::query_as(&sql).bind(id.get()).fetch_optional(&db.pool).await?)
}

/// The registration as a transaction sees it.
pub(crate) async fn by_id_in(tx: &mut WriteTx, id: RegistrationId) -> Result<Option<RegistrationRow>, sqlx::Error> {
    let sql = format!("{SELECT} WHERE r.id = $1");
    sqlx::query_as(&sql).bind(id.get()).fetch_optional(&mut **tx).await
}

pub async fn for_user(db: &Db, user_id: UserId) -> Result<Vec<RegistrationRow>, StoreError> {
    let sql = format!("{SELECT} WHERE r.user_id = $1 ORDER BY d.day DESC, r.id DESC");
    Ok(sqlx::query_as(&sql).bind(user_id.get()).fetch_all(&db.pool).await?)
}

pub async fn for_day(db: &Db, day_id: ClinicDayId) -> Result<Vec<RegistrationRow>, StoreError> {
    let sql = format!("{SELECT} WHERE r.clinic_day_id = $1 ORDER BY r.fast_track DESC, r.id");
    Ok(sqlx::query_as(&sql).bind(day_id.get()).fetch_all(&db.pool).await?)
}

pub async fn active_for_child(db: &Db, child_key: &str) -> Result<Option<RegistrationRow>, StoreError> {
    let sql = format!("{SELECT} WHERE r.child_key = $1 AND r.active = 1 ORDER BY r.review IS NULL DESC, r.id");
    Ok(sqlx::query_as(&sql).bind(child_key).fetch_optional(&db.pool).await?)
}

/// The child's other active bookings (centre, day, status): what the staff
/// compare a flagged registration with.
pub async fn others_active(
    db: &Db,
    child_key: &str,
    except: RegistrationId,
) -> Result<Vec<RegistrationRow>, StoreError> {
    let sql = format!("{SELECT} WHERE r.child_key = $1 AND r.active = 1 AND r.id <> $2 ORDER BY d.day");
    Ok(sqlx::query_as(&sql)
        .bind(child_key)
        .bind(except.get())
        .fetch_all(&db.pool)
        .await?)
}

/// Whether the account booked or waited for this child before (a flagged
/// row counts only once the staff checked it): then it is the child's
/// family, and told what the records hold.
pub async fn family_knows(db: &Db, child_key: &str, user: Option<UserId>) -> Result<bool, StoreError> {
    let Some(user) = user else {
        return Ok(false);
    };
    let known: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM registrations WHERE child_key = $1 AND user_id = $2 AND review IS NULL
         UNION ALL SELECT 1 FROM waitlist WHERE child_key = $1 AND user_id = $2 AND review IS NULL LIMIT 1",
    )
    .bind(child_key)
    .bind(user.get())
    .fetch_optional(&db.pool)
    .await?;
    Ok(known.is_some())
}

pub async fn no_shows(db: &Db, child_key: &str) -> Result<i64, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM registrations WHERE child_key = $1 AND status = 'no_show'")
            .bind(child_key)
            .fetch_one(&db.pool)
            .await?,
    )
}

/// The last completed joint assessment of the child in this system, with the
/// re-assessment date its report gave, if any.
pub async fn last_completed(
    db: &Db,
    child_key: &str,
) -> Result<Option<domain::booking::triage::PreviousAssessment>, StoreError> {
    let row: Option<(String, Option<String>)> = sqlx::query_as(
        "SELECT d.day, r.report_reassess_date FROM registrations r JOIN clinic_days d ON d.id = r.clinic_day_id
         WHERE r.child_key = $1 AND r.status = 'completed' ORDER BY d.day DESC LIMIT 1",
    )
    .bind(child_key)
    .fetch_optional(&db.pool)
    .await?;
    let Some((day, reassess)) = row else {
        return Ok(None);
    };
    Ok(Some(domain::booking::triage::PreviousAssessment {
        assessed_on: stored_date(&day)?,
        reassess_on: reassess.as_deref().map(stored_date).transpose()?,
    }))
}
