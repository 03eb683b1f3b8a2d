//! The slow-food certification's records: the criteria's editions,
//! applications, each step of the review, and certificates.

use domain::ids::{RestaurantId, UserId};
use domain::meals::certificate::{ApplicationStatus, CertificateTerms, Level, Review};
use domain::meals::certification::Criteria;
use platform::ssr::db::WriteTx;
use platform::ssr::{Db, StoreError};

/// The newest edition of the criteria, if the county has published one.
pub async fn latest_criteria(db: &Db) -> Result<Option<(i64, Criteria)>, StoreError> {
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT edition, criteria FROM certification_criteria ORDER BY edition DESC LIMIT 1")
            .fetch_optional(&db.pool)
            .await?;
    row.map(|(e, json)| {
        platform::ssr::db::stored_json::<Criteria>("certification criteria", &json)
            .map(|c| (e, c))
            .map_err(StoreError::Sql)
    })
    .transpose()
}

/// The criteria of one edition.
pub async fn criteria(db: &Db, edition: i64) -> Result<Option<Criteria>, StoreError> {
    let json: Option<String> = sqlx::query_scalar("SELECT criteria FROM certification_criteria WHERE edition = $1")
        .bind(edition)
        .fetch_optional(&db.pool)
        .await?;
    json.map(|j| platform::ssr::db::stored_json("certification criteria", &j).map_err(StoreError::Sql))
        .transpose()
}

