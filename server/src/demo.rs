//! Clearly labelled demo data for an empty database (`DEMO_DATA=1`).

use anyhow::Result;
use booking::store::{centres, clinic_days};
use chrono::{Datelike, Duration, Weekday};
use domain::booking::session_plan::SessionPlan;
use domain::booking::{District, Quota};
use domain::platform::{Email, Role};
use domain::{Bilingual, Named};
use platform::ids::{CentreId, ClinicDayId};
use platform::ssr::{AppState, auth_backend::hash_password, users};

/// The demo accounts; their passwords are in the README and printed once at load.
pub const DEMO_ACCOUNTS: [(&str, &str, Role, &str); 5] = [
    (
        "parent@demo.tw",
        "demo-parent-pass",
        Role::Parent,
        "示範家長 Demo Parent",
    ),
    (
        "staff.linkou@demo.tw",
        "demo-staff-pass",
        Role::CentreStaff,
        "示範中心人員 Demo Centre Staff",
    ),
    (
        "city.admin@demo.tw",
        "demo-city-admin-pass",
        Role::CityAdmin,
        "示範市府管理者 Demo City Admin",
    ),
    (
        "chef@demo.tw",
        "demo-chef-pass",
        Role::RestaurantStaff,
        "示範餐廳人員 Demo Chef",
    ),
    (
        "county.admin@demo.tw",
        "demo-county-admin-pass",
        Role::CountyAdmin,
        "示範縣府管理者 Demo County Admin",
    ),
];

struct DemoCentre {
    zh: &'static str,
    en: &'static str,
    district: District,
    address_zh: &'static str,
    address_en: &'static str,
    phone: &'static str,
    weekdays: [Weekday; 2],
}

/// Hospitals in Taoyuan that commonly run child-development assessments (domain
/// brief). Whether each is a funded joint-assessment centre is not verified:
/// they are demo data, and say so.
const CENTRES: [DemoCentre; 8] = [
    DemoCentre {
        zh: "林口長庚紀念醫院",
        en: "Linkou Chang Gung Memorial Hospital",
        district: District::Guishan,
        address_zh: "桃園市龜山區復興街5號",
        address_en: "No. 5, Fuxing St., Guishan Dist., Taoyuan",
        phone: "03-3281200",
        weekdays: [Weekday::Mon, Weekday::Thu],
    },
    DemoCentre {
        zh: "衛生福利部桃園醫院",
        en: "MOHW Taoyuan General Hospital",
        district: District::Taoyuan,
        address_zh: "桃園市桃園區中山路1492號",
        address_en: "No. 1492, Zhongshan Rd., Taoyuan Dist., Taoyuan",
        phone: "03-3699721",
        weekdays: [Weekday::Tue, Weekday::Fri],
    },
    DemoCentre {
        zh: "聯新國際醫院",
        en: "Landseed International Hospital",
        district: District::Pingzhen,
        address_zh: "桃園市平鎮區廣泰路77號",
        address_en: "No. 77, Guangtai Rd., Pingzhen Dist., Taoyuan",
        phone: "03-4941234",
        weekdays: [Weekday::Wed, Weekday::Fri],
    },
    DemoCentre {
        zh: "天晟醫院",
        en: "Tian-Sheng Memorial Hospital",
        district: District::Zhongli,
        address_zh: "桃園市中壢區中山路155號",
        address_en: "No. 155, Zhongshan Rd., Zhongli Dist., Taoyuan",
        phone: "03-4629292",
        weekdays: [Weekday::Mon, Weekday::Wed],
    },
    DemoCentre {
        zh: "敏盛綜合醫院",
        en: "Min-Sheng General Hospital",
        district: District::Taoyuan,
        address_zh: "桃園市桃園區經國路168號",
        address_en: "No. 168, Jingguo Rd., Taoyuan Dist., Taoyuan",
        phone: "03-3179599",
        weekdays: [Weekday::Tue, Weekday::Thu],
    },
    DemoCentre {
        zh: "聖保祿醫院",
        en: "St. Paul's Hospital",
        district: District::Taoyuan,
        address_zh: "桃園市桃園區建新街123號",
        address_en: "No. 123, Jianxin St., Taoyuan Dist., Taoyuan",
        phone: "03-3613141",
        weekdays: [Weekday::Wed, Weekday::Sat],
    },
    DemoCentre {
        zh: "國軍桃園總醫院",
        en: "Taoyuan Armed Forces General Hospital",
        district: District::Longtan,
        address_zh: "桃園市龍潭區中興路168號",
        address_en: "No. 168, Zhongxing Rd., Longtan Dist., Taoyuan",
        phone: "03-4799595",
        weekdays: [Weekday::Tue, Weekday::Thu],
    },
    DemoCentre {
        zh: "臺北榮民總醫院桃園分院",
        en: "Taipei Veterans General Hospital Taoyuan Branch",
        district: District::Taoyuan,
        address_zh: "桃園市桃園區成功路三段100號",
        address_en: "No. 100, Sec. 3, Chenggong Rd., Taoyuan Dist., Taoyuan",
        phone: "03-3384889",
        weekdays: [Weekday::Mon, Weekday::Fri],
    },
];

