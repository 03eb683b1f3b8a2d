//! Generated history of bookings: registrations, outcomes and waits over the years.

use super::scale::{Scale, epoch};
use crate::fail::fail;
use anyhow::Result;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use domain::booking::District;
use platform::ssr::AppState;
use rand::Rng;
use rand::rngs::StdRng;

/// Districts where children live, weighted roughly by the population of
/// young children (Taoyuan City Government household statistics: the
/// central districts are the largest).
pub(crate) const HOMES: [(District, u32); 13] = [
    (District::of("Taoyuan"), 18),
    (District::of("Zhongli"), 17),
    (District::of("Pingzhen"), 9),
    (District::of("Bade"), 8),
    (District::of("Guishan"), 7),
    (District::of("Luzhu"), 7),
    (District::of("Yangmei"), 6),
    (District::of("Dayuan"), 4),
    (District::of("Daxi"), 4),
    (District::of("Longtan"), 5),
    (District::of("Guanyin"), 3),
    (District::of("Xinwu"), 2),
    (District::of("Fuxing"), 1),
];

pub(crate) fn home(rng: &mut StdRng) -> Option<District> {
    if rng.gen_ratio(1, 20) {
        return None;
    }
    let total: u32 = HOMES.iter().map(|(_, w)| w).sum();
    let mut pick = rng.gen_range(0..total);
    for (d, w) in HOMES {
        if pick < w {
            return Some(d);
        }
        pick -= w;
    }
    Some(District::of("Taoyuan"))
}

