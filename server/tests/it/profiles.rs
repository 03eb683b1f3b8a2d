//! The deployment profiles: the shipped ones load, a broken one is refused
//! with every problem's file and line, and a server started on one profile
//! shows that government alone.

use crate::both;
use crate::harness::{Db, TestApp};
use std::path::{Path, PathBuf};

fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/profiles")
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_shipped_profiles_load() {
    let installation = server::profiles::load(&shipped(), &names(&["taoyuan", "taitung"])).unwrap();
    assert_eq!(installation.governments.len(), 2);
    let (city, targets) = installation.early_intervention().unwrap();
    assert_eq!((city.areas.len(), targets.first_assessment_days), (13, 30));
    let (county, terms) = installation.meals().unwrap();
    assert_eq!((county.areas.len(), terms.certificate_prefix.as_str()), (16, "TTSF"));
    // The authenticator app's label names the governments served.
    assert_eq!(
        platform::ssr::second_factor::issuer(&installation),
        "Taoyuan-Taitung Public Services"
    );
}

#[test]
fn a_broken_profile_is_refused_with_each_problems_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let city = dir.path().join("city");
    std::fs::create_dir_all(&city).unwrap();
    let toml = std::fs::read_to_string(shipped().join("taoyuan/government.toml"))
        .unwrap()
        .replace("first_assessment_share = 0.8", "first_assessment_share = 8")
        .replace("website = \"https://", "website = \"http://");
    std::fs::write(city.join("government.toml"), &toml).unwrap();
    let areas = std::fs::read_to_string(shipped().join("taoyuan/areas.csv")).unwrap();
    let mut lines: Vec<&str> = areas.lines().collect();
    lines[3] = "10014030,Daxi,大溪區,Daxi District,24.8807,121.2870";
    std::fs::write(city.join("areas.csv"), lines.join("\n")).unwrap();
    let err = format!(
        "{:#}",
        server::profiles::load(dir.path(), &names(&["city"])).unwrap_err()
    );
    let line_of = |needle: &str| toml.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert!(err.contains("3 problem(s)"), "{err}");
    assert!(
        err.contains(&format!("government.toml:{}: contact.website", line_of("website ="))),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "government.toml:{}: early_intervention.first_assessment_share",
            line_of("first_assessment_share")
        )),
        "{err}"
    );
    assert!(err.contains("areas.csv:4: code \"10014030\""), "{err}");

    // A key the format does not know, and a profile that is not there.
    std::fs::write(city.join("government.toml"), format!("{toml}\ncolour = \"blue\"\n")).unwrap();
    let err = format!(
        "{:#}",
        server::profiles::load(dir.path(), &names(&["city", "nowhere"])).unwrap_err()
    );
    assert!(err.contains("unknown field `colour`"), "{err}");
    assert!(err.contains("nowhere/government.toml"), "{err}");
}

both!(a_server_on_one_profile_shows_that_government_alone);
async fn a_server_on_one_profile_shows_that_government_alone(db: Db) {
    let app = TestApp::spawn_with(db, &["--profiles", "taitung"]).await;
    let home = app.client.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("臺東縣政府") && home.contains("/meals"), "{home}");
    assert!(!home.contains("桃園") && !home.contains("href=\"/ei\""), "{home}");
    // The city's pages have no government here.
    let stats = app
        .client
        .get(app.url("/stats/early-intervention"))
        .send()
        .await
        .unwrap();
    let body = stats.text().await.unwrap();
    assert!(!body.contains("桃園"), "{body}");
}

