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
