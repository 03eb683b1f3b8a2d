//! Institutions whose staff refer children to the city: kindergartens and
//! schools, clinics and hospitals, social-welfare agencies. The city creates
//! them; reporters' accounts belong to one.

use domain::booking::District;
use domain::booking::case::InstitutionKind;
use domain::ids::InstitutionId;
use domain::{Bilingual, Named};
use platform::ssr::{Db, StoreError};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct InstitutionRow {
    #[sqlx(try_from = "i64")]
    pub id: InstitutionId,
    pub name_zh_tw: String,
    pub name_en: String,
    #[sqlx(try_from = "String")]
    pub kind: InstitutionKind,
    #[sqlx(try_from = "String")]
    pub district: District,
}

impl InstitutionRow {
    pub fn name(&self) -> Bilingual {
        Bilingual::new(&self.name_zh_tw, &self.name_en)
    }
}

const COLUMNS: &str = "id, name_zh_tw, name_en, kind, district";

pub async fn list(db: &Db) -> Result<Vec<InstitutionRow>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM institutions ORDER BY kind, name_zh_tw");
    Ok(sqlx::query_as(&sql).fetch_all(&db.pool).await?)
}

pub async fn get(db: &Db, id: InstitutionId) -> Result<Option<InstitutionRow>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM institutions WHERE id = $1");
    Ok(sqlx::query_as(&sql).bind(id.get()).fetch_optional(&db.pool).await?)
}

/// Adds an institution (on the pool, or in the caller's transaction with its audit row).
pub async fn insert<'e, E>(
    exec: E,
    name: &Bilingual,
    kind: InstitutionKind,
    district: District,
    is_demo: bool,
    now: i64,
) -> Result<InstitutionId, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(sqlx::query_scalar::<_, i64>(
        "INSERT INTO institutions (name_zh_tw, name_en, kind, district, is_demo, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(&name.zh_tw)
    .bind(&name.en)
    .bind(kind.as_str())
    .bind(district.as_str())
    .bind(i64::from(is_demo))
    .bind(now)
    .fetch_one(exec)
    .await
    .map(InstitutionId::from)?)
}

/// The institutions, registered with the platform as the workplaces of
/// reporters (created by the city, with their accounts).
pub struct InstitutionDirectory;

#[async_trait::async_trait]
impl platform::ssr::workplaces::WorkplaceDirectory for InstitutionDirectory {
    fn staff_role(&self) -> domain::platform::Role {
        domain::platform::Role::Reporter
    }

    fn admin_role(&self) -> domain::platform::Role {
        domain::platform::Role::CityAdmin
    }

    async fn list(&self, db: &Db) -> Result<Vec<platform::accounts::Workplace>, StoreError> {
        Ok(list(db)
            .await?
            .into_iter()
            .map(|i| platform::accounts::Workplace {
                id: i.id.get(),
                name: i.name(),
                role: domain::platform::Role::Reporter,
            })
            .collect())
    }

    async fn exists(&self, db: &Db, id: i64) -> Result<bool, StoreError> {
        Ok(get(db, InstitutionId(id)).await?.is_some())
    }
}
