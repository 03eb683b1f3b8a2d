//! Referral cases. One open case per child is the database's rule (a
//! partial unique index): a referral either opens the case or attaches to
//! the open one, in one statement that cannot race. Every change a case
//! manager makes is one transaction with its event, its audit entry and
//! the mail it causes.

use domain::Named;
use domain::booking::case::{CaseEventKind, CaseNumber, CaseOutcome, ContactMethod, ReporterKind};
use domain::booking::triage::ProblemDomain;
use domain::ids::{CaseId, InstitutionId, RegistrationId, UserId};
use platform::ssr::db::{WriteTx, stored_date, stored_json};
use platform::ssr::outbox::{Outgoing, enqueue_all};
use platform::ssr::{Db, StoreError, audit};
use std::collections::BTreeSet;

/// A referral, parsed and checked, with the child's protected identity.
pub struct NewReferral {
    pub child_key: String,
    pub national_id_enc: String,
    pub national_id_masked: String,
    pub child_name: String,
    pub birth_date: chrono::NaiveDate,
    pub guardian_name: String,
    pub phone: String,
    pub email: Option<String>,
    pub reporter_user_id: Option<UserId>,
    pub institution_id: Option<InstitutionId>,
    pub reporter_kind: ReporterKind,
    pub reporter_name: String,
    pub observed_on: chrono::NaiveDate,
    pub reported_on: chrono::NaiveDate,
    pub observation: String,
    pub domains: BTreeSet<ProblemDomain>,
    /// The self-screening's result, as JSON, when one was attached.
    pub screening: Option<String>,
    /// The day the family must be reached by, should this referral open the case.
    pub contact_due: chrono::NaiveDate,
    /// The district the child lives in, as the referrer gave it.
    pub home_district: Option<domain::booking::District>,
}

/// What a referral did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Referred {
    pub case_id: CaseId,
    pub number: String,
    /// Whether this referral opened the case (or attached to the open one).
    pub opened: bool,
}

/// Opens a case for the child, or attaches the referral to the child's open
/// case. `messages` are the family's, by mail and text, when the case opens
/// (with its number).
pub async fn refer(
    db: &Db,
    r: &NewReferral,
    now: i64,
    messages: impl Fn(&str) -> Vec<Outgoing>,
) -> Result<Referred, StoreError> {
    for _ in 0..5 {
        let number = CaseNumber::from_random(rand::random::<u64>());
        if let Some(done) = db.retry(|| refer_once(db, r, number.as_str(), now, &messages)).await? {
            return Ok(done);
        }
    }
    Err(StoreError::Busy)
}

/// One try; `None` when the drawn number was taken or the open case closed
/// between the two statements (then the caller tries again).
async fn refer_once(
    db: &Db,
    r: &NewReferral,
    number: &str,
    now: i64,
    messages: &impl Fn(&str) -> Vec<Outgoing>,
) -> Result<Option<Referred>, StoreError> {
    let mut tx = db.begin_write().await?;
    // The case number's uniqueness is a second constraint: a taken number
    // fails the insert instead of doing nothing, and is drawn again.
    let opened: Result<Option<i64>, sqlx::Error> = sqlx::query_scalar(
        "INSERT INTO cases (number, child_key, open, national_id_enc, national_id_masked, child_name, birth_date,
            guardian_name, phone, email, opened_on, contact_due, created_at, updated_at)
         VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)
         ON CONFLICT (child_key) WHERE open = 1 DO NOTHING
         RETURNING id",
    )
    .bind(number)
    .bind(&r.child_key)
    .bind(&r.national_id_enc)
    .bind(&r.national_id_masked)
    .bind(&r.child_name)
    .bind(r.birth_date.to_string())
    .bind(&r.guardian_name)
    .bind(&r.phone)
    .bind(&r.email)
    .bind(r.reported_on.to_string())
    .bind(r.contact_due.to_string())
    .bind(now)
    .fetch_optional(&mut *tx)
    .await;
    let opened = match opened {
        Ok(id) => id.map(CaseId::from),
        Err(e) if platform::ssr::db::violates(&e, "cases_number_key", "cases.number") => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let (case_id, number) = match opened {
        Some(id) => (id, number.to_owned()),
        None => {
            let open: Option<(CaseId, String)> =
                sqlx::query_as::<_, (i64, String)>("SELECT id, number FROM cases WHERE child_key = $1 AND open = 1")
                    .bind(&r.child_key)
                    .fetch_optional(&mut *tx)
                    .await?
                    .map(|(id, n)| (CaseId::from(id), n));
            match open {
                Some(found) => found,
                None => return Ok(None),
            }
        }
    };
    insert_referral(&mut tx, case_id, r, now).await?;
    let kind = if opened.is_some() {
        CaseEventKind::Opened
    } else {
        CaseEventKind::ReferredAgain
    };
    event(
        &mut tx,
        case_id,
        r.reporter_user_id,
        Happened::plain(kind, r.reported_on),
        now,
    )
    .await?;
    if opened.is_some() {
        enqueue_all(&mut tx, &messages(&number), now).await?;
    }
    tx.commit().await?;
    Ok(Some(Referred {
        case_id,
        number,
        opened: opened.is_some(),
    }))
}