const DEMO_RESTAURANTS: [(&str, &str, &str); 3] = [
    ("池上慢食便當(示範)", "Chishang Slow Lunch Box (demo)", "池上鄉"),
    ("鹿野有機廚房(示範)", "Luye Organic Kitchen (demo)", "鹿野鄉"),
    ("臺東海岸小館(示範)", "Taitung Coast Bistro (demo)", "臺東市"),
];

fn fail(e: impl std::fmt::Display) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

pub async fn load(state: &AppState, meals_state: &meals::state::MealsState) -> Result<()> {
    let db = &state.db;
    if users::count(db).await.map_err(fail)? > 0 {
        tracing::info!("DEMO_DATA=1 but the database is not empty: demo data not loaded");
        return Ok(());
    }
    let now = state.clock.now();
    let today = state.clock.today();
    let plan = serde_json::to_string(&SessionPlan::typical())?;
    let disciplines = domain::booking::session_plan::Discipline::all()
        .map(|d| d.as_str())
        .collect::<Vec<_>>()
        .join(",");
    let mut centre_ids = Vec::new();
    for c in &CENTRES {
        let fields = centres::CentreFields {
            name: Bilingual::new(format!("{}(示範)", c.zh), format!("{} (demo)", c.en)),
            district: c.district,
            address: Bilingual::new(c.address_zh, c.address_en),
            phone: c.phone.into(),
            disciplines: disciplines.clone(),
            checkin_time: "08:30".into(),
            notes: Bilingual::new(
                "示範資料:實際服務與時段請以醫院公告為準。請於報到時間前 10 分鐘到達兒童發展聯合評估中心。",
                "Demo data: check the hospital's own notices for real services and times. Please arrive 10 minutes before check-in at the child development assessment centre.",
            ),
            active: true,
        };
        let id = centres::insert(db, &fields, true, now).await.map_err(fail)?;
        centre_ids.push(id);
        let days: Vec<String> = (1..=61)
            .map(|n| today + Duration::days(n))
            .filter(|d| c.weekdays.contains(&d.weekday()))
            .map(|d| d.to_string())
            .collect();
        let new_day = clinic_days::NewDay {
            centre_id: id,
            quota: Quota::new(6, 2).map_err(fail)?,
            session_plan_json: &plan,
            checkin_time: "08:30",
        };
        clinic_days::open(db, &new_day, &days, now).await.map_err(fail)?;
    }
    demo_registrations(state, centre_ids[0], centre_ids[1]).await?;
    let first_centre = centre_ids[0];
    let mut restaurants = Vec::new();
    for (zh, en, district) in DEMO_RESTAURANTS {
        restaurants.push(
            meals::store::restaurants::insert(db, zh, en, district, true, now)
                .await
                .map_err(fail)?,
        );
    }
    let first_restaurant = restaurants[0];
    for (email, password, role, name) in DEMO_ACCOUNTS {
        let hash = hash_password(password.to_string()).await;
        let email = Email::parse(email).map_err(fail)?;
        let new = users::NewUser {
            email: &email,
            password_hash: &hash,
            role,
            display_name: name,
            workplace: match role {
                Role::CentreStaff => Some(first_centre.get()),
                Role::RestaurantStaff => Some(first_restaurant.get()),
                Role::Parent | Role::CityAdmin | Role::CountyAdmin => None,
            },
            is_demo: true,
        };
        users::insert(db, new, now).await.map_err(fail)?;
    }
    meals::demo::load(state, meals_state, &restaurants)
        .await
        .map_err(fail)?;
    tracing::info!("demo data loaded: 8 centres with clinic days for two months, 3 restaurants with meals, 5 accounts");
    for (email, password, role, _) in DEMO_ACCOUNTS {
        tracing::info!(role = role.as_str(), email, password, "demo account");
    }
    Ok(())
}

