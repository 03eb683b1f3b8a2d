//! The public REST API and its OpenAPI document.

use crate::both;
use crate::fixtures::*;
use crate::harness::{Db, TestApp};

both!(open_data_lists_centres_and_availability);
async fn open_data_lists_centres_and_availability(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "API").await;
    let d = day(&app, c, 3, 5, 2).await;
    book(&app, d, &national_id(9), &toddler(&app)).await.unwrap();
    let centres: serde_json::Value = app
        .client
        .get(app.url("/api/v1/centres"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let first = &centres[0];
    for key in ["id", "name_zh_tw", "name_en", "district", "next_available_date"] {
        assert!(first.get(key).is_some(), "{key}");
    }
    assert_eq!(first["next_available_date"], in_days(&app, 3).to_string());
    let url = format!(
        "/api/v1/availability?from={}&to={}&centre={c}",
        in_days(&app, 0),
        in_days(&app, 10)
    );
    let days: serde_json::Value = app
        .client
        .get(app.url(&url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(days[0]["id"], d);
    assert_eq!(days[0]["centre_id"], c);
    assert_eq!(days[0]["date"], in_days(&app, 3).to_string());
    assert_eq!(days[0]["places_left"], 3);
    assert_eq!(days[0]["places_left_under3"], 1);
    for bad in [
        "/api/v1/availability",
        "/api/v1/availability?from=2026-13-01&to=2026-12-01",
        "/api/v1/availability?from=2026-01-01&to=2027-01-01",
    ] {
        let res = app.client.get(app.url(bad)).send().await.unwrap();
        assert_eq!(res.status(), 400, "{bad}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    let doc: serde_json::Value = app
        .client
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    for path in [
        "/api/v1/centres",
        "/api/v1/availability",
        "/api/v1/footprint",
        "/api/v1/ingredients",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path}");
    }
    app.cleanup().await;
}

both!(a_calendar_file_is_given_for_the_right_reference_and_birth_date_only);
async fn a_calendar_file_is_given_for_the_right_reference_and_birth_date_only(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "ICS").await;
    let d = day(&app, c, 3, 5, 2).await;
    let birth = toddler(&app);
    let r = book(&app, d, &national_id(5), &birth).await.unwrap();
    let res = app
        .client
        .post(app.url("/ei/ics"))
        .form(&[("reference", r.reference.as_str()), ("birth_date", birth.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let ics = res.text().await.unwrap();
    let date = in_days(&app, 3).format("%Y%m%d").to_string();
    assert!(
        ics.contains(&format!("DTSTART;TZID=Asia/Taipei:{date}T083000")),
        "{ics}"
    );
    assert!(!ics.contains("王小明"), "no child's name in the calendar file");
    let res = app
        .client
        .post(app.url("/ei/ics"))
        .form(&[("reference", r.reference.as_str()), ("birth_date", "2019-01-01")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    app.cleanup().await;
}
