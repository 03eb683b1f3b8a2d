//! Therapy providers the family may turn to after the assessment, with the
//! services each offers.

use domain::Bilingual;
use domain::booking::District;
use domain::booking::report::Service;
use platform::ssr::db::stored_json;
use platform::ssr::{Db, StoreError};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ProviderRow {
    pub id: i64,
    pub name_zh_tw: String,
    pub name_en: String,
    #[sqlx(try_from = "String")]
    pub district: District,
    pub services: String,
    pub phone: String,
    pub address_zh_tw: String,
    pub address_en: String,
    pub is_demo: i64,
}

impl ProviderRow {
    pub fn name(&self) -> Bilingual {
        Bilingual::new(&self.name_zh_tw, &self.name_en)
    }

    pub fn address(&self) -> Bilingual {
        Bilingual::new(&self.address_zh_tw, &self.address_en)
    }

    pub fn services(&self) -> Result<Vec<Service>, sqlx::Error> {
        stored_json("provider services", &self.services)
    }
}

pub async fn list(db: &Db) -> Result<Vec<ProviderRow>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT id, name_zh_tw, name_en, district, services, phone, address_zh_tw, address_en, is_demo
         FROM therapy_providers ORDER BY district, name_zh_tw",
    )
    .fetch_all(&db.pool)
    .await?)
}

/// A provider as the demo data (or an import) gives it.
pub struct NewProvider<'a> {
    pub name: Bilingual,
    pub district: District,
    pub services: &'a [Service],
    pub phone: &'a str,
    pub address: Bilingual,
}

pub async fn insert(db: &Db, p: &NewProvider<'_>, is_demo: bool, now: i64) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO therapy_providers (name_zh_tw, name_en, district, services, phone, address_zh_tw, address_en,
            is_demo, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(&p.name.zh_tw)
    .bind(&p.name.en)
    .bind(p.district.as_str())
    .bind(serde_json::to_string(p.services).unwrap_or_else(|_| "[]".into()))
    .bind(p.phone)
    .bind(&p.address.zh_tw)
    .bind(&p.address.en)
    .bind(i64::from(is_demo))
    .bind(now)
    .fetch_one(&db.pool)
    .await?)
}
