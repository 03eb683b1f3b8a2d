//! The waitlist in the database: joining and leaving, the offers of freed
//! places (made in the very transaction that frees a place, with their
//! messages), the family's answer, and the lists staff and the city read.
//!
//! Who is offered a place is the domain's rule (`domain::booking::waitlist`).
//! The database holds the rules concurrency could break: an offer holds its
//! place by a hold on the day's counters (nobody else can book it, and a
//! place is held for one family only); `one_open_offer_per_family` lets no
//! family hold two offers; `one_wait_per_child` and the child's lock row
//! keep a child from waiting while booked.

use super::places;
use super::registrations::{StoredTriage, stored_triage};
use crate::notify::OfferEnd;
use domain::Named;
use domain::booking::contact::Channels;
use domain::booking::registration::review_for_stranger;
use domain::booking::waitlist::{self as wl, FreedPlace, OfferStatus, WaitStatus, Waiting, Wish, WishedPlace};
use domain::booking::{District, Pool, TriageInput};
use domain::ids::{CentreId, ClinicDayId, RegistrationId, UserId, WaitId};
use domain::platform::taipei;
use platform::ssr::db::{WriteTx, stored, stored_date, stored_json, violates};
use platform::ssr::outbox::{Outgoing, enqueue_all};
use platform::ssr::{Db, StoreError, keys};
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// What offers need besides the database: the site's address for the link
/// in the message, and how long a family has to answer.
#[derive(Clone, Debug)]
pub struct Policy {
    pub site: String,
    pub offer_hours: i64,
}

static POLICY: OnceLock<Policy> = OnceLock::new();

/// Set once when the server starts (offers are made wherever a place is
/// freed, down to the background sweeper, so they read it from here).
pub fn configure(policy: Policy) {
    if POLICY.set(policy).is_err() {
        tracing::debug!("waitlist policy already set");
    }
}

fn policy() -> &'static Policy {
    POLICY.get_or_init(|| Policy {
        site: "http://localhost:3000".into(),
        offer_hours: wl::OFFER_HOURS,
    })
}

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

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EntryRow {
    #[sqlx(try_from = "i64")]
    pub id: WaitId,
    pub reference: String,
    #[sqlx(try_from = "String")]
    pub status: WaitStatus,
    pub child_key: String,
    pub national_id_enc: String,
    pub national_id_masked: String,
    pub child_name: String,
    pub birth_date: String,
    pub due_date: Option<String>,
    pub previous_assessment_date: Option<String>,
    pub previous_reassess_date: Option<String>,
    pub high_risk: String,
    pub problem_domains: String,
    pub filled_by: String,
    pub phone: String,
    pub email: Option<String>,
    pub notes: String,
    #[sqlx(try_from = "String")]
    pub channels: Channels,
    pub lang: String,
    #[sqlx(try_from = "platform::ssr::db::NullId")]
    pub user_id: Option<UserId>,
    pub first_assessment: i64,
    #[sqlx(try_from = "platform::ssr::db::NullId")]
    pub wish_centre_id: Option<CentreId>,
    pub wish_districts: String,
    pub wish_from: String,
    pub joined_at: i64,
    #[sqlx(try_from = "platform::ssr::db::NullId")]
    pub registration_id: Option<RegistrationId>,
    /// Why the staff should check the entry, if they should.
    pub review: Option<String>,
    /// The district the child lives in, when given (a district's name).
    pub home_district: Option<String>,
}

const ENTRY: &str = "SELECT w.id, w.reference, w.status, w.child_key, w.national_id_enc, w.national_id_masked,
    w.child_name, w.birth_date, w.due_date, w.previous_assessment_date, w.previous_reassess_date, w.high_risk,
    w.problem_domains, w.filled_by, w.phone, w.email, w.notes, w.channels, w.lang, w.user_id, w.first_assessment,
    w.wish_centre_id, w.wish_districts, w.wish_from, w.joined_at, w.registration_id, w.review, w.home_district
    FROM waitlist w";

impl EntryRow {
    pub fn triage_input(&self) -> Result<TriageInput, sqlx::Error> {
        stored_triage(StoredTriage {
            birth_date: &self.birth_date,
            due_date: &self.due_date,
            previous_assessment_date: &self.previous_assessment_date,
            previous_reassess_date: &self.previous_reassess_date,
            high_risk: &self.high_risk,
            problem_domains: &self.problem_domains,
        })
    }

