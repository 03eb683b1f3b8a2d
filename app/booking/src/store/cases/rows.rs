//! Cases, referrals and case events as the store reads them.

use domain::booking::case::{CaseEventKind, CaseOutcome, ReporterKind};
use domain::booking::triage::ProblemDomain;
use domain::ids::{CaseId, RegistrationId, UserId};
use platform::ssr::db::{stored_date, stored_json};
use platform::ssr::{Db, StoreError};

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

pub(crate) const CASE_SELECT: &str =
    "SELECT c.id, c.number, c.national_id_enc, c.national_id_masked, c.child_name, c.birth_date,
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
    /// The referral's own number, the one its reporter was given.
    pub receipt: Option<String>,
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

pub(crate) const REFERRAL_SELECT: &str =
    "SELECT f.id, f.case_id, c.number AS case_number, f.reporter_user_id, f.reporter_kind,
        f.reporter_name, i.name_zh_tw AS institution_zh_tw, i.name_en AS institution_en, f.observed_on,
        f.reported_on, f.observation, f.domains, f.screening, c.open AS case_open, c.outcome AS case_outcome,
        c.national_id_masked AS child_masked, f.receipt
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
