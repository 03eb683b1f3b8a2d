//! Evidence for the slow-food certification: a restaurant sends a photo or
//! a document (a plain form with a file, so it works without JavaScript);
//! its staff and the county open it. Files are kept in the database, known
//! by their content, and never shown to the public.

use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Named;
use domain::meals::certificate::{EvidenceRefusal, EvidenceTopic, check_evidence};
use domain::platform::Permission;
use meals::store::certification as store;
use platform::AppError;
use platform::ssr::AppState;
use platform::ssr::auth_backend::AuthSession;
use platform::ssr::guard::permitted;

/// Back to the certification page, saying what happened.
fn back(query: &str) -> Response {
    Redirect::to(&format!("/meals/certification?{query}")).into_response()
}

/// `POST /meals/certification/evidence` (multipart: `topic`, `file`).
pub async fn upload(State(state): State<AppState>, auth: AuthSession, mut form: Multipart) -> Response {
    let me = match permitted(&state.db, auth.user, Permission::BuildMeals).await {
        Ok(me) => me,
        Err(AppError::NotSignedIn) => return Redirect::to("/login").into_response(),
        Err(_) => return StatusCode::FORBIDDEN.into_response(),
    };
    let Some(restaurant) = me.restaurant_id else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let (mut topic, mut file) = (None, None);
    loop {
        match form.next_field().await {
            Ok(Some(field)) => match field.name() {
                Some("topic") => topic = field.text().await.ok().and_then(|t| EvidenceTopic::parse(t.trim())),
                Some("file") => {
                    let name = domain::meals::certificate::shown_file_name(field.file_name().unwrap_or_default());
                    match field.bytes().await {
                        Ok(bytes) => file = Some((name, bytes)),
                        Err(_) => return back(&format!("evidence_error={}", EvidenceRefusal::TooLarge.as_str())),
                    }
                }
                _ => {}
            },
            Ok(None) => break,
            // Larger than the route's limit, or not a multipart body.
            Err(_) => return back(&format!("evidence_error={}", EvidenceRefusal::TooLarge.as_str())),
        }
    }
    let (Some(topic), Some((name, bytes))) = (topic, file) else {
        return back(&format!("evidence_error={}", EvidenceRefusal::Empty.as_str()));
    };
    let format = match check_evidence(&bytes) {
        Ok(f) => f,
        Err(refusal) => return back(&format!("evidence_error={}", refusal.as_str())),
    };
    let name = if name.trim().is_empty() {
        "evidence".to_owned()
    } else {
        name
    };
    match store::add_evidence(
        &state.db,
        restaurant,
        topic,
        &name,
        format,
        &bytes,
        me.id,
        state.clock.now(),
    )
    .await
    {
        Ok(Some(_)) => back("done=evidence"),
        Ok(None) => back(&format!("evidence_error={}", EvidenceRefusal::TooMany.as_str())),
        Err(e) => crate::rest::ApiError::from(AppError::<platform::error::Never>::from(e)).into_response(),
    }
}

/// `GET /evidence/{id}`: for the county, and the restaurant that sent it.
pub async fn download(State(state): State<AppState>, auth: AuthSession, Path(id): Path<i64>) -> Response {
    let Some(user) = auth.user else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let county = user.role.may(Permission::ManageRestaurants);
    let need = if county {
        Permission::ManageRestaurants
    } else {
        Permission::BuildMeals
    };
    let Ok(me) = permitted(&state.db, Some(user), need).await else {
        return StatusCode::FORBIDDEN.into_response();
    };
    match store::evidence_file(&state.db, id).await {
        Ok(Some((row, data))) if county || me.restaurant_id == Some(row.restaurant_id) => (
            [
                (header::CONTENT_TYPE, row.format.content_type().to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("inline; filename=\"evidence-{}.{}\"", row.id, row.format.extension()),
                ),
                (header::CACHE_CONTROL, "private, no-store".to_owned()),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
                (
                    header::CONTENT_SECURITY_POLICY,
                    "sandbox; default-src 'none'; img-src 'self'".to_owned(),
                ),
            ],
            data,
        )
            .into_response(),
        Ok(_) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => crate::rest::ApiError::internal(e).into_response(),
    }
}
