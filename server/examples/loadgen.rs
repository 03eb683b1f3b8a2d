//! Load generator for registrations: many families at once, each holding a
//! place and submitting the registration form, against a running server.
//!
//! ```sh
//! cargo run -p server --example loadgen -- http://127.0.0.1:3000 --seconds 10 --workers 16
//! ```
//!
//! The server should run with generous rate limits (`HOLD_BURST`); every
//! registration uses a new valid national ID. `scripts/bench-load.sh` runs it
//! against the release build on a fresh SQLite database with the demo data.

use booking::server_fns::flow::{PlaceHold, SubmitRegistration};
use booking::types::{HoldView, RegistrationForm, RegistrationView};
use clap::Parser;
use domain::booking::contact::FilledBy;
use domain::booking::triage::ProblemDomain;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

#[path = "../tests/it/wire.rs"]
mod wire;
use wire::{call_with as call, national_id};

#[derive(Parser)]
struct Args {
    /// The server, e.g. http://127.0.0.1:3000
    base: String,
    /// How long to run.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Families registering at the same time.
    #[arg(long, default_value_t = 16)]
    workers: usize,
}

#[derive(serde::Deserialize)]
struct Day {
    id: domain::ids::ClinicDayId,
    places_left: u32,
}

#[derive(Default)]
struct Tally {
    hold_us: Vec<u64>,
    submit_us: Vec<u64>,
    whole_us: Vec<u64>,
    refused: u64,
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i] as f64 / 1000.0
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    let base = args.base.trim_end_matches('/').to_string();
    let today = (chrono::Utc::now() + chrono::Duration::hours(8)).date_naive();
    let url = format!(
        "{base}/api/v1/availability?from={}&to={}",
        today + chrono::Duration::days(1),
        today + chrono::Duration::days(90)
    );
    let days: Vec<Day> = reqwest::get(&url)
        .await
        .and_then(|r| r.error_for_status())
        .expect("availability")
        .json()
        .await
        .expect("availability JSON");
    // One entry per general place left: a four-year-old uses general places only.
    let slots: Arc<Vec<domain::ids::ClinicDayId>> = Arc::new(
        days.iter()
            .flat_map(|d| std::iter::repeat_n(d.id, d.places_left as usize))
            .collect(),
    );
    println!("{} open days, {} general places left", days.len(), slots.len());
    let birth = (today - chrono::Duration::days(4 * 365)).to_string();
    let next_slot = Arc::new(AtomicUsize::new(0));
    let next_child = Arc::new(AtomicU32::new(std::process::id() % 1000 * 10_000));
    let deadline = Instant::now() + Duration::from_secs(args.seconds);
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..args.workers {
        let (base, birth, slots, next_slot, next_child) = (
            base.clone(),
            birth.clone(),
            slots.clone(),
            next_slot.clone(),
            next_child.clone(),
        );
        workers.push(tokio::spawn(async move {
            let mut headers = reqwest::header::HeaderMap::new();
            headers.insert(reqwest::header::ORIGIN, base.parse().expect("origin"));
            let client = reqwest::Client::builder()
                .cookie_store(true)
                .default_headers(headers)
                .build()
                .expect("client");
            let mut tally = Tally::default();
            while Instant::now() < deadline {
                let Some(&day_id) = slots.get(next_slot.fetch_add(1, Ordering::Relaxed)) else {
                    break;
                };
                let t0 = Instant::now();
                let hold: Result<HoldView, _> = call(
                    &client,
                    &base,
                    PlaceHold {
                        day_id,
                        birth_date: birth.clone(),
                    },
                )
                .await;
                let t1 = Instant::now();
                tally.hold_us.push((t1 - t0).as_micros() as u64);
                let Ok(hold) = hold else {
                    tally.refused += 1;
                    continue;
                };
                let form = RegistrationForm {
                    hold_token: hold.token,
                    child_name: "壓力測試".into(),
                    national_id: national_id(next_child.fetch_add(1, Ordering::Relaxed)).into(),
                    birth_date: birth.clone(),
                    due_date: None,
                    filled_by: FilledBy::Parent,
                    phone: "0912-345-678".into(),
                    email: Some("load@example.tw".into()),
                    previous_date: None,
                    previous_reassess: None,
                    high_risk: vec![],
                    domains: vec![ProblemDomain::Motor, ProblemDomain::LanguageSpeech],
                    notes: String::new(),
                    channels: None,
                    home_district: None,
                };
                let done: Result<RegistrationView, _> = call(&client, &base, SubmitRegistration { form }).await;
                let t2 = Instant::now();
                tally.submit_us.push((t2 - t1).as_micros() as u64);
                match done {
                    Ok(_) => tally.whole_us.push((t2 - t0).as_micros() as u64),
                    Err(_) => tally.refused += 1,
                }
            }
            tally
        }));
    }
    let mut all = Tally::default();
    for w in workers {
        let t = w.await.expect("worker");
        all.hold_us.extend(t.hold_us);
        all.submit_us.extend(t.submit_us);
        all.whole_us.extend(t.whole_us);
        all.refused += t.refused;
    }
    let secs = started.elapsed().as_secs_f64();
    for v in [&mut all.hold_us, &mut all.submit_us, &mut all.whole_us] {
        v.sort_unstable();
    }
    let requests = all.hold_us.len() + all.submit_us.len();
    println!(
        "{} registrations in {secs:.1} s with {} workers: {:.1} registrations/s, {:.1} requests/s, {} refused",
        all.whole_us.len(),
        args.workers,
        all.whole_us.len() as f64 / secs,
        requests as f64 / secs,
        all.refused
    );
    for (name, v) in [
        ("hold", &all.hold_us),
        ("submit", &all.submit_us),
        ("hold+submit", &all.whole_us),
    ] {
        println!(
            "{name:>12}: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            percentile(v, 0.50),
            percentile(v, 0.99),
            percentile(v, 1.0)
        );
    }
}
