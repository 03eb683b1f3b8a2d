use clap::Parser;
use domain::Named;
use platform::AppError;
use platform::ssr::{AppState, clock::Clock};
use serde::Serialize;
use serde::de::DeserializeOwned;
use server::settings::Cli;
use std::sync::atomic::{AtomicU32, Ordering};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Db {
    Sqlite,
    Postgres,
}

impl Db {
    /// The server's name for this kind of database.
    pub fn kind(self) -> server::settings::DbKind {
        match self {
            Db::Sqlite => server::settings::DbKind::Sqlite,
            Db::Postgres => server::settings::DbKind::Postgres,
        }
    }
}

/// Runs an async test body once per database.
#[macro_export]
macro_rules! both {
    ($name:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn sqlite() {
                super::$name($crate::harness::Db::Sqlite).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn postgres() {
                if $crate::harness::postgres_url().is_some() {
                    super::$name($crate::harness::Db::Postgres).await
                }
            }
        }
    };
}

pub fn postgres_url() -> Option<String> {
    match std::env::var("TEST_POSTGRES_URL").ok().filter(|s| !s.is_empty()) {
        Some(u) => Some(u),
        None => {
            assert!(
                std::env::var("REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "REQUIRE_POSTGRES=1 but TEST_POSTGRES_URL is unset"
            );
            eprintln!("PostgreSQL variant skipped: TEST_POSTGRES_URL is unset");
            None
        }
    }
}

/// The secret key test servers run with (unless a test gives another).
pub const TEST_SECRET: &str = "integration-test-secret-that-is-long-enough";

static SEQ: AtomicU32 = AtomicU32::new(0);
static SWEPT: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub state: AppState,
    pub settings: server::settings::Settings,
    /// Last, so that it is dropped after the server's state.
    fresh: FreshDb,
}

async fn pg_admin(url: &str) -> sqlx::PgPool {
    sqlx::postgres::PgPoolOptions::new()
        .max_connections(2)
        .connect(url)
        .await
        .expect("PostgreSQL reachable")
}

async fn drop_schema(base: &str, schema: &str) {
    use sqlx::Connection;
    let Ok(mut conn) = sqlx::PgConnection::connect(base).await else {
        return;
    };
    // A server task of a failed test may still hold a lock: give up after a
    // while (the next run sweeps what is left) rather than hang.
    let _ = sqlx::query("SET lock_timeout = '5s'").execute(&mut conn).await;
    let _ = sqlx::query(&format!("DROP SCHEMA IF EXISTS \"{schema}\" CASCADE"))
        .execute(&mut conn)
        .await;
    let _ = conn.close().await;
}

/// An empty database of its own for one test: a SQLite file in a temporary
/// folder, or a PostgreSQL schema that the test's server is pointed at.
pub struct FreshDb {
    pub url: String,
    schema: Option<String>,
    dir: tempfile::TempDir,
}

impl FreshDb {
    /// The data folder of the test's server.
    pub fn dir(&self) -> &std::path::Path {
        self.dir.path()
    }
}

impl FreshDb {
    pub async fn new(kind: Db) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let n = SEQ.fetch_add(1, Ordering::Relaxed);
        let (url, schema) = match kind {
            Db::Sqlite => (format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display()), None),
            Db::Postgres => {
                let base = postgres_url().expect("TEST_POSTGRES_URL");
                let admin = pg_admin(&base).await;
                let pid = std::process::id();
                SWEPT
                    .get_or_init(|| async {
                        // Schemas left behind by earlier runs (a failed test does not clean up).
                        let old: Vec<String> = sqlx::query_scalar(
                            "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'it\\_%' AND nspname NOT LIKE $1",
                        )
                        .bind(format!("it\\_{pid}\\_%"))
                        .fetch_all(&admin)
                        .await
                        .unwrap_or_default();
                        for s in old {
                            let _ = sqlx::query(&format!("DROP SCHEMA IF EXISTS \"{s}\" CASCADE"))
                                .execute(&admin)
                                .await;
                        }
                    })
                    .await;
                let schema = format!("it_{pid}_{n}");
                sqlx::query(&format!("CREATE SCHEMA \"{schema}\""))
                    .execute(&admin)
                    .await
                    .expect("create schema");
                let sep = if base.contains('?') { '&' } else { '?' };
                (format!("{base}{sep}options=-c%20search_path%3D{schema}"), Some(schema))
            }
        };
        Self { url, schema, dir }
    }
}

