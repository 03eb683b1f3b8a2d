//! Suppliers: the county's directory (no restaurant) and each restaurant's
//! own, with what they grow and when; a restaurant's list holds its own and
//! those it picked from the directory.

use domain::Bilingual;
use domain::ids::{RestaurantId, SupplierId};
use domain::meals::locality::Locality;
use domain::meals::sourcing::{FarmCertificate, FarmCertification, GeoPoint};
use domain::meals::supplier::{Produce, Season, SupplierDraft, SupplierKind};
use platform::ssr::{Db, StoreError};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SupplierRow {
    #[sqlx(try_from = "i64")]
    pub id: SupplierId,
    /// None: in the county's directory.
    #[sqlx(try_from = "platform::ssr::db::NullId")]
    pub restaurant_id: Option<RestaurantId>,
    #[sqlx(try_from = "String")]
    pub kind: SupplierKind,
    pub name_zh_tw: String,
    pub name_en: String,
    #[sqlx(try_from = "String")]
    pub locality: Locality,
    pub lat: f64,
    pub lon: f64,
    pub certification: Option<String>,
    pub certificate_number: Option<String>,
    pub certificate_body: Option<String>,
    pub certificate_expires: Option<String>,
    pub is_demo: i64,
}

impl SupplierRow {
    pub fn name(&self) -> Bilingual {
        Bilingual::new(self.name_zh_tw.as_str(), self.name_en.as_str())
    }

    pub fn location(&self) -> GeoPoint {
        GeoPoint {
            lat: self.lat,
            lon: self.lon,
        }
    }

    /// The certificate as stored (the table keeps it whole or not at all).
    pub fn certificate(&self) -> Option<FarmCertificate> {
        use domain::Named;
        Some(FarmCertificate {
            kind: FarmCertification::parse(self.certification.as_deref()?)?,
            number: self.certificate_number.clone()?,
            body: self.certificate_body.clone()?,
            expires: self.certificate_expires.as_deref()?.parse().ok()?,
        })
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ProduceRow {
    #[sqlx(try_from = "i64")]
    pub supplier_id: SupplierId,
    pub name_zh_tw: String,
    pub name_en: String,
    pub months: i64,
    pub ingredient_id: Option<String>,
}

impl ProduceRow {
    pub fn produce(&self) -> Option<Produce> {
        Some(Produce {
            name: Bilingual::new(self.name_zh_tw.as_str(), self.name_en.as_str()),
            season: Season::try_from(u16::try_from(self.months).ok()?).ok()?,
            ingredient_id: self.ingredient_id.clone(),
        })
    }
}

pub const COLUMNS: &str = "s.id, s.restaurant_id, s.kind, s.name_zh_tw, s.name_en, s.locality, s.lat, s.lon, s.certification, s.certificate_number, s.certificate_body, s.certificate_expires, s.is_demo";

/// Adds a checked supplier: to the directory (`owner` None) or as a
/// restaurant's own, which joins its list in the same transaction.
pub async fn insert(
    db: &Db,
    owner: Option<RestaurantId>,
    s: &SupplierDraft,
    at: GeoPoint,
    is_demo: bool,
    now: i64,
) -> Result<SupplierId, StoreError> {
    use domain::Named;
    let mut tx = db.begin_write().await?;
    let c = s.certificate.as_ref();
    let id: SupplierId = sqlx::query_scalar::<_, i64>(
        "INSERT INTO suppliers (restaurant_id, kind, name_zh_tw, name_en, locality, lat, lon, certification, certificate_number, certificate_body, certificate_expires, is_demo, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(owner.map(|v| v.get()))
    .bind(s.kind.as_str())
    .bind(&s.name.zh_tw)
    .bind(&s.name.en)
    .bind(s.locality.as_str())
    .bind(at.lat)
    .bind(at.lon)
    .bind(c.map(|c| c.kind.as_str()))
    .bind(c.map(|c| c.number.clone()))
    .bind(c.map(|c| c.body.clone()))
    .bind(c.map(|c| c.expires.to_string()))
    .bind(i64::from(is_demo))
    .bind(now)
    .fetch_one(&mut *tx)
    .await?
    .into();
    if let Some(r) = owner {
        sqlx::query("INSERT INTO restaurant_suppliers (restaurant_id, supplier_id, created_at) VALUES ($1, $2, $3)")
            .bind(r.get())
            .bind(id.get())
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// Adds a product to a supplier: the directory's (`owner` None) or a
/// restaurant's own. `false`: no such supplier belongs to `owner`.
pub async fn add_produce(
    db: &Db,
    owner: Option<RestaurantId>,
    supplier: SupplierId,
    p: &Produce,
) -> Result<bool, StoreError> {
    let res = sqlx::query(
        "INSERT INTO supplier_produce (supplier_id, name_zh_tw, name_en, months, ingredient_id)
         SELECT id, $1, $2, $3, $7 FROM suppliers WHERE id = $4 AND (restaurant_id = $5 OR (restaurant_id IS NULL AND $6 = 1))",
    )
    .bind(&p.name.zh_tw)
    .bind(&p.name.en)
    .bind(i64::from(u16::from(p.season)))
    .bind(supplier.get())
    .bind((owner.unwrap_or(RestaurantId(0))).get())
    .bind(i64::from(owner.is_none()))
    .bind(p.ingredient_id.as_deref())
    .execute(&db.pool)
    .await?;
    Ok(res.rows_affected() == 1)
}

/// The county's directory, by locality then name.
pub async fn directory(db: &Db) -> Result<Vec<SupplierRow>, StoreError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM suppliers s WHERE s.restaurant_id IS NULL ORDER BY s.locality, s.name_zh_tw, s.id"
    ))
    .fetch_all(&db.pool)
    .await?)
}

/// A restaurant's list: its own suppliers and those it picked.
pub async fn of_restaurant(db: &Db, r: RestaurantId) -> Result<Vec<SupplierRow>, StoreError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM suppliers s JOIN restaurant_suppliers rs ON rs.supplier_id = s.id
         WHERE rs.restaurant_id = $1 ORDER BY s.name_zh_tw, s.id"
    ))
    .bind(r.get())
    .fetch_all(&db.pool)
    .await?)
}