/// Writes one referral of a case.
async fn insert_referral(tx: &mut WriteTx, case_id: CaseId, r: &NewReferral, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO referrals (case_id, reporter_user_id, institution_id, reporter_kind, reporter_name,
            observed_on, reported_on, observation, domains, screening, created_at, home_district)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(case_id.get())
    .bind(r.reporter_user_id.map(|v| v.get()))
    .bind(r.institution_id.map(|v| v.get()))
    .bind(r.reporter_kind.as_str())
    .bind(&r.reporter_name)
    .bind(r.observed_on.to_string())
    .bind(r.reported_on.to_string())
    .bind(&r.observation)
    .bind(serde_json::to_string(&r.domains).unwrap_or_else(|_| "[]".into()))
    .bind(&r.screening)
    .bind(now)
    .bind(r.home_district.map(|d| d.as_str()))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// One entry of a case's history.
struct Happened<'a> {
    kind: CaseEventKind,
    on: chrono::NaiveDate,
    contact: Option<(ContactMethod, bool)>,
    note: &'a str,
}

impl Happened<'_> {
    fn plain(kind: CaseEventKind, on: chrono::NaiveDate) -> Self {
        Self {
            kind,
            on,
            contact: None,
            note: "",
        }
    }
}

async fn event(
    tx: &mut WriteTx,
    case_id: CaseId,
    actor: Option<UserId>,
    h: Happened<'_>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO case_events (case_id, at, actor_user_id, kind, on_date, method, reached, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(case_id.get())
    .bind(now)
    .bind(actor.map(|v| v.get()))
    .bind(h.kind.as_str())
    .bind(h.on.to_string())
    .bind(h.contact.map(|(m, _)| m.as_str()))
    .bind(h.contact.map(|(_, reached)| i64::from(reached)))
    .bind(h.note)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A case with its first referral (the one that opened it) and its booking.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CaseRow {
    #[sqlx(try_from = "i64")]
    pub id: CaseId,
    pub number: String,
    pub national_id_enc: String,
    pub national_id_masked: String,
    pub child_name: String,
    pub birth_date: String,
    pub guardian_name: String,
    pub phone: String,
    pub email: Option<String>,
    pub opened_on: String,
    pub contact_due: String,
    pub first_contact_on: Option<String>,
    #[sqlx(try_from = "platform::ssr::db::NullId")]
    pub assigned_to: Option<UserId>,
    pub assigned_name: Option<String>,
    #[sqlx(try_from = "platform::ssr::db::NullId")]
    pub registration_id: Option<RegistrationId>,
    pub registration_status: Option<String>,
    pub registration_reference: Option<String>,
    pub outcome: Option<String>,
    pub closed_on: Option<String>,
    pub observed_on: String,
    pub reported_on: String,
    pub referrals: i64,
    /// Where the child lives, as the first referral gave it.
    pub home_district: Option<String>,
}

impl CaseRow {
    pub fn outcome(&self) -> Result<Option<CaseOutcome>, sqlx::Error> {
        self.outcome
            .clone()
            .map(platform::ssr::db::stored::<CaseOutcome>)
            .transpose()
    }

    pub fn dates(&self) -> Result<CaseDates, sqlx::Error> {
        let optional = |d: &Option<String>| d.as_deref().map(stored_date).transpose();
        Ok(CaseDates {
            birth: stored_date(&self.birth_date)?,
            opened: stored_date(&self.opened_on)?,
            contact_due: stored_date(&self.contact_due)?,
            first_contact: optional(&self.first_contact_on)?,
            closed: optional(&self.closed_on)?,
            observed: stored_date(&self.observed_on)?,
            reported: stored_date(&self.reported_on)?,
        })
    }
}

/// A case's dates, read back.
#[derive(Clone, Copy, Debug)]
pub struct CaseDates {
    pub birth: chrono::NaiveDate,
    pub opened: chrono::NaiveDate,
    pub contact_due: chrono::NaiveDate,
    pub first_contact: Option<chrono::NaiveDate>,
    pub closed: Option<chrono::NaiveDate>,
    pub observed: chrono::NaiveDate,
    pub reported: chrono::NaiveDate,
}

const CASE_SELECT: &str = "SELECT c.id, c.number, c.national_id_enc, c.national_id_masked, c.child_name, c.birth_date,
        c.guardian_name, c.phone, c.email, c.opened_on, c.contact_due, c.first_contact_on, c.assigned_to,
        u.display_name AS assigned_name, c.registration_id, r.status AS registration_status,
        r.reference AS registration_reference, c.outcome, c.closed_on,
        f.observed_on, f.reported_on, f.home_district,
        (SELECT COUNT(*) FROM referrals n WHERE n.case_id = c.id) AS referrals
    FROM cases c
    JOIN referrals f ON f.id = (SELECT MIN(x.id) FROM referrals x WHERE x.case_id = c.id)
    LEFT JOIN users u ON u.id = c.assigned_to
    LEFT JOIN registrations r ON r.id = c.registration_id";

/// Open cases (or, with `closed`, the most recent closed ones, 100 at most).
pub async fn list(db: &Db, closed: bool) -> Result<Vec<CaseRow>, StoreError> {
    let sql = if closed {
        format!("{CASE_SELECT} WHERE c.open = 0 ORDER BY c.closed_on DESC, c.id DESC LIMIT 100")
    } else {
        format!("{CASE_SELECT} WHERE c.open = 1 ORDER BY c.contact_due, c.id")
    };
    Ok(sqlx::query_as(&sql).fetch_all(&db.pool).await?)
}

pub async fn get(db: &Db, id: CaseId) -> Result<Option<CaseRow>, StoreError> {
    let sql = format!("{CASE_SELECT} WHERE c.id = $1");
    Ok(sqlx::query_as(&sql).bind(id.get()).fetch_optional(&db.pool).await?)
}

/// One referral of a case.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ReferralRow {
    pub id: i64,
    #[sqlx(try_from = "i64")]
    pub case_id: CaseId,
    pub case_number: String,
    #[sqlx(try_from = "platform::ssr::db::NullId")]
    pub reporter_user_id: Option<UserId>,
    #[sqlx(try_from = "String")]
    pub reporter_kind: ReporterKind,
    pub reporter_name: String,
    pub institution_zh_tw: Option<String>,
    pub institution_en: Option<String>,
    pub observed_on: String,
    pub reported_on: String,
    pub observation: String,
    pub domains: String,
    pub screening: Option<String>,
    /// Whether the case is still open, and its outcome when closed.
    pub case_open: i64,
    pub case_outcome: Option<String>,
    pub child_masked: String,
}

