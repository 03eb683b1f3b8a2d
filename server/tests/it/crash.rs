//! The server binary killed (SIGKILL) while 64 families register, then
//! started again on the same database: every registration a family was told
//! about is there, no place is leaked or counted twice, and every message
//! that was committed goes out.

use crate::both;
use crate::fixtures::*;
use crate::harness::{Db, TEST_SECRET, TestApp};
use booking::error::AppError;
use booking::server_fns::flow::{PlaceHold, SubmitRegistration};
use booking::types::{HoldView, RegistrationView};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The server binary on `url`, listening on `port`, with its jobs running.
fn start(url: &str, dir: &std::path::Path, port: u16) -> Child {
    Command::new(env!("CARGO_BIN_EXE_server"))
        .args([
            "--database-url",
            url,
            "--data-dir",
            &dir.display().to_string(),
            "--secret-key",
            TEST_SECRET,
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--hold-burst",
            "1000000",
            "--holds-per-client-day",
            "1000",
            "--holds-per-client",
            "1000",
            "--inquiry-burst",
            "1000000",
            // Every family here gives the same address; the day's cap per
            // address is for real traffic.
            "--mail-per-address-day",
            "100000",
            "--profile-dir",
            concat!(env!("CARGO_MANIFEST_DIR"), "/../data/profiles"),
            "--calendar-dir",
            concat!(env!("CARGO_MANIFEST_DIR"), "/../data/calendar"),
        ])
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the server binary")
}

async fn wait_healthy(base: &str) {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        if let Ok(r) = reqwest::get(format!("{base}/healthz")).await
            && r.status().is_success()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not start");
}

/// A server function call that a killed server may leave unanswered (`None`).
async fn call<I: serde::Serialize + server_fn::ServerFn, O: serde::de::DeserializeOwned>(
    client: &reqwest::Client,
    base: &str,
    input: I,
) -> Option<Result<O, AppError>> {
    let res = client
        .post(format!("{base}{}", I::PATH))
        .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(reqwest::header::ACCEPT, "application/json")
        .body(serde_qs::to_string(&input).ok()?)
        .send()
        .await
        .ok()?;
    let ok = res.status().is_success();
    let text = res.text().await.ok()?;
    Some(if ok {
        Ok(serde_json::from_str(&text).ok()?)
    } else {
        Err(serde_json::from_str(&text).ok()?)
    })
}

/// A family holds a place and registers; the reference if the server said so.
async fn register(
    base: String,
    day: domain::ids::ClinicDayId,
    n: u32,
    birth: String,
    acknowledged: Arc<AtomicUsize>,
) -> Option<String> {
    let client = TestApp::new_client(&base);
    let hold: HoldView = call(
        &client,
        &base,
        PlaceHold {
            day_id: day,
            birth_date: birth.clone(),
        },
    )
    .await?
    .ok()?;
    let done: RegistrationView = call(
        &client,
        &base,
        SubmitRegistration {
            form: form(&hold.token, &national_id(70_000 + n), &birth),
        },
    )
    .await?
    .ok()?;
    acknowledged.fetch_add(1, Ordering::SeqCst);
    Some(done.reference)
}

async fn scalar(pool: &sqlx::AnyPool, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(pool).await.unwrap()
}

both!(a_server_killed_while_families_register_loses_and_doubles_nothing);
async fn a_server_killed_while_families_register_loses_and_doubles_nothing(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "Crash").await;
    // Two days of 40 places (a day has at most 60): room for everyone.
    let days = [
        day(&app, c, 5, Places { total: 40, under3: 0 }).await,
        day(&app, c, 6, Places { total: 40, under3: 0 }).await,
    ];
    let birth = preschooler(&app);
    let fresh = app.into_fresh().await;
    let (port, dir) = (free_port(), fresh.dir().to_path_buf());
    let base = format!("http://127.0.0.1:{port}");
    let mut server = start(&fresh.url, &dir, port);
    wait_healthy(&base).await;

    // 64 families at once; the server is killed while they are at it.
    let acknowledged = Arc::new(AtomicUsize::new(0));
    let tasks: Vec<_> = (0..64)
        .map(|n| {
            tokio::spawn(register(
                base.clone(),
                days[n as usize % 2],
                n,
                birth.clone(),
                acknowledged.clone(),
            ))
        })
        .collect();
    // Killed once a few families have been told, while the rest are under way.
    let started = Instant::now();
    while acknowledged.load(Ordering::SeqCst) < 8 && started.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    server.kill().expect("SIGKILL");
    server.wait().unwrap();
    let mut told = Vec::new();
    let mut cut_off = 0;
    for t in tasks {
        match t.await.unwrap() {
            Some(reference) => told.push(reference),
            None => cut_off += 1,
        }
    }

    assert!(
        told.len() >= 8 && cut_off > 0,
        "killed mid-way: {} told, {cut_off} cut off",
        told.len()
    );
    // Started again on the same database.
    let mut server = start(&fresh.url, &dir, port);
    wait_healthy(&base).await;
    // Those cut off try again: the server takes registrations as before.
    let more = register(base.clone(), days[0], 500, birth.clone(), acknowledged.clone())
        .await
        .expect("a registration after the restart");
    told.push(more);

    sqlx::any::install_default_drivers();
    let pool = sqlx::any::AnyPoolOptions::new()
        .max_connections(1)
        .connect(&fresh.url)
        .await
        .unwrap();
    for reference in &told {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM registrations WHERE reference = $1 AND active = 1")
            .bind(reference)
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(n, 1, "{reference} was acknowledged and must be there");
    }
    // Every place taken belongs to a registration or a hold still running.
    let mut active = 0;
    for d in days {
        let taken = scalar(
            &pool,
            &format!("SELECT taken_general + taken_reserved FROM clinic_days WHERE id = {d}"),
        )
        .await;
        let booked = scalar(
            &pool,
            &format!("SELECT COUNT(*) FROM registrations WHERE clinic_day_id = {d} AND active = 1"),
        )
        .await;
        let holds = scalar(&pool, &format!("SELECT COUNT(*) FROM holds WHERE clinic_day_id = {d}")).await;
        assert_eq!(taken, booked + holds, "no place leaked or counted twice");
        active += booked;
    }
    assert!(active >= told.len() as i64);
    // Every registration's message was committed with it and goes out.
    let queued = scalar(&pool, "SELECT COUNT(*) FROM mail_outbox").await;
    assert_eq!(queued, active, "one message per registration, committed with it");
    let started = Instant::now();
    while scalar(&pool, "SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL").await > 0 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the outbox drains after the restart"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Each went out once, but for at most the one being written when the
    // server died (mail has no delivery receipt to tell a repeat by).
    let files = std::fs::read_dir(dir.join("mail"))
        .map(|d| d.count() as i64)
        .unwrap_or(0);
    assert!(
        (queued..=queued + 1).contains(&files),
        "{files} mail files for {queued} messages"
    );
    server.kill().ok();
    server.wait().ok();
    pool.close().await;
    drop(fresh);
}
