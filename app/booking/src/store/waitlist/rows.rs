//! The rows of the waitlist: an entry, an offer, a line of the staff's list.

use crate::store::stored_triage::{StoredTriage, stored_triage};
use domain::booking::contact::Channels;
use domain::booking::waitlist::{OfferStatus, WaitStatus, Waiting, Wish, WishedPlace};
use domain::booking::{Pool, TriageInput};
use domain::ids::{CentreId, ClinicDayId, RegistrationId, UserId, WaitId};
use platform::ssr::db::{stored_date, stored_json};

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

pub(crate) const ENTRY: &str =
    "SELECT w.id, w.reference, w.status, w.child_key, w.national_id_enc, w.national_id_masked,
    w.child_name, w.birth_date, w.due_date, w.previous_assessment_date, w.previous_reassess_date, w.high_risk,
    w.problem_domains, w.filled_by, w.phone, w.email, w.notes, w.channels, w.lang, w.user_id, w.first_assessment,
    w.wish_centre_id, w.wish_districts, w.wish_from, w.joined_at, w.registration_id, w.review, w.home_district
    FROM waitlist w";

impl EntryRow {
    /// Who hears about the entry, and how.
    pub fn recipient(&self) -> crate::notify::Recipient<'_> {
        crate::notify::Recipient {
            channels: self.channels,
            email: self.email.as_deref(),
            phone: &self.phone,
            locale: crate::notify::locale_of(&self.lang),
        }
    }

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

impl OfferRow {
    /// The place offered, for the family's messages; none when the stored
    /// day does not read.
    pub fn offered(&self) -> Option<crate::notify::Offered<'_>> {
        Some(crate::notify::Offered {
            day: domain::platform::taipei::parse_iso_date(&self.day)?,
            centre: domain::Bilingual::new(&self.centre_name_zh_tw, &self.centre_name_en),
            address: domain::Bilingual::new(&self.centre_address_zh_tw, &self.centre_address_en),
            phone: &self.centre_phone,
            checkin_time: &self.checkin_time,
            expires_at: self.expires_at,
        })
    }
}

pub(crate) const OFFER: &str = "SELECT o.id, o.entry_id, o.clinic_day_id, o.pool, o.status, o.hold_hash, o.expires_at,
    o.created_at, d.day, d.checkin_time, c.id AS centre_id, c.name_zh_tw AS centre_name_zh_tw,
    c.name_en AS centre_name_en, c.address_zh_tw AS centre_address_zh_tw, c.address_en AS centre_address_en,
    c.phone AS centre_phone
    FROM waitlist_offers o JOIN clinic_days d ON d.id = o.clinic_day_id JOIN centres c ON c.id = d.centre_id";

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
