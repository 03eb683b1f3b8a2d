use domain::Bilingual;
use domain::booking::District;
use domain::ids::{CentreId, UserId};
use platform::ssr::{Db, StoreError};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CentreRow {
    #[sqlx(try_from = "i64")]
    pub id: CentreId,
    pub name_zh_tw: String,
    pub name_en: String,
    #[sqlx(try_from = "String")]
    pub district: District,
    pub address_zh_tw: String,
    pub address_en: String,
    pub phone: String,
    pub disciplines: String,
    pub checkin_time: String,
    pub notes_zh_tw: String,
    pub notes_en: String,
    pub active: i64,
    pub is_demo: i64,
    /// The first day from `from` with a place left, if any.
    pub next_available: Option<String>,
}

impl CentreRow {
    pub fn name(&self) -> Bilingual {
        Bilingual::new(&self.name_zh_tw, &self.name_en)
    }

    pub fn address(&self) -> Bilingual {
        Bilingual::new(&self.address_zh_tw, &self.address_en)
    }

    pub fn notes(&self) -> Bilingual {
        Bilingual::new(&self.notes_zh_tw, &self.notes_en)
    }
}

/// The centres' columns; `next_available` is computed only when asked for
/// (it looks at every open day of the centre), and is NULL otherwise.
fn select(filter: &str, next_available: bool) -> String {
    let next = if next_available {
        NEXT_AVAILABLE
    } else {
        "CAST(NULL AS TEXT)"
    };
    format!(
        "SELECT c.id, c.name_zh_tw, c.name_en, c.district, c.address_zh_tw, c.address_en, c.phone, c.disciplines,
                c.checkin_time, c.notes_zh_tw, c.notes_en, c.active, c.is_demo, {next} AS next_available
         FROM centres c {filter}"
    )
}

/// The first open day from `$1` with a place left, holds that ran out by `$2` counting as free.
const NEXT_AVAILABLE: &str = concat!(
    "(SELECT MIN(d.day) FROM clinic_days d WHERE d.centre_id = c.id AND ",
    crate::store::places::open_day!("d."),
    " AND d.day >= $1
                    AND (d.taken_general - (SELECT COUNT(*) FROM holds h
                                             WHERE h.clinic_day_id = d.id AND h.pool = 'general' AND h.expires_at <= $2)
                           < d.quota_total - d.quota_reserved
                      OR d.taken_reserved - (SELECT COUNT(*) FROM holds h
                                             WHERE h.clinic_day_id = d.id AND h.pool = 'reserved' AND h.expires_at <= $2)
                           < d.quota_reserved)
                )"
);

/// All centres (or the active ones), with their next available day from `from`
/// (places held by holds that ran out by `now` count as free, as in `DayRow`).
pub async fn list_from(db: &Db, active_only: bool, from: &str, now: i64) -> Result<Vec<CentreRow>, StoreError> {
    Ok(sqlx::query_as(&select(list_filter(active_only), true))
        .bind(from)
        .bind(now)
        .fetch_all(&db.pool)
        .await?)
}

fn list_filter(active_only: bool) -> &'static str {
    if active_only {
        "WHERE c.active = 1 ORDER BY c.id"
    } else {
        "ORDER BY c.id"
    }
}

/// All centres (or the active ones), without their next available day.
pub async fn list(db: &Db, active_only: bool) -> Result<Vec<CentreRow>, StoreError> {
    Ok(sqlx::query_as(&select(list_filter(active_only), false))
        .fetch_all(&db.pool)
        .await?)
}

pub async fn get_from(db: &Db, id: CentreId, from: &str, now: i64) -> Result<Option<CentreRow>, StoreError> {
    let sql = select("WHERE c.id = $3", true);
    Ok(sqlx::query_as(&sql)
        .bind(from)
        .bind(now)
        .bind(id.get())
        .fetch_optional(&db.pool)
        .await?)
}

/// One centre, without its next available day.
pub async fn get(db: &Db, id: CentreId) -> Result<Option<CentreRow>, StoreError> {
    Ok(sqlx::query_as(&select("WHERE c.id = $1", false))
        .bind(id.get())
        .fetch_optional(&db.pool)
        .await?)
}