/// A city that is no shipped profile: Hsinchu City (Ministry of the
/// Interior's codes; the city government's address and switchboard).
fn another_city(dir: &Path) {
    let city = dir.join("othercity");
    std::fs::create_dir_all(&city).unwrap();
    let toml = std::fs::read_to_string(shipped().join("taoyuan/government.toml"))
        .unwrap()
        .replace("id = \"taoyuan\"", "id = \"hsinchu-city\"")
        .replace("code = \"68000\"", "code = \"10018\"")
        .replace("桃園市政府", "新竹市政府")
        .replace("Taoyuan City Government", "Hsinchu City Government")
        .replace("桃園市", "新竹市")
        .replace("Taoyuan City", "Hsinchu City")
        .replace("\"桃園\"", "\"新竹\"")
        .replace("\"Taoyuan\"", "\"Hsinchu\"")
        .replace("03-332-2101", "03-521-6121")
        .replace("www.tycg.gov.tw", "www.hccg.gov.tw")
        .replace("330 新竹市桃園區縣府路1號", "300 新竹市北區中正路120號")
        .replace(
            "No. 1, Xianfu Rd., Taoyuan Dist., Hsinchu City 330",
            "No. 120, Zhongzheng Rd., North Dist., Hsinchu City 300",
        )
        .replace("桃園早療", "新竹早療")
        .replace("Taoyuan EI", "Hsinchu EI");
    assert!(!toml.contains("桃園") && !toml.contains("Taoyuan"), "{toml}");
    std::fs::write(city.join("government.toml"), toml).unwrap();
    std::fs::write(
        city.join("areas.csv"),
        "code,key,name_zh,name_en,lat,lon\n\
         10018010,East,東區,East District,24.8015,120.9715\n\
         10018020,North,北區,North District,24.8160,120.9620\n\
         10018030,Xiangshan,香山區,Xiangshan District,24.7865,120.9200\n",
    )
    .unwrap();
}

