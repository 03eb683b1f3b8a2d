//! The city creates or changes an assessment centre: names and addresses
//! in both languages (trimmed, not blank, not too long), a phone number, a
//! check-in time, at least one discipline.

use crate::error::{AppError, BookingError};
use crate::store::centres::{self, CentreFields};
use crate::types::CentreForm;
use domain::Named;
use domain::booking::contact::Phone;
use domain::ids::CentreId;
use domain::{Bilingual, text_limits as max};
use platform::ssr::actor::CityAdmin;
use platform::ssr::{Context, StoreError, audit};

pub async fn save_centre(cx: &Context, me: &CityAdmin, form: &CentreForm) -> Result<CentreId, AppError> {
    let fields = fields(cx, form)?;
    let now = cx.clock.now();
    // The change and its audit row commit together.
    let mut tx = cx.db.begin_write().await.map_err(StoreError::from)?;
    let (id, action) = match form.id {
        Some(id) => {
            if !centres::update(&mut *tx, id, &fields).await? {
                return Err(AppError::NotFound);
            }
            (id, "centre_changed")
        }
        None => (centres::insert(&mut *tx, &fields, false, now).await?, "centre_added"),
    };
    let entry = audit::AuditEntry {
        actor_user_id: me.user,
        action,
        registration_id: None,
        centre_id: Some(id),
        case_id: None,
        detail: "",
    };
    audit::record(&mut *tx, entry, now).await?;
    tx.commit().await.map_err(StoreError::from)?;
    tracing::info!(user_id = %me.user, centre = %id, "centre saved");
    Ok(id)
}

fn fields(cx: &Context, f: &CentreForm) -> Result<CentreFields, AppError> {
    let text = |s: &str, max: usize| -> Result<String, AppError> {
        let t = s.trim();
        if t.is_empty() || t.chars().count() > max {
            Err(AppError::InvalidInput)
        } else {
            Ok(t.to_string())
        }
    };
    let optional = |s: &str, max: usize| s.trim().chars().take(max).collect::<String>();
    let phone = Phone::parse(&f.phone).map_err(|_| BookingError::PhoneInvalid)?;
    let checkin =
        chrono::NaiveTime::parse_from_str(f.checkin_time.trim(), "%H:%M").map_err(|_| AppError::InvalidInput)?;
    if f.disciplines.is_empty() {
        return Err(BookingError::PlanInvalid.into());
    }
    Ok(CentreFields {
        name: Bilingual::new(text(&f.name.zh_tw, max::NAME_ZH)?, text(&f.name.en, max::NAME_EN)?),
        district: crate::profile::known(cx, f.district)?,
        address: Bilingual::new(
            text(&f.address.zh_tw, max::ADDRESS_ZH)?,
            text(&f.address.en, max::ADDRESS_EN)?,
        ),
        phone: phone.as_str().to_string(),
        disciplines: f.disciplines.iter().map(|d| d.as_str()).collect::<Vec<_>>().join(","),
        checkin_time: checkin.format("%H:%M").to_string(),
        notes: Bilingual::new(
            optional(&f.notes.zh_tw, max::NOTES_ZH),
            optional(&f.notes.en, max::NOTES_EN),
        ),
        active: f.active,
    })
}
