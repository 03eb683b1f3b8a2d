//! Past activity for the dashboards, clearly demo: clinic days of the past
//! months at every centre with their registrations (assessed, not come,
//! cancelled), referral cases behind some of them, and meals the approved
//! restaurants without a signed-in cook built month by month (off their
//! menus, so that the menus stay as the demo set them). The waits shorten and the meals' footprints
//! fall over the months, so that the dashboards show a shape on first
//! start. The same generator, scaled up (`DEMO_HISTORY_SCALE`), gives the
//! dashboards' benchmark its five years of a city the size of Taoyuan.

use anyhow::Result;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use domain::Named;
use domain::booking::District;
use domain::platform::taipei;
use platform::ssr::AppState;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// How much history to write.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    /// Months before the current one.
    pub months: u32,
    /// Registrations per centre and clinic day, at most.
    pub per_day: u32,
    /// Clinic days per centre and week.
    pub days_per_week: u32,
    /// Restaurants to add (approved, demo) beyond the demo's own.
    pub extra_restaurants: u32,
    /// Meals per restaurant and month.
    pub meals_per_month: u32,
}

impl Scale {
    /// The demo: fourteen months, a few families a day.
    pub const DEMO: Scale = Scale {
        months: 14,
        per_day: 6,
        days_per_week: 1,
        extra_restaurants: 0,
        meals_per_month: 6,
    };

    /// The benchmark: five years, about 25,000 registrations over the demo's
    /// eight centres and 200 restaurants with about 20,000 meals.
    pub const BENCH: Scale = Scale {
        months: 60,
        per_day: 5,
        days_per_week: 3,
        extra_restaurants: 197,
        meals_per_month: 2,
    };
}

fn fail(e: impl std::fmt::Display) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

/// Districts where children live, weighted roughly by the population of
/// young children (Taoyuan City Government household statistics: the
/// central districts are the largest).
const HOMES: [(District, u32); 13] = [
    (District::Taoyuan, 18),
    (District::Zhongli, 17),
    (District::Pingzhen, 9),
    (District::Bade, 8),
    (District::Guishan, 7),
    (District::Luzhu, 7),
    (District::Yangmei, 6),
    (District::Dayuan, 4),
    (District::Daxi, 4),
    (District::Longtan, 5),
    (District::Guanyin, 3),
    (District::Xinwu, 2),
    (District::Fuxing, 1),
];

fn home(rng: &mut StdRng) -> Option<District> {
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
    Some(District::Taoyuan)
}

fn epoch(day: NaiveDate, hour: u32) -> i64 {
    taipei::epoch_of(day.and_hms_opt(hour, 0, 0).unwrap_or_default())
}

/// Writes the history (the database holds the demo already).
pub async fn write(state: &AppState, scale: Scale, seed: u64) -> Result<()> {
    let mut rng = StdRng::seed_from_u64(seed);
    let today = state.clock.today();
    let first = domain::stats::month_of(today)
        .checked_sub_months(chrono::Months::new(scale.months))
        .unwrap_or(today);
    bookings(state, &mut rng, scale, first, today).await?;
    meals(state, &mut rng, scale, first, today).await?;
    Ok(())
}

async fn bookings(state: &AppState, rng: &mut StdRng, scale: Scale, first: NaiveDate, today: NaiveDate) -> Result<()> {
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
                .bind(home(rng).map(|d| d.as_str()))
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

type SavedMeal = (i64, String, String, String, String, i64, f64, String, String);

async fn meals(state: &AppState, rng: &mut StdRng, scale: Scale, first: NaiveDate, today: NaiveDate) -> Result<()> {
    let db = &state.db;
    let now = state.clock.now();
    let towns: Vec<domain::meals::Township> = domain::meals::Township::all().collect();
    for i in 0..scale.extra_restaurants {
        let t = towns[i as usize % towns.len()];
        sqlx::query(
            "INSERT INTO restaurants (name_zh_tw, name_en, township, is_demo, created_at, listing, listing_changed_at)
             VALUES ($1, $2, $3, 1, $4, 'approved', $4)",
        )
        .bind(format!("示範餐廳 {}", i + 1))
        .bind(format!("Demo restaurant {}", i + 1))
        .bind(t.as_str())
        .bind(now)
        .execute(&db.pool)
        .await?;
    }
    // The demo's own meals are the recipes the history draws on.
    let saved: Vec<SavedMeal> = sqlx::query_as(
        "SELECT m.restaurant_id, m.name_zh_tw, m.name_en, m.kind, m.spec, m.edition, m.total_kg, m.band, m.result
         FROM meals m ORDER BY m.total_kg",
    )
    .fetch_all(&db.pool)
    .await?;
    if saved.is_empty() {
        return Ok(());
    }
    let restaurants: Vec<(i64,)> =
        // Restaurants whose staff sign in keep their menus as the demo set them.
        sqlx::query_as(
            "SELECT r.id FROM restaurants r WHERE r.listing = 'approved' AND r.is_demo = 1
               AND NOT EXISTS (SELECT 1 FROM users u WHERE u.restaurant_id = r.id) ORDER BY r.id",
        )
            .fetch_all(&db.pool)
            .await?;
    let months = domain::stats::Period::months(first, today - Duration::days(28))
        .map(|p| p.month_starts())
        .unwrap_or_default();
    let span = months.len().max(1) as f64;
    let mut n = 0u64;
    let mut tx = db.begin_write().await?;
    for (mi, month) in months.iter().enumerate() {
        // Cooks choose lower-carbon recipes more often as the months pass.
        let lean = mi as f64 / span;
        for (r,) in &restaurants {
            for _ in 0..scale.meals_per_month {
                let pick: f64 = rng.r#gen::<f64>().powf(0.7 + 3.0 * lean);
                let (_, zh, en, kind, spec, edition, kg, band, result) =
                    &saved[((pick * saved.len() as f64) as usize).min(saved.len() - 1)];
                n += 1;
                let at = epoch(*month + Duration::days(rng.gen_range(0..27)), 12);
                sqlx::query(
                    "INSERT INTO meals (restaurant_id, slug, name_zh_tw, name_en, kind, spec, edition, total_kg, band,
                        result, on_menu, created_at, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, $11, $11)",
                )
                .bind(r)
                .bind(format!("history-{n}"))
                .bind(zh)
                .bind(en)
                .bind(kind)
                .bind(spec)
                .bind(edition)
                .bind(kg)
                .bind(band)
                .bind(result)
                .bind(at)
                .execute(&mut *tx)
                .await?;
                if n.is_multiple_of(2000) {
                    tx.commit().await?;
                    tx = db.begin_write().await?;
                }
            }
        }
    }
    tx.commit().await?;
    tracing::info!(meals = n, "demo history of meals written");
    Ok(())
}
