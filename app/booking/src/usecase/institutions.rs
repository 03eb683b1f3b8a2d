//! The institutions whose staff refer children: the city lists them and
//! adds one (its name in both languages, its kind, its district) before
//! creating its reporters' accounts.

use crate::error::AppError;
use crate::store::institutions;
use crate::types::InstitutionView;
use domain::booking::District;
use domain::booking::case::InstitutionKind;
use domain::{Bilingual, text_limits as max};
use platform::ssr::Context;
use platform::ssr::actor::CityAdmin;

pub async fn list_institutions(cx: &Context, _: &CityAdmin) -> Result<Vec<InstitutionView>, AppError> {
    Ok(institutions::list(&cx.db)
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

pub async fn add_institution(
    cx: &Context,
    me: &CityAdmin,
    name: &Bilingual,
    kind: InstitutionKind,
    district: District,
) -> Result<(), AppError> {
    let clean = |s: &str, max: usize| {
        let t = s.trim();
        (!t.is_empty() && t.chars().count() <= max).then(|| t.to_owned())
    };
    let (Some(zh), Some(en)) = (clean(&name.zh_tw, max::NAME_ZH), clean(&name.en, max::NAME_EN)) else {
        return Err(AppError::InvalidInput);
    };
    let name = Bilingual::new(zh, en);
    let district = crate::profile::known(cx, district)?;
    let now = cx.clock.now();
    // The institution and its audit row commit together.
    let mut tx = cx.db.begin_write().await.map_err(platform::ssr::StoreError::from)?;
    let id = institutions::insert(&mut *tx, &name, kind, district, false, now).await?;
    let detail = format!("institution {id}");
    let entry = platform::ssr::audit::AuditEntry {
        actor_user_id: me.user,
        action: "institution_added",
        registration_id: None,
        centre_id: None,
        case_id: None,
        detail: &detail,
    };
    platform::ssr::audit::record(&mut *tx, entry, now).await?;
    tx.commit().await.map_err(platform::ssr::StoreError::from)?;
    tracing::info!(by = me.user.get(), institution_id = %id, "institution added");
    Ok(())
}
