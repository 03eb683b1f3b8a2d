//! City administration: the centre directory, staff assignment, the audit log.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::BookingError;
use crate::types::{AuditView, CentreView};
use domain::Bilingual;
#[cfg(feature = "ssr")]
use domain::Named;
use domain::booking::session_plan::Discipline;
use domain::ids::{CentreId, UserId};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
async fn city_admin() -> Result<(platform::ssr::AppState, UserId), AppError> {
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::ManageCentres).await?;
    Ok((app_state()?, me.id))
}

#[server]
pub async fn admin_centres() -> Result<Vec<CentreView>, AppError> {
    let (state, _) = city_admin().await?;
    let tomorrow = state.clock.today() + chrono::Duration::days(1);
    let rows = crate::store::centres::list_from(&state.db, false, &tomorrow.to_string(), state.clock.now()).await?;
    rows.into_iter().map(super::convert::centre).collect()
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CentreForm {
    /// None creates a centre.
    pub id: Option<CentreId>,
    pub name: Bilingual,
    pub district: domain::booking::District,
    pub address: Bilingual,
    pub phone: String,
    #[serde(default)]
    pub disciplines: Vec<Discipline>,
    pub checkin_time: String,
    #[serde(default)]
    pub notes: Bilingual,
    #[serde(default)]
    pub active: bool,
}

/// The form, checked: names and addresses in both languages (trimmed, not
/// blank, not too long), a phone number, a check-in time, at least one discipline.
#[cfg(feature = "ssr")]
impl CentreForm {
    fn fields(&self) -> Result<crate::store::centres::CentreFields, AppError> {
        let text = |s: &str, max: usize| -> Result<String, AppError> {
            let t = s.trim();
            if t.is_empty() || t.chars().count() > max {
                Err(AppError::InvalidInput)
            } else {
                Ok(t.to_string())
            }
        };
        let optional = |s: &str, max: usize| s.trim().chars().take(max).collect::<String>();
        let phone = domain::booking::contact::Phone::parse(&self.phone)
            .map_err(|_| AppError::Service(BookingError::PhoneInvalid))?;
        let checkin =
            chrono::NaiveTime::parse_from_str(self.checkin_time.trim(), "%H:%M").map_err(|_| AppError::InvalidInput)?;
        if self.disciplines.is_empty() {
            return Err(AppError::Service(BookingError::PlanInvalid));
        }
        Ok(crate::store::centres::CentreFields {
            name: Bilingual::new(text(&self.name.zh_tw, 60)?, text(&self.name.en, 120)?),
            district: self.district,
            address: Bilingual::new(text(&self.address.zh_tw, 120)?, text(&self.address.en, 200)?),
            phone: phone.as_str().to_string(),
            disciplines: self
                .disciplines
                .iter()
                .map(|d| d.as_str())
                .collect::<Vec<_>>()
                .join(","),
            checkin_time: checkin.format("%H:%M").to_string(),
            notes: Bilingual::new(optional(&self.notes.zh_tw, 500), optional(&self.notes.en, 800)),
            active: self.active,
        })
    }
}

#[server]
pub async fn save_centre(form: CentreForm) -> Result<CentreId, AppError> {
    use crate::store::centres;
    let (state, me) = city_admin().await?;
    let fields = form.fields()?;
    let id = match form.id {
        Some(id) => {
            if !centres::update(&state.db, id, &fields).await? {
                return Err(AppError::NotFound);
            }
            id
        }
        None => centres::insert(&state.db, &fields, false, state.clock.now()).await?,
    };
    tracing::info!(user_id = %me, centre = %id, "centre saved");
    leptos_axum::redirect(&format!("/city/centres?saved={id}#centre-{id}"));
    Ok(id)
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffMember {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub centre_id: CentreId,
}

/// All centre-staff accounts with their centre.
#[server]
pub async fn centre_staff_members() -> Result<Vec<StaffMember>, AppError> {
    let (state, _) = city_admin().await?;
    let mut out = Vec::new();
    for c in crate::store::centres::list(&state.db, false).await? {
        for s in crate::store::centres::staff_of(&state.db, c.id).await? {
            out.push(StaffMember {
                id: s.id,
                email: s.email,
                display_name: s.display_name,
                centre_id: c.id,
            });
        }
    }
    Ok(out)
}

#[server]
pub async fn assign_staff(user_id: UserId, centre_id: CentreId) -> Result<(), AppError> {
    let (state, me) = city_admin().await?;
    crate::store::centres::get(&state.db, centre_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !crate::store::centres::assign_staff(&state.db, user_id, centre_id).await? {
        return Err(AppError::NotFound);
    }
    tracing::info!(user_id = %me, staff = %user_id, centre_id = %centre_id, "staff assigned");
    leptos_axum::redirect("/city/centres?assigned=1#staff");
    Ok(())
}

#[server]
pub async fn audit_log(centre: Option<CentreId>) -> Result<Vec<AuditView>, AppError> {
    use platform::ssr::{audit, guard, state::app_state};
    guard::require(domain::platform::Permission::ReadAuditLog).await?;
    let state = app_state()?;
    let rows = audit::list(&state.db, centre, 500).await?;
    Ok(rows
        .into_iter()
        .map(|r| AuditView {
            at: r.at,
            actor_email: r.actor_email,
            action: r.action,
            reference: r.registration_reference,
            centre: r.centre_zh_tw.zip(r.centre_en).map(|(zh, en)| Bilingual::new(zh, en)),
            detail: r.detail,
        })
        .collect())
}

/// An institution whose staff refer children, as the city lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InstitutionView {
    pub id: domain::ids::InstitutionId,
    pub name: Bilingual,
    pub kind: domain::booking::case::InstitutionKind,
    pub district: domain::booking::District,
}

/// The institutions reporters may belong to.
#[server]
pub async fn list_institutions() -> Result<Vec<InstitutionView>, AppError> {
    let (state, _) = city_admin().await?;
    Ok(crate::store::institutions::list(&state.db)
        .await?
        .into_iter()
        .map(|i| InstitutionView {
            id: i.id,
            name: i.name(),
            kind: i.kind,
            district: i.district,
        })
        .collect())
}

/// Adds an institution (its name in both languages, its kind, its district),
/// so that the city can create its reporters' accounts.
#[server]
pub async fn add_institution(
    name: Bilingual,
    kind: domain::booking::case::InstitutionKind,
    district: domain::booking::District,
) -> Result<(), AppError> {
    let (state, me) = city_admin().await?;
    let clean = |s: &str, max: usize| {
        let t = s.trim();
        (!t.is_empty() && t.chars().count() <= max).then(|| t.to_owned())
    };
    let (Some(zh), Some(en)) = (clean(&name.zh_tw, 60), clean(&name.en, 120)) else {
        return Err(AppError::InvalidInput);
    };
    let id = crate::store::institutions::insert(
        &state.db,
        &Bilingual::new(zh, en),
        kind,
        district,
        false,
        state.clock.now(),
    )
    .await?;
    tracing::info!(by = me.get(), institution_id = %id, "institution added");
    leptos_axum::redirect("/city/institutions?added=1");
    Ok(())
}