/// The products of the given suppliers.
pub async fn produce_of(db: &Db, ids: &[SupplierId]) -> Result<Vec<ProduceRow>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = ids.iter().map(|i| i.get().to_string()).collect::<Vec<_>>().join(", ");
    Ok(sqlx::query_as(&format!(
        "SELECT supplier_id, name_zh_tw, name_en, months, ingredient_id FROM supplier_produce WHERE supplier_id IN ({list}) ORDER BY id"
    ))
    .fetch_all(&db.pool)
    .await?)
}

/// Puts a directory supplier on a restaurant's list (once; picking it again
/// changes nothing). `false`: no such supplier in the directory.
pub async fn pick(db: &Db, r: RestaurantId, supplier: SupplierId, now: i64) -> Result<bool, StoreError> {
    sqlx::query(
        "INSERT INTO restaurant_suppliers (restaurant_id, supplier_id, created_at)
         SELECT $1, id, $3 FROM suppliers WHERE id = $2 AND restaurant_id IS NULL
         ON CONFLICT (restaurant_id, supplier_id) DO NOTHING",
    )
    .bind(r.get())
    .bind(supplier.get())
    .bind(now)
    .execute(&db.pool)
    .await?;
    let listed: Option<i64> = sqlx::query_scalar(
        "SELECT rs.supplier_id FROM restaurant_suppliers rs JOIN suppliers s ON s.id = rs.supplier_id
         WHERE rs.restaurant_id = $1 AND rs.supplier_id = $2 AND s.restaurant_id IS NULL",
    )
    .bind(r.get())
    .bind(supplier.get())
    .fetch_optional(&db.pool)
    .await?;
    Ok(listed.is_some())
}

/// Takes a supplier off a restaurant's list; its own supplier is deleted
/// with its products, a directory one stays in the directory. `false`: it
/// was not on the list.
pub async fn remove(db: &Db, r: RestaurantId, supplier: SupplierId) -> Result<bool, StoreError> {
    let mut tx = db.begin_write().await?;
    let gone = sqlx::query("DELETE FROM restaurant_suppliers WHERE restaurant_id = $1 AND supplier_id = $2")
        .bind(r.get())
        .bind(supplier.get())
        .execute(&mut *tx)
        .await?
        .rows_affected()
        == 1;
    if gone {
        sqlx::query("DELETE FROM suppliers WHERE id = $1 AND restaurant_id = $2")
            .bind(supplier.get())
            .bind(r.get())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(gone)
}
