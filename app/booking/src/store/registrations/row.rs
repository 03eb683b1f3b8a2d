//! A registration as the store reads it, with its day and centre.

use crate::store::stored_triage::*;
use domain::Bilingual;
use domain::booking::Pool;
use domain::booking::registration::{RegistrationStatus, Review};
use domain::booking::triage::TriageInput;
use domain::ids::{CentreId, ClinicDayId, RegistrationId, UserId};
use platform::ssr::{db::stored_date, db::stored_json, db::stored_opt};

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

    /// What the family needs to know about the visit, for its messages;
    /// none when a stored date or time does not read.
    pub fn visit(&self) -> Option<crate::notify::Visit> {
        Some(crate::notify::Visit {
            reference: self.reference.clone(),
            centre: self.centre_name(),
            address: self.centre_address(),
            phone: self.centre_phone.clone(),
            day: domain::platform::taipei::parse_iso_date(&self.day)?,
            checkin: chrono::NaiveTime::parse_from_str(&self.checkin_time, "%H:%M").ok()?,
        })
    }

    /// Who hears about the registration, and how.
    pub fn recipient(&self) -> crate::notify::Recipient<'_> {
        crate::notify::Recipient {
            channels: self.channels,
            email: self.email.as_deref(),
            phone: &self.phone,
            locale: crate::notify::locale_of(&self.lang),
        }
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

pub(crate) const SELECT: &str = "SELECT r.id, r.reference, r.clinic_day_id, r.pool, r.status, r.child_key, r.national_id_masked,
        r.child_name, r.birth_date, r.due_date, r.filled_by, r.phone, r.email, r.previous_assessment_date,
        r.previous_reassess_date, r.high_risk, r.problem_domains, r.notes, r.fast_track, r.needs_approval, r.review, r.user_id,
        r.status_reason, r.report_reassess_date, r.report_written_on, r.report_services, r.report_note, r.created_at,
        r.channels, r.lang,
        d.day, d.centre_id, c.name_zh_tw AS centre_name_zh_tw, c.name_en AS centre_name_en,
        c.address_zh_tw AS centre_address_zh_tw, c.address_en AS centre_address_en, c.phone AS centre_phone, c.district AS centre_district,
        d.checkin_time, d.session_plan
    FROM registrations r JOIN clinic_days d ON d.id = r.clinic_day_id JOIN centres c ON c.id = d.centre_id";
