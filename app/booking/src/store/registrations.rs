//! Registrations: submitting (from a hold), finding, cancelling, rescheduling,
//! and the centre's status changes. Every change is one transaction.

use super::places::{self, Refusal};
use domain::Named;
use domain::booking::Pool;
use domain::booking::age::is_under_three_on;
use domain::booking::registration::{
    RegistrationStatus, StaffAction, TransitionError, family_may_change, staff_transition,
};
use domain::booking::triage::{DayRefusal, TriageInput, may_book_on};
use domain::platform::taipei::parse_iso_date;
use platform::ssr::db::WriteTx;
use platform::ssr::{Db, StoreError, audit, db::stored, db::violates, keys};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RegistrationRow {
    pub id: i64,
    pub reference: String,
    pub clinic_day_id: i64,
    #[sqlx(try_from = "String")]
    pub pool: Pool,
    #[sqlx(try_from = "String")]
    pub status: RegistrationStatus,
    pub child_key: String,
    pub national_id_masked: String,
    pub child_name: String,
    pub birth_date: String,
    pub due_date: Option<String>,
    pub filled_by: String,
    pub phone: String,
    pub email: Option<String>,
    pub previous_assessment_date: Option<String>,
    pub previous_reassess_date: Option<String>,
    pub high_risk: String,
    pub problem_domains: String,
    pub notes: String,
    pub fast_track: i64,
    pub needs_approval: i64,
    pub user_id: Option<i64>,
    pub status_reason: Option<String>,
    pub report_reassess_date: Option<String>,
    pub created_at: i64,
    pub day: String,
    pub centre_id: i64,
    pub centre_name_zh_tw: String,
    pub centre_name_en: String,
    pub centre_address_zh_tw: String,
    pub centre_address_en: String,
    pub centre_phone: String,
    pub checkin_time: String,
}

impl RegistrationRow {
    /// The triage facts kept with the registration, to check a new day against.
    pub fn triage_input(&self) -> Option<TriageInput> {
        let previous = self
            .previous_assessment_date
            .as_deref()
            .and_then(parse_iso_date)
            .map(|d| domain::booking::triage::PreviousAssessment {
                assessed_on: d,
                reassess_on: self.previous_reassess_date.as_deref().and_then(parse_iso_date),
            });
        Some(TriageInput {
            birth_date: parse_iso_date(&self.birth_date)?,
            due_date: self.due_date.as_deref().and_then(parse_iso_date),
            previous,
            high_risk: serde_json::from_str(&self.high_risk).unwrap_or_default(),
            domains: serde_json::from_str(&self.problem_domains).unwrap_or_default(),
        })
    }
}

const SELECT: &str = "SELECT r.id, r.reference, r.clinic_day_id, r.pool, r.status, r.child_key, r.national_id_masked,
        r.child_name, r.birth_date, r.due_date, r.filled_by, r.phone, r.email, r.previous_assessment_date,
        r.previous_reassess_date, r.high_risk, r.problem_domains, r.notes, r.fast_track, r.needs_approval, r.user_id,
        r.status_reason, r.report_reassess_date, r.created_at,
        d.day, d.centre_id, c.name_zh_tw AS centre_name_zh_tw, c.name_en AS centre_name_en,
        c.address_zh_tw AS centre_address_zh_tw, c.address_en AS centre_address_en, c.phone AS centre_phone,
        d.checkin_time
    FROM registrations r JOIN clinic_days d ON d.id = r.clinic_day_id JOIN centres c ON c.id = d.centre_id";

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

pub async fn by_id(db: &Db, id: i64) -> Result<Option<RegistrationRow>, StoreError> {
    let sql = format!("{SELECT} WHERE r.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(&db.pool).await?)
}

pub async fn for_user(db: &Db, user_id: i64) -> Result<Vec<RegistrationRow>, StoreError> {
    let sql = format!("{SELECT} WHERE r.user_id = $1 ORDER BY d.day DESC, r.id DESC");
    Ok(sqlx::query_as(&sql).bind(user_id).fetch_all(&db.pool).await?)
}

pub async fn for_day(db: &Db, day_id: i64) -> Result<Vec<RegistrationRow>, StoreError> {
    let sql = format!("{SELECT} WHERE r.clinic_day_id = $1 ORDER BY r.fast_track DESC, r.id");
    Ok(sqlx::query_as(&sql).bind(day_id).fetch_all(&db.pool).await?)
}

pub async fn active_for_child(db: &Db, child_key: &str) -> Result<Option<RegistrationRow>, StoreError> {
    let sql = format!("{SELECT} WHERE r.child_key = $1 AND r.active = 1");
    Ok(sqlx::query_as(&sql).bind(child_key).fetch_optional(&db.pool).await?)
}

pub async fn no_shows(db: &Db, child_key: &str) -> Result<i64, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM registrations WHERE child_key = $1 AND status = 'no_show'")
            .bind(child_key)
            .fetch_one(&db.pool)
            .await?,
    )
}