pub(crate) async fn bookings(
    state: &AppState,
    rng: &mut StdRng,
    scale: Scale,
    first: NaiveDate,
    today: NaiveDate,
) -> Result<()> {
    let db = &state.db;
    let centres: Vec<(i64,)> = sqlx::query_as("SELECT id FROM centres WHERE is_demo = 1 ORDER BY id")
        .fetch_all(&db.pool)
        .await?;
    let plan = serde_json::to_string(&domain::booking::session_plan::SessionPlan::typical())?;
    let id = domain::booking::NationalId::example('H', 2, 8_000_000).ok_or_else(|| fail("demo id"))?;
    let id_enc = state.keys.encrypt(id.expose());
    let masked = id.masked();
    let weekdays = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri];
    let span = (today - first).num_days().max(1) as f64;
    let mut n: u64 = 0;
    let mut tx = db.begin_write().await?;
    for (ci, (centre,)) in centres.iter().enumerate() {
        let mut day = first;
        // Up to yesterday; the demo's own days are left as they are.
        while day < today {
            let wd = day.weekday();
            let k = weekdays.iter().position(|w| *w == wd);
            let open = k.is_some_and(|k| (k + ci) % 5 < scale.days_per_week as usize);
            if !open {
                day += Duration::days(1);
                continue;
            }
            let quota = 6 + (ci as i64 % 3);
            let reserved = 2;
            // Waits shorten over the months: the city's effort shows.
            let progress = (day - first).num_days() as f64 / span;
            let count = rng
                .gen_range(scale.per_day.saturating_sub(2)..=scale.per_day)
                .min(quota as u32);
            let mut rows = Vec::new();
            let (mut general, mut reserve) = (0i64, 0i64);
            for _ in 0..count {
                let r: f64 = rng.r#gen();
                let status = match r {
                    r if r < 0.80 => "completed",
                    r if r < 0.88 => "no_show",
                    r if r < 0.97 => "cancelled",
                    _ => "ineligible",
                };
                let under3 = rng.gen_bool(0.35);
                let occupies = matches!(status, "completed" | "no_show");
                let pool = if under3 && occupies && reserve < reserved {
                    reserve += 1;
                    "reserved"
                } else if occupies && general < quota - reserved {
                    general += 1;
                    "general"
                } else if occupies {
                    continue;
                } else {
                    "general"
                };
                let longest = (80.0 - 40.0 * progress).max(20.0);
                let wait = (rng.gen_range(5.0..longest) as i64).max(3);
                rows.push((status, pool, wait, under3));
            }
            let day_id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO clinic_days (centre_id, day, quota_total, quota_reserved, taken_general, taken_reserved,
                    session_plan, checkin_time, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, '08:30', $8)
                 ON CONFLICT (centre_id, day) DO NOTHING
                 RETURNING id",
            )
            .bind(centre)
            .bind(day.to_string())
            .bind(quota)
            .bind(reserved)
            .bind(general)
            .bind(reserve)
            .bind(&plan)
            .bind(epoch(day - Duration::days(90), 9))
            .fetch_optional(&mut *tx)
            .await?;
            let Some(day_id) = day_id else {
                day += Duration::days(1);
                continue;
            };
            for (status, pool, wait, under3) in rows {
                n += 1;
                let registered = day - Duration::days(wait);
                let birth = day
                    - Duration::days(if under3 {
                        rng.gen_range(200..1000)
                    } else {
                        rng.gen_range(1100..2100)
                    });
                let reference = domain::booking::BookingReference::from_random(0x00A5_0000_0000 + n).to_string();
                let first_time = !rng.gen_ratio(3, 20);
                let reg_id: i64 = sqlx::query_scalar(
                    "INSERT INTO registrations (reference, clinic_day_id, pool, status, active, child_key, national_id_enc,
                        national_id_masked, child_name, birth_date, filled_by, phone, high_risk, problem_domains, notes,
                        fast_track, previous_assessment_date, home_district, is_demo, created_at, updated_at)
                     VALUES ($1, $2, $3, $4, 0, $5, $6, $7, '示範兒童 Demo child', $8, 'parent', '0912000000', '[]',
                        '[\"language_speech\"]', '示範資料 demo', $9, $10, $11, 1, $12, $13)
                     RETURNING id",
                )
                .bind(&reference)
                .bind(day_id)
                .bind(pool)
                .bind(status)
                .bind(format!("history-{n}"))
                .bind(&id_enc)
                .bind(&masked)
                .bind(birth.to_string())
                .bind(i64::from(rng.gen_ratio(1, 10)))
                .bind((!first_time).then(|| (registered - Duration::days(400)).to_string()))
                .bind(home(rng).map(String::from))
                .bind(epoch(registered, 10))
                .bind(epoch(day, 17))
                .fetch_one(&mut *tx)
                .await?;
                // One child in five came by a referral, reported a few days
                // before the booking.
                if rng.gen_ratio(1, 5) {
                    let reported = registered - Duration::days(rng.gen_range(0..6));
                    let observed = reported - Duration::days(rng.gen_range(1..11));
                    let due = reported + Duration::days(3);
                    let contacted = reported + Duration::days(rng.gen_range(0..6));
                    let number = domain::booking::case::CaseNumber::from_random(0x00C5_0000_0000 + n);
                    let case_id: i64 = sqlx::query_scalar(
                        "INSERT INTO cases (number, child_key, open, national_id_enc, national_id_masked, child_name,
                            birth_date, guardian_name, phone, opened_on, contact_due, first_contact_on, registration_id,
                            outcome, closed_on, is_demo, created_at, updated_at)
                         VALUES ($1, $2, 0, $3, $4, '示範兒童 Demo child', $5, '示範家長 Demo Parent', '0912000000',
                            $6, $7, $8, $9, 'assessed', $10, 1, $11, $11)
                         RETURNING id",
                    )
                    .bind(number.as_str())
                    .bind(format!("history-{n}"))
                    .bind(&id_enc)
                    .bind(&masked)
                    .bind(birth.to_string())
                    .bind(reported.to_string())
                    .bind(due.to_string())
                    .bind(contacted.to_string())
                    .bind(reg_id)
                    .bind(day.to_string())
                    .bind(epoch(reported, 11))
                    .fetch_one(&mut *tx)
                    .await?;
                    sqlx::query(
                        "INSERT INTO referrals (case_id, reporter_kind, reporter_name, observed_on, reported_on,
                            observation, domains, created_at, home_district)
                         VALUES ($1, 'medical', '示範通報人員 Demo Reporter', $2, $3, '示範資料 demo',
                            '[\"language_speech\"]', $4, (SELECT home_district FROM registrations WHERE id = $5))",
                    )
                    .bind(case_id)
                    .bind(observed.to_string())
                    .bind(reported.to_string())
                    .bind(epoch(reported, 11))
                    .bind(reg_id)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            day += Duration::days(1);
            // Commit in pieces: one transaction per few thousand rows.
            if n % 2000 < u64::from(scale.per_day) {
                tx.commit().await?;
                tx = db.begin_write().await?;
            }
        }
    }
    tx.commit().await?;
    tracing::info!(registrations = n, "demo history of registrations written");
    Ok(())
}
