//! Referral cases. One open case per child is the database's rule (a
//! partial unique index): a referral either opens the case or attaches to
//! the open one, in one statement that cannot race. Every change a case
//! manager makes is one transaction with its event, its audit entry and
//! the mail it causes.

use domain::Named;
use domain::booking::case::{CaseEventKind, CaseNumber, CaseOutcome, ContactMethod};
use domain::ids::CaseId;
use platform::ssr::{Db, StoreError};
mod happened;
use happened::*;
mod refer;
pub use refer::*;
mod rows;
pub use rows::*;
mod changes;
pub use changes::*;

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
    let receipt = domain::booking::case::ReferralReceipt::from_random(rand::random::<u64>());
    insert_referral(&mut tx, id, r, receipt.as_str(), now).await?;
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