/// The last completed joint assessment of the child in this system, if any.
pub async fn last_completed(db: &Db, child_key: &str) -> Result<Option<(String, Option<String>)>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT d.day, r.report_reassess_date FROM registrations r JOIN clinic_days d ON d.id = r.clinic_day_id
         WHERE r.child_key = $1 AND r.status = 'completed' ORDER BY d.day DESC LIMIT 1",
    )
    .bind(child_key)
    .fetch_optional(&db.pool)
    .await?)
}

pub use platform::ssr::outbox::{OutgoingMail, enqueue as enqueue_mail};

/// The mail a change causes, made from the registration as the change left it.
pub type MailFor<'a> = &'a (dyn Fn(&RegistrationRow) -> Option<OutgoingMail> + Send + Sync);

/// Reads the changed registration inside the transaction and puts its mail in
/// the outbox there, so the change and its message commit together.
async fn notify_in(tx: &mut WriteTx, id: i64, now: i64, mail: MailFor<'_>) -> Result<(), sqlx::Error> {
    let sql = format!("{SELECT} WHERE r.id = $1");
    let row: Option<RegistrationRow> = sqlx::query_as(&sql).bind(id).fetch_optional(&mut **tx).await?;
    if let Some(m) = row.as_ref().and_then(mail) {
        enqueue_mail(tx, &m, now).await?;
    }
    Ok(())
}

