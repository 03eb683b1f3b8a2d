//! The slow-food restaurant certification: the county's criteria, a
//! restaurant's figures and application, the county's review, the public
//! directory of certified restaurants and the check of a certificate.

use crate::error::AppError;
use crate::types::{CertificateView, CertificationReview, CertificationStanding, CriteriaView};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use crate::error::AppError;
    use crate::error::MealsError;
    use crate::store::{certification as store, meals, restaurants, standard};
    use crate::types::{ApplicationView, CertificateView, OutcomeView, StepView};
    use domain::ids::RestaurantId;
    use domain::meals::certificate::{Declaration, certificate_state};
    use domain::meals::certification::{Criteria, Measures, evaluate};
    use platform::ssr::AppState;

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
    pub async fn measures(
        state: &AppState,
        cache: &crate::store::StandardCache,
        r: RestaurantId,
        d: &Declaration,
    ) -> Result<Measures, AppError> {
        let latest = standard::latest(&state.db, cache).await?;
        let today = state.clock.today();
        let listed = crate::store::suppliers::of_restaurant(&state.db, r).await?;
        let mut totals = Vec::new();
        let mut lines = Vec::new();
        for row in meals::of_restaurant(&state.db, r)
            .await?
            .iter()
            .filter(|m| m.on_menu != 0)
        {
            totals.push(crate::server_fns::convert::on_latest_kg(row, &latest).unwrap_or(row.total_kg));
            let detail = crate::server_fns::convert::detail(row, &latest)?;
            lines.extend(crate::server_fns::convert::chain_from(&listed, &detail, today).1);
        }
        Ok(domain::meals::certificate::measures(&totals, &lines, d))
    }

    pub async fn applications(
        state: &AppState,
        rows: Vec<store::ApplicationRow>,
    ) -> Result<Vec<ApplicationView>, AppError> {
        use platform::ssr::db::{stored_json, unreadable};
        let ids: Vec<i64> = rows.iter().map(|a| a.id).collect();
        let steps = store::events(&state.db, &ids).await?;
        let files = store::evidence_of(&state.db, &ids).await?;
        let mut out = Vec::new();
        for a in rows {
            let criteria = store::criteria(&state.db, a.criteria_edition)
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
        state: &AppState,
        r: RestaurantId,
        what: crate::notify::CertificationNotice<'_>,
        now: i64,
    ) -> Result<(), platform::ssr::StoreError> {
        let site = &state.config.public_base_url;
        let mail = |to: &str, name: &domain::Bilingual| crate::notify::certification(to, name, &what, site);
        restaurants::tell_staff(tx, r, mail, now).await
    }
}

/// The criteria in force (public: they are what restaurants aim for).
#[server]
pub async fn certification_criteria() -> Result<Option<CriteriaView>, AppError> {
    let state = platform::ssr::state::app_state()?;
    Ok(crate::store::certification::latest_criteria(&state.db)
        .await?
        .map(|(edition, criteria)| CriteriaView { edition, criteria }))
}

/// The county publishes a new edition of the criteria (shares in per cent).
#[server]
pub async fn publish_criteria(
    max_average_kg: f64,
    min_local_percent: f64,
    min_certified_percent: f64,
    min_seasonal_changes: u32,
    waste_measures: Option<String>,
    reusable_packaging: Option<String>,
    note: String,
) -> Result<i64, AppError> {
    use domain::meals::certification::Criteria;
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::ManageRestaurants).await?;
    let state = app_state()?;
    let note = note.trim().to_owned();
    if note.is_empty() || note.chars().count() > 500 {
        return Err(AppError::ReasonRequired);
    }
    let c = Criteria {
        max_average_kg,
        min_local_share: min_local_percent / 100.0,
        min_certified_share: min_certified_percent / 100.0,
        min_seasonal_changes,
        waste_measures: waste_measures.is_some(),
        reusable_packaging: reusable_packaging.is_some(),
    }
    .checked()
    .map_err(ssr::bad)?;
    let n = crate::store::certification::publish_criteria(&state.db, &c, &note, Some(me.id), state.clock.now()).await?;
    leptos_axum::redirect("/county/certification?done=criteria");
    Ok(n)
}