    pub fn wish(&self) -> Result<Wish, sqlx::Error> {
        let place = match self.wish_centre_id {
            Some(c) => WishedPlace::Centre(c.get()),
            None => WishedPlace::Districts(stored_json("wished districts", &self.wish_districts)?),
        };
        Ok(Wish {
            place,
            from: stored_date(&self.wish_from)?,
        })
    }

    /// The entry as the domain's order sees it.
    pub fn waiting(&self) -> Result<Waiting, sqlx::Error> {
        Ok(Waiting {
            id: self.id.get(),
            joined_at: self.joined_at,
            birth_date: stored_date(&self.birth_date)?,
            first_assessment: self.first_assessment == 1,
            wish: self.wish()?,
        })
    }
}

/// An open or past offer, with the day and centre it is for.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OfferRow {
    pub id: i64,
    #[sqlx(try_from = "i64")]
    pub entry_id: WaitId,
    #[sqlx(try_from = "i64")]
    pub clinic_day_id: ClinicDayId,
    #[sqlx(try_from = "String")]
    pub pool: Pool,
    #[sqlx(try_from = "String")]
    pub status: OfferStatus,
    pub hold_hash: String,
    pub expires_at: i64,
    pub created_at: i64,
    pub day: String,
    pub checkin_time: String,
    #[sqlx(try_from = "i64")]
    pub centre_id: CentreId,
    pub centre_name_zh_tw: String,
    pub centre_name_en: String,
    pub centre_address_zh_tw: String,
    pub centre_address_en: String,
    pub centre_phone: String,
}

const OFFER: &str = "SELECT o.id, o.entry_id, o.clinic_day_id, o.pool, o.status, o.hold_hash, o.expires_at,
    o.created_at, d.day, d.checkin_time, c.id AS centre_id, c.name_zh_tw AS centre_name_zh_tw,
    c.name_en AS centre_name_en, c.address_zh_tw AS centre_address_zh_tw, c.address_en AS centre_address_en,
    c.phone AS centre_phone
    FROM waitlist_offers o JOIN clinic_days d ON d.id = o.clinic_day_id JOIN centres c ON c.id = d.centre_id";

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
                .bind(w.home_district.map(|d| d.as_str()))
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
                let days: Vec<i64> = sqlx::query_scalar(
                    "SELECT d.id FROM clinic_days d JOIN centres c ON c.id = d.centre_id
                     WHERE d.day >= $1 AND d.day > $2 AND d.status = 'open' AND c.active = 1
                       AND (d.taken_general < d.quota_total - d.quota_reserved OR d.taken_reserved < d.quota_reserved)
                       AND (c.id = $3 OR $4 LIKE '%\"' || c.district || '\"%')
                     ORDER BY d.day LIMIT 60",
                )
                .bind(w.wish.from.to_string())
                .bind(today.to_string())
                .bind(centre.unwrap_or(0))
                .bind(districts.clone())
                .fetch_all(&mut *tx)
                .await?;
                for day in days {
                    offer_day(&mut tx, ClinicDayId::from(day), now).await?;
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

/// The family leaves the list; an offer it held goes to the next in line.
pub async fn leave(db: &Db, entry: WaitId, now: i64) -> Result<bool, StoreError> {
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        let left: Option<i64> = sqlx::query_scalar(
            "UPDATE waitlist SET status = 'left', active = 0, ended_at = $2 WHERE id = $1 AND active = 1 RETURNING id",
        )
        .bind(entry.get())
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        if left.is_none() {
            return Ok(false);
        }
        withdraw_offers(&mut tx, entry, now).await?;
        tx.commit().await?;
        Ok(true)
    })
    .await
}

/// The family declines its offer: the place goes to the next in line (not
/// to a family that declined or let run out an offer of that day); the
/// family keeps waiting.
pub async fn decline(db: &Db, entry: WaitId, now: i64) -> Result<bool, StoreError> {
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        let offer: Option<(i64, String, String)> = sqlx::query_as(
            "UPDATE waitlist_offers SET status = 'declined', open = 0, answered_at = $2
             WHERE entry_id = $1 AND open = 1 RETURNING clinic_day_id, pool, hold_hash",
        )
        .bind(entry.get())
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((day, pool, hash)) = offer else {
            return Ok(false);
        };
        give_back_hold(&mut tx, ClinicDayId::from(day), stored(pool)?, &hash, now).await?;
        tx.commit().await?;
        Ok(true)
    })
    .await
}

