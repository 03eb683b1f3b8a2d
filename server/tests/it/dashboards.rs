//! The dashboards through the server: the figures of a known fixture, who
//! sees what, the exports, and the public summaries' small cells.

use crate::both;
use crate::fixtures::centre;
use crate::harness::{Db, TestApp, call_with};
use booking::server_fns::dashboard::{CityDashboardView, CityFigures, CityRows, CitySummary, RowView};
use chrono::{Datelike, Duration, NaiveDate};
use domain::booking::District;
use domain::booking::dashboard::CityPublic;
use domain::ids::CentreId;
use domain::meals::Township;
use domain::meals::dashboard::CountyPublic;
use domain::platform::Role;
use domain::stats::Cell;
use meals::server_fns::dashboard::{CountyDashboardView, CountyFigures, CountyPublicView, CountySummary};
use platform::AppError;

fn epoch(d: NaiveDate) -> i64 {
    domain::platform::taipei::epoch_of(d.and_hms_opt(10, 0, 0).unwrap())
}

async fn day(app: &TestApp, centre: CentreId, d: NaiveDate, places: i64) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO clinic_days (centre_id, day, quota_total, quota_reserved, session_plan, checkin_time, created_at)
         VALUES ($1, $2, $3, 0, '[]', '08:30', 0) RETURNING id",
    )
    .bind(centre.get())
    .bind(d.to_string())
    .bind(places)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap()
}

/// A registration on clinic day `day_id` (the date `on`), made `waited`
/// days before; `previous`: a re-assessment.
#[allow(clippy::too_many_arguments)]
async fn registration(
    app: &TestApp,
    n: u32,
    day_id: i64,
    on: NaiveDate,
    status: &str,
    waited: i64,
    home: Option<District>,
    previous: bool,
) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO registrations (reference, clinic_day_id, pool, status, active, child_key, national_id_enc,
            national_id_masked, child_name, birth_date, filled_by, phone, high_risk, problem_domains,
            previous_assessment_date, home_district, created_at, updated_at)
         VALUES ($1, $2, 'general', $3, 0, $4, 'x', 'A1******89', 'Child', '2023-01-01', 'parent', '0912000000',
            '[]', '[]', $5, $6, $7, $7) RETURNING id",
    )
    .bind(format!("EI-TEST{n:04}"))
    .bind(day_id)
    .bind(status)
    .bind(format!("child-{n}"))
    .bind(previous.then_some("2025-01-01"))
    .bind(home.map(String::from))
    .bind(epoch(on - Duration::days(waited)))
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap()
}

/// The fixture: last month, two centres (Taoyuan and Zhongli), four days
/// of four places, and six registrations whose figures are worked out by
/// hand in the test.
async fn fixture(app: &TestApp) -> (CentreId, CentreId, NaiveDate) {
    let a = centre(app, "Alpha").await;
    let b = centre(app, "Beta").await;
    sqlx::query("UPDATE centres SET district = 'Zhongli' WHERE id = $1")
        .bind(b.get())
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let today = app.state.clock.today();
    let m = domain::stats::month_of(today)
        .checked_sub_months(chrono::Months::new(1))
        .unwrap();
    let d = |n: i64| m + Duration::days(n);
    let (a5, a6) = (day(app, a, d(4), 4).await, day(app, a, d(5), 4).await);
    let (b7, b8) = (day(app, b, d(6), 4).await, day(app, b, d(7), 4).await);
    let t = Some(District::of("Taoyuan"));
    registration(app, 1, a5, d(4), "completed", 10, t, false).await;
    registration(app, 2, a6, d(5), "completed", 40, t, false).await;
    registration(app, 3, b7, d(6), "no_show", 5, t, false).await;
    registration(app, 4, b7, d(6), "cancelled", 5, t, false).await;
    registration(app, 5, b8, d(7), "completed", 20, Some(District::of("Zhongli")), true).await;
    // Referred 35 days before the assessment, registered three days before.
    let r6 = registration(app, 6, b8, d(7), "completed", 3, Some(District::of("Zhongli")), false).await;
    let reported = d(7) - Duration::days(35);
    let case: i64 = sqlx::query_scalar(
        "INSERT INTO cases (number, child_key, open, national_id_enc, national_id_masked, child_name, birth_date,
            guardian_name, phone, opened_on, contact_due, registration_id, outcome, closed_on, created_at, updated_at)
         VALUES ('C-TEST', 'child-6', 0, 'x', 'A1******89', 'Child', '2023-01-01', 'Parent', '0912000000', $1, $1, $2,
            'assessed', $3, 0, 0) RETURNING id",
    )
    .bind(reported.to_string())
    .bind(r6)
    .bind(d(7).to_string())
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO referrals (case_id, reporter_kind, reporter_name, observed_on, reported_on, observation, domains,
            created_at, home_district)
         VALUES ($1, 'medical', 'Dr', $2, $2, 'x', '[]', 0, 'Zhongli')",
    )
    .bind(case)
    .bind(reported.to_string())
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    (a, b, m)
}

