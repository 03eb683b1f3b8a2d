use crate::platform::ssr::{Db, StoreError};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RestaurantRow {
    pub id: i64,
    pub name_zh_tw: String,
    pub name_en: String,
    pub district: String,
    pub is_demo: i64,
}

pub async fn insert(
    db: &Db,
    name_zh: &str,
    name_en: &str,
    district: &str,
    is_demo: bool,
    now: i64,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO restaurants (name_zh_tw, name_en, district, is_demo, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(name_zh)
    .bind(name_en)
    .bind(district)
    .bind(i64::from(is_demo))
    .bind(now)
    .fetch_one(&db.pool)
    .await?)
}

pub async fn list(db: &Db) -> Result<Vec<RestaurantRow>, StoreError> {
    Ok(
        sqlx::query_as("SELECT id, name_zh_tw, name_en, district, is_demo FROM restaurants ORDER BY id")
            .fetch_all(&db.pool)
            .await?,
    )
}

pub async fn get(db: &Db, id: i64) -> Result<Option<RestaurantRow>, StoreError> {
    Ok(
        sqlx::query_as("SELECT id, name_zh_tw, name_en, district, is_demo FROM restaurants WHERE id = $1")
            .bind(id)
            .fetch_optional(&db.pool)
            .await?,
    )
}
