use domain::meals::Township;
use domain::{Named, Place};
use platform::ids::RestaurantId;
use platform::ssr::{Db, StoreError};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RestaurantRow {
    pub id: RestaurantId,
    pub name_zh_tw: String,
    pub name_en: String,
    #[sqlx(try_from = "String")]
    pub township: Township,
    pub is_demo: i64,
}

impl RestaurantRow {
    pub fn name(&self) -> domain::Bilingual {
        domain::Bilingual::new(self.name_zh_tw.as_str(), self.name_en.as_str())
    }
}

pub async fn insert(
    db: &Db,
    name_zh: &str,
    name_en: &str,
    township: Township,
    is_demo: bool,
    now: i64,
) -> Result<RestaurantId, StoreError> {
    let mut conn = db.pool.acquire().await?;
    insert_with(&mut conn, name_zh, name_en, township, is_demo, now).await
}

pub async fn insert_with(
    conn: &mut sqlx::AnyConnection,
    name_zh: &str,
    name_en: &str,
    township: Township,
    is_demo: bool,
    now: i64,
) -> Result<RestaurantId, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO restaurants (name_zh_tw, name_en, township, is_demo, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(name_zh)
    .bind(name_en)
    .bind(township.as_str())
    .bind(i64::from(is_demo))
    .bind(now)
    .fetch_one(&mut *conn)
    .await?)
}

pub async fn list(db: &Db) -> Result<Vec<RestaurantRow>, StoreError> {
    Ok(
        sqlx::query_as("SELECT id, name_zh_tw, name_en, township, is_demo FROM restaurants ORDER BY id")
            .fetch_all(&db.pool)
            .await?,
    )
}

pub async fn get(db: &Db, id: RestaurantId) -> Result<Option<RestaurantRow>, StoreError> {
    Ok(
        sqlx::query_as("SELECT id, name_zh_tw, name_en, township, is_demo FROM restaurants WHERE id = $1")
            .bind(id)
            .fetch_optional(&db.pool)
            .await?,
    )
}

/// The restaurants, registered with the platform as the workplaces of
/// restaurant staff; staff who sign up bring their restaurant with them.
pub struct RestaurantDirectory;

#[async_trait::async_trait]
impl platform::ssr::workplaces::WorkplaceDirectory for RestaurantDirectory {
    fn staff_role(&self) -> domain::platform::Role {
        domain::platform::Role::RestaurantStaff
    }

    fn admin_role(&self) -> domain::platform::Role {
        domain::platform::Role::CountyAdmin
    }

    async fn list(&self, db: &Db) -> Result<Vec<platform::accounts::Workplace>, StoreError> {
        Ok(list(db)
            .await?
            .into_iter()
            .map(|r| platform::accounts::Workplace {
                id: r.id.get(),
                name: r.name(),
                role: domain::platform::Role::RestaurantStaff,
            })
            .collect())
    }

    async fn exists(&self, db: &Db, id: i64) -> Result<bool, StoreError> {
        Ok(get(db, RestaurantId(id)).await?.is_some())
    }

    fn areas(&self) -> Vec<platform::accounts::WorkplaceArea> {
        Township::all()
            .map(|t| platform::accounts::WorkplaceArea {
                code: t.as_str().to_owned(),
                name: t.name(),
            })
            .collect()
    }

    async fn register(
        &self,
        conn: &mut sqlx::AnyConnection,
        name: &str,
        area: &str,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let Some(township) = Township::parse(area) else {
            return Ok(None);
        };
        Ok(Some(insert_with(conn, name, name, township, false, now).await?.get()))
    }
}