impl ReferralRow {
    pub fn domains(&self) -> Result<Vec<ProblemDomain>, sqlx::Error> {
        stored_json("referral domains", &self.domains)
    }

    pub fn institution(&self) -> Option<domain::Bilingual> {
        match (&self.institution_zh_tw, &self.institution_en) {
            (Some(zh), Some(en)) => Some(domain::Bilingual::new(zh, en)),
            _ => None,
        }
    }
}

const REFERRAL_SELECT: &str = "SELECT f.id, f.case_id, c.number AS case_number, f.reporter_user_id, f.reporter_kind,
        f.reporter_name, i.name_zh_tw AS institution_zh_tw, i.name_en AS institution_en, f.observed_on,
        f.reported_on, f.observation, f.domains, f.screening, c.open AS case_open, c.outcome AS case_outcome,
        c.national_id_masked AS child_masked
    FROM referrals f
    JOIN cases c ON c.id = f.case_id
    LEFT JOIN institutions i ON i.id = f.institution_id";

pub async fn referrals_of(db: &Db, case_id: CaseId) -> Result<Vec<ReferralRow>, StoreError> {
    let sql = format!("{REFERRAL_SELECT} WHERE f.case_id = $1 ORDER BY f.id");
    Ok(sqlx::query_as(&sql).bind(case_id.get()).fetch_all(&db.pool).await?)
}

