#![recursion_limit = "512"]

//! The server: settings, database, router, REST API, background jobs and mail.
//! `main.rs` only parses the command line and calls [`run`].

pub mod admin;
pub mod backup;
pub mod calendar;
pub mod caps;
pub mod dashboards;
pub mod data_lock;
pub mod db;
pub mod demo;
pub mod echo;
pub mod evidence;
pub mod fail;
pub mod files;
pub mod jobs;
pub mod key_check;
pub mod listen;
pub mod mail;
pub mod ops;
pub mod profiles;
pub mod refusals;
pub mod rest;
pub mod rotate;
pub mod router;
pub mod settings;
pub mod sms;
pub mod spreadsheet;

use anyhow::Result;
use booking::state::{BookingConfig, BookingState};
use meals::state::MealsState;
use platform::ssr::workplaces::Workplaces;
use platform::ssr::{AppState, RuntimeConfig, clock::Clock, keys::Keys, limits::Limits};
use settings::Settings;
use std::sync::Arc;

/// Everything a running server holds: the platform's state, each service's
/// state, and the settings.
pub struct Server {
    pub state: AppState,
    pub booking: BookingState,
    pub meals: MealsState,
    pub settings: Settings,
    /// Held while the server runs (see [`data_lock`]).
    pub data_lock: Arc<data_lock::DataLock>,
}

impl Server {
    /// What server functions find in their context besides `AppState`: the
    /// services' registrations and states.
    pub fn context(&self) -> impl Fn() + Clone + Send + Sync + 'static {
        let (booking, meals) = (self.booking.clone(), self.meals.clone());
        let installation = self.state.config.installation.clone();
        move || {
            use leptos::prelude::{provide_context, use_context};
            app::provide_services();
            provide_context(booking.clone());
            provide_context(meals.clone());
            provide_context(installation.clone());
            // The nonce the security-headers layer put in the page's policy.
            if let Some(ops::CspNonce(n)) =
                use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<ops::CspNonce>().cloned())
            {
                provide_context(leptos::nonce::Nonce::from_value(n));
            }
        }
    }
}

/// The booking service's settings, from the server's (`site`: the public
/// address the waitlist's offers link to; `today`: to warn when the office
/// calendar ends within two months).
pub fn booking_config(
    settings: &Settings,
    installation: &domain::platform::profile::Installation,
    site: &str,
    today: chrono::NaiveDate,
) -> Result<BookingConfig> {
    let profile_days = installation.early_intervention().map(|(_, ei)| ei.contact_working_days);
    Ok(BookingConfig {
        hold_minutes: settings.hold_minutes,
        holds_per_client_day: settings.holds_per_client_day,
        holds_per_client: settings.holds_per_client,
        no_show_threshold: settings.no_show_threshold,
        contact_within_days: settings.case_contact_days.or(profile_days).unwrap_or(1),
        calendar: calendar::load(&settings.calendar_dir, &settings.city_holidays, today)?,
        waitlist: booking::store::waitlist::Policy {
            head: booking::notify::Letterhead::new(site, installation),
            offer_hours: settings.waitlist_offer_hours,
        },
    })
}

/// Connects, migrates, seeds the standard (and demo data when asked), and builds the state.
pub async fn prepare(settings: Settings, clock: Clock) -> Result<Server> {
    settings.check()?;
    let names = match settings.profiles.is_empty() {
        true => profiles::all_in(&settings.profile_dir),
        false => settings.profiles.clone(),
    };
    let installation = Arc::new(profiles::load(&settings.profile_dir, &names)?);
    let data_lock = Arc::new(data_lock::for_server(&settings.data_dir)?);
    let db = db::connect(&settings).await?;
    let secret = settings.secret()?;
    let keys = Arc::new(Keys::from_secret(&secret));
    key_check::verify(&db, &keys).await?;
    let leptos_options = leptos::config::LeptosOptions::builder()
        .output_name("civic")
        .site_root(settings.site_root.clone())
        .site_pkg_dir(settings.site_pkg_dir.clone())
        .site_addr(settings.listen)
        .reload_port(settings.reload_port)
        .build();
    let state = AppState {
        leptos_options,
        db: db.clone(),
        keys,
        limits: Arc::new({
            let limits = Limits::new(
                settings.login_burst,
                settings.inquiry_burst,
                settings.hold_burst,
                settings.signup_burst,
            );
            if settings.shared_limits {
                limits.shared_in(db.clone())
            } else {
                limits
            }
        }),
        clock,
        workplaces: Workplaces::new(vec![
            Arc::new(booking::store::centres::CentreDirectory),
            Arc::new(booking::store::institutions::InstitutionDirectory),
            Arc::new(meals::store::restaurants::RestaurantDirectory::new(&installation)),
        ]),
        config: Arc::new(RuntimeConfig {
            public_base_url: settings.base_url()?,
            trusted_proxies: settings.trusted_proxies.clone(),
            installation,
        }),
    };
    let today = state.clock.today();
    let booking = BookingState::new(booking_config(
        &settings,
        &state.config.installation,
        &state.config.public_base_url,
        today,
    )?);
    let meals = MealsState::default();
    meals::store::standard::seed(&state.db, state.clock.now())
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    if settings.demo_data {
        demo::load(&state, &meals, &booking.config.waitlist, settings.demo_history).await?;
    }
    Ok(Server {
        state,
        booking,
        meals,
        settings,
        data_lock,
    })
}

pub fn init_tracing(format: &str) {
    use tracing_subscriber::{EnvFilter, fmt};
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_sessions=warn"));
    let builder = fmt().with_env_filter(filter).with_target(true);
    let _ = if format == "json" {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

/// Serves until SIGINT or SIGTERM, then finishes open requests and stops the jobs.
pub async fn run(server: Server) -> Result<()> {
    let addr = server.settings.listen;
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(%addr, "listening");
    serve(server, listener, shutdown_signal()).await
}

pub async fn serve(
    server: Server,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<()> {
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let offers = server.booking.config.waitlist.clone();
    let jobs = jobs::spawn(server.state.clone(), offers, &server.settings, stop_rx)?;
    let app = router::build(&server);
    listen::serve(listener, app, &server.settings.connections, shutdown).await;
    let _ = stop_tx.send(true);
    for j in jobs {
        let _ = j.await;
    }
    server.state.db.pool.close().await;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down");
}