async fn event(
    tx: &mut WriteTx,
    reg: i64,
    actor: Option<i64>,
    from: Option<RegistrationStatus>,
    to: RegistrationStatus,
    note: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO registration_events (registration_id, at, actor_user_id, from_status, to_status, note) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(reg)
    .bind(now)
    .bind(actor)
    .bind(from.map(|s| s.as_str()))
    .bind(to.as_str())
    .bind(note)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// What the registration form gives, already parsed and checked.
pub struct NewRegistration {
    pub hold_token: String,
    pub child_key: String,
    pub national_id_enc: String,
    pub national_id_masked: String,
    pub child_name: String,
    pub triage: TriageInput,
    pub filled_by: String,
    pub phone: String,
    pub email: Option<String>,
    pub notes: String,
    pub fast_track: bool,
    pub needs_approval: bool,
    pub user_id: Option<i64>,
}

pub enum Submitted {
    Done { id: i64, reference: String, day: String },
    HoldExpired,
    ChildAlreadyBooked,
    ReservedForUnderThree,
    Refused(DayRefusal),
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
    mail: impl Fn(&str, &str) -> Option<OutgoingMail>,
) -> Result<Submitted, StoreError> {
    for _ in 0..5 {
        let reference = new_reference();
        let res = db.retry(|| submit_once(db, r, &reference, today, now, &mail)).await;
        match res {
            Err(StoreError::Conflict("registrations_reference_key")) => continue,
            Err(StoreError::Conflict("one_active_registration_per_child")) => return Ok(Submitted::ChildAlreadyBooked),
            other => return other,
        }
    }
    Err(StoreError::Busy)
}

async fn submit_once(
    db: &Db,
    r: &NewRegistration,
    reference: &str,
    today: chrono::NaiveDate,
    now: i64,
    mail: &impl Fn(&str, &str) -> Option<OutgoingMail>,
) -> Result<Submitted, StoreError> {
    let mut tx = db.begin_write().await?;
    // The hold and its day's date in one statement: every statement waits for
    // the write connection's thread, and the date does not change.
    let hold: Option<(i64, String, i64, String)> = sqlx::query_as(
        "DELETE FROM holds WHERE token_hash = $1
         RETURNING clinic_day_id, pool, expires_at, (SELECT day FROM clinic_days d WHERE d.id = holds.clinic_day_id)",
    )
    .bind(keys::storage_hash(&r.hold_token))
    .fetch_optional(&mut *tx)
    .await?;
    let Some((day_id, pool, expires_at, day)) = hold else {
        return Ok(Submitted::HoldExpired);
    };
    let mut pool: Pool = stored(pool)?;
    if expires_at <= now {
        places::release(&mut tx, day_id, pool).await?;
        tx.commit().await?;
        return Ok(Submitted::HoldExpired);
    }
    let Some(date) = parse_iso_date(&day) else {
        return Ok(Submitted::HoldExpired);
    };
    if let Err(refusal) = may_book_on(&r.triage, today, date) {
        // Rolled back: the family keeps the hold and may correct the form.
        return Ok(Submitted::Refused(refusal));
    }
    if pool == Pool::Reserved && !is_under_three_on(r.triage.birth_date, date) {
        if !places::take_in(&mut tx, day_id, Pool::General).await? {
            return Ok(Submitted::ReservedForUnderThree);
        }
        places::release(&mut tx, day_id, Pool::Reserved).await?;
        pool = Pool::General;
    }
    let t = &r.triage;
    let res = sqlx::query_scalar(
        "INSERT INTO registrations (reference, clinic_day_id, pool, status, active, child_key, national_id_enc,
            national_id_masked, child_name, birth_date, due_date, filled_by, phone, email, previous_assessment_date,
            previous_reassess_date, high_risk, problem_domains, notes, fast_track, needs_approval, user_id, created_at, updated_at)
         VALUES ($1, $2, $3, 'submitted', 1, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $21)
         RETURNING id",
    )
    .bind(reference)
    .bind(day_id)
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
    .bind(r.user_id)
    .bind(now)
    .fetch_one(&mut *tx)
    .await;
    let id: i64 = match res {
        Ok(id) => id,
        Err(e) if violates(&e, "one_active_registration_per_child", "registrations.child_key") => {
            return Err(StoreError::Conflict("one_active_registration_per_child"));
        }
        Err(e) if violates(&e, "registrations_reference_key", "registrations.reference") => {
            return Err(StoreError::Conflict("registrations_reference_key"));
        }
        Err(e) => return Err(e.into()),
    };
    event(&mut tx, id, r.user_id, None, RegistrationStatus::Submitted, "", now).await?;
    if let Some(m) = mail(reference, &day) {
        enqueue_mail(&mut tx, &m, now).await?;
    }
    tx.commit().await?;
    Ok(Submitted::Done {
        id,
        reference: reference.to_string(),
        day,
    })
}

/// The statuses a family may still change, as an SQL list, from the domain's
/// rule (`RegistrationStatus::changeable_by_family`), so the two cannot drift.
fn family_changeable_sql() -> String {
    RegistrationStatus::all()
        .filter(|s| s.changeable_by_family())
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Cancels on the family's behalf (by the family itself or its centre).
pub async fn cancel(
    db: &Db,
    id: i64,
    actor: Option<i64>,
    today: chrono::NaiveDate,
    now: i64,
    reason: &str,
    mail: MailFor<'_>,
) -> Result<Result<(), TransitionError>, StoreError> {
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        let sql = format!(
            "UPDATE registrations SET status = 'cancelled', active = 0, status_reason = $1, updated_at = $2
             WHERE id = $3 AND status IN ({})
               AND (SELECT day FROM clinic_days WHERE id = registrations.clinic_day_id) >= $4
             RETURNING pool, clinic_day_id",
            family_changeable_sql()
        );
        let row: Option<(String, i64)> = sqlx::query_as(&sql)
            .bind(reason)
            .bind(now)
            .bind(id)
            .bind(today.to_string())
            .fetch_optional(&mut *tx)
            .await?;
        let Some((pool, day_id)) = row else {
            tx.commit().await?;
            let why = match by_id(db, id).await? {
                Some(r) => family_may_change(r.status, parse_iso_date(&r.day).unwrap_or(today), today).err(),
                None => Some(TransitionError::WrongStatus),
            };
            return Ok(Err(why.unwrap_or(TransitionError::WrongStatus)));
        };
        places::release(&mut tx, day_id, stored(pool)?).await?;
        event(&mut tx, id, actor, None, RegistrationStatus::Cancelled, reason, now).await?;
        notify_in(&mut tx, id, now, mail).await?;
        tx.commit().await?;
        Ok(Ok(()))
    })
    .await
}

