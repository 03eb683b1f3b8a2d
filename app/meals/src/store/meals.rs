use domain::ids::{MealId, RestaurantId, UserId};
use domain::meals::{Band, MealKind};
use domain::{Bilingual, Named};
use platform::ssr::{Db, StoreError, db::violates};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MealRow {
    #[sqlx(try_from = "i64")]
    pub id: MealId,
    #[sqlx(try_from = "i64")]
    pub restaurant_id: RestaurantId,
    pub slug: String,
    pub name_zh_tw: String,
    pub name_en: String,
    #[sqlx(try_from = "String")]
    pub kind: MealKind,
    pub spec: String,
    pub edition: i64,
    pub total_kg: f64,
    #[sqlx(try_from = "String")]
    pub band: Band,
    pub result: String,
    pub on_menu: i64,
    pub restaurant_zh_tw: String,
    pub restaurant_en: String,
}

impl MealRow {
    pub fn name(&self) -> Bilingual {
        Bilingual::new(&self.name_zh_tw, &self.name_en)
    }

    pub fn restaurant(&self) -> Bilingual {
        Bilingual::new(&self.restaurant_zh_tw, &self.restaurant_en)
    }
}

const SELECT: &str =
    "SELECT m.id, m.restaurant_id, m.slug, m.name_zh_tw, m.name_en, m.kind, m.spec, m.edition, m.total_kg,
        m.band, m.result, m.on_menu, r.name_zh_tw AS restaurant_zh_tw, r.name_en AS restaurant_en
    FROM meals m JOIN restaurants r ON r.id = m.restaurant_id";

/// A computed meal ready to store.
pub struct MealRecord<'a> {
    pub restaurant_id: RestaurantId,
    pub name: &'a Bilingual,
    pub kind: MealKind,
    pub spec_json: &'a str,
    pub edition: i64,
    pub total_kg: f64,
    pub band: Band,
    pub result_json: &'a str,
}

fn new_slug() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::thread_rng();
    (0..10)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

pub async fn insert(db: &Db, m: &MealRecord<'_>, by: Option<UserId>, now: i64) -> Result<(MealId, String), StoreError> {
    for _ in 0..5 {
        let slug = new_slug();
        let res = sqlx::query_scalar::<_, i64>(
            "INSERT INTO meals (restaurant_id, slug, name_zh_tw, name_en, kind, spec, edition, total_kg, band, result, on_menu,
                                created_by, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11, $12, $12) RETURNING id",
        )
        .bind(m.restaurant_id.get())
        .bind(&slug)
        .bind(&m.name.zh_tw)
        .bind(&m.name.en)
        .bind(m.kind.as_str())
        .bind(m.spec_json)
        .bind(m.edition)
        .bind(m.total_kg)
        .bind(m.band.as_str())
        .bind(m.result_json)
        .bind(by.map(|v| v.get()))
        .bind(now)
        .fetch_one(&db.pool)
        .await;
        match res {
            Ok(id) => return Ok((id.into(), slug)),
            Err(e) if violates(&e, "meals_slug_key", "meals.slug") => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(StoreError::Busy)
}

/// Replaces a meal of the restaurant (names, recipe and its result).
/// Saves a meal: a new one (by `by`), or the changes to the restaurant's
/// meal `id`; `None` when the restaurant has no meal `id`.
pub async fn save(
    db: &Db,
    id: Option<MealId>,
    m: &MealRecord<'_>,
    by: UserId,
    now: i64,
) -> Result<Option<MealId>, StoreError> {
    match id {
        Some(id) => Ok(update(db, id, m, now).await?.then_some(id)),
        None => Ok(Some(insert(db, m, Some(by), now).await?.0)),
    }
}

pub async fn update(db: &Db, id: MealId, m: &MealRecord<'_>, now: i64) -> Result<bool, StoreError> {
    let res = sqlx::query(
        "UPDATE meals SET name_zh_tw = $1, name_en = $2, kind = $3, spec = $4, edition = $5, total_kg = $6, band = $7,
                result = $8, updated_at = $9
         WHERE id = $10 AND restaurant_id = $11",
    )
    .bind(&m.name.zh_tw)
    .bind(&m.name.en)
    .bind(m.kind.as_str())
    .bind(m.spec_json)
    .bind(m.edition)
    .bind(m.total_kg)
    .bind(m.band.as_str())
    .bind(m.result_json)
    .bind(now)
    .bind(id.get())
    .bind(m.restaurant_id.get())
    .execute(&db.pool)
    .await?;
    Ok(res.rows_affected() == 1)
}

pub async fn by_id(db: &Db, id: MealId) -> Result<Option<MealRow>, StoreError> {
    let sql = format!("{SELECT} WHERE m.id = $1");
    Ok(sqlx::query_as(&sql).bind(id.get()).fetch_optional(&db.pool).await?)
}

pub async fn by_slug(db: &Db, slug: &str) -> Result<Option<MealRow>, StoreError> {
    let sql = format!("{SELECT} WHERE m.slug = $1");
    Ok(sqlx::query_as(&sql).bind(slug).fetch_optional(&db.pool).await?)
}

pub async fn of_restaurant(db: &Db, restaurant_id: RestaurantId) -> Result<Vec<MealRow>, StoreError> {
    let sql = format!("{SELECT} WHERE m.restaurant_id = $1 ORDER BY m.id");
    Ok(sqlx::query_as(&sql)
        .bind(restaurant_id.get())
        .fetch_all(&db.pool)
        .await?)
}

pub async fn on_menus(db: &Db) -> Result<Vec<MealRow>, StoreError> {
    let sql = format!("{SELECT} WHERE m.on_menu = 1 ORDER BY r.id, m.id");
    Ok(sqlx::query_as(&sql).fetch_all(&db.pool).await?)
}

pub async fn set_on_menu(db: &Db, id: MealId, restaurant_id: RestaurantId, on: bool) -> Result<bool, StoreError> {
    let res = sqlx::query("UPDATE meals SET on_menu = $1 WHERE id = $2 AND restaurant_id = $3")
        .bind(i64::from(on))
        .bind(id.get())
        .bind(restaurant_id.get())
        .execute(&db.pool)
        .await?;
    Ok(res.rows_affected() == 1)
}

pub async fn delete(db: &Db, id: MealId, restaurant_id: RestaurantId) -> Result<bool, StoreError> {
    let res = sqlx::query("DELETE FROM meals WHERE id = $1 AND restaurant_id = $2")
        .bind(id.get())
        .bind(restaurant_id.get())
        .execute(&db.pool)
        .await?;
    Ok(res.rows_affected() == 1)
}

/// Each restaurant's number of meals and of meals on its menu.
pub async fn counts_by_restaurant(
    db: &Db,
) -> Result<std::collections::HashMap<RestaurantId, (usize, usize)>, StoreError> {
    let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT restaurant_id, COUNT(*), SUM(CASE WHEN on_menu = 1 THEN 1 ELSE 0 END) FROM meals GROUP BY restaurant_id",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(r, all, on)| {
            (
                r.into(),
                (usize::try_from(all).unwrap_or(0), usize::try_from(on).unwrap_or(0)),
            )
        })
        .collect())
}
