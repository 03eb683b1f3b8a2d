//! A hold becomes a registration, with its mail, in one transaction.

use super::changes::*;
use crate::store::places::{self};
use domain::Named;
use domain::booking::Pool;
use domain::booking::age::is_under_three_on;
use domain::booking::registration::{RegistrationStatus, review_for_stranger};
use domain::booking::triage::{DayRefusal, TriageInput, may_book_on};
use domain::ids::{ClinicDayId, RegistrationId, UserId};
use platform::ssr::{Db, StoreError, db::stored, db::stored_date, db::violates};

/// What the registration form gives, already parsed and checked.
pub struct NewRegistration {
    /// The stored hash of the hold's token (a waitlist offer's hold has no
    /// token anyone was given: its hash is all there is).
    pub hold_hash: String,
    pub child_key: String,
    pub national_id_enc: String,
    pub national_id_masked: String,
    pub child_name: String,
    pub triage: TriageInput,
    /// Who submits: what they may be told of the child's records.
    pub submitter: Submitter,
    pub filled_by: String,
    pub phone: String,
    pub email: Option<String>,
    pub notes: String,
    pub fast_track: bool,
    pub needs_approval: bool,
    pub user_id: Option<UserId>,
    /// The district the child lives in, when given.
    pub home_district: Option<domain::booking::District>,
    /// How the family chose to hear, and in which language.
    pub channels: domain::booking::contact::Channels,
    pub lang: &'static str,
    /// The referral case this booking is made for, and the case manager making it.
    pub case: Option<(domain::ids::CaseId, UserId)>,
}

/// Who submits a registration, as far as the child's records go.
pub enum Submitter {
    /// An account that booked or waited for the child before, or a case
    /// manager booking for a case: told that the child is booked already;
    /// `triage` holds the recorded assessments.
    KnownFamily,
    /// Anyone else: `triage` holds their own answers; a child booked already,
    /// or a refusal by the triage with the recorded assessments
    /// (`recorded_triage`), only flags the registration for the staff
    /// (`domain::booking::registration::review_for_stranger`).
    Other { recorded_triage: Option<TriageInput> },
}

pub enum Submitted {
    Done {
        id: RegistrationId,
        reference: String,
        day: String,
    },
    HoldExpired,
    ChildAlreadyBooked,
    ReservedForUnderThree,
    Refused(DayRefusal),
    /// The case it was made for was closed meanwhile.
    CaseClosed,
}

fn new_reference() -> String {
    domain::booking::BookingReference::from_random(rand::random::<u64>()).to_string()
}

/// Turns a hold into a registration: the held place passes to it, or nothing changes.
pub async fn submit(
    db: &Db,
    r: &NewRegistration,
    today: chrono::NaiveDate,
    now: i64,
    messages: impl Fn(&str, &str) -> Vec<Outgoing>,
    policy: &crate::store::waitlist::Policy,
) -> Result<Submitted, StoreError> {
    for _ in 0..5 {
        let reference = new_reference();
        match db
            .retry(|| submit_once(db, r, &reference, today, now, &messages, policy))
            .await?
        {
            Attempt::Settled(outcome) => return Ok(outcome),
            // Another registration drew the same reference: draw again.
            Attempt::ReferenceTaken => continue,
        }
    }
    Err(StoreError::Busy)
}

/// A deleted hold: its day, pool, expiry and the day's date, then the
/// child's active registration and place in line, if any.
type HoldAndChild = (i64, String, i64, String, Option<i64>, Option<i64>);

/// One try at submitting under a freshly drawn reference.
enum Attempt {
    Settled(Submitted),
    ReferenceTaken,
}