/// The signed-in restaurant's certification: its figures today against the
/// criteria, its applications and its certificate.
#[server]
pub async fn my_certification() -> Result<CertificationStanding, AppError> {
    use crate::store::certification as store;
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::BuildMeals).await?;
    let r = me.restaurant_id.ok_or(AppError::Forbidden)?;
    let state = app_state()?;
    let today = state.clock.today();
    let rows = store::applications_of(&state.db, r).await?;
    let applications = ssr::applications(&state, rows).await?;
    let declaration = applications.first().map(|a| a.declaration.clone()).unwrap_or_default();
    let criteria = store::latest_criteria(&state.db).await?;
    let outcomes = match &criteria {
        Some((_, c)) => ssr::outcomes(
            c,
            &ssr::measures(&state, &crate::state::meals_state()?.standard, r, &declaration).await?,
        ),
        None => Vec::new(),
    };
    let certificate = store::of_restaurant(&state.db, r)
        .await?
        .into_iter()
        .find(|c| c.revoked_at.is_none() && c.replaced_at.is_none())
        .and_then(|c| ssr::certificate(c, today));
    let pending_evidence = store::pending_evidence(&state.db, r)
        .await?
        .iter()
        .map(ssr::evidence_view)
        .collect();
    Ok(CertificationStanding {
        pending_evidence,
        can_apply: criteria.is_some()
            && !applications
                .iter()
                .any(|a| a.status == domain::meals::certificate::ApplicationStatus::Submitted),
        criteria: criteria.map(|(edition, criteria)| CriteriaView { edition, criteria }),
        outcomes,
        declaration,
        applications,
        certificate,
    })
}

/// A restaurant applies (or sends again what the county sent back) with
/// its declarations; its figures are computed and kept with the application.
#[server]
pub async fn apply_certification(
    seasonal_changes: u32,
    waste_evidence: String,
    packaging_evidence: String,
) -> Result<(), AppError> {
    use crate::store::certification as store;
    use domain::meals::certificate::{CertificationError, Declaration};
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::BuildMeals).await?;
    let r = me.restaurant_id.ok_or(AppError::Forbidden)?;
    let state = app_state()?;
    // The files waiting go with the application (attached as it is sent).
    let pending = store::pending_evidence(&state.db, r).await?;
    let files = |t: domain::meals::certificate::EvidenceTopic| pending.iter().filter(|f| f.topic == t).count() as u32;
    let d = Declaration {
        seasonal_changes,
        waste_evidence,
        packaging_evidence,
        waste_files: files(domain::meals::certificate::EvidenceTopic::Waste),
        packaging_files: files(domain::meals::certificate::EvidenceTopic::Packaging),
    }
    .checked()
    .map_err(ssr::bad)?;
    let (edition, _) = store::latest_criteria(&state.db).await?.ok_or(AppError::NotFound)?;
    let measures = ssr::measures(&state, &crate::state::meals_state()?.standard, r, &d).await?;
    let (d_json, m_json) = (
        serde_json::to_string(&d).map_err(|_| AppError::Internal)?,
        serde_json::to_string(&measures).map_err(|_| AppError::Internal)?,
    );
    let now = state.clock.now();
    let submitted = state
        .db
        .retry(|| {
            let (db, d_json, m_json) = (state.db.clone(), d_json.clone(), m_json.clone());
            async move {
                let mut tx = db.begin_write().await?;
                let id = store::submit(&mut tx, r, edition, &d_json, &m_json, me.id, now).await?;
                tx.commit().await?;
                Ok(id)
            }
        })
        .await?;
    if submitted.is_none() {
        return Err(ssr::bad(CertificationError::AlreadyOpen));
    }
    leptos_axum::redirect("/meals/certification?done=applied");
    Ok(())
}

/// Everything the county reviews: the criteria, the applications (waiting
/// first) and the current certificates.
#[server]
pub async fn county_certification() -> Result<CertificationReview, AppError> {
    use crate::store::certification as store;
    use platform::ssr::{guard, state::app_state};
    guard::require(domain::platform::Permission::ManageRestaurants).await?;
    let state = app_state()?;
    let today = state.clock.today();
    let rows = store::all_applications(&state.db).await?;
    Ok(CertificationReview {
        criteria: store::latest_criteria(&state.db)
            .await?
            .map(|(edition, criteria)| CriteriaView { edition, criteria }),
        applications: ssr::applications(&state, rows).await?,
        certificates: store::current(&state.db)
            .await?
            .into_iter()
            .filter_map(|c| ssr::certificate(c, today))
            .collect(),
    })
}