/// The referrals one reporter made, newest first.
pub async fn referrals_by(db: &Db, user: UserId) -> Result<Vec<ReferralRow>, StoreError> {
    let sql = format!("{REFERRAL_SELECT} WHERE f.reporter_user_id = $1 ORDER BY f.id DESC LIMIT 200");
    Ok(sqlx::query_as(&sql).bind(user.get()).fetch_all(&db.pool).await?)
}

/// One thing the referral centre did on a case.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CaseEventRow {
    pub at: i64,
    pub actor_name: Option<String>,
    #[sqlx(try_from = "String")]
    pub kind: CaseEventKind,
    pub on_date: String,
    pub method: Option<String>,
    pub reached: Option<i64>,
    pub note: String,
}

pub async fn events_of(db: &Db, case_id: CaseId) -> Result<Vec<CaseEventRow>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT e.at, u.display_name AS actor_name, e.kind, e.on_date, e.method, e.reached, e.note
         FROM case_events e LEFT JOIN users u ON u.id = e.actor_user_id
         WHERE e.case_id = $1 ORDER BY e.id",
    )
    .bind(case_id.get())
    .fetch_all(&db.pool)
    .await?)
}

/// Records that a case manager read a case.
pub async fn audit_read(db: &Db, case_id: CaseId, actor: UserId, now: i64) -> Result<(), StoreError> {
    audit::record(&db.pool, entry(actor, "case_read", case_id), now).await
}

fn entry(actor: UserId, action: &str, case_id: CaseId) -> audit::AuditEntry<'_> {
    audit::AuditEntry {
        actor_user_id: actor,
        action,
        registration_id: None,
        centre_id: None,
        case_id: Some(case_id),
        detail: "",
    }
}

/// What a case manager does to an open case.
pub enum CaseChange<'a> {
    /// Takes the case on (or gives it to another case manager).
    Assign { to: UserId },
    Contact {
        on: chrono::NaiveDate,
        method: ContactMethod,
        reached: bool,
        note: &'a str,
    },
    Close {
        on: chrono::NaiveDate,
        outcome: CaseOutcome,
        note: &'a str,
    },
}

/// Applies a change to an open case, with its event and audit entry; `false`
/// when the case is no longer open (nothing changed).
pub async fn change(
    db: &Db,
    case_id: CaseId,
    actor: UserId,
    c: &CaseChange<'_>,
    today: chrono::NaiveDate,
    now: i64,
) -> Result<bool, StoreError> {
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        let (res, happened) = match *c {
            CaseChange::Assign { to } => {
                let res = sqlx::query(
                    "UPDATE cases SET assigned_to = $1, updated_at = $2
                     WHERE id = $3 AND open = 1
                       AND EXISTS (SELECT 1 FROM users u WHERE u.id = $1 AND u.role = 'case_manager' AND u.active = 1)",
                )
                .bind(to.get())
                .bind(now)
                .bind(case_id.get())
                .execute(&mut *tx)
                .await?;
                (res, Happened::plain(CaseEventKind::Assigned, today))
            }
            CaseChange::Contact {
                on,
                method,
                reached,
                note,
            } => {
                let res = sqlx::query(
                    "UPDATE cases SET first_contact_on = COALESCE(first_contact_on, $1), updated_at = $2
                     WHERE id = $3 AND open = 1",
                )
                .bind(on.to_string())
                .bind(now)
                .bind(case_id.get())
                .execute(&mut *tx)
                .await?;
                let happened = Happened {
                    kind: CaseEventKind::Contact,
                    on,
                    contact: Some((method, reached)),
                    note,
                };
                (res, happened)
            }
            CaseChange::Close { on, outcome, note } => {
                let res = sqlx::query(
                    "UPDATE cases SET open = 0, outcome = $1, closed_on = $2, updated_at = $3
                     WHERE id = $4 AND open = 1",
                )
                .bind(outcome.as_str())
                .bind(on.to_string())
                .bind(now)
                .bind(case_id.get())
                .execute(&mut *tx)
                .await?;
                let happened = Happened {
                    kind: CaseEventKind::Closed,
                    on,
                    contact: None,
                    note,
                };
                (res, happened)
            }
        };
        if res.rows_affected() != 1 {
            return Ok(false);
        }
        let action = format!("case_{}", happened.kind.as_str());
        event(&mut tx, case_id, Some(actor), happened, now).await?;
        audit::record(&mut *tx, entry(actor, &action, case_id), now).await?;
        tx.commit().await?;
        Ok(true)
    })
    .await
}