/// Deletes an offer's hold and frees its place (if the hold was still there).
async fn give_back_hold(
    tx: &mut WriteTx,
    day: ClinicDayId,
    pool: Pool,
    hold_hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let gone: Option<i64> = sqlx::query_scalar("DELETE FROM holds WHERE token_hash = $1 RETURNING id")
        .bind(hold_hash)
        .fetch_optional(&mut **tx)
        .await?;
    if gone.is_some() {
        places::free(tx, day, pool, now).await?;
    }
    Ok(())
}

/// Withdraws the entry's open offer (the family left, or was booked through
/// another way): its place goes to the next in line.
async fn withdraw_offers(tx: &mut WriteTx, entry: WaitId, now: i64) -> Result<(), sqlx::Error> {
    let offers: Vec<(i64, String, String)> = sqlx::query_as(
        "UPDATE waitlist_offers SET status = 'withdrawn', open = 0, answered_at = $2
         WHERE entry_id = $1 AND open = 1 RETURNING clinic_day_id, pool, hold_hash",
    )
    .bind(entry.get())
    .bind(now)
    .fetch_all(&mut **tx)
    .await?;
    for (day, pool, hash) in offers {
        give_back_hold(tx, ClinicDayId::from(day), stored(pool)?, &hash, now).await?;
    }
    Ok(())
}

/// A child was just booked (in `tx`, under the child's lock): the wait
/// ends; the offer whose hold became the registration is accepted, any
/// other is withdrawn and its place offered on.
pub async fn end_for_booking(
    tx: &mut WriteTx,
    child_key: &str,
    registration: RegistrationId,
    hold_hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let entry: Option<i64> = sqlx::query_scalar(
        "UPDATE waitlist SET status = 'booked', active = 0, ended_at = $2, registration_id = $3
         WHERE child_key = $1 AND active = 1 RETURNING id",
    )
    .bind(child_key)
    .bind(now)
    .bind(registration.get())
    .fetch_optional(&mut **tx)
    .await?;
    let Some(entry) = entry.map(WaitId::from) else {
        return Ok(());
    };
    sqlx::query(
        "UPDATE waitlist_offers SET status = 'accepted', open = 0, answered_at = $2, registration_id = $3
         WHERE entry_id = $1 AND open = 1 AND hold_hash = $4",
    )
    .bind(entry.get())
    .bind(now)
    .bind(registration.get())
    .bind(hold_hash)
    .execute(&mut **tx)
    .await?;
    withdraw_offers(tx, entry, now).await
}

/// Holds that ran out were deleted: their offers expired (the family keeps
/// waiting; the caller frees the places, which offers them on).
pub async fn expire_offers_of(tx: &mut WriteTx, hold_hashes: &[String], now: i64) -> Result<(), sqlx::Error> {
    for hash in hold_hashes {
        let ended: Option<i64> = sqlx::query_scalar(
            "UPDATE waitlist_offers SET status = 'expired', open = 0, answered_at = $2
             WHERE hold_hash = $1 AND open = 1 RETURNING id",
        )
        .bind(hash)
        .bind(now)
        .fetch_optional(&mut **tx)
        .await?;
        if let Some(offer) = ended {
            tell_offer_ended(tx, offer, OfferEnd::Expired, now).await?;
        }
    }
    Ok(())
}

/// The centre closed a day: the offers of its places are withdrawn, their
/// holds deleted and the places given back to the (closed) day's counters.
/// The families keep their place in line and are told. Runs in the
/// transaction that closes the day.
pub async fn withdraw_day_offers(tx: &mut WriteTx, day_id: ClinicDayId, now: i64) -> Result<u32, sqlx::Error> {
    let offers: Vec<(i64, String, String)> = sqlx::query_as(
        "UPDATE waitlist_offers SET status = 'withdrawn', open = 0, answered_at = $2
         WHERE clinic_day_id = $1 AND open = 1 RETURNING id, pool, hold_hash",
    )
    .bind(day_id.get())
    .bind(now)
    .fetch_all(&mut **tx)
    .await?;
    for (offer, pool, hash) in &offers {
        // The day is closed: the place goes back and is offered to nobody.
        give_back_hold(tx, day_id, stored(pool.clone())?, hash, now).await?;
        tell_offer_ended(tx, *offer, OfferEnd::DayClosed, now).await?;
    }
    Ok(offers.len() as u32)
}