both!(another_city_runs_early_intervention_in_its_own_districts_from_its_profile_alone);
async fn another_city_runs_early_intervention_in_its_own_districts_from_its_profile_alone(db: Db) {
    use booking::server_fns::city::SaveCentre;
    use domain::booking::District;
    use domain::platform::Role;
    let dir = tempfile::tempdir().unwrap();
    another_city(dir.path());
    let profile_dir = dir.path().display().to_string();
    let app = TestApp::spawn_with(db, &["--profile-dir", &profile_dir, "--profiles", "othercity"]).await;
    let (city, _) = app.user(Role::CityAdmin, None, None).await;
    let save = |district: &str| SaveCentre {
        form: crate::fixtures::centre_form(None, District::parse(district).unwrap()),
    };
    // A district of this city is taken; one of another city is bad input
    // and writes nothing.
    let b = &app.base;
    crate::wire::call_with::<_, serde_json::Value>(&city, b, save("North"))
        .await
        .expect("a centre in one of the city's districts");
    assert_eq!(
        crate::wire::call_with::<_, serde_json::Value>(&city, b, save("Zhongli"))
            .await
            .err(),
        Some(platform::AppError::InvalidInput)
    );
    assert_eq!(crate::fixtures::count(&app, "SELECT COUNT(*) FROM centres").await, 1);

    // The referral form offers this city's districts, by their names.
    let page = app
        .client
        .get(app.url("/ei/refer"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for (word, shown) in [
        ("新竹市", true),
        ("北區", true),
        ("香山區", true),
        ("桃園", false),
        ("中壢", false),
    ] {
        assert_eq!(page.contains(word), shown, "{word}");
    }
    // The dashboard has a row for each of this city's districts, and its
    // filter refuses a district that is not the city's.
    let figures = |district: &str| booking::server_fns::dashboard::CityFigures {
        from: String::new(),
        to: String::new(),
        centre: String::new(),
        district: district.into(),
    };
    let d: booking::types::CityDashboardView = crate::wire::call_with(&city, b, figures("")).await.unwrap();
    let mut rows: Vec<Option<District>> = d.d.need.iter().map(|n| n.district).collect();
    rows.sort();
    assert_eq!(
        rows,
        vec![
            None,
            Some(District::of("East")),
            Some(District::of("North")),
            Some(District::of("Xiangshan"))
        ]
    );
    assert_eq!(
        crate::wire::call_with::<_, booking::types::CityDashboardView>(&city, b, figures("Zhongli"))
            .await
            .err(),
        Some(platform::AppError::InvalidInput)
    );
    app.cleanup().await;
}

/// A county that is no shipped profile: Hualien County (Ministry of the
/// Interior's codes; three of its townships).
fn another_county(dir: &Path) {
    let county = dir.join("othercounty");
    std::fs::create_dir_all(&county).unwrap();
    let toml = std::fs::read_to_string(shipped().join("taitung/government.toml"))
        .unwrap()
        .replace("id = \"taitung\"", "id = \"hualien\"")
        .replace("code = \"10014\"", "code = \"10015\"")
        .replace("臺東縣政府", "花蓮縣政府")
        .replace("Taitung County Government", "Hualien County Government")
        .replace("臺東縣臺東市中山路276號", "花蓮縣花蓮市府前路17號")
        .replace(
            "No. 276, Zhongshan Rd., Taitung City, Taitung County 950",
            "No. 17, Fuqian Rd., Hualien City, Hualien County 970",
        )
        .replace("950 ", "970 ")
        .replace("臺東縣", "花蓮縣")
        .replace("Taitung County", "Hualien County")
        .replace("\"臺東\"", "\"花蓮\"")
        .replace("\"Taitung\"", "\"Hualien\"")
        .replace("089-326-141", "03-822-7171")
        .replace("www.taitung.gov.tw", "www.hl.gov.tw")
        .replace("\"TTSF\"", "\"HLSF\"");
    assert!(!toml.contains("臺東") && !toml.contains("Taitung"), "{toml}");
    std::fs::write(county.join("government.toml"), toml).unwrap();
    std::fs::write(
        county.join("areas.csv"),
        "code,key,name_zh,name_en,lat,lon\n\
         10015010,HualienCity,花蓮市,Hualien City,23.9769,121.6044\n\
         10015050,Jian,吉安鄉,Ji'an Township,23.9617,121.5681\n\
         10015090,Ruisui,瑞穗鄉,Ruisui Township,23.4967,121.3758\n",
    )
    .unwrap();
}

both!(another_county_runs_meals_in_its_own_townships_from_its_profile_alone);
async fn another_county_runs_meals_in_its_own_townships_from_its_profile_alone(db: Db) {
    use domain::platform::Role;
    let dir = tempfile::tempdir().unwrap();
    another_county(dir.path());
    let profile_dir = dir.path().display().to_string();
    let app = TestApp::spawn_with(db, &["--profile-dir", &profile_dir, "--profiles", "othercounty"]).await;
    let (county, _) = app.user(Role::CountyAdmin, None, None).await;
    let b = &app.base;
    // A farm in one of the county's townships is listed, at its office when
    // no location is given; one in another county's township is bad input
    // and writes nothing.
    let farm = |place: &str| crate::sourcing::supplier("farm", "吉安農場", place, "", "", "", "", "");
    crate::wire::call_with::<_, serde_json::Value>(&county, b, farm("Jian"))
        .await
        .expect("a farm in one of the county's townships");
    assert_eq!(
        crate::wire::call_with::<_, serde_json::Value>(&county, b, farm("Chishang"))
            .await
            .err(),
        Some(platform::AppError::InvalidInput)
    );
    assert_eq!(crate::fixtures::count(&app, "SELECT COUNT(*) FROM suppliers").await, 1);
    let (lat, lon): (f64, f64) = sqlx::query_as("SELECT lat, lon FROM suppliers")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!((lat, lon), (23.9617, 121.5681));

    // The public farm directory filters by this county's townships.
    let page = app
        .client
        .get(app.url("/farms"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for (word, shown) in [
        ("花蓮縣", true),
        ("吉安鄉", true),
        ("瑞穗鄉", true),
        ("臺東", false),
        ("池上", false),
    ] {
        assert_eq!(page.contains(word), shown, "{word}");
    }
    // A restaurant registers in one of its townships, and in no other.
    let areas = platform::ssr::workplaces::WorkplaceDirectory::areas(
        &meals::store::restaurants::RestaurantDirectory::new(&app.state.config.installation),
    );
    let keys: Vec<&str> = areas.iter().map(|a| a.code.as_str()).collect();
    assert_eq!(keys, ["HualienCity", "Jian", "Ruisui"]);
    app.cleanup().await;
}