/// Links a registration made for a case to it, inside the registration's
/// transaction: the booking and the case's record of it commit together.
pub async fn link_booking(
    tx: &mut WriteTx,
    case_id: CaseId,
    registration: RegistrationId,
    actor: Option<UserId>,
    on: chrono::NaiveDate,
    now: i64,
) -> Result<bool, StoreError> {
    let res = sqlx::query("UPDATE cases SET registration_id = $1, updated_at = $2 WHERE id = $3 AND open = 1")
        .bind(registration.get())
        .bind(now)
        .bind(case_id.get())
        .execute(&mut **tx)
        .await?;
    if res.rows_affected() != 1 {
        return Ok(false);
    }
    event(tx, case_id, actor, Happened::plain(CaseEventKind::Booked, on), now).await?;
    if let Some(actor) = actor {
        audit::record(&mut **tx, entry(actor, "case_booked", case_id), now).await?;
    }
    Ok(true)
}

/// Demo cases: open, overdue and closed, as an empty database gets them.
pub struct DemoCase<'a> {
    pub referral: &'a NewReferral,
    pub opened_on: chrono::NaiveDate,
    pub first_contact: Option<chrono::NaiveDate>,
    /// How and when it closed, for a closed case.
    pub closed: Option<(CaseOutcome, chrono::NaiveDate)>,
}

pub async fn insert_demo(db: &Db, d: &DemoCase<'_>, now: i64) -> Result<CaseId, StoreError> {
    let r = d.referral;
    let mut tx = db.begin_write().await?;
    let number = CaseNumber::from_random(rand::random::<u64>());
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO cases (number, child_key, open, national_id_enc, national_id_masked, child_name, birth_date,
            guardian_name, phone, email, opened_on, contact_due, first_contact_on, outcome, closed_on, is_demo,
            created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 1, $16, $16)
         RETURNING id",
    )
    .bind(number.as_str())
    .bind(&r.child_key)
    .bind(i64::from(d.closed.is_none()))
    .bind(&r.national_id_enc)
    .bind(&r.national_id_masked)
    .bind(&r.child_name)
    .bind(r.birth_date.to_string())
    .bind(&r.guardian_name)
    .bind(&r.phone)
    .bind(&r.email)
    .bind(d.opened_on.to_string())
    .bind(r.contact_due.to_string())
    .bind(d.first_contact.map(|x| x.to_string()))
    .bind(d.closed.map(|(o, _)| o.as_str()))
    .bind(d.closed.map(|(_, on)| on.to_string()))
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    let id = CaseId::from(id);
    insert_referral(&mut tx, id, r, now).await?;
    event(
        &mut tx,
        id,
        None,
        Happened::plain(CaseEventKind::Opened, d.opened_on),
        now,
    )
    .await?;
    if let Some(on) = d.first_contact {
        let contact = Happened {
            contact: Some((ContactMethod::Phone, true)),
            ..Happened::plain(CaseEventKind::Contact, on)
        };
        event(&mut tx, id, None, contact, now).await?;
    }
    if let Some((_, on)) = d.closed {
        event(&mut tx, id, None, Happened::plain(CaseEventKind::Closed, on), now).await?;
    }
    tx.commit().await?;
    Ok(id)
}
