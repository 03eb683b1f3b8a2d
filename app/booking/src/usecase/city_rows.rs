//! The first assessments of one month behind the dashboard's figures, for
//! those allowed to see them (a centre's staff: their centre's); each row
//! read is written to the audit log, in one transaction.

use super::city_dashboard::{Viewer, centre_names, filter};
use crate::error::AppError;
use crate::types::{CityFilterForm, RowView};
use domain::ids::RegistrationId;
use platform::ssr::{Context, StoreError, audit};

pub async fn city_rows(cx: &Context, viewer: &Viewer, form: &CityFilterForm) -> Result<Vec<RowView>, AppError> {
    let districts = crate::profile::districts(cx);
    let f = filter(viewer, cx.clock.today(), form, &districts)?;
    let loaded = crate::store::dashboard::load(&cx.db, f.period, districts).await?;
    let names = centre_names(cx).await?;
    let targets = crate::profile::targets(cx)?;
    let mut out = Vec::new();
    for (b, (id, reference)) in loaded.data.bookings.iter().zip(&loaded.refs) {
        let Some(assessed) = b.wait.assessed.filter(|a| f.period.contains(*a)) else {
            continue;
        };
        if !b.wait.first || f.centre.is_some_and(|c| c != b.centre) || f.district.is_some_and(|d| b.home != Some(d)) {
            continue;
        }
        let days = b.wait.days().unwrap_or(0);
        let centre = names.iter().find(|c| c.id == b.centre).map(|c| c.name.clone());
        let row = RowView {
            reference: reference.clone(),
            centre: centre.unwrap_or_default(),
            registered: b.wait.registered,
            referred: b.wait.referred,
            assessed,
            days,
            within: days <= targets.days,
            home: b.home,
        };
        out.push((*id, row));
    }
    out.sort_by(|a, b| b.1.days.cmp(&a.1.days).then(a.1.reference.cmp(&b.1.reference)));
    audit_rows(cx, viewer, out.iter().map(|(id, _)| RegistrationId(*id))).await?;
    Ok(out.into_iter().map(|(_, r)| r).collect())
}

async fn audit_rows(cx: &Context, viewer: &Viewer, ids: impl Iterator<Item = RegistrationId>) -> Result<(), AppError> {
    let centre = match viewer {
        Viewer::Centre(s) => Some(s.centre),
        Viewer::City(_) => None,
    };
    let now = cx.clock.now();
    let mut tx = cx.db.begin_write().await.map_err(StoreError::from)?;
    for id in ids {
        let entry = audit::AuditEntry {
            actor_user_id: viewer.user(),
            action: "dashboard_rows",
            registration_id: Some(id),
            centre_id: centre,
            case_id: None,
            detail: "dashboard drill-down",
        };
        audit::record(&mut *tx, entry, now).await?;
    }
    tx.commit().await.map_err(StoreError::from)?;
    Ok(())
}
