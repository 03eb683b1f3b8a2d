//! What the certification's use cases share: a restaurant's figures today,
//! the views of applications and certificates, and the message to a
//! restaurant's staff in the transaction of a step.

use crate::error::{AppError, MealsError};
use crate::state::MealsCx;
use crate::store::{certification as store, meals, restaurants};
use crate::types::{ApplicationView, CertificateView, OutcomeView, StepView};
use domain::ids::RestaurantId;
use domain::meals::certificate::{Declaration, certificate_state};
use domain::meals::certification::{Criteria, Measures, evaluate};

pub fn bad(e: domain::meals::certificate::CertificationError) -> AppError {
    AppError::Service(MealsError::Certification(e))
}

pub fn outcomes(c: &Criteria, m: &Measures) -> Vec<OutcomeView> {
    evaluate(c, m)
        .into_iter()
        .map(|o| OutcomeView {
            criterion: o.criterion,
            met: o.met,
            value: o.value.is_finite().then_some(o.value),
            bound: o.bound,
        })
        .collect()
}

/// A restaurant's figures today: the average of the meals on its menu
/// on the newest edition, the shares of their food by mass from their
/// suppliers as they are today, and its declaration.
pub async fn measures(cx: &MealsCx, r: RestaurantId, d: &Declaration) -> Result<Measures, AppError> {
    let latest = cx.latest().await?;
    let today = cx.clock.today();
    let listed = crate::store::suppliers::of_restaurant(&cx.db, r).await?;
    let mut totals = Vec::new();
    let mut lines = Vec::new();
    for row in meals::of_restaurant(&cx.db, r).await?.iter().filter(|m| m.on_menu != 0) {
        totals.push(crate::convert::on_latest_kg(row, &latest).unwrap_or(row.total_kg));
        let detail = crate::convert::detail(row, &latest)?;
        lines.extend(crate::convert::chain_from(&listed, &detail, today).1);
    }
    Ok(domain::meals::certificate::measures(&totals, &lines, d))
}

pub async fn applications(cx: &MealsCx, rows: Vec<store::ApplicationRow>) -> Result<Vec<ApplicationView>, AppError> {
    use platform::ssr::db::{stored_json, unreadable};
    let ids: Vec<i64> = rows.iter().map(|a| a.id).collect();
    let steps = store::events(&cx.db, &ids).await?;
    let files = store::evidence_of(&cx.db, &ids).await?;
    let mut out = Vec::new();
    for a in rows {
        let criteria = store::criteria(&cx.db, a.criteria_edition)
            .await?
            .ok_or(AppError::Internal)?;
        let measures: Measures = stored_json("application measures", &a.measures).map_err(unreadable)?;
        out.push(ApplicationView {
            id: a.id,
            restaurant_id: a.restaurant_id,
            restaurant: domain::Bilingual::new(a.restaurant_zh_tw.as_str(), a.restaurant_en.as_str()),
            criteria_edition: a.criteria_edition,
            status: a.status,
            declaration: stored_json("application declaration", &a.declaration).map_err(unreadable)?,
            outcomes: outcomes(&criteria, &measures),
            submitted_at: a.submitted_at,
            decision_note: a.decision_note,
            steps: steps
                .iter()
                .filter(|s| s.application_id == a.id)
                .map(|s| StepView {
                    action: s.action.clone(),
                    note: s.note.clone(),
                    at: s.at,
                })
                .collect(),
            evidence: files
                .iter()
                .filter(|f| f.application_id == Some(a.id))
                .map(evidence_view)
                .collect(),
        });
    }
    Ok(out)
}

pub fn evidence_view(f: &store::EvidenceRow) -> crate::types::EvidenceView {
    crate::types::EvidenceView {
        id: f.id,
        topic: f.topic,
        file_name: f.file_name.clone(),
        format: f.format,
        size: f.size,
    }
}

pub fn certificate(c: store::CertificateRow, today: chrono::NaiveDate) -> Option<CertificateView> {
    let terms = c.terms()?;
    Some(CertificateView {
        id: c.id,
        state: certificate_state(&terms, c.revoked_at.is_some(), c.replaced_at.is_some(), today),
        renewal_due: domain::meals::certificate::renewal_due(&terms, today),
        number: c.number,
        restaurant_id: c.restaurant_id,
        restaurant: domain::Bilingual::new(c.restaurant_zh_tw.as_str(), c.restaurant_en.as_str()),
        township: c.township,
        level: c.level,
        issued: terms.issued,
        expires: terms.expires,
        revoke_reason: c.revoke_reason,
    })
}

/// Tells a restaurant's staff of a step, in the transaction that takes it.
pub async fn tell(
    tx: &mut platform::ssr::db::WriteTx,
    head: &crate::notify::Letterhead,
    r: RestaurantId,
    what: crate::notify::CertificationNotice<'_>,
    now: i64,
) -> Result<(), platform::ssr::StoreError> {
    let mail = |to: &str, name: &domain::Bilingual| crate::notify::certification(to, name, &what, head);
    restaurants::tell_staff(tx, r, mail, now).await
}

/// The current certificate of a public restaurant, if it holds a valid one
/// (the meal page and the label show it).
pub async fn valid_certificate_of(cx: &MealsCx, r: RestaurantId) -> Result<Option<CertificateView>, AppError> {
    let today = cx.clock.today();
    Ok(store::of_restaurant(&cx.db, r)
        .await?
        .into_iter()
        .filter(|c| c.listing.is_public() && c.revoked_at.is_none() && c.replaced_at.is_none())
        .filter_map(|c| certificate(c, today))
        .find(|c| c.state == domain::meals::certificate::CertificateState::Valid))
}
