//! Migrations that change stored data, run on a database that holds data
//! written before them.

use crate::both;
use crate::harness::{Db, FreshDb, TestApp};
use domain::meals::Township;
use server::settings::DbKind;
use sqlx::migrate::{Migration, MigrationSource, Migrator};

/// The migrations of `kind` up to and including `version`.
#[derive(Debug)]
struct Until(DbKind, i64);

impl MigrationSource<'static> for Until {
    fn resolve(self) -> futures::future::BoxFuture<'static, Result<Vec<Migration>, sqlx::error::BoxDynError>> {
        let kept = server::db::migrator(self.0)
            .iter()
            .filter(|m| m.version <= self.1)
            .cloned()
            .collect();
        Box::pin(async move { Ok(kept) })
    }
}

/// A database migrated up to `version`, holding restaurants in `townships`
/// (written as the registration form's free text once let people write them).
async fn restaurants_before_townships(kind: Db, townships: &[&str]) -> (FreshDb, sqlx::AnyPool) {
    sqlx::any::install_default_drivers();
    let fresh = FreshDb::new(kind).await;
    let pool = sqlx::AnyPool::connect(&fresh.url).await.expect("connect");
    Migrator::new(Until(kind.kind(), 2))
        .await
        .expect("migrations")
        .run(&pool)
        .await
        .expect("migrated to 2");
    for (n, place) in townships.iter().enumerate() {
        sqlx::query(
            "INSERT INTO restaurants (name_zh_tw, name_en, district, is_demo, created_at) VALUES ($1, $1, $2, 0, 0)",
        )
        .bind(format!("店{n}"))
        .bind(*place)
        .execute(&pool)
        .await
        .expect("restaurant");
    }
    (fresh, pool)
}

both!(free_text_townships_become_taitung_townships);
async fn free_text_townships_become_taitung_townships(db: Db) {
    let written = ["池上鄉", " 台東市 ", "Luye Township", "Lanyu", "綠島", "太麻里"];
    let (fresh, pool) = restaurants_before_townships(db, &written).await;
    pool.close().await;
    let app = TestApp::spawn_on(fresh, &[]).await;
    let stored: Vec<Township> = meals::store::restaurants::list(&app.state.db)
        .await
        .expect("every restaurant reads as a township")
        .into_iter()
        .map(|r| r.township)
        .collect();
    let keys = ["Chishang", "TaitungCity", "Luye", "Lanyu", "Ludao", "Taimali"];
    assert_eq!(stored, keys.map(Township::of));
    app.cleanup().await;
}

both!(a_place_no_township_matches_stops_the_migration_and_changes_nothing);
async fn a_place_no_township_matches_stops_the_migration_and_changes_nothing(db: Db) {
    let (fresh, pool) = restaurants_before_townships(db, &["池上鄉", "Atlantis"]).await;
    let migrated = server::db::connect_url(&fresh.url, db.kind(), 1000).await;
    assert!(migrated.is_err(), "the server does not start on a place it cannot name");
    let kept: Vec<String> = sqlx::query_scalar("SELECT district FROM restaurants ORDER BY id")
        .fetch_all(&pool)
        .await
        .expect("the old column is still there");
    assert_eq!(kept, ["池上鄉", "Atlantis"], "the mapped row was rolled back too");
    pool.close().await;
}

