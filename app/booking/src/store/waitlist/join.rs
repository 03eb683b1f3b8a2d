//! Joining the waitlist, under the child's lock; the demo's entries.

use super::offers::*;
use domain::Named;
use domain::booking::TriageInput;
use domain::booking::contact::Channels;
use domain::booking::registration::review_for_stranger;
use domain::booking::waitlist::{self as wl, Wish, WishedPlace};
use domain::ids::{ClinicDayId, UserId, WaitId};
use domain::platform::taipei;
use platform::ssr::db::{WriteTx, violates};
use platform::ssr::outbox::{Outgoing, enqueue_all};
use platform::ssr::{Db, StoreError};

/// Takes the child's lock row first in every change of the child's booking
/// or wait (see `child_locks`): on PostgreSQL the upsert locks the row until
/// the transaction ends.
pub async fn lock_child(tx: &mut WriteTx, child_key: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO child_locks (child_key) VALUES ($1)
         ON CONFLICT (child_key) DO UPDATE SET child_key = excluded.child_key",
    )
    .bind(child_key)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// What a family gives to join, already parsed and checked.
pub struct NewWait {
    pub child_key: String,
    pub national_id_enc: String,
    pub national_id_masked: String,
    pub child_name: String,
    pub triage: TriageInput,
    pub filled_by: String,
    pub phone: String,
    pub email: Option<String>,
    pub notes: String,
    pub channels: Channels,
    pub lang: &'static str,
    pub user_id: Option<UserId>,
    pub first_assessment: bool,
    /// The district the child lives in, when given.
    pub home_district: Option<domain::booking::District>,
    pub wish: Wish,
    /// The account booked or waited for the child before (or a case
    /// manager): told that the child is booked or waiting already.
    pub known_family: bool,
    /// For anyone else: the triage with this system's recorded assessments
    /// refuses the joint assessment (the entry is flagged, not refused).
    pub record_refuses: bool,
}

pub enum Joined {
    Done {
        id: WaitId,
        reference: String,
    },
    /// The child has an active registration: no need to wait.
    ChildBooked,
    /// The child waits already.
    AlreadyWaiting,
}

