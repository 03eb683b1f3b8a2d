use domain::ids::RestaurantId;
use domain::meals::Township;
use domain::meals::listing::{Listing, ListingAction};

use platform::ssr::{Db, StoreError};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RestaurantRow {
    #[sqlx(try_from = "i64")]
    pub id: RestaurantId,
    pub name_zh_tw: String,
    pub name_en: String,
    #[sqlx(try_from = "String")]
    pub township: Township,
    pub is_demo: i64,
    #[sqlx(try_from = "String")]
    pub listing: Listing,
    /// The county's reason for its last decision (why it suspended).
    pub listing_reason: String,
    pub listing_changed_at: Option<i64>,
}

const SELECT: &str =
    "SELECT id, name_zh_tw, name_en, township, is_demo, listing, listing_reason, listing_changed_at FROM restaurants";

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
    Ok(sqlx::query_scalar::<_, i64>(
        "INSERT INTO restaurants (name_zh_tw, name_en, township, is_demo, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(name_zh)
    .bind(name_en)
    .bind(township.as_str())
    .bind(i64::from(is_demo))
    .bind(now)
    .fetch_one(&mut *conn)
    .await?
    .into())
}

pub async fn list(db: &Db) -> Result<Vec<RestaurantRow>, StoreError> {
    Ok(sqlx::query_as(&format!("{SELECT} ORDER BY id"))
        .fetch_all(&db.pool)
        .await?)
}

/// The restaurants the public sees: approved ones only.
pub async fn list_public(db: &Db) -> Result<Vec<RestaurantRow>, StoreError> {
    Ok(
        sqlx::query_as(&format!("{SELECT} WHERE listing = 'approved' ORDER BY id"))
            .fetch_all(&db.pool)
            .await?,
    )
}

pub async fn get(db: &Db, id: RestaurantId) -> Result<Option<RestaurantRow>, StoreError> {
    Ok(sqlx::query_as(&format!("{SELECT} WHERE id = $1"))
        .bind(id.get())
        .fetch_optional(&db.pool)
        .await?)
}

/// One decision of the county, as the restaurant's history shows it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ListingLogRow {
    #[sqlx(try_from = "String")]
    pub listing: Listing,
    pub reason: String,
    pub at: i64,
}

pub async fn listing_log(db: &Db, id: RestaurantId) -> Result<Vec<ListingLogRow>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT listing, reason, at FROM restaurant_listing_log WHERE restaurant_id = $1 ORDER BY at DESC, id DESC",
    )
    .bind(id.get())
    .fetch_all(&db.pool)
    .await?)
}

/// Tells a restaurant's active staff of a decision, inside the transaction
/// that makes it: `mail` writes the message to one address, given the
/// restaurant's name (both read on the transaction's own connection).
pub async fn tell_staff(
    tx: &mut platform::ssr::db::WriteTx,
    id: RestaurantId,
    mail: impl Fn(&str, &domain::Bilingual) -> platform::ssr::outbox::OutgoingMail,
    now: i64,
) -> Result<(), StoreError> {
    let name: Option<(String, String)> = sqlx::query_as("SELECT name_zh_tw, name_en FROM restaurants WHERE id = $1")
        .bind(id.get())
        .fetch_optional(&mut **tx)
        .await?;
    let Some((zh, en)) = name else { return Ok(()) };
    let name = domain::Bilingual::new(zh, en);
    let staff: Vec<String> = sqlx::query_scalar(
        "SELECT email FROM users WHERE restaurant_id = $1 AND role = 'restaurant_staff' AND active = 1 ORDER BY id",
    )
    .bind(id.get())
    .fetch_all(&mut **tx)
    .await?;
    for to in staff {
        platform::ssr::outbox::enqueue(tx, &mail(&to, &name), now).await?;
    }
    Ok(())
}

/// Sets the listing of `id` to the action's outcome, only while it is in
/// one of the listings the action applies to (so two decisions at once
/// cannot both pass), and records the decision. `false`: the restaurant is
/// not (or no longer) in such a listing, and nothing was written.
pub async fn set_listing(
    tx: &mut platform::ssr::db::WriteTx,
    id: RestaurantId,
    action: ListingAction,
    reason: &str,
    by: domain::ids::UserId,
    now: i64,
) -> Result<bool, StoreError> {
    use domain::Named;
    let to = action.outcome();
    let sql = format!(
        "UPDATE restaurants SET listing = $1, listing_reason = $2, listing_changed_at = $3 WHERE id = $4 AND listing IN ({})",
        domain::meals::listing::applies_to_sql(action)
    );
    let done = sqlx::query(&sql)
        .bind(to.as_str())
        .bind(reason)
        .bind(now)
        .bind(id.get())
        .execute(&mut **tx)
        .await?
        .rows_affected()
        == 1;
    if done {
        sqlx::query(
            "INSERT INTO restaurant_listing_log (restaurant_id, listing, reason, actor_user_id, at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id.get())
        .bind(to.as_str())
        .bind(reason)
        .bind(by.get())
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    Ok(done)
}

/// The restaurants, registered with the platform as the workplaces of
/// restaurant staff; staff who sign up bring their restaurant with them, in
/// one of the county's townships.
pub struct RestaurantDirectory {
    townships: Vec<platform::accounts::WorkplaceArea>,
}

impl RestaurantDirectory {
    /// The directory of the county that runs meals in this installation.
    pub fn new(installation: &domain::platform::profile::Installation) -> Self {
        let townships = installation
            .areas(domain::platform::profile::Service::Meals)
            .iter()
            .map(|a| platform::accounts::WorkplaceArea {
                code: a.key.clone(),
                name: a.name.clone(),
            })
            .collect();
        Self { townships }
    }
}

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
        self.townships.clone()
    }

    async fn register(
        &self,
        conn: &mut sqlx::AnyConnection,
        name: &str,
        area: &str,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let known = self.townships.iter().any(|t| t.code == area);
        let Some(township) = Township::parse(area).filter(|_| known) else {
            return Ok(None);
        };
        Ok(Some(insert_with(conn, name, name, township, false, now).await?.get()))
    }
}
