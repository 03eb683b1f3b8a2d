//! A referral opens the child's case or joins the open one, in one transaction.

use super::happened::*;
use domain::Named;
use domain::booking::case::{CaseEventKind, CaseNumber, ReferralReceipt, ReporterKind};
use domain::booking::triage::ProblemDomain;
use domain::ids::{CaseId, InstitutionId, UserId};
use platform::ssr::db::WriteTx;
use platform::ssr::outbox::{Outgoing, enqueue_all};
use platform::ssr::{Db, StoreError};
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
    /// A keyed hash of the phone and e-mail given: the family is told once
    /// per contact and case.
    pub contact_key: String,
}

/// What a referral did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Referred {
    pub case_id: CaseId,
    /// The referral's own receipt (the case's number is the staff's).
    pub receipt: String,
    /// Whether this referral opened the case (or attached to the open one).
    pub opened: bool,
}

/// Opens a case for the child, or attaches the referral to the child's open
/// case. `messages` are the family's, by mail and text, with the referral's
/// receipt, sent the first time a contact is given for the case: the same
/// whether the case is new or not, so that who gave the number learns
/// nothing of a case the child may already have.
pub async fn refer(
    db: &Db,
    r: &NewReferral,
    now: i64,
    messages: impl Fn(&str) -> Vec<Outgoing>,
) -> Result<Referred, StoreError> {
    for _ in 0..5 {
        let number = CaseNumber::from_random(rand::random::<u64>());
        let receipt = ReferralReceipt::from_random(rand::random::<u64>());
        let drawn = (number.as_str(), receipt.as_str());
        if let Some(done) = db.retry(|| refer_once(db, r, drawn, now, &messages)).await? {
            return Ok(done);
        }
    }
    Err(StoreError::Busy)
}

/// One try with a drawn case number and receipt; `None` when either was
/// taken or the open case closed between the two statements (then the
/// caller tries again).
pub(crate) async fn refer_once(
    db: &Db,
    r: &NewReferral,
    (number, receipt): (&str, &str),
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
    let case_id = match opened {
        Some(id) => id,
        None => {
            let open: Option<i64> = sqlx::query_scalar("SELECT id FROM cases WHERE child_key = $1 AND open = 1")
                .bind(&r.child_key)
                .fetch_optional(&mut *tx)
                .await?;
            match open {
                Some(id) => CaseId::from(id),
                None => return Ok(None),
            }
        }
    };
    match insert_referral(&mut tx, case_id, r, receipt, now).await {
        Err(e) if platform::ssr::db::violates(&e, "referrals_receipt_key", "referrals.receipt") => return Ok(None),
        done => done?,
    }
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
    // Told once per contact and case, whether the case is new or not.
    let first_to_this_contact: Option<i64> = sqlx::query_scalar(
        "INSERT INTO referral_contacts (case_id, contact_key) VALUES ($1, $2)
         ON CONFLICT (case_id, contact_key) DO NOTHING RETURNING 1",
    )
    .bind(case_id.get())
    .bind(&r.contact_key)
    .fetch_optional(&mut *tx)
    .await?;
    if first_to_this_contact.is_some() {
        enqueue_all(&mut tx, &messages(receipt), now).await?;
    }
    tx.commit().await?;
    Ok(Some(Referred {
        case_id,
        receipt: receipt.to_owned(),
        opened: opened.is_some(),
    }))
}

/// Writes one referral of a case.
pub(crate) async fn insert_referral(
    tx: &mut WriteTx,
    case_id: CaseId,
    r: &NewReferral,
    receipt: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO referrals (case_id, reporter_user_id, institution_id, reporter_kind, reporter_name,
            observed_on, reported_on, observation, domains, screening, created_at, home_district, receipt)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
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
    .bind(r.home_district.map(String::from))
    .bind(receipt)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
