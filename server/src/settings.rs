//! Typed settings, read once at start-up from flags and environment variables.
//! With none at all, the app runs on SQLite in `./data/local`, creating it and a
//! secret key there on first start.

use anyhow::{Context, Result, bail};
use clap::{Args, Parser};
use domain::platform::client::TrustedProxies;
use secrecy::SecretString;
use std::net::SocketAddr;
use std::path::PathBuf;
mod command;
pub use command::*;
mod parse;
use parse::*;
mod private_files;
pub(crate) use private_files::*;
mod connections;
pub use connections::*;
mod sending;
pub use sending::*;
mod secret;

#[derive(Parser, Debug)]
#[command(
    name = "server",
    version,
    about = "Public services of Taiwan's local governments: early-intervention assessment booking and low-carbon meals"
)]
pub struct Cli {
    #[command(flatten)]
    pub settings: Settings,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Args, Debug, Clone)]
pub struct Settings {
    /// `postgres://...` for PostgreSQL; `sqlite://...` or unset for the embedded SQLite file.
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,
    /// Folder for the SQLite file, the generated secret and outgoing mail files.
    #[arg(long, env = "DATA_DIR", default_value = "data/local")]
    pub data_dir: PathBuf,
    /// Address to listen on; cargo-leptos sets LEPTOS_SITE_ADDR.
    #[arg(long, env = "LEPTOS_SITE_ADDR", default_value = "127.0.0.1:3000")]
    pub listen: SocketAddr,
    /// How many connections at once, and how long one may take to send its headers.
    #[command(flatten)]
    pub connections: Connections,
    /// Caps on the texts and mail sent.
    #[command(flatten)]
    pub sending: Sending,
    /// Absolute URL of the site as users see it (links in mail, QR codes); https turns on HSTS and Secure cookies.
    #[arg(long, env = "PUBLIC_BASE_URL")]
    pub public_base_url: Option<String>,
    /// Secret for cookies and keyed hashes, at least 32 characters; generated and kept in the data folder if unset.
    #[arg(long, env = "SECRET_KEY", hide_env_values = true)]
    pub secret_key: Option<SecretString>,
    /// `smtp://user:pass@host:587` (STARTTLS required unless the host is this machine or `?tls=` is set)
    /// or `smtps://...`; unset: mail is written as files to DATA_DIR/mail.
    #[arg(long, env = "SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<SecretString>,
    #[arg(long, env = "MAIL_FROM", default_value = "Public Services <noreply@localhost>")]
    pub mail_from: String,
    /// Reverse proxies in front of the server, whose `X-Forwarded-For` names
    /// the client for rate limits (addresses or networks, comma-separated,
    /// e.g. `127.0.0.1,::1`). Unset: the connection's address is the client.
    #[arg(long, env = "TRUSTED_PROXIES", default_value = "", value_parser = parse_proxies)]
    pub trusted_proxies: TrustedProxies,
    /// A token `/metrics` asks for (`Authorization: Bearer …`); unset, it
    /// answers only requests from this machine that no proxy forwarded.
    #[arg(long, env = "METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<SecretString>,
    /// The HTTP SMS gateway's address (a form post of username, password,
    /// dstaddr, smbody, clientid); unset: text messages are written as
    /// files to DATA_DIR/sms.
    #[arg(long, env = "SMS_GATEWAY_URL")]
    pub sms_gateway_url: Option<String>,
    #[arg(long, env = "SMS_GATEWAY_USER")]
    pub sms_gateway_user: Option<String>,
    #[arg(long, env = "SMS_GATEWAY_PASSWORD", hide_env_values = true)]
    pub sms_gateway_password: Option<SecretString>,
    /// Minutes a place is held while the form is filled in.
    #[arg(long, env = "HOLD_MINUTES", default_value_t = 10)]
    pub hold_minutes: i64,
    /// Hours a waiting family has to answer the offer of a freed place.
    #[arg(long, env = "WAITLIST_OFFER_HOURS", default_value_t = 24)]
    pub waitlist_offer_hours: i64,
    /// No-shows after which a child's new registrations need staff approval (0: never).
    #[arg(long, env = "NO_SHOW_THRESHOLD", default_value_t = 2)]
    pub no_show_threshold: u32,
    /// Working days the city's referral centre has to reach a referred
    /// family; unset: the city's profile (early_intervention.contact_working_days).
    #[arg(long, env = "CASE_CONTACT_DAYS")]
    pub case_contact_days: Option<u32>,
    /// The governments this installation serves: profiles (folders of
    /// PROFILE_DIR), comma-separated; unset: every profile there.
    #[arg(long, env = "PROFILES", value_delimiter = ',')]
    pub profiles: Vec<String>,
    /// Where the profiles are: `<name>/government.toml` and `<name>/areas.csv`.
    #[arg(long, env = "PROFILE_DIR", default_value = "data/profiles")]
    pub profile_dir: PathBuf,
    /// The national office calendar, one `<year>.csv` a year (see
    /// `import-calendar`): holidays and make-up working days.
    #[arg(long, env = "CALENDAR_DIR", default_value = "data/calendar")]
    pub calendar_dir: PathBuf,
    /// Days the city's offices close besides the national calendar's (a
    /// typhoon day, a local holiday; comma-separated dates, YYYY-MM-DD).
    #[arg(long, env = "CITY_HOLIDAYS", value_delimiter = ',', value_parser = parse_date)]
    pub city_holidays: Vec<chrono::NaiveDate>,
    /// Load demo data into an empty database.
    #[arg(long, env = "DEMO_DATA", default_value = "0", value_parser = parse_flag, action = clap::ArgAction::Set)]
    pub demo_data: bool,
    /// How much past activity the demo data holds: `demo` (fourteen
    /// months) or `bench` (five years of a city of two million people and
    /// 200 restaurants, for the dashboards' benchmark).
    #[arg(long, env = "DEMO_HISTORY_SCALE", default_value = "demo", value_parser = parse_scale)]
    pub demo_history: crate::demo::history::Scale,
    /// Sign-in attempts allowed per e-mail and per address before waiting.
    #[arg(long, env = "LOGIN_BURST", default_value_t = 10)]
    pub login_burst: u32,
    /// Booking inquiries allowed per address before waiting.
    #[arg(long, env = "INQUIRY_BURST", default_value_t = 20)]
    pub inquiry_burst: u32,
    /// Count the rate limits in the database, shared by every instance on it
    /// (for more than one instance behind a load balancer, on PostgreSQL).
    #[arg(long, env = "SHARED_LIMITS", default_value = "0", value_parser = parse_flag, action = clap::ArgAction::Set)]
    pub shared_limits: bool,
    /// Sign-ups allowed per address before waiting (one more every 10 minutes).
    #[arg(long, env = "SIGNUP_BURST", default_value_t = 5)]
    pub signup_burst: u32,
    /// Places a single address may hold before waiting (one more every 20 seconds).
    #[arg(long, env = "HOLD_BURST", default_value_t = 30)]
    pub hold_burst: u32,
    /// Places one client (address, or IPv6 /64) may hold at once on one day.
    #[arg(long, env = "HOLDS_PER_CLIENT_DAY", default_value_t = 2)]
    pub holds_per_client_day: u32,
    /// Places one client may hold at once on all days together.
    #[arg(long, env = "HOLDS_PER_CLIENT", default_value_t = 5)]
    pub holds_per_client: u32,
    /// How long a SQLite writer waits for another one before the request is retried.
    #[arg(long, env = "SQLITE_BUSY_TIMEOUT_MS", default_value_t = 5000)]
    pub sqlite_busy_timeout_ms: u64,
    /// `text` or `json`.
    #[arg(long, env = "LOG_FORMAT", default_value = "text", value_parser = ["text", "json"])]
    pub log_format: String,
    /// Where cargo-leptos put the site (wasm, JS, CSS).
    #[arg(long, env = "LEPTOS_SITE_ROOT", default_value = "target/site")]
    pub site_root: String,
    #[arg(long, env = "LEPTOS_SITE_PKG_DIR", default_value = "pkg")]
    pub site_pkg_dir: String,
    #[arg(long, env = "LEPTOS_RELOAD_PORT", default_value_t = 3001)]
    pub reload_port: u32,
    /// End-to-end tests only: `POST /__e2e/clock?advance=SECONDS` moves the
    /// server's clock forward (to expire a hold without waiting) and
    /// `GET /__e2e/national-id` makes a valid ID number with the domain's own
    /// rule. Refused unless the site is served over plain http from this machine.
    #[arg(long, env = "E2E_HOOKS", default_value = "0", value_parser = parse_flag, action = clap::ArgAction::Set)]
    pub e2e_hooks: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DbKind {
    Sqlite,
    Postgres,
}

impl Settings {
    /// The database URL and its kind; SQLite in the data folder by default.
    pub fn database(&self) -> Result<(String, DbKind)> {
        match self.database_url.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                Ok((url.to_string(), DbKind::Postgres))
            }
            Some(url) if url.starts_with("sqlite:") => Ok((url.to_string(), DbKind::Sqlite)),
            Some(other) => bail!(
                "DATABASE_URL must start with postgres:// or sqlite: (got {:?})",
                other.split(':').next().unwrap_or_default()
            ),
            None => {
                let file = self.data_dir.join("civic.db");
                Ok((format!("sqlite://{}?mode=rwc", file.display()), DbKind::Sqlite))
            }
        }
    }

    pub fn base_url(&self) -> Result<String> {
        let url = self
            .public_base_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.listen));
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            bail!("PUBLIC_BASE_URL must start with http:// or https:// (got {url:?})");
        }
        Ok(url.trim_end_matches('/').to_string())
    }

    pub fn check(&self) -> Result<()> {
        self.database()?;
        self.connections.check()?;
        self.sending.check()?;
        self.base_url()?;
        if self.e2e_hooks {
            let url = self.base_url()?;
            if !(url.starts_with("http://127.0.0.1") || url.starts_with("http://localhost")) {
                bail!("E2E_HOOKS is for end-to-end tests on this machine only (PUBLIC_BASE_URL is {url:?})");
            }
        }
        if self.demo_data && self.base_url()?.starts_with("https://") {
            bail!(
                "DEMO_DATA loads accounts whose passwords are published: it is refused with an https PUBLIC_BASE_URL"
            );
        }
        if let Some(days) = self.case_contact_days.filter(|d| !(1..=30).contains(d)) {
            bail!("CASE_CONTACT_DAYS must be between 1 and 30 (got {days})");
        }
        if !(1..=72).contains(&self.waitlist_offer_hours) {
            bail!(
                "WAITLIST_OFFER_HOURS must be between 1 and 72 (got {})",
                self.waitlist_offer_hours
            );
        }
        if self.holds_per_client_day == 0 || self.holds_per_client < self.holds_per_client_day {
            bail!("HOLDS_PER_CLIENT_DAY must be at least 1 and HOLDS_PER_CLIENT at least as many");
        }
        if !(1..=60).contains(&self.hold_minutes) {
            bail!("HOLD_MINUTES must be between 1 and 60 (got {})", self.hold_minutes);
        }
        if let Some(s) = &self.secret_key {
            use secrecy::ExposeSecret;
            if s.expose_secret().chars().count() < 32 {
                bail!("SECRET_KEY must have at least 32 characters");
            }
        }
        if let Some(url) = &self.smtp_url {
            use secrecy::ExposeSecret;
            let u = url.expose_secret();
            if !(u.starts_with("smtp://") || u.starts_with("smtps://")) {
                bail!("SMTP_URL must start with smtp:// or smtps://");
            }
        }
        if let Some(u) = &self.sms_gateway_url
            && !(u.starts_with("http://") || u.starts_with("https://"))
        {
            bail!("SMS_GATEWAY_URL must start with http:// or https://");
        }
        self.mail_from
            .parse::<lettre::message::Mailbox>()
            .context("MAIL_FROM is not a valid mailbox")?;
        Ok(())
    }

    /// Cookies are `Secure` everywhere but in local development (an http
    /// address on this machine): a public http address gets no session.
    pub fn secure_cookies(&self) -> bool {
        let Ok(url) = self.base_url() else { return true };
        let local = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
            .iter()
            .any(|l| url == *l || url.starts_with(&format!("{l}:")) || url.starts_with(&format!("{l}/")));
        !local
    }
}

#[cfg(test)]
mod tests;