/// Joins the waitlist; the joining messages go out in the same transaction,
/// and any free place the wish covers is offered at once (in line).
pub async fn join(
    db: &Db,
    w: &NewWait,
    now: i64,
    messages: impl Fn(&str) -> Vec<Outgoing>,
    policy: &crate::store::waitlist::Policy,
) -> Result<Joined, StoreError> {
    for _ in 0..5 {
        let reference = wl::WaitReference::from_random(rand::random::<u64>());
        let reference = reference.as_str();
        let attempt = db
            .retry(|| async {
                let mut tx = db.begin_write().await?;
                lock_child(&mut tx, &w.child_key).await?;
                // Under the child's lock: no booking or entry for the child
                // commits between these looks and the insert.
                let booked: Option<i64> =
                    sqlx::query_scalar("SELECT id FROM registrations WHERE child_key = $1 AND active = 1 LIMIT 1")
                        .bind(&w.child_key)
                        .fetch_optional(&mut *tx)
                        .await?;
                let waiting: Option<i64> =
                    sqlx::query_scalar("SELECT id FROM waitlist WHERE child_key = $1 AND active = 1 LIMIT 1")
                        .bind(&w.child_key)
                        .fetch_optional(&mut *tx)
                        .await?;
                let review = match (w.known_family, booked, waiting) {
                    (true, Some(_), _) => return Ok(Some(Joined::ChildBooked)),
                    (true, None, Some(_)) => return Ok(Some(Joined::AlreadyWaiting)),
                    (true, None, None) => None,
                    (false, booked, waiting) => {
                        review_for_stranger(booked.is_some() || waiting.is_some(), w.record_refuses)
                    }
                };
                let t = &w.triage;
                let (centre, districts) = match &w.wish.place {
                    WishedPlace::Centre(c) => (Some(*c), "[]".to_string()),
                    WishedPlace::Districts(ds) => (None, serde_json::to_string(ds).unwrap_or_else(|_| "[]".into())),
                };
                let res: Result<Option<i64>, sqlx::Error> = sqlx::query_scalar(
                    "INSERT INTO waitlist (reference, status, active, child_key, national_id_enc, national_id_masked,
                        child_name, birth_date, due_date, previous_assessment_date, previous_reassess_date, high_risk,
                        problem_domains, filled_by, phone, email, notes, channels, lang, user_id, first_assessment,
                        wish_centre_id, wish_districts, wish_from, joined_at, review, home_district)
                     VALUES ($1, 'waiting', 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
                        $18, $19, $20, $21, $22, $23, $24, $25)
                     ON CONFLICT (child_key) WHERE active = 1 AND review IS NULL DO NOTHING
                     RETURNING id",
                )
                .bind(reference)
                .bind(&w.child_key)
                .bind(&w.national_id_enc)
                .bind(&w.national_id_masked)
                .bind(&w.child_name)
                .bind(t.birth_date.to_string())
                .bind(t.due_date.map(|d| d.to_string()))
                .bind(t.previous.map(|p| p.assessed_on.to_string()))
                .bind(t.previous.and_then(|p| p.reassess_on).map(|d| d.to_string()))
                .bind(serde_json::to_string(&t.high_risk).unwrap_or_else(|_| "[]".into()))
                .bind(serde_json::to_string(&t.domains).unwrap_or_else(|_| "[]".into()))
                .bind(&w.filled_by)
                .bind(&w.phone)
                .bind(&w.email)
                .bind(&w.notes)
                .bind(w.channels.as_str())
                .bind(w.lang)
                .bind(w.user_id.map(|v| v.get()))
                .bind(i64::from(w.first_assessment))
                .bind(centre)
                .bind(districts.clone())
                .bind(w.wish.from.to_string())
                .bind(now)
                .bind(review.map(|r| r.as_str()))
                .bind(w.home_district.map(String::from))
                .fetch_optional(&mut *tx)
                .await;
                let id = match res {
                    Ok(Some(id)) => WaitId(id),
                    Ok(None) => return Ok(Some(Joined::AlreadyWaiting)),
                    Err(e) if violates(&e, "waitlist_reference_key", "waitlist.reference") => return Ok(None),
                    Err(e) => return Err(e.into()),
                };
                enqueue_all(&mut tx, &messages(reference), now).await?;
                // Free places the wish covers go to the families in line now.
                let today = taipei::date_at(now);
                use crate::store::places::{general_free, open_day, reserved_free};
                let days: Vec<i64> = sqlx::query_scalar(concat!(
                    "SELECT d.id FROM clinic_days d JOIN centres c ON c.id = d.centre_id
                     WHERE d.day >= $1 AND d.day > $2 AND c.active = 1 AND ",
                    open_day!("d."),
                    " AND (",
                    general_free!("d."),
                    " OR ",
                    reserved_free!("d."),
                    ") AND (c.id = $3 OR $4 LIKE '%\"' || c.district || '\"%')
                     ORDER BY d.day LIMIT 60",
                ))
                .bind(w.wish.from.to_string())
                .bind(today.to_string())
                .bind(centre.unwrap_or(0))
                .bind(districts.clone())
                .fetch_all(&mut *tx)
                .await?;
                for day in days {
                    offer_day(&mut tx, ClinicDayId::from(day), now, policy).await?;
                }
                tx.commit().await?;
                Ok(Some(Joined::Done {
                    id,
                    reference: reference.to_owned(),
                }))
            })
            .await?;
        if let Some(joined) = attempt {
            return Ok(joined);
        }
    }
    Err(StoreError::Busy)
}

/// Demo entries: the families waiting in the demo data.
pub async fn insert_demo(db: &Db, w: &NewWait, reference: &str, joined_at: i64) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    let t = &w.triage;
    let (centre, districts) = match &w.wish.place {
        WishedPlace::Centre(c) => (Some(*c), "[]".to_string()),
        WishedPlace::Districts(ds) => (None, serde_json::to_string(ds).unwrap_or_else(|_| "[]".into())),
    };
    sqlx::query(
        "INSERT INTO waitlist (reference, status, active, child_key, national_id_enc, national_id_masked,
            child_name, birth_date, high_risk, problem_domains, filled_by, phone, email, notes, channels, lang,
            first_assessment, wish_centre_id, wish_districts, wish_from, joined_at, is_demo)
         VALUES ($1, 'waiting', 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, '', $12, $13, $14, $15, $16, $17, $18, 1)",
    )
    .bind(reference)
    .bind(&w.child_key)
    .bind(&w.national_id_enc)
    .bind(&w.national_id_masked)
    .bind(&w.child_name)
    .bind(t.birth_date.to_string())
    .bind(serde_json::to_string(&t.high_risk).unwrap_or_else(|_| "[]".into()))
    .bind(serde_json::to_string(&t.domains).unwrap_or_else(|_| "[]".into()))
    .bind(&w.filled_by)
    .bind(&w.phone)
    .bind(&w.email)
    .bind(w.channels.as_str())
    .bind(w.lang)
    .bind(i64::from(w.first_assessment))
    .bind(centre)
    .bind(districts)
    .bind(w.wish.from.to_string())
    .bind(joined_at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}