/// The editable fields of a centre, already checked.
#[derive(Clone, Debug)]
pub struct CentreFields {
    pub name: Bilingual,
    pub district: District,
    pub address: Bilingual,
    pub phone: String,
    pub disciplines: String,
    pub checkin_time: String,
    pub notes: Bilingual,
    pub active: bool,
}

/// Adds a centre (on the pool, or in the caller's transaction with its audit row).
pub async fn insert<'e, E>(exec: E, f: &CentreFields, is_demo: bool, now: i64) -> Result<CentreId, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(sqlx::query_scalar::<_, i64>(
        "INSERT INTO centres (name_zh_tw, name_en, district, address_zh_tw, address_en, phone, disciplines,
                              checkin_time, notes_zh_tw, notes_en, active, is_demo, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(&f.name.zh_tw)
    .bind(&f.name.en)
    .bind(f.district.as_str())
    .bind(&f.address.zh_tw)
    .bind(&f.address.en)
    .bind(&f.phone)
    .bind(&f.disciplines)
    .bind(&f.checkin_time)
    .bind(&f.notes.zh_tw)
    .bind(&f.notes.en)
    .bind(i64::from(f.active))
    .bind(i64::from(is_demo))
    .bind(now)
    .fetch_one(exec)
    .await?
    .into())
}

/// Changes a centre; `false` when there is none with that id.
pub async fn update<'e, E>(exec: E, id: CentreId, f: &CentreFields) -> Result<bool, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let res = sqlx::query(
        "UPDATE centres SET name_zh_tw = $1, name_en = $2, district = $3, address_zh_tw = $4, address_en = $5,
                phone = $6, disciplines = $7, checkin_time = $8, notes_zh_tw = $9, notes_en = $10, active = $11
         WHERE id = $12",
    )
    .bind(&f.name.zh_tw)
    .bind(&f.name.en)
    .bind(f.district.as_str())
    .bind(&f.address.zh_tw)
    .bind(&f.address.en)
    .bind(&f.phone)
    .bind(&f.disciplines)
    .bind(&f.checkin_time)
    .bind(&f.notes.zh_tw)
    .bind(&f.notes.en)
    .bind(i64::from(f.active))
    .bind(id.get())
    .execute(exec)
    .await?;
    Ok(res.rows_affected() == 1)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct StaffRow {
    #[sqlx(try_from = "i64")]
    pub id: UserId,
    pub email: String,
    pub display_name: String,
}

pub async fn staff_of(db: &Db, centre_id: CentreId) -> Result<Vec<StaffRow>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT id, email, display_name FROM users WHERE centre_id = $1 AND role = 'centre_staff' AND active = 1 ORDER BY email",
    )
    .bind(centre_id.get())
    .fetch_all(&db.pool)
    .await?)
}

/// Moves a centre-staff account to `centre_id` (assigning staff to a centre).
pub async fn assign_staff<'e, E>(exec: E, user_id: UserId, centre_id: CentreId) -> Result<bool, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let res = sqlx::query("UPDATE users SET centre_id = $1 WHERE id = $2 AND role = 'centre_staff'")
        .bind(centre_id.get())
        .bind(user_id.get())
        .execute(exec)
        .await?;
    Ok(res.rows_affected() == 1)
}

/// The assessment centres, registered with the platform as the workplaces of
/// centre staff (created by the city; staff cannot register one themselves).
pub struct CentreDirectory;

#[async_trait::async_trait]
impl platform::ssr::workplaces::WorkplaceDirectory for CentreDirectory {
    fn staff_role(&self) -> domain::platform::Role {
        domain::platform::Role::CentreStaff
    }

    fn admin_role(&self) -> domain::platform::Role {
        domain::platform::Role::CityAdmin
    }

    async fn list(&self, db: &Db) -> Result<Vec<platform::accounts::Workplace>, StoreError> {
        Ok(list(db, false)
            .await?
            .into_iter()
            .map(|c| platform::accounts::Workplace {
                id: c.id.get(),
                name: c.name(),
                role: domain::platform::Role::CentreStaff,
            })
            .collect())
    }

    async fn exists(&self, db: &Db, id: i64) -> Result<bool, StoreError> {
        Ok(get(db, CentreId(id)).await?.is_some())
    }
}