/// The county's decision on a submitted application: `approve` with a
/// `level`, `reject` or `request_changes` with a reason. The restaurant is
/// told in the same transaction.
#[server]
pub async fn review_application(
    application: i64,
    review: String,
    level: String,
    reason: String,
) -> Result<(), AppError> {
    use crate::store::certification as store;
    use domain::Named;
    use domain::meals::certificate::{CertificationError, Level, Review};
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::ManageRestaurants).await?;
    let state = app_state()?;
    let r = Review::parse(&review).ok_or(AppError::InvalidInput)?;
    let level = if level.trim().is_empty() {
        None
    } else {
        Some(Level::parse(&level).ok_or(AppError::InvalidInput)?)
    };
    let a = store::application(&state.db, application)
        .await?
        .ok_or(AppError::NotFound)?;
    let (status, reason) = domain::meals::certificate::review(a.status, r, level, &reason).map_err(ssr::bad)?;
    let now = state.clock.now();
    let terms = domain::meals::certificate::terms(state.clock.today());
    let done = state
        .db
        .retry(|| {
            let (reason, terms, state) = (reason.clone(), terms.clone(), &state);
            async move {
                let mut tx = state.db.begin_write().await?;
                if !store::review(
                    &mut tx,
                    application,
                    a.restaurant_id,
                    r,
                    level,
                    &reason,
                    &terms,
                    me.id,
                    now,
                )
                .await?
                {
                    return Ok(false);
                }
                let notice = crate::notify::CertificationNotice::Reviewed {
                    status,
                    level,
                    reason: &reason,
                };
                ssr::tell(&mut tx, state, a.restaurant_id, notice, now).await?;
                tx.commit().await?;
                Ok(true)
            }
        })
        .await?;
    if !done {
        return Err(ssr::bad(CertificationError::NotApplicable));
    }
    tracing::info!(
        application,
        status = status.as_str(),
        "certification application reviewed"
    );
    leptos_axum::redirect(&format!("/county/certification?done={}", status.as_str()));
    Ok(())
}

/// The county revokes a current certificate, with the reason the
/// restaurant is told.
#[server]
pub async fn revoke_certificate(certificate: i64, reason: String) -> Result<(), AppError> {
    use crate::store::certification as store;
    use domain::meals::certificate::CertificationError;
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::ManageRestaurants).await?;
    let state = app_state()?;
    let reason = reason.trim().to_owned();
    if reason.is_empty() {
        return Err(ssr::bad(CertificationError::ReasonRequired));
    }
    if reason.chars().count() > domain::meals::certificate::MAX_TEXT || reason.chars().any(char::is_control) {
        return Err(ssr::bad(CertificationError::ReasonInvalid));
    }
    let now = state.clock.now();
    let done = state
        .db
        .retry(|| {
            let (reason, state) = (reason.clone(), &state);
            async move {
                let mut tx = state.db.begin_write().await?;
                let Some(r) = store::revoke(&mut tx, certificate, &reason, me.id, now).await? else {
                    return Ok(false);
                };
                ssr::tell(
                    &mut tx,
                    state,
                    r,
                    crate::notify::CertificationNotice::Revoked { reason: &reason },
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(true)
            }
        })
        .await?;
    if !done {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/county/certification?done=revoked");
    Ok(())
}

/// The public directory: restaurants holding a valid certificate whose
/// listing the county has approved.
#[server]
pub async fn certified_restaurants() -> Result<Vec<CertificateView>, AppError> {
    let state = platform::ssr::state::app_state()?;
    let today = state.clock.today();
    Ok(crate::store::certification::current(&state.db)
        .await?
        .into_iter()
        .filter(|c| c.listing.is_public())
        .filter_map(|c| ssr::certificate(c, today))
        .filter(|c| c.state == domain::meals::certificate::CertificateState::Valid)
        .collect())
}

/// Checks a certificate by its number (public; the label's QR code opens it).
/// A certificate of a restaurant that is not public is not found.
#[server]
pub async fn verify_certificate(number: String) -> Result<CertificateView, AppError> {
    let state = platform::ssr::state::app_state()?;
    let number = number.trim().to_uppercase();
    if number.is_empty() || number.len() > 40 {
        return Err(AppError::NotFound);
    }
    crate::store::certification::by_number(&state.db, &number)
        .await?
        .filter(|c| c.listing.is_public())
        .and_then(|c| ssr::certificate(c, state.clock.today()))
        .ok_or(AppError::NotFound)
}

/// The current certificate of a public restaurant, if it holds a valid one
/// (the meal page and the label show it).
#[cfg(feature = "ssr")]
pub async fn valid_certificate_of(
    state: &platform::ssr::AppState,
    r: domain::ids::RestaurantId,
) -> Result<Option<CertificateView>, AppError> {
    let today = state.clock.today();
    Ok(crate::store::certification::of_restaurant(&state.db, r)
        .await?
        .into_iter()
        .filter(|c| c.listing.is_public() && c.revoked_at.is_none() && c.replaced_at.is_none())
        .filter_map(|c| ssr::certificate(c, today))
        .find(|c| c.state == domain::meals::certificate::CertificateState::Valid))
}

/// Takes back a file that waits for the next application.
#[server]
pub async fn remove_evidence(evidence: i64) -> Result<(), AppError> {
    use platform::ssr::{guard, state::app_state};
    let me = guard::require(domain::platform::Permission::BuildMeals).await?;
    let r = me.restaurant_id.ok_or(AppError::Forbidden)?;
    let state = app_state()?;
    if !crate::store::certification::remove_pending(&state.db, r, evidence).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/meals/certification?done=removed");
    Ok(())
}