/// A valid ID number for a demo child (the check digit computed).
fn demo_id(n: u32) -> domain::booking::NationalId {
    domain::booking::NationalId::example('H', 2, 9_000_000 + n)
        .unwrap_or_else(|| unreachable!("one check digit always fits"))
}

/// Today's clinic at the first centre, with demo families to verify, check in
/// and mark; and a full day at the second centre.
async fn demo_registrations(state: &AppState, centre: CentreId, second: CentreId) -> Result<()> {
    use booking::store::registrations::{DemoRegistration, insert_demo};
    use domain::booking::RegistrationStatus as S;
    let (db, now, today) = (&state.db, state.clock.now(), state.clock.today());
    let plan = serde_json::to_string(&SessionPlan::typical())?;
    let new_day = clinic_days::NewDay {
        centre_id: centre,
        quota: Quota::new(6, 2).map_err(fail)?,
        session_plan_json: &plan,
        checkin_time: "08:30",
    };
    clinic_days::open(db, &new_day, &[today.to_string()], now)
        .await
        .map_err(fail)?;
    let today_id = clinic_days::of_centre(db, now, centre, &today.to_string(), &today.to_string())
        .await
        .map_err(fail)?[0]
        .id;
    let full_day = {
        let d = today + Duration::days(3);
        let new_day = clinic_days::NewDay {
            centre_id: second,
            quota: Quota::new(1, 0).map_err(fail)?,
            session_plan_json: &plan,
            checkin_time: "08:30",
        };
        clinic_days::open(db, &new_day, &[d.to_string()], now)
            .await
            .map_err(fail)?;
        let id = clinic_days::of_centre(db, now, second, &d.to_string(), &d.to_string())
            .await
            .map_err(fail)?
            .first()
            .map(|d| d.id);
        if let Some(id) = id {
            clinic_days::resize(db, second, id, Quota::new(1, 0).map_err(fail)?, now)
                .await
                .map_err(fail)?;
        }
        id
    };
    let families: [(&str, i64, S, Option<ClinicDayId>); 4] = [
        ("陳小安(示範)", 900, S::Confirmed, Some(today_id)),
        ("林小寶(示範)", 1500, S::Confirmed, Some(today_id)),
        ("黃小明(示範)", 1200, S::Submitted, Some(today_id)),
        ("張小華(示範)", 1000, S::Submitted, full_day),
    ];
    for (i, (name, age_days, status, day)) in families.into_iter().enumerate() {
        let Some(day_id) = day else { continue };
        let id = demo_id(i as u32);
        let birth = today - Duration::days(age_days);
        let reference = domain::booking::BookingReference::from_random(0xDE40 + i as u64).to_string();
        let key = state.keys.child_key(&id);
        let enc = state.keys.encrypt(id.expose());
        let d = DemoRegistration {
            day_id,
            reference: &reference,
            child_key: &key,
            national_id_enc: &enc,
            national_id_masked: &id.masked(),
            child_name: name,
            birth_date: &birth.to_string(),
            status,
            user_id: None,
        };
        insert_demo(db, &d, domain::booking::age::is_under_three_on(birth, today), now)
            .await
            .map_err(fail)?;
    }
    Ok(())
}
