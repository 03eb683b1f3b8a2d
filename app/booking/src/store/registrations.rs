//! Registrations: the row and how to find one (here); submitting from a hold
//! (`submit`), the family's cancel and reschedule (`family`), the centre's
//! changes (`staff`), reminders and demo rows. Every change is one
//! transaction with the mail it causes.

mod demo;
mod family;
mod reminders;
mod staff;
mod submit;

pub use demo::{DemoRegistration, insert_demo};
pub use family::{Rescheduled, cancel, reschedule};
pub use reminders::{due_reassess_reminders, due_reminders, mark_reassess_reminded, mark_reminded};
pub use staff::{StaffChange, set_report, staff_apply};
pub use submit::{NewRegistration, Submitted, Submitter, submit};

use super::places::{self, Refusal};
use domain::booking::Pool;
use domain::booking::age::is_under_three_on;
use domain::booking::registration::{
    RegistrationStatus, Review, StaffAction, TransitionError, family_may_change, review_for_stranger, staff_transition,
};
use domain::booking::triage::{DayRefusal, TriageInput, may_book_on};
use domain::ids::{CentreId, ClinicDayId, RegistrationId, UserId};
use domain::{Bilingual, Named};
use platform::ssr::db::WriteTx;
use platform::ssr::{
    Db, StoreError, audit, db::stored, db::stored_date, db::stored_json, db::stored_opt, db::violates,
};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RegistrationRow {
    #[sqlx(try_from = "i64")]
    pub id: RegistrationId,
    pub reference: String,
    #[sqlx(try_from = "i64")]
    pub clinic_day_id: ClinicDayId,
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
    /// Why the staff must check it (made by someone not known as the
    /// child's family for a child already booked, or refused by the record).
    pub review: Option<String>,
    #[sqlx(try_from = "platform::ssr::db::NullId")]
    pub user_id: Option<UserId>,
    pub status_reason: Option<String>,
    pub report_reassess_date: Option<String>,
    pub report_written_on: Option<String>,
    pub report_services: String,
    pub report_note: String,
    pub created_at: i64,
    /// How the family chose to hear (text messages, e-mail or both).
    #[sqlx(try_from = "String")]
    pub channels: domain::booking::contact::Channels,
    /// The language the family booked in (`zh-Hant-TW` or `en`).
    pub lang: String,
    pub day: String,
    #[sqlx(try_from = "i64")]
    pub centre_id: CentreId,
    pub centre_name_zh_tw: String,
    pub centre_name_en: String,
    pub centre_address_zh_tw: String,
    pub centre_address_en: String,
    pub centre_phone: String,
    #[sqlx(try_from = "String")]
    pub centre_district: domain::booking::District,
    pub checkin_time: String,
    /// The clinic day's sessions (JSON), to show the family what the day holds.
    pub session_plan: String,
}

impl RegistrationRow {
    /// Why the staff must check it, if they must; a stored value that does
    /// not read back is refused.
    pub fn review(&self) -> Result<Option<Review>, sqlx::Error> {
        stored_opt(self.review.clone())
    }

    pub fn centre_name(&self) -> Bilingual {
        Bilingual::new(&self.centre_name_zh_tw, &self.centre_name_en)
    }

    pub fn centre_address(&self) -> Bilingual {
        Bilingual::new(&self.centre_address_zh_tw, &self.centre_address_en)
    }

    /// The team's report, once the centre recorded it; stored values that do
    /// not read back are refused.
    pub fn report(&self) -> Result<Option<domain::booking::report::Report>, sqlx::Error> {
        let (Some(written), Some(reassess)) = (&self.report_written_on, &self.report_reassess_date) else {
            return Ok(None);
        };
        Ok(Some(domain::booking::report::Report {
            written_on: stored_date(written)?,
            reassess_on: stored_date(reassess)?,
            services: stored_json("recommended services", &self.report_services)?,
            note: self.report_note.clone(),
        }))
    }