fn ym(m: NaiveDate) -> String {
    format!("{}-{:02}", m.year(), m.month())
}

both!(the_city_dashboard_counts_a_known_fixture);
async fn the_city_dashboard_counts_a_known_fixture(db: Db) {
    let app = TestApp::spawn(db).await;
    let (a, b, m) = fixture(&app).await;
    let (city, _) = app.user(Role::CityAdmin, None, None).await;
    let month = ym(m);
    let v: CityDashboardView = call_with(
        &city,
        &app.base,
        CityFigures {
            from: month.clone(),
            to: month.clone(),
            centre: String::new(),
            district: String::new(),
        },
    )
    .await
    .unwrap();
    let p = v.d.period;
    // First assessments: 10, 40 and 35 days (from the referral); the
    // re-assessment does not count.
    assert_eq!((p.assessed, p.within), (3, 1));
    assert_eq!((p.median_days, p.p90_days), (Some(35.0), Some(40.0)));
    assert_eq!(v.d.this_month, p);
    let c = v.d.capacity;
    assert_eq!(
        (c.offered, c.taken, c.cancelled, c.no_shows, c.empty),
        (16, 5, 1, 1, 11)
    );
    assert_eq!(v.d.by_centre.len(), 2);
    let taoyuan =
        v.d.need
            .iter()
            .find(|n| n.district == Some(District::of("Taoyuan")))
            .unwrap();
    assert_eq!((taoyuan.places, taoyuan.waits.assessed), (8, 2));
    let zhongli =
        v.d.need
            .iter()
            .find(|n| n.district == Some(District::of("Zhongli")))
            .unwrap();
    assert_eq!((zhongli.places, zhongli.waits.median_days), (8, Some(35.0)));

    // A district: Zhongli's centre and the children living there.
    let z: CityDashboardView = call_with(
        &city,
        &app.base,
        CityFigures {
            from: month.clone(),
            to: month.clone(),
            centre: String::new(),
            district: "Zhongli".into(),
        },
    )
    .await
    .unwrap();
    assert_eq!((z.d.capacity.offered, z.d.period.assessed), (8, 1));

    // A centre's staff see their own centre, whatever they ask for.
    let (staff, _) = app.user(Role::CentreStaff, Some(a), None).await;
    let own: CityDashboardView = call_with(
        &staff,
        &app.base,
        CityFigures {
            from: month.clone(),
            to: month.clone(),
            centre: b.to_string(),
            district: String::new(),
        },
    )
    .await
    .unwrap();
    assert_eq!(own.own_centre, Some(a.get()));
    assert_eq!((own.d.capacity.offered, own.d.period.assessed), (8, 2));
    assert_eq!(own.d.referrals.cases_opened, 0);
    let rows: Vec<RowView> = call_with(
        &staff,
        &app.base,
        CityRows {
            month: month.clone(),
            centre: b.to_string(),
            district: String::new(),
        },
    )
    .await
    .unwrap();
    assert_eq!(
        rows.iter().map(|r| r.days).collect::<Vec<_>>(),
        vec![40, 10],
        "their centre's, longest first"
    );
    let audited: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'dashboard_rows'")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(audited, 2, "each row read is audited");

    // Others may not look; a bad period is refused with its reason.
    let (parent, _) = app.user(Role::Parent, None, None).await;
    let (county, _) = app.user(Role::CountyAdmin, None, None).await;
    for who in [&parent, &county, &TestApp::new_client(&app.base)] {
        let r: Result<CityDashboardView, _> = call_with(
            who,
            &app.base,
            CityFigures {
                from: String::new(),
                to: String::new(),
                centre: String::new(),
                district: String::new(),
            },
        )
        .await;
        assert!(matches!(r, Err(AppError::Forbidden | AppError::NotSignedIn)), "{r:?}");
    }
    let r: Result<CityDashboardView, _> = call_with(
        &city,
        &app.base,
        CityFigures {
            from: "2026-05".into(),
            to: "2026-01".into(),
            centre: String::new(),
            district: String::new(),
        },
    )
    .await;
    assert_eq!(r, Err(AppError::Period(domain::stats::PeriodError::Reversed)));

    // The exports: CSV with a byte-order mark, JSON with the same figures.
    let csv = city
        .get(app.url(&format!("/city/dashboard.csv?from={month}&to={month}")))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), 200);
    let bytes = csv.bytes().await.unwrap();
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.contains(&format!("month,{month},assessed,3")), "{text}");
    assert!(text.contains("capacity,all,offered,16"));
    let json: CityDashboardView = city
        .get(app.url(&format!("/city/dashboard.json?from={month}&to={month}")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(json.d, v.d);
    let refused = parent.get(app.url("/city/dashboard.csv")).send().await.unwrap();
    assert_eq!(refused.status(), 403);

    // The public summary covers only a calendar quarter that has ended: a
    // month, or a quarter still running, could be subtracted from another.
    let anyone = TestApp::new_client(&app.base);
    let public_call =
        |from: String, to: String| call_with::<_, CityPublic>(&anyone, &app.base, CitySummary { from, to });
    assert_eq!(
        public_call(month.clone(), month.clone()).await,
        Err(AppError::Period(domain::stats::PeriodError::NotAQuarter))
    );
    let q_first = NaiveDate::from_ymd_opt(m.year(), (m.month() - 1) / 3 * 3 + 1, 1).unwrap();
    let quarter = ym(q_first);
    assert_eq!(
        public_call(quarter.clone(), String::new()).await,
        Err(AppError::Period(domain::stats::PeriodError::NotAQuarter)),
        "the quarter has not ended"
    );
    let ended = q_first + chrono::Months::new(3);
    app.state
        .clock
        .advance(((ended - app.state.clock.today()).num_days().max(0) + 1) * 86_400);
    // The public summary leaks no cell under five.
    let s = public_call(quarter.clone(), String::new()).await.unwrap();
    assert_eq!(s.period.first, q_first);
    assert_eq!(s.quarters[0], s.period, "offered first, as the last that ended");
    assert_eq!(s.assessed, Cell::Suppressed);
    assert_eq!((s.share_within, s.median_days), (None, None));
    assert_eq!(s.places_taken, Cell::Shown(5));
    for d in &s.districts {
        for c in [d.registrations, d.referrals] {
            assert!(
                matches!(c, Cell::Suppressed | Cell::Shown(0) | Cell::Shown(5..)),
                "{d:?}"
            );
        }
        assert_eq!(d.median_days, None);
    }
    let public = reqwest::get(app.url(&format!("/stats/early-intervention.json?from={quarter}")))
        .await
        .unwrap();
    assert_eq!(public.status(), 200);
    // Open data under the Open Government Data License 1.0, in JSON and CSV.
    let licence = "<https://data.gov.tw/license>; rel=\"license\"";
    assert_eq!(public.headers().get("link").unwrap(), licence);
    let open: CityPublic = public.json().await.unwrap();
    assert_eq!(open, s);
    let csv = reqwest::get(app.url(&format!("/stats/early-intervention.csv?from={quarter}")))
        .await
        .unwrap();
    assert_eq!(csv.headers().get("link").unwrap(), licence);
    app.cleanup().await;
}

async fn meal(app: &TestApp, restaurant: domain::ids::RestaurantId, n: u32, on: NaiveDate, kg: f64, band: &str) {
    let result = serde_json::json!({
        "lines": [
            {"ingredient_id": "rice", "grams": 200.0, "origin": "taitung_local", "kg_co2e": kg * 0.25},
            {"ingredient_id": "pork", "grams": 100.0, "origin": "imported", "kg_co2e": kg * 0.75}
        ]
    });
    sqlx::query(
        "INSERT INTO meals (restaurant_id, slug, name_zh_tw, name_en, kind, spec, edition, total_kg, band, result,
            on_menu, created_at, updated_at)
         VALUES ($1, $2, '便當', 'Box', 'lunch_box', '{\"items\":[{},{}]}', 1, $3, $4, $5, 1, $6, $6)",
    )
    .bind(restaurant.get())
    .bind(format!("test-meal-{n}"))
    .bind(kg)
    .bind(band)
    .bind(result.to_string())
    .bind(epoch(on))
    .execute(&app.state.db.pool)
    .await
    .unwrap();
}