async fn submit_once(
    db: &Db,
    r: &NewRegistration,
    reference: &str,
    today: chrono::NaiveDate,
    now: i64,
    messages: &impl Fn(&str, &str) -> Vec<Outgoing>,
    policy: &crate::store::waitlist::Policy,
) -> Result<Attempt, StoreError> {
    let settled = |s| Ok(Attempt::Settled(s));
    let mut tx = db.begin_write().await?;
    // First the child's lock: a join of the waitlist for the same child
    // waits for this booking, or this booking for the join.
    crate::store::waitlist::lock_child(&mut tx, &r.child_key).await?;
    // One statement for the hold, its day's date and what the child has
    // already (an active registration, a place in line): every statement
    // waits for the write connection's thread. The child's lock is held, so
    // nothing read here can change for the child before this commits.
    let hold: Option<HoldAndChild> = sqlx::query_as(
        "DELETE FROM holds WHERE token_hash = $1
         RETURNING clinic_day_id, pool, expires_at, (SELECT day FROM clinic_days d WHERE d.id = holds.clinic_day_id),
           (SELECT r.id FROM registrations r WHERE r.child_key = $2 AND r.active = 1 LIMIT 1),
           (SELECT w.id FROM waitlist w WHERE w.child_key = $2 AND w.active = 1 LIMIT 1)",
    )
    .bind(&r.hold_hash)
    .bind(&r.child_key)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((day_id, pool, expires_at, day, booked, waiting)) = hold else {
        return settled(Submitted::HoldExpired);
    };
    let day_id = ClinicDayId::from(day_id);
    let mut pool: Pool = stored(pool)?;
    if expires_at <= now {
        crate::store::freed::expire_offers_of(&mut tx, std::slice::from_ref(&r.hold_hash), now, policy).await?;
        crate::store::freed::free(&mut tx, day_id, pool, now, policy).await?;
        tx.commit().await?;
        return settled(Submitted::HoldExpired);
    }
    let date = stored_date(&day)?;
    if let Err(refusal) = may_book_on(&r.triage, today, date) {
        // Rolled back: the family keeps the hold and may correct the form.
        return settled(Submitted::Refused(refusal));
    }
    let review = match &r.submitter {
        // Rolled back: the hold stays until the caller releases it.
        Submitter::KnownFamily if booked.is_some() => return settled(Submitted::ChildAlreadyBooked),
        Submitter::KnownFamily => None,
        Submitter::Other { recorded_triage } => {
            // The day rule refuses whatever the triage refuses, too.
            let record_refuses = recorded_triage
                .as_ref()
                .is_some_and(|t| may_book_on(t, today, date).is_err());
            review_for_stranger(booked.is_some(), record_refuses)
        }
    };
    if pool == Pool::Reserved && !is_under_three_on(r.triage.birth_date, date) {
        if !places::take_in(&mut tx, day_id, Pool::General).await? {
            return settled(Submitted::ReservedForUnderThree);
        }
        crate::store::freed::free(&mut tx, day_id, Pool::Reserved, now, policy).await?;
        pool = Pool::General;
    }
    let t = &r.triage;
    let res = sqlx::query_scalar::<_, i64>(
        "INSERT INTO registrations (reference, clinic_day_id, pool, status, active, child_key, national_id_enc,
            national_id_masked, child_name, birth_date, due_date, filled_by, phone, email, previous_assessment_date,
            previous_reassess_date, high_risk, problem_domains, notes, fast_track, needs_approval, user_id, created_at, updated_at,
            channels, lang, review, home_district)
         VALUES ($1, $2, $3, 'submitted', 1, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $21,
            $22, $23, $24, $25)
         RETURNING id",
    )
    .bind(reference)
    .bind(day_id.get())
    .bind(pool.as_str())
    .bind(&r.child_key)
    .bind(&r.national_id_enc)
    .bind(&r.national_id_masked)
    .bind(&r.child_name)
    .bind(t.birth_date.to_string())
    .bind(t.due_date.map(|d| d.to_string()))
    .bind(&r.filled_by)
    .bind(&r.phone)
    .bind(&r.email)
    .bind(t.previous.map(|p| p.assessed_on.to_string()))
    .bind(t.previous.and_then(|p| p.reassess_on).map(|d| d.to_string()))
    .bind(serde_json::to_string(&t.high_risk).unwrap_or_else(|_| "[]".into()))
    .bind(serde_json::to_string(&t.domains).unwrap_or_else(|_| "[]".into()))
    .bind(&r.notes)
    .bind(i64::from(r.fast_track))
    .bind(i64::from(r.needs_approval))
    .bind(r.user_id.map(|v| v.get()))
    .bind(now)
    .bind(r.channels.as_str())
    .bind(r.lang)
    .bind(review.map(|v| v.as_str()))
    .bind(r.home_district.map(String::from))
    .fetch_one(&mut *tx)
    .await;
    let id: RegistrationId = match res {
        Ok(id) => id.into(),
        // Rolled back: the hold stays until the caller releases it.
        Err(e) if violates(&e, "one_active_registration_per_child", "registrations.child_key") => {
            return settled(Submitted::ChildAlreadyBooked);
        }
        Err(e) if violates(&e, "registrations_reference_key", "registrations.reference") => {
            return Ok(Attempt::ReferenceTaken);
        }
        Err(e) => return Err(e.into()),
    };
    event(&mut tx, id, r.user_id, None, RegistrationStatus::Submitted, "", now).await?;
    // Booked: the child waits no longer (an offer's hold just became this
    // registration; any other offer goes to the next in line).
    if waiting.is_some() {
        crate::store::waitlist::end_for_booking(&mut tx, &r.child_key, id, &r.hold_hash, now, policy).await?;
    }
    if let Some((case_id, actor)) = r.case
        && !crate::store::cases::link_booking(&mut tx, case_id, id, Some(actor), today, now).await?
    {
        // Rolled back: the hold stays until the caller releases it.
        return settled(Submitted::CaseClosed);
    }
    enqueue_all(&mut tx, &messages(reference, &day), now).await?;
    tx.commit().await?;
    settled(Submitted::Done {
        id,
        reference: reference.to_string(),
        day,
    })
}