both!(accounts_and_what_refers_to_them_survive_the_new_roles);
async fn accounts_and_what_refers_to_them_survive_the_new_roles(db: Db) {
    sqlx::any::install_default_drivers();
    let fresh = FreshDb::new(db).await;
    let pool = sqlx::AnyPool::connect(&fresh.url).await.expect("connect");
    Migrator::new(Until(db.kind(), 4))
        .await
        .expect("migrations")
        .run(&pool)
        .await
        .expect("migrated to 4");
    let hash = platform::ssr::auth_backend::hash_password("correct horse battery".into()).await;
    let user: i64 = sqlx::query_scalar(
        "INSERT INTO users (email, password_hash, role, display_name, active, is_demo, created_at)
         VALUES ('city@example.tw', $1, 'city_admin', 'City', 1, 0, 0) RETURNING id",
    )
    .bind(&hash)
    .fetch_one(&pool)
    .await
    .expect("user");
    sqlx::query("INSERT INTO audit_log (at, actor_user_id, action, detail) VALUES (0, $1, 'read', '')")
        .bind(user)
        .execute(&pool)
        .await
        .expect("audit entry");
    pool.close().await;
    let app = TestApp::spawn_on(fresh, &[]).await;
    let client = TestApp::new_client(&app.base);
    app.login_as(&client, "city@example.tw", "correct horse battery")
        .await
        .expect("the account still signs in");
    let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE actor_user_id = $1")
        .bind(user)
        .fetch_one(&app.state.db.pool)
        .await
        .expect("audit");
    assert_eq!(kept, 1);
    // Foreign keys are enforced again after the rebuild.
    let dangling = sqlx::query("INSERT INTO audit_log (at, actor_user_id, action, detail) VALUES (0, 999999, 'x', '')")
        .execute(&app.state.db.pool)
        .await;
    assert!(dangling.is_err(), "a reference to no account is refused");
    // The new role needs its institution.
    let unbound = sqlx::query(
        "INSERT INTO users (email, password_hash, role, display_name, active, is_demo, created_at)
         VALUES ('r@example.tw', 'x', 'reporter', 'R', 1, 0, 0)",
    )
    .execute(&app.state.db.pool)
    .await;
    assert!(unbound.is_err(), "a reporter without an institution is refused");
    app.cleanup().await;
}

both!(registrations_made_before_sms_get_the_channels_they_gave_the_means_for);
async fn registrations_made_before_sms_get_the_channels_they_gave_the_means_for(db: Db) {
    sqlx::any::install_default_drivers();
    let fresh = FreshDb::new(db).await;
    let pool = sqlx::AnyPool::connect(&fresh.url).await.expect("connect");
    Migrator::new(Until(db.kind(), 5))
        .await
        .expect("migrations")
        .run(&pool)
        .await
        .expect("migrated to 5");
    sqlx::query(
        "INSERT INTO centres (name_zh_tw, name_en, district, address_zh_tw, address_en, phone, disciplines, checkin_time, created_at)
         VALUES ('中心', 'Centre', 'Taoyuan', '地址', 'Address', '033334444', 'physician', '08:30', 0)",
    )
    .execute(&pool)
    .await
    .expect("centre");
    sqlx::query(
        "INSERT INTO clinic_days (centre_id, day, quota_total, quota_reserved, taken_general, session_plan, checkin_time, created_at)
         VALUES (1, '2030-01-02', 6, 0, 3, '[]', '08:30', 0)",
    )
    .execute(&pool)
    .await
    .expect("day");
    // A mobile and an address; a landline and an address; a mobile only.
    for (n, (phone, email)) in [
        ("0912345678", Some("a@example.tw")),
        ("033334444", Some("b@example.tw")),
        ("0922333444", None),
    ]
    .into_iter()
    .enumerate()
    {
        sqlx::query(
            "INSERT INTO registrations (reference, clinic_day_id, pool, status, active, child_key, national_id_enc,
                national_id_masked, child_name, birth_date, filled_by, phone, email, high_risk, problem_domains,
                created_at, updated_at)
             VALUES ($1, 1, 'general', 'submitted', 1, $2, $5, 'A1****789', '孩子', '2027-01-01', 'parent', $3, $4,
                '[]', '[]', 0, 0)",
        )
        .bind(format!("EI-TEST000{n}"))
        .bind(format!("key{n}"))
        .bind(phone)
        .bind(email)
        // Sealed with the server's key: it checks that key against the rows.
        .bind(platform::ssr::keys::Keys::from_secret(crate::harness::TEST_SECRET.as_bytes()).encrypt("A123456789"))
        .execute(&pool)
        .await
        .expect("registration");
    }
    pool.close().await;
    let app = TestApp::spawn_on(fresh, &[]).await;
    let channels: Vec<String> = sqlx::query_scalar("SELECT channels FROM registrations ORDER BY id")
        .fetch_all(&app.state.db.pool)
        .await
        .expect("channels");
    assert_eq!(channels, ["both", "mail", "sms"]);
    app.cleanup().await;
}