both!(the_county_dashboard_counts_approved_restaurants_meals);
async fn the_county_dashboard_counts_approved_restaurants_meals(db: Db) {
    let app = TestApp::spawn(db).await;
    let insert = |zh: &'static str, en: &'static str, t| {
        let db = app.state.db.clone();
        async move {
            meals::store::restaurants::insert(&db, zh, en, t, false, 0)
                .await
                .unwrap()
        }
    };
    let r1 = insert("甲", "Alpha", Township::of("Luye")).await;
    let r2 = insert("乙", "Beta", Township::of("TaitungCity")).await;
    let hidden = insert("丙", "Hidden", Township::of("Luye")).await;
    sqlx::query("UPDATE restaurants SET listing = 'approved' WHERE id IN ($1, $2)")
        .bind(r1.get())
        .bind(r2.get())
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let today = app.state.clock.today();
    let m = domain::stats::month_of(today);
    let prev = m.checked_sub_months(chrono::Months::new(1)).unwrap();
    meal(&app, r1, 1, prev + Duration::days(2), 0.4, "green").await;
    meal(&app, r1, 2, m, 0.5, "yellow").await;
    meal(&app, r2, 3, m, 2.4, "red").await;
    meal(&app, hidden, 4, m, 9.0, "red").await;
    let (county, _) = app.user(Role::CountyAdmin, None, None).await;
    let v: CountyDashboardView = call_with(
        &county,
        &app.base,
        CountyFigures {
            from: ym(prev),
            to: ym(m),
            township: String::new(),
        },
    )
    .await
    .unwrap();
    let d = &v.d;
    assert_eq!(
        (d.meals, d.restaurants),
        (3, 2),
        "the suspended or pending restaurant's meals do not count"
    );
    assert!((d.average_kg.unwrap() - 3.3 / 3.0).abs() < 1e-9);
    assert_eq!(d.target_kg, 0.5, "the standard's per-meal target");
    assert_eq!(d.trend.iter().map(|t| t.meals).collect::<Vec<_>>(), vec![1, 2]);
    assert_eq!(d.bands.iter().map(|(_, n)| *n).collect::<Vec<_>>(), vec![1, 1, 1]);
    assert_eq!(d.top_ingredients[0].ingredient, "pork");
    assert!((d.top_ingredients[0].share - 0.75).abs() < 1e-9);
    assert!(
        (d.shares.local - 2.0 / 3.0).abs() < 1e-9,
        "rice from Taitung, pork imported"
    );
    assert_eq!(d.shares.certified, 0.0);
    assert_eq!(
        d.by_restaurant
            .iter()
            .map(|r| (r.restaurant, r.meets_target))
            .collect::<Vec<_>>(),
        vec![(r2.get(), false), (r1.get(), true)],
        "Alpha averages 0.45 kg"
    );
    let luye: CountyDashboardView = call_with(
        &county,
        &app.base,
        CountyFigures {
            from: ym(prev),
            to: ym(m),
            township: "Luye".into(),
        },
    )
    .await
    .unwrap();
    assert_eq!(luye.d.meals, 2);

    let (chef, _) = app.user(Role::RestaurantStaff, None, Some(r1)).await;
    let (city, _) = app.user(Role::CityAdmin, None, None).await;
    for who in [&chef, &city] {
        let r: Result<CountyDashboardView, _> = call_with(
            who,
            &app.base,
            CountyFigures {
                from: String::new(),
                to: String::new(),
                township: String::new(),
            },
        )
        .await;
        assert_eq!(r, Err(AppError::Forbidden));
    }
    let csv = county
        .get(app.url(&format!("/county/dashboard.csv?from={}&to={}", ym(prev), ym(m))))
        .send()
        .await
        .unwrap();
    let bytes = csv.bytes().await.unwrap();
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
    assert!(String::from_utf8_lossy(&bytes).contains("period,all,meals,3"));
    let public: CountyPublicView = call_with(
        &TestApp::new_client(&app.base),
        &app.base,
        CountySummary {
            from: ym(prev),
            to: ym(m),
        },
    )
    .await
    .unwrap();
    let s: &CountyPublic = &public.s;
    assert_eq!((s.meals, s.restaurants_meeting_target), (3, 1));

    // A restaurant named like a spreadsheet formula is text in the CSV: a
    // cell that starts with = + - @ is kept from being run by Excel.
    let formula = insert(
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "@SUM(1)",
        Township::of("Luye"),
    )
    .await;
    sqlx::query("UPDATE restaurants SET listing = 'approved' WHERE id = $1")
        .bind(formula.get())
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    meal(&app, formula, 5, m, 0.3, "green").await;
    let csv = county
        .get(app.url(&format!("/county/dashboard.csv?from={}&to={}", ym(prev), ym(m))))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let cells: Vec<&str> = csv.lines().filter(|l| l.contains("HYPERLINK")).collect();
    assert!(
        !cells.is_empty() && cells.iter().all(|l| l.starts_with("restaurant,\"'=HYPERLINK")),
        "{cells:?}"
    );
    assert!(csv.contains("period,all,meals,4"), "numbers stay numbers: {csv}");
    app.cleanup().await;
}