/// Publishes the next edition of the criteria (one statement: two at once
/// cannot take the same number; the loser's primary key fails).
pub async fn publish_criteria(
    db: &Db,
    c: &Criteria,
    note: &str,
    by: Option<UserId>,
    now: i64,
) -> Result<i64, StoreError> {
    let json = serde_json::to_string(c).map_err(|_| StoreError::Conflict("criteria_json"))?;
    Ok(sqlx::query_scalar(
        "INSERT INTO certification_criteria (edition, criteria, note, created_by, created_at)
         SELECT COALESCE(MAX(edition), 0) + 1, $1, $2, $3, $4 FROM certification_criteria RETURNING edition",
    )
    .bind(json)
    .bind(note)
    .bind(by.map(|v| v.get()))
    .bind(now)
    .fetch_one(&db.pool)
    .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ApplicationRow {
    pub id: i64,
    #[sqlx(try_from = "i64")]
    pub restaurant_id: RestaurantId,
    pub restaurant_zh_tw: String,
    pub restaurant_en: String,
    pub criteria_edition: i64,
    #[sqlx(try_from = "String")]
    pub status: ApplicationStatus,
    pub declaration: String,
    pub measures: String,
    pub submitted_at: i64,
    pub decided_at: Option<i64>,
    pub decision_note: String,
}

const APPLICATION: &str = "SELECT a.id, a.restaurant_id, r.name_zh_tw AS restaurant_zh_tw, r.name_en AS restaurant_en,
    a.criteria_edition, a.status, a.declaration, a.measures, a.submitted_at, a.decided_at, a.decision_note
    FROM certification_applications a JOIN restaurants r ON r.id = a.restaurant_id";

pub async fn applications_of(db: &Db, r: RestaurantId) -> Result<Vec<ApplicationRow>, StoreError> {
    Ok(
        sqlx::query_as(&format!("{APPLICATION} WHERE a.restaurant_id = $1 ORDER BY a.id DESC"))
            .bind(r.get())
            .fetch_all(&db.pool)
            .await?,
    )
}

/// Every application, the open ones first, then the newest.
pub async fn all_applications(db: &Db) -> Result<Vec<ApplicationRow>, StoreError> {
    Ok(sqlx::query_as(&format!(
        "{APPLICATION} ORDER BY CASE WHEN a.status = 'submitted' THEN 0 WHEN a.status = 'changes_requested' THEN 1 ELSE 2 END, a.id DESC"
    ))
    .fetch_all(&db.pool)
    .await?)
}

pub async fn application(db: &Db, id: i64) -> Result<Option<ApplicationRow>, StoreError> {
    Ok(sqlx::query_as(&format!("{APPLICATION} WHERE a.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EventRow {
    pub application_id: i64,
    pub action: String,
    pub note: String,
    pub at: i64,
}

pub async fn events(db: &Db, applications: &[i64]) -> Result<Vec<EventRow>, StoreError> {
    if applications.is_empty() {
        return Ok(Vec::new());
    }
    let list = applications.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
    Ok(sqlx::query_as(&format!(
        "SELECT application_id, action, note, at FROM certification_events WHERE application_id IN ({list}) ORDER BY at, id"
    ))
    .fetch_all(&db.pool)
    .await?)
}

async fn event(
    tx: &mut WriteTx,
    application: i64,
    action: &str,
    note: &str,
    by: UserId,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO certification_events (application_id, action, note, actor_user_id, at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(application)
    .bind(action)
    .bind(note)
    .bind(by.get())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Submits an application: the one sent back for changes is sent again
/// with the new declaration and figures; otherwise a new one is opened.
/// `None`: the restaurant has one waiting for the county already (the
/// partial unique index decides, so two submissions at once open one).
pub async fn submit(
    tx: &mut WriteTx,
    r: RestaurantId,
    edition: i64,
    declaration: &str,
    measures: &str,
    by: UserId,
    now: i64,
) -> Result<Option<i64>, StoreError> {
    let resent: Option<i64> = sqlx::query_scalar(
        "UPDATE certification_applications SET status = 'submitted', criteria_edition = $1, declaration = $2, measures = $3, submitted_at = $4
         WHERE restaurant_id = $5 AND status = 'changes_requested' RETURNING id",
    )
    .bind(edition)
    .bind(declaration)
    .bind(measures)
    .bind(now)
    .bind(r.get())
    .fetch_optional(&mut **tx)
    .await?;
    if let Some(id) = resent {
        event(tx, id, "resubmitted", "", by, now).await?;
        attach_evidence(tx, r, id).await?;
        return Ok(Some(id));
    }
    let inserted = sqlx::query_scalar(
        "INSERT INTO certification_applications (restaurant_id, criteria_edition, status, declaration, measures, submitted_at)
         VALUES ($1, $2, 'submitted', $3, $4, $5) RETURNING id",
    )
    .bind(r.get())
    .bind(edition)
    .bind(declaration)
    .bind(measures)
    .bind(now)
    .fetch_one(&mut **tx)
    .await;
    match inserted {
        Ok(id) => {
            event(tx, id, "submitted", "", by, now).await?;
            attach_evidence(tx, r, id).await?;
            Ok(Some(id))
        }
        Err(e)
            if platform::ssr::db::violates(
                &e,
                "certification_applications_one_open",
                "certification_applications.restaurant_id",
            ) =>
        {
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// The files waiting for the restaurant's next application go with this one.
async fn attach_evidence(tx: &mut WriteTx, r: RestaurantId, application: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE certification_evidence SET application_id = $1 WHERE restaurant_id = $2 AND application_id IS NULL",
    )
    .bind(application)
    .bind(r.get())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The county's decision on a submitted application (a conditional write:
/// `false` when it is no longer waiting). Approving issues the certificate
/// and replaces the restaurant's current one (a renewal).
#[allow(clippy::too_many_arguments)]
pub async fn review(
    tx: &mut WriteTx,
    application: i64,
    restaurant: RestaurantId,
    r: Review,
    level: Option<Level>,
    reason: &str,
    terms: &CertificateTerms,
    by: UserId,
    now: i64,
) -> Result<bool, StoreError> {
    use chrono::Datelike;
    use domain::Named;
    let done = sqlx::query(
        "UPDATE certification_applications SET status = $1, decided_at = $2, decided_by = $3, decision_note = $4
         WHERE id = $5 AND status = 'submitted'",
    )
    .bind(r.outcome().as_str())
    .bind(now)
    .bind(by.get())
    .bind(reason)
    .bind(application)
    .execute(&mut **tx)
    .await?
    .rows_affected()
        == 1;
    if !done {
        return Ok(false);
    }
    event(tx, application, r.outcome().as_str(), reason, by, now).await?;
    if let (Review::Approve, Some(level)) = (r, level) {
        sqlx::query(
            "UPDATE certificates SET replaced_at = $1 WHERE restaurant_id = $2 AND revoked_at IS NULL AND replaced_at IS NULL",
        )
        .bind(now)
        .bind(restaurant.get())
        .execute(&mut **tx)
        .await?;
        sqlx::query(
            "INSERT INTO certificates (number, restaurant_id, application_id, level, issued_on, expires_on) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(domain::meals::certificate::number(terms.issued.year(), application))
        .bind(restaurant.get())
        .bind(application)
        .bind(level.as_str())
        .bind(terms.issued.to_string())
        .bind(terms.expires.to_string())
        .execute(&mut **tx)
        .await?;
    }
    Ok(true)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CertificateRow {
    pub id: i64,
    pub number: String,
    #[sqlx(try_from = "i64")]
    pub restaurant_id: RestaurantId,
    pub restaurant_zh_tw: String,
    pub restaurant_en: String,
    #[sqlx(try_from = "String")]
    pub township: domain::meals::Township,
    #[sqlx(try_from = "String")]
    pub listing: domain::meals::listing::Listing,
    pub application_id: i64,
    #[sqlx(try_from = "String")]
    pub level: Level,
    pub issued_on: String,
    pub expires_on: String,
    pub revoked_at: Option<i64>,
    pub revoke_reason: String,
    pub replaced_at: Option<i64>,
}

impl CertificateRow {
    pub fn terms(&self) -> Option<CertificateTerms> {
        Some(CertificateTerms {
            issued: self.issued_on.parse().ok()?,
            expires: self.expires_on.parse().ok()?,
        })
    }
}

const CERTIFICATE: &str = "SELECT c.id, c.number, c.restaurant_id, r.name_zh_tw AS restaurant_zh_tw, r.name_en AS restaurant_en,
    r.township, r.listing, c.application_id, c.level, c.issued_on, c.expires_on, c.revoked_at, c.revoke_reason, c.replaced_at
    FROM certificates c JOIN restaurants r ON r.id = c.restaurant_id";

/// The certificates that are neither revoked nor replaced (they may have expired).
pub async fn current(db: &Db) -> Result<Vec<CertificateRow>, StoreError> {
    Ok(sqlx::query_as(&format!(
        "{CERTIFICATE} WHERE c.revoked_at IS NULL AND c.replaced_at IS NULL ORDER BY r.township, r.name_zh_tw"
    ))
    .fetch_all(&db.pool)
    .await?)
}

pub async fn by_number(db: &Db, number: &str) -> Result<Option<CertificateRow>, StoreError> {
    Ok(sqlx::query_as(&format!("{CERTIFICATE} WHERE c.number = $1"))
        .bind(number)
        .fetch_optional(&db.pool)
        .await?)
}

pub async fn of_restaurant(db: &Db, r: RestaurantId) -> Result<Vec<CertificateRow>, StoreError> {
    Ok(
        sqlx::query_as(&format!("{CERTIFICATE} WHERE c.restaurant_id = $1 ORDER BY c.id DESC"))
            .bind(r.get())
            .fetch_all(&db.pool)
            .await?,
    )
}

/// Revokes a current certificate (`false`: it is not current), recorded on
/// its application's steps. Returns the restaurant.
pub async fn revoke(
    tx: &mut WriteTx,
    certificate: i64,
    reason: &str,
    by: UserId,
    now: i64,
) -> Result<Option<RestaurantId>, StoreError> {
    let row: Option<(i64, i64)> = sqlx::query_as(
        "UPDATE certificates SET revoked_at = $1, revoke_reason = $2
         WHERE id = $3 AND revoked_at IS NULL AND replaced_at IS NULL RETURNING restaurant_id, application_id",
    )
    .bind(now)
    .bind(reason)
    .bind(certificate)
    .fetch_optional(&mut **tx)
    .await?;
    let Some((restaurant, application)) = row else {
        return Ok(None);
    };
    let restaurant = RestaurantId::from(restaurant);
    event(tx, application, "revoked", reason, by, now).await?;
    Ok(Some(restaurant))
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EvidenceRow {
    pub id: i64,
    #[sqlx(try_from = "i64")]
    pub restaurant_id: RestaurantId,
    pub application_id: Option<i64>,
    #[sqlx(try_from = "String")]
    pub topic: domain::meals::certificate::EvidenceTopic,
    pub file_name: String,
    #[sqlx(try_from = "String")]
    pub format: domain::meals::certificate::EvidenceFormat,
    pub size: i64,
}

const EVIDENCE: &str =
    "SELECT id, restaurant_id, application_id, topic, file_name, format, size FROM certification_evidence";

/// Keeps an evidence file waiting for the restaurant's next application,
/// unless as many wait already (`None`).
#[allow(clippy::too_many_arguments)]
pub async fn add_evidence(
    db: &Db,
    r: RestaurantId,
    topic: domain::meals::certificate::EvidenceTopic,
    file_name: &str,
    format: domain::meals::certificate::EvidenceFormat,
    data: &[u8],
    by: UserId,
    now: i64,
) -> Result<Option<i64>, StoreError> {
    use domain::Named;
    let mut tx = db.begin_write().await?;
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO certification_evidence (restaurant_id, topic, file_name, format, data, size, uploaded_by, uploaded_at)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8
         WHERE (SELECT COUNT(*) FROM certification_evidence WHERE restaurant_id = $1 AND application_id IS NULL) < $9
         RETURNING id",
    )
    .bind(r.get())
    .bind(topic.as_str())
    .bind(file_name)
    .bind(format.as_str())
    .bind(data.to_vec())
    .bind(data.len() as i64)
    .bind(by.get())
    .bind(now)
    .bind(domain::meals::certificate::MAX_PENDING_EVIDENCE)
    .fetch_optional(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The files waiting for the restaurant's next application.
pub async fn pending_evidence(db: &Db, r: RestaurantId) -> Result<Vec<EvidenceRow>, StoreError> {
    Ok(sqlx::query_as(&format!(
        "{EVIDENCE} WHERE restaurant_id = $1 AND application_id IS NULL ORDER BY id"
    ))
    .bind(r.get())
    .fetch_all(&db.pool)
    .await?)
}

/// The files sent with the given applications.
pub async fn evidence_of(db: &Db, applications: &[i64]) -> Result<Vec<EvidenceRow>, StoreError> {
    if applications.is_empty() {
        return Ok(Vec::new());
    }
    let list = applications.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
    Ok(
        sqlx::query_as(&format!("{EVIDENCE} WHERE application_id IN ({list}) ORDER BY id"))
            .fetch_all(&db.pool)
            .await?,
    )
}

/// One file with its content.
pub async fn evidence_file(db: &Db, id: i64) -> Result<Option<(EvidenceRow, Vec<u8>)>, StoreError> {
    let row: Option<EvidenceRow> = sqlx::query_as(&format!("{EVIDENCE} WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let data: Vec<u8> = sqlx::query_scalar("SELECT data FROM certification_evidence WHERE id = $1")
        .bind(id)
        .fetch_one(&db.pool)
        .await?;
    Ok(Some((row, data)))
}

/// Takes back a file that waits for the next application (`false`: none such).
pub async fn remove_pending(db: &Db, r: RestaurantId, id: i64) -> Result<bool, StoreError> {
    Ok(sqlx::query(
        "DELETE FROM certification_evidence WHERE id = $1 AND restaurant_id = $2 AND application_id IS NULL",
    )
    .bind(id)
    .bind(r.get())
    .execute(&db.pool)
    .await?
    .rows_affected()
        == 1)
}
