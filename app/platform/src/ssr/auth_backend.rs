//! axum-login backend: accounts in the database, Argon2id hashes (password-auth).

use super::{Db, StoreError, users};
use axum_login::{AuthUser, AuthnBackend, UserId};
use domain::ids::{CentreId, RestaurantId};
use domain::platform::{Email, Role};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The signed-in account as the server keeps it for the request.
#[derive(Clone)]
pub struct SessionUser {
    pub id: domain::ids::UserId,
    pub email: String,
    pub role: Role,
    pub display_name: String,
    pub centre_id: Option<CentreId>,
    pub restaurant_id: Option<RestaurantId>,
    /// A reporter's institution.
    pub institution_id: Option<i64>,
    /// The password was set by an administrator: nothing but changing it
    /// is allowed (`guard::require`).
    pub must_change_password: bool,
    /// Two-step sign-in is on for the account.
    pub second_factor: bool,
    password_hash: String,
}

impl std::fmt::Debug for SessionUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionUser")
            .field("id", &self.id)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

impl From<users::UserRow> for SessionUser {
    fn from(r: users::UserRow) -> Self {
        Self {
            id: r.id,
            role: r.role,
            email: r.email,
            display_name: r.display_name,
            centre_id: r.centre_id,
            restaurant_id: r.restaurant_id,
            institution_id: r.institution_id,
            must_change_password: r.must_change_password == 1,
            second_factor: r.totp_secret.is_some(),
            password_hash: r.password_hash,
        }
    }
}

impl From<&SessionUser> for crate::account::Me {
    fn from(u: &SessionUser) -> Self {
        Self {
            id: u.id,
            email: u.email.clone(),
            display_name: u.display_name.clone(),
            role: u.role,
            centre_id: u.centre_id,
            restaurant_id: u.restaurant_id,
            must_change_password: u.must_change_password,
        }
    }
}

impl AuthUser for SessionUser {
    type Id = domain::ids::UserId;

    fn id(&self) -> domain::ids::UserId {
        self.id
    }

    /// Changing the password changes this hash, which ends every other session.
    fn session_auth_hash(&self) -> &[u8] {
        self.password_hash.as_bytes()
    }
}

#[derive(Clone)]
pub struct Credentials {
    pub email: Email,
    pub password: String,
}

#[derive(Clone, Debug)]
pub struct Backend {
    pub db: Db,
    /// Whether the demo accounts may sign in (only while the server runs
    /// with its demo data): a demo account left in a real database, with
    /// its published password, is refused.
    pub demo_accounts: bool,
    /// Sign-ins waiting for their password check on this server.
    pub waiting: Arc<AtomicUsize>,
}

impl Backend {
    pub fn new(db: Db, demo_accounts: bool) -> Self {
        Self {
            db,
            demo_accounts,
            waiting: Default::default(),
        }
    }

    fn usable(&self, row: &users::UserRow) -> bool {
        self.demo_accounts || row.is_demo == 0
    }
}

/// An Argon2id hash of a random password, verified when the e-mail is unknown
/// so that a wrong e-mail takes as long as a wrong password.
static DUMMY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| password_auth::generate_hash(super::keys::random_token()));

/// Argon2 takes about 19 MiB and tens of milliseconds of one core per hash:
/// at most one hash per core runs at once, the others wait their turn, so a
/// burst of sign-ins or sign-ups cannot exhaust memory or starve the rest.
static HASHING: std::sync::LazyLock<tokio::sync::Semaphore> = std::sync::LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    tokio::sync::Semaphore::new(cores)
});

/// Runs one password hash or check when a core is free for it.
async fn hashing<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let _turn = HASHING.acquire().await.ok()?;
    tokio::task::spawn_blocking(work).await.ok()
}

pub async fn hash_password(password: String) -> String {
    hashing(move || password_auth::generate_hash(password))
        .await
        .unwrap_or_default()
}

pub async fn verify_password(password: String, hash: String) -> bool {
    hashing(move || password_auth::verify_password(password, &hash).is_ok())
        .await
        .unwrap_or(false)
}

/// Sign-ins waiting for a core, beyond which the next is answered busy (503
/// with `Retry-After`) instead of queueing without end: at about a quarter
/// of a second a hash, sixteen a core clear in a few seconds.
const WAITING_PER_CORE: usize = 16;

/// One place in the sign-in queue, given back however the request ends.
struct InQueue<'a>(&'a AtomicUsize);

impl Drop for InQueue<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A sign-in's password check, or `Busy` when the queue is full.
async fn verify_sign_in(waiting: &AtomicUsize, password: String, hash: String) -> Result<bool, StoreError> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let _place = InQueue(waiting);
    if waiting.fetch_add(1, Ordering::SeqCst) >= WAITING_PER_CORE * cores {
        return Err(StoreError::Busy);
    }
    Ok(verify_password(password, hash).await)
}

impl AuthnBackend for Backend {
    type User = SessionUser;
    type Credentials = Credentials;
    type Error = StoreError;

    async fn authenticate(&self, creds: Credentials) -> Result<Option<SessionUser>, StoreError> {
        let row = users::by_email(&self.db, &creds.email).await?;
        let hash = row
            .as_ref()
            .map(|r| r.password_hash.clone())
            .unwrap_or_else(|| DUMMY_HASH.clone());
        let ok = verify_sign_in(&self.waiting, creds.password, hash).await?;
        Ok(row.filter(|r| ok && self.usable(r)).map(SessionUser::from))
    }

    async fn get_user(&self, id: &UserId<Self>) -> Result<Option<SessionUser>, StoreError> {
        Ok(users::by_id(&self.db, *id)
            .await?
            .filter(|r| self.usable(r))
            .map(SessionUser::from))
    }
}

pub type AuthSession = axum_login::AuthSession<Backend>;