pub enum Rescheduled {
    Done { day: String },
    Refused(Refusal),
    NotAllowed(TransitionError),
    OutsideWindow(DayRefusal),
}

/// Moves a registration to another day in one step: the new place is taken and
/// the old one released in the same transaction, or nothing changes.
pub async fn reschedule(
    db: &Db,
    row: &RegistrationRow,
    new_day_id: i64,
    actor: Option<i64>,
    today: chrono::NaiveDate,
    now: i64,
    mail: MailFor<'_>,
) -> Result<Rescheduled, StoreError> {
    if let Err(e) = family_may_change(row.status, parse_iso_date(&row.day).unwrap_or(today), today) {
        return Ok(Rescheduled::NotAllowed(e));
    }
    let Some(triage) = row.triage_input() else {
        return Ok(Rescheduled::NotAllowed(TransitionError::WrongStatus));
    };
    db.retry(|| {
        let triage = triage.clone();
        async move {
            let mut tx = db.begin_write().await?;
            let new_day: Option<String> =
                sqlx::query_scalar("SELECT day FROM clinic_days WHERE id = $1").bind(new_day_id).fetch_optional(&mut *tx).await?;
            let Some(new_date) = new_day.as_deref().and_then(parse_iso_date) else {
                return Ok(Rescheduled::Refused(Refusal::Missing));
            };
            if new_day_id == row.clinic_day_id {
                return Ok(Rescheduled::Refused(Refusal::Full));
            }
            if let Err(r) = may_book_on(&triage, today, new_date) {
                return Ok(Rescheduled::OutsideWindow(r));
            }
            let under3 = is_under_three_on(triage.birth_date, new_date);
            let pool = match places::take_sweeping(&mut tx, new_day_id, under3, now).await? {
                Ok(p) => p,
                Err(refusal) => return Ok(Rescheduled::Refused(refusal)),
            };
            let sql = format!(
                "UPDATE registrations SET clinic_day_id = $1, pool = $2, status = 'submitted', active = 1, updated_at = $3,
                        reminder_sent = 0
                 WHERE id = $4 AND clinic_day_id = $5 AND status IN ({})",
                family_changeable_sql()
            );
            let moved = sqlx::query(&sql)
            .bind(new_day_id)
            .bind(pool.as_str())
            .bind(now)
            .bind(row.id)
            .bind(row.clinic_day_id)
            .execute(&mut *tx)
            .await?;
            if moved.rows_affected() != 1 {
                // Changed meanwhile (cancelled, moved): roll back the new place too.
                return Ok(Rescheduled::NotAllowed(TransitionError::WrongStatus));
            }
            places::release(&mut tx, row.clinic_day_id, row.pool).await?;
            event(&mut tx, row.id, actor, Some(row.status), RegistrationStatus::Submitted, &format!("rescheduled from {}", row.day), now)
                .await?;
            notify_in(&mut tx, row.id, now, mail).await?;
            tx.commit().await?;
            Ok(Rescheduled::Done { day: new_day.unwrap_or_default() })
        }
    })
    .await
}

/// What a member of a centre's staff does to a registration, and why.
pub struct StaffChange<'a> {
    pub action: StaffAction,
    pub actor: i64,
    pub reason: &'a str,
}

/// A centre's status change. Frees the place when the registration leaves it
/// (ineligible, cancelled); audited.
pub async fn staff_apply(
    db: &Db,
    row: &RegistrationRow,
    change: StaffChange<'_>,
    today: chrono::NaiveDate,
    now: i64,
    mail: MailFor<'_>,
) -> Result<Result<RegistrationStatus, TransitionError>, StoreError> {
    let StaffChange { action, actor, reason } = change;
    let from = row.status;
    let to = match staff_transition(from, action, parse_iso_date(&row.day).unwrap_or(today), today) {
        Ok(to) => to,
        Err(e) => return Ok(Err(e)),
    };
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        let res = sqlx::query(
            "UPDATE registrations SET status = $1, active = $2, status_reason = $3, updated_at = $4,
                    needs_approval = CASE WHEN $1 = 'confirmed' THEN 0 ELSE needs_approval END
             WHERE id = $5 AND status = $6",
        )
        .bind(to.as_str())
        .bind(i64::from(to.is_active()))
        .bind(if reason.is_empty() { None } else { Some(reason) })
        .bind(now)
        .bind(row.id)
        .bind(from.as_str())
        .execute(&mut *tx)
        .await?;
        if res.rows_affected() != 1 {
            return Ok(Err(TransitionError::WrongStatus));
        }
        if from.occupies_place() && !to.occupies_place() {
            places::release(&mut tx, row.clinic_day_id, row.pool).await?;
        }
        event(&mut tx, row.id, Some(actor), Some(from), to, reason, now).await?;
        let entry = audit::AuditEntry {
            actor_user_id: actor,
            action: to.as_str(),
            registration_id: Some(row.id),
            centre_id: Some(row.centre_id),
            detail: &format!("{} -> {}", from.as_str(), to.as_str()),
        };
        audit::record(&mut *tx, entry, now).await?;
        notify_in(&mut tx, row.id, now, mail).await?;
        tx.commit().await?;
        Ok(Ok(to))
    })
    .await
}