/// Queues the messages telling a family its offer ended without its answer.
async fn tell_offer_ended(tx: &mut WriteTx, offer: i64, why: OfferEnd, now: i64) -> Result<(), sqlx::Error> {
    let offer: OfferRow = sqlx::query_as(&format!("{OFFER} WHERE o.id = $1"))
        .bind(offer)
        .fetch_one(&mut **tx)
        .await?;
    let entry: EntryRow = sqlx::query_as(&format!("{ENTRY} WHERE w.id = $1"))
        .bind(offer.entry_id.get())
        .fetch_one(&mut **tx)
        .await?;
    enqueue_all(
        tx,
        &crate::notify::offer_ended(&entry, &offer, why, &policy().site),
        now,
    )
    .await
}

#[derive(sqlx::FromRow)]
struct DayFacts {
    day: String,
    status: String,
    quota_total: i64,
    quota_reserved: i64,
    taken_general: i64,
    taken_reserved: i64,
    #[sqlx(try_from = "i64")]
    centre_id: CentreId,
    #[sqlx(try_from = "String")]
    district: District,
    active: i64,
}

/// Offers the free places of a clinic day to the families in line whose
/// wish covers them, one place per family, until no place or no family is
/// left; returns how many offers were made. Runs inside the transaction
/// that freed or added the places, so no one else sees them free first.
pub async fn offer_day(tx: &mut WriteTx, day_id: ClinicDayId, now: i64) -> Result<u32, sqlx::Error> {
    let mut made = 0;
    let mut passed_over: BTreeSet<i64> = BTreeSet::new();
    loop {
        let facts: Option<DayFacts> = sqlx::query_as(
            "SELECT d.day, d.status, d.quota_total, d.quota_reserved, d.taken_general, d.taken_reserved,
                c.id AS centre_id, c.district, c.active
             FROM clinic_days d JOIN centres c ON c.id = d.centre_id WHERE d.id = $1",
        )
        .bind(day_id.get())
        .fetch_optional(&mut **tx)
        .await?;
        let Some(f) = facts else { return Ok(made) };
        let date = stored_date(&f.day)?;
        let today = taipei::date_at(now);
        let starts = taipei::epoch_of(date.and_time(chrono::NaiveTime::MIN));
        let Some(expires_at) = wl::offer_expires_at(now, policy().offer_hours, starts) else {
            return Ok(made);
        };
        if f.status != "open" || f.active != 1 || date <= today {
            return Ok(made);
        }
        let mut free = Vec::new();
        if f.taken_reserved < f.quota_reserved {
            free.push(Pool::Reserved);
        }
        if f.taken_general < f.quota_total - f.quota_reserved {
            free.push(Pool::General);
        }
        if free.is_empty() {
            return Ok(made);
        }
        // Families waiting for this centre or its district, from this day
        // or before, without an offer, and who did not turn this day down;
        // an entry flagged as a duplicate waits while the child is booked
        // or has an older entry (the older one is offered).
        let rows: Vec<EntryRow> = sqlx::query_as(&format!(
            "{ENTRY} WHERE w.active = 1 AND w.wish_from <= $1
               AND (w.wish_centre_id = $2 OR w.wish_districts LIKE $3)
               AND NOT EXISTS (SELECT 1 FROM waitlist_offers o WHERE o.entry_id = w.id
                   AND (o.open = 1 OR (o.clinic_day_id = $4 AND o.status IN ('declined', 'expired'))))
               AND NOT (COALESCE(w.review, '') = 'duplicate'
                   AND (EXISTS (SELECT 1 FROM registrations x WHERE x.child_key = w.child_key AND x.active = 1)
                     OR EXISTS (SELECT 1 FROM waitlist y WHERE y.child_key = w.child_key AND y.active = 1 AND y.id < w.id)))"
        ))
        .bind(&f.day)
        .bind(f.centre_id.get())
        .bind(format!("%\"{}\"%", f.district.as_str()))
        .bind(day_id.get())
        .fetch_all(&mut **tx)
        .await?;
        // The booking rules for this child on this day (age, the repeat
        // rule's window) hold for offers as for the calendar.
        let mut candidates = Vec::new();
        for r in &rows {
            let may = r
                .triage_input()
                .map(|t| domain::booking::triage::may_book_on(&t, today, date).is_ok())?;
            if may {
                candidates.push((r.waiting()?, r));
            }
        }
        let waiting: Vec<Waiting> = candidates.iter().map(|(w, _)| w.clone()).collect();
        let mut offered = false;
        for pool in free {
            let place = FreedPlace {
                centre: f.centre_id.get(),
                district: f.district,
                day: date,
                pool,
            };
            let Some(next) = wl::next_in_line(&waiting, &place, &passed_over) else {
                continue;
            };
            let Some((_, entry)) = candidates.iter().find(|(w, _)| w.id == next.id) else {
                continue;
            };
            if !places::take_in(tx, day_id, pool).await? {
                continue;
            }
            let hold_hash = keys::storage_hash(&keys::random_token());
            let inserted: Option<i64> = sqlx::query_scalar(
                "INSERT INTO waitlist_offers (entry_id, clinic_day_id, pool, hold_hash, status, open, expires_at, created_at)
                 VALUES ($1, $2, $3, $4, 'open', 1, $5, $6)
                 ON CONFLICT (entry_id) WHERE open = 1 DO NOTHING RETURNING id",
            )
            .bind(entry.id.get())
            .bind(day_id.get())
            .bind(pool.as_str())
            .bind(&hold_hash)
            .bind(expires_at)
            .bind(now)
            .fetch_optional(&mut **tx)
            .await?;
            passed_over.insert(next.id);
            if inserted.is_none() {
                // Another transaction offered this family a place meanwhile.
                places::release(tx, day_id, pool).await?;
                offered = true;
                break;
            }
            sqlx::query(
                "INSERT INTO holds (token_hash, clinic_day_id, pool, under3, expires_at, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(&hold_hash)
            .bind(day_id.get())
            .bind(pool.as_str())
            .bind(i64::from(pool == Pool::Reserved))
            .bind(expires_at)
            .bind(now)
            .execute(&mut **tx)
            .await?;
            let offer: OfferRow = sqlx::query_as(&format!("{OFFER} WHERE o.hold_hash = $1"))
                .bind(&hold_hash)
                .fetch_one(&mut **tx)
                .await?;
            enqueue_all(tx, &crate::notify::offer(entry, &offer, &policy().site), now).await?;
            metrics::counter!("waitlist_offers_total").increment(1);
            made += 1;
            offered = true;
            break;
        }
        if !offered {
            return Ok(made);
        }
    }
}

/// A row of the lists staff and the city read: no name, the masked ID.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ListedRow {
    #[sqlx(try_from = "i64")]
    pub id: WaitId,
    pub reference: String,
    pub national_id_masked: String,
    pub birth_date: String,
    pub first_assessment: i64,
    #[sqlx(try_from = "platform::ssr::db::NullId")]
    pub wish_centre_id: Option<CentreId>,
    pub wish_districts: String,
    pub wish_from: String,
    pub joined_at: i64,
    /// Why the staff should check the entry, if they should.
    pub review: Option<String>,
    /// The district the child lives in, when the family gave it.
    pub home_district: Option<String>,
}

impl ListedRow {
    pub fn waiting(&self) -> Result<Waiting, sqlx::Error> {
        let place = match self.wish_centre_id {
            Some(c) => WishedPlace::Centre(c.get()),
            None => WishedPlace::Districts(stored_json("wished districts", &self.wish_districts)?),
        };
        Ok(Waiting {
            id: self.id.get(),
            joined_at: self.joined_at,
            birth_date: stored_date(&self.birth_date)?,
            first_assessment: self.first_assessment == 1,
            wish: Wish {
                place,
                from: stored_date(&self.wish_from)?,
            },
        })
    }
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