    /// The triage facts kept with the registration, to check a new day
    /// against; stored values that do not read back are refused.
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
}

/// The triage facts as stored with a registration or a waitlist entry.
pub struct StoredTriage<'a> {
    pub birth_date: &'a str,
    pub due_date: &'a Option<String>,
    pub previous_assessment_date: &'a Option<String>,
    pub previous_reassess_date: &'a Option<String>,
    pub high_risk: &'a str,
    pub problem_domains: &'a str,
}

/// Reads stored triage facts back; values that do not read back are refused.
pub fn stored_triage(s: StoredTriage<'_>) -> Result<TriageInput, sqlx::Error> {
    let optional_date = |d: &Option<String>| d.as_deref().map(stored_date).transpose();
    let previous = optional_date(s.previous_assessment_date)?;
    let reassess = optional_date(s.previous_reassess_date)?;
    Ok(TriageInput {
        birth_date: stored_date(s.birth_date)?,
        due_date: optional_date(s.due_date)?,
        previous: previous.map(|assessed_on| domain::booking::triage::PreviousAssessment {
            assessed_on,
            reassess_on: reassess,
        }),
        high_risk: stored_json("high-risk answers", s.high_risk)?,
        domains: stored_json("problem domains", s.problem_domains)?,
    })
}

pub(crate) const SELECT: &str = "SELECT r.id, r.reference, r.clinic_day_id, r.pool, r.status, r.child_key, r.national_id_masked,
        r.child_name, r.birth_date, r.due_date, r.filled_by, r.phone, r.email, r.previous_assessment_date,
        r.previous_reassess_date, r.high_risk, r.problem_domains, r.notes, r.fast_track, r.needs_approval, r.review, r.user_id,
        r.status_reason, r.report_reassess_date, r.report_written_on, r.report_services, r.report_note, r.created_at,
        r.channels, r.lang,
        d.day, d.centre_id, c.name_zh_tw AS centre_name_zh_tw, c.name_en AS centre_name_en,
        c.address_zh_tw AS centre_address_zh_tw, c.address_en AS centre_address_en, c.phone AS centre_phone, c.district AS centre_district,
        d.checkin_time, d.session_plan
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

pub async fn by_id(db: &Db, id: RegistrationId) -> Result<Option<RegistrationRow>, StoreError> {
    let sql = format!("{SELECT} WHERE r.id = $1");
    Ok(sqlx::query_as(&sql).bind(id.get()).fetch_optional(&db.pool).await?)
}

/// The registration as a transaction sees it.
async fn by_id_in(tx: &mut WriteTx, id: RegistrationId) -> Result<Option<RegistrationRow>, sqlx::Error> {
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

pub use platform::ssr::outbox::{Outgoing, OutgoingMail, OutgoingSms, enqueue_all};

/// The messages a change causes (mail, text messages, as the family chose),
/// made from the registration as the change left it.
pub type MessagesFor<'a> = &'a (dyn Fn(&RegistrationRow) -> Vec<Outgoing> + Send + Sync);

/// Reads the changed registration inside the transaction and puts its
/// messages in the outboxes there, so the change and its messages commit
/// together.
async fn notify_in(
    tx: &mut WriteTx,
    id: RegistrationId,
    now: i64,
    messages: MessagesFor<'_>,
) -> Result<(), sqlx::Error> {
    if let Some(row) = by_id_in(tx, id).await? {
        enqueue_all(tx, &messages(&row), now).await?;
    }
    Ok(())
}

async fn event(
    tx: &mut WriteTx,
    reg: RegistrationId,
    actor: Option<UserId>,
    from: Option<RegistrationStatus>,
    to: RegistrationStatus,
    note: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO registration_events (registration_id, at, actor_user_id, from_status, to_status, note) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(reg.get())
    .bind(now)
    .bind(actor.map(|v| v.get()))
    .bind(from.map(|s| s.as_str()))
    .bind(to.as_str())
    .bind(note)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