/// A test that panics never reaches `cleanup`: its schema is dropped while
/// the panic unwinds, on a thread of its own (`Drop` cannot await, and the
/// test's runtime is busy unwinding).
impl Drop for FreshDb {
    fn drop(&mut self) {
        if let Some(schema) = self.schema.take() {
            drop_schema_blocking(schema);
        }
    }
}

fn drop_schema_blocking(schema: String) {
    let Some(base) = postgres_url() else {
        return;
    };
    let _ = std::thread::spawn(move || {
        if let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() {
            rt.block_on(drop_schema(&base, &schema));
        }
    })
    .join();
}

impl TestApp {
    /// How the server offers freed places (what a store call that may free one needs).
    pub fn offers(&self) -> booking::store::waitlist::Policy {
        self.booking_cx().offers().clone()
    }

    /// A booking use case's context, as a background job has it (no request).
    pub fn booking_cx(&self) -> booking::state::BookingCx {
        let config = server::booking_config(
            &self.settings,
            &self.state.config.installation,
            &self.state.config.public_base_url,
            self.state.clock.today(),
        )
        .expect("booking settings");
        booking::state::BookingCx::new(
            platform::ssr::Context::background(&self.state),
            booking::state::BookingState::new(config),
        )
    }

    /// A meal use case's context, as a background job has it (no request).
    pub fn meals_cx(&self) -> meals::state::MealsCx {
        meals::state::MealsCx::new(
            platform::ssr::Context::background(&self.state),
            meals::state::MealsState::default(),
        )
    }

    pub async fn spawn(db: Db) -> Self {
        Self::spawn_with(db, &[]).await
    }

    /// A server on a fresh database, with extra command-line settings.
    pub async fn spawn_with(db: Db, extra: &[&str]) -> Self {
        Self::spawn_on(FreshDb::new(db).await, extra).await
    }

    /// A server on a database a test prepared (for example, migrated part of
    /// the way, to check the later migrations).
    pub async fn spawn_on(fresh: FreshDb, extra: &[&str]) -> Self {
        let dir_s = fresh.dir.path().display().to_string();
        let mut args = vec![
            "server",
            "--database-url",
            &fresh.url,
            "--data-dir",
            &dir_s,
            "--listen",
            "127.0.0.1:0",
        ];
        for (flag, value) in [
            ("--secret-key", TEST_SECRET),
            ("--login-burst", "1000"),
            ("--inquiry-burst", "1000"),
            ("--hold-burst", "1000"),
            ("--signup-burst", "1000"),
            ("--holds-per-client-day", "1000"),
            ("--holds-per-client", "1000"),
            (
                "--calendar-dir",
                concat!(env!("CARGO_MANIFEST_DIR"), "/../data/calendar"),
            ),
            (
                "--profile-dir",
                concat!(env!("CARGO_MANIFEST_DIR"), "/../data/profiles"),
            ),
        ] {
            if !extra.contains(&flag) {
                args.extend_from_slice(&[flag, value]);
            }
        }
        args.extend_from_slice(extra);
        let cli = Cli::try_parse_from(args).expect("settings");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let mut settings = cli.settings;
        settings.listen = addr;
        let base = format!("http://{addr}");
        settings.public_base_url = Some(base.clone());
        let prepared = server::prepare(settings.clone(), Clock::default())
            .await
            .expect("prepare");
        let state = prepared.state.clone();
        tokio::spawn(async move {
            let _ = server::serve(prepared, listener, std::future::pending()).await;
        });
        let client = Self::new_client(&base);
        Self {
            base,
            client,
            state,
            settings,
            fresh,
        }
    }

    /// Another server on this test's database, with other settings (the
    /// first one stays up but is no longer used).
    pub async fn restart_with(self, extra: &[&str]) -> Self {
        let TestApp { state, fresh, .. } = self;
        state.db.pool.close().await;
        Self::spawn_on(fresh, extra).await
    }

    /// Stops using this server and gives its database (and data folder) to
    /// the caller, for example to run the server binary on it.
    pub async fn into_fresh(self) -> FreshDb {
        let TestApp { state, fresh, .. } = self;
        state.db.pool.close().await;
        fresh
    }