/// Records the re-assessment date written in the report of a completed assessment.
pub async fn set_report_date(
    db: &Db,
    id: i64,
    centre_id: i64,
    date: &str,
    actor: i64,
    now: i64,
) -> Result<bool, StoreError> {
    let mut tx = db.begin_write().await?;
    let res = sqlx::query(
        "UPDATE registrations SET report_reassess_date = $1, updated_at = $2
         WHERE id = $3 AND status = 'completed' AND clinic_day_id IN (SELECT id FROM clinic_days WHERE centre_id = $4)",
    )
    .bind(date)
    .bind(now)
    .bind(id)
    .bind(centre_id)
    .execute(&mut *tx)
    .await?;
    if res.rows_affected() == 1 {
        let entry = audit::AuditEntry {
            actor_user_id: actor,
            action: "report_date",
            registration_id: Some(id),
            centre_id: Some(centre_id),
            detail: "re-assessment date recorded",
        };
        audit::record(&mut *tx, entry, now).await?;
    }
    tx.commit().await?;
    Ok(res.rows_affected() == 1)
}

/// Confirmed registrations on `day` that have not had their reminder yet.
pub async fn due_reminders(db: &Db, day: &str) -> Result<Vec<RegistrationRow>, StoreError> {
    let sql =
        format!("{SELECT} WHERE d.day = $1 AND r.status = 'confirmed' AND r.reminder_sent = 0 AND r.email IS NOT NULL");
    Ok(sqlx::query_as(&sql).bind(day).fetch_all(&db.pool).await?)
}

pub async fn mark_reminded(db: &Db, id: i64, mail: &OutgoingMail, now: i64) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    let res = sqlx::query("UPDATE registrations SET reminder_sent = 1 WHERE id = $1 AND reminder_sent = 0")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if res.rows_affected() == 1 {
        enqueue_mail(&mut tx, mail, now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A demo family's registration, written directly for a day (also today's),
/// with its place taken in the same transaction. Only the demo loader uses it.
pub struct DemoRegistration<'a> {
    pub day_id: i64,
    pub reference: &'a str,
    pub child_key: &'a str,
    pub national_id_enc: &'a str,
    pub national_id_masked: &'a str,
    pub child_name: &'a str,
    pub birth_date: &'a str,
    pub status: RegistrationStatus,
    pub user_id: Option<i64>,
}

pub async fn insert_demo(db: &Db, d: &DemoRegistration<'_>, under3: bool, now: i64) -> Result<bool, StoreError> {
    let mut tx = db.begin_write().await?;
    let Ok(pool) = places::take(&mut tx, d.day_id, under3).await? else {
        return Ok(false);
    };
    sqlx::query(
        "INSERT INTO registrations (reference, clinic_day_id, pool, status, active, child_key, national_id_enc,
            national_id_masked, child_name, birth_date, filled_by, phone, email, high_risk, problem_domains, notes,
            user_id, is_demo, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'parent', '0912000000', NULL, '[]', '[\"motor\",\"language_speech\"]',
                 '示範資料 demo', $11, 1, $12, $12)",
    )
    .bind(d.reference)
    .bind(d.day_id)
    .bind(pool.as_str())
    .bind(d.status.as_str())
    .bind(i64::from(d.status.is_active()))
    .bind(d.child_key)
    .bind(d.national_id_enc)
    .bind(d.national_id_masked)
    .bind(d.child_name)
    .bind(d.birth_date)
    .bind(d.user_id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}