    /// Starts another instance of the server on this test's database, with
    /// the same settings (both keep running), and answers its address.
    pub async fn another_instance(&self) -> std::net::SocketAddr {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let mut settings = self.settings.clone();
        settings.listen = addr;
        settings.public_base_url = Some(format!("http://{addr}"));
        let prepared = server::prepare(settings, Clock::default()).await.expect("prepare");
        tokio::spawn(async move {
            let _ = server::serve(prepared, listener, std::future::pending()).await;
        });
        addr
    }

    /// A round-robin TCP proxy in front of `backends` (each new connection
    /// goes to the next one), as a simple load balancer; answers its base URL.
    pub async fn round_robin(backends: Vec<std::net::SocketAddr>) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move {
            let mut next = 0usize;
            while let Ok((mut inbound, _)) = listener.accept().await {
                let target = backends[next % backends.len()];
                next += 1;
                tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
            }
        });
        format!("http://{addr}")
    }

    /// A browser (its own cookies) that opens a new connection for every
    /// request, so that behind [`TestApp::round_robin`] its requests
    /// alternate between the instances.
    pub fn client_without_keepalive(base: &str) -> reqwest::Client {
        Self::browser(base).pool_max_idle_per_host(0).build().expect("client")
    }

    /// What every test client is: its own cookies, this site's Origin, no
    /// redirects followed.
    fn browser(base: &str) -> reqwest::ClientBuilder {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::ORIGIN, base.parse().expect("origin"));
        reqwest::Client::builder()
            .cookie_store(true)
            .default_headers(headers)
            .redirect(reqwest::redirect::Policy::none())
    }

    /// A client with its own cookies (another browser), sending this site's Origin.
    pub fn new_client(base: &str) -> reqwest::Client {
        Self::browser(base).build().expect("client")
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Calls a server function as the browser does (form-encoded arguments, JSON answer).
    pub async fn call<I, O>(&self, input: I) -> Result<O, I::Error>
    where
        I: Serialize + server_fn::ServerFn,
        I::Error: DeserializeOwned,
        O: DeserializeOwned,
    {
        call_with(&self.client, &self.base, input).await
    }

    /// Closes the database and drops the test's schema (PostgreSQL). A test
    /// that fails before it gets here drops it too, as it unwinds (`Drop`).
    pub async fn cleanup(mut self) {
        if let (Some(schema), Some(base)) = (self.fresh.schema.take(), postgres_url()) {
            self.state.db.pool.close().await;
            drop_schema(&base, &schema).await;
        }
    }

    /// Signs a client in with e-mail and password.
    pub async fn login_as(&self, client: &reqwest::Client, email: &str, password: &str) -> Result<(), AppError> {
        call_with(
            client,
            &self.base,
            platform::auth::Login {
                email: email.into(),
                password: password.into(),
                next: None,
                code: None,
            },
        )
        .await
    }

    /// Signs a client of [`TestApp::user`] in again (a staff session ends
    /// twelve hours after signing in, so a test that moves the clock on by
    /// days signs its staff in again, as they would each day).
    pub async fn sign_in_again(&self, client: &reqwest::Client, id: domain::ids::UserId) {
        let email: String = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
            .bind(id.get())
            .fetch_one(&self.state.db.pool)
            .await
            .expect("the account");
        self.login_as(client, &email, "correct horse battery")
            .await
            .expect("login");
    }

    /// Creates an account directly in the store and signs a new client in as it.
    pub async fn user(
        &self,
        role: domain::platform::Role,
        centre: Option<domain::ids::CentreId>,
        restaurant: Option<domain::ids::RestaurantId>,
    ) -> (reqwest::Client, domain::ids::UserId) {
        use platform::ssr::{auth_backend::hash_password, users};
        let n = SEQ.fetch_add(1, Ordering::Relaxed);
        let email = domain::platform::Email::parse(&format!("{}.{n}@example.tw", role.as_str())).expect("email");
        let hash = hash_password("correct horse battery".into()).await;
        let new = users::NewUser {
            email: &email,
            password_hash: &hash,
            role,
            display_name: "Test",
            workplace: centre.map(|c| c.get()).or(restaurant.map(|r| r.get())),
            is_demo: false,
            must_change_password: false,
        };
        let id = users::insert(&self.state.db, new, self.state.clock.now())
            .await
            .expect("insert user");
        let client = Self::new_client(&self.base);
        self.login_as(&client, email.as_str(), "correct horse battery")
            .await
            .expect("login");
        (client, id)
    }
}

pub use crate::wire::call_with;
