//! The public REST API and its OpenAPI document.

use crate::both;
use crate::fixtures::*;
use crate::harness::{Db, TestApp};

both!(open_data_lists_centres_and_availability);
async fn open_data_lists_centres_and_availability(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "API").await;
    let d = day(&app, c, 3, Places { total: 5, under3: 2 }).await;
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
    assert_eq!(days[0]["id"], d.get());
    assert_eq!(days[0]["centre_id"], c.get());
    assert_eq!(days[0]["date"], in_days(&app, 3).to_string());
    assert_eq!(days[0]["places_left"], 3);
    assert_eq!(days[0]["places_left_under3"], 1);
    for (bad, code) in [
        ("/api/v1/availability", "bad_query"),
        ("/api/v1/availability?from=2026-13-01&to=2026-12-01", "bad_query"),
        ("/api/v1/availability?from=2026-01-01&to=2027-01-01", "bad_range"),
        (
            "/api/v1/availability?from=2026-01-01&to=2026-01-02&centre=x",
            "bad_query",
        ),
    ] {
        let res = app.client.get(app.url(bad)).send().await.unwrap();
        assert_eq!(res.status(), 400, "{bad}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["error"], code, "{bad}");
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
    // The schema states the bounds the footprint endpoint enforces, as the
    // domain sets them.
    {
        use domain::meals::input::*;
        let s = &doc["components"]["schemas"];
        let n = |v: &serde_json::Value| v.as_f64().unwrap_or(f64::NAN);
        assert_eq!(n(&s["FootprintIn"]["properties"]["items"]["minItems"]), 1.0);
        assert_eq!(
            n(&s["FootprintIn"]["properties"]["items"]["maxItems"]),
            MAX_ITEMS as f64
        );
        assert_eq!(
            n(&s["FootprintIn"]["properties"]["waste_share"]["exclusiveMaximum"]),
            MAX_WASTE_SHARE
        );
        assert_eq!(n(&s["ItemIn"]["properties"]["grams"]["exclusiveMinimum"]), 0.0);
        assert_eq!(n(&s["ItemIn"]["properties"]["grams"]["maximum"]), MAX_GRAMS);
        assert_eq!(n(&s["ItemIn"]["properties"]["legs"]["maxItems"]), MAX_LEGS as f64);
        assert_eq!(n(&s["LegIn"]["properties"]["km"]["maximum"]), MAX_LEG_KM);
        assert_eq!(
            n(&s["PackagingIn"]["properties"]["count"]["maximum"]),
            f64::from(MAX_PACKAGING_COUNT)
        );
    }
    // The ids the calculator takes are listed: the current standard's
    // ingredients, and the domain's closed sets; the query is in the query.
    {
        let s = &doc["components"]["schemas"];
        let listed = |v: &serde_json::Value| -> Vec<String> {
            v.as_array()
                .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect())
                .unwrap_or_default()
        };
        let ingredients: serde_json::Value = app
            .client
            .get(app.url("/api/v1/ingredients"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let ids: Vec<String> = ingredients
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_owned())
            .collect();
        assert!(!ids.is_empty());
        assert_eq!(listed(&s["ItemIn"]["properties"]["ingredient_id"]["enum"]), ids);
        assert_eq!(
            listed(&s["LegIn"]["properties"]["mode"]["enum"]).len(),
            <domain::meals::standard::TransportMode as domain::Named>::all().count()
        );
        let params = doc["paths"]["/api/v1/availability"]["get"]["parameters"]
            .as_array()
            .unwrap();
        assert!(params.iter().all(|p| p["in"] == "query"));
        let required = |name: &str| params.iter().find(|p| p["name"] == name).map(|p| p["required"].clone());
        assert_eq!(required("from"), Some(serde_json::Value::Bool(true)));
        assert_eq!(required("centre"), Some(serde_json::Value::Bool(false)));
    }
    // One error shape, documented.
    let error = &doc["components"]["schemas"]["ApiError"]["properties"];
    assert!(error.get("error").is_some() && error.get("message").is_some());
    app.cleanup().await;
}

/// The open days of one centre, as the open-data endpoint gives them, with the entity tag.
async fn open_days(
    app: &TestApp,
    centre: CentreId,
    if_none_match: Option<&str>,
) -> (u16, Option<String>, serde_json::Value) {
    let url = format!(
        "/api/v1/availability?from={}&to={}&centre={centre}",
        in_days(app, 0),
        in_days(app, 10)
    );
    let mut req = app.client.get(app.url(&url));
    if let Some(tag) = if_none_match {
        req = req.header("If-None-Match", tag);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    let etag = res
        .headers()
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    if status == 200 {
        assert_eq!(
            res.headers().get("cache-control").and_then(|v| v.to_str().ok()),
            Some("public, no-cache")
        );
    }
    let body = if status == 200 {
        res.json().await.unwrap()
    } else {
        serde_json::Value::Null
    };
    (status, etag, body)
}

both!(availability_is_current_after_every_write_and_revalidates_cheaply);
async fn availability_is_current_after_every_write_and_revalidates_cheaply(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "Cache").await;
    let d = day(&app, c, 3, Places { total: 4, under3: 1 }).await;
    let (status, tag, days) = open_days(&app, c, None).await;
    assert_eq!(status, 200);
    assert_eq!(days[0]["places_left"], 3);
    let tag = tag.expect("an entity tag");
    // Nothing changed: the tag answers with 304 and no body.
    assert_eq!(open_days(&app, c, Some(&tag)).await.0, 304);

    // A hold takes a place: the next answer shows it, under a new tag.
    let birth = preschooler(&app);
    hold(&app, &app.client, d, &birth).await.expect("hold");
    let (status, tag2, days) = open_days(&app, c, Some(&tag)).await;
    assert_eq!(status, 200, "the old tag no longer matches");
    assert_eq!(days[0]["places_left"], 2);
    let tag2 = tag2.expect("tag");
    assert_ne!(tag, tag2);

    // The hold runs out without any write: its place shows as free again.
    app.state.clock.advance(11 * 60);
    let (_, _, days) = open_days(&app, c, None).await;
    assert_eq!(days[0]["places_left"], 3);

    // A write this process did not make (another server instance, an
    // administrator's SQL) is seen too: the database raises the day's version.
    sqlx::query("UPDATE clinic_days SET quota_total = 8 WHERE id = $1")
        .bind(d.get())
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let (_, _, days) = open_days(&app, c, None).await;
    assert_eq!(days[0]["places_left"], 7);
    assert_eq!(days[0]["quota"], 8);
    sqlx::query("UPDATE clinic_days SET status = 'closed' WHERE id = $1")
        .bind(d.get())
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let (_, _, days) = open_days(&app, c, None).await;
    assert_eq!(days.as_array().map(Vec::len), Some(0), "a closed day is not offered");
    // A new day in the range appears at once.
    let d2 = day(&app, c, 5, Places { total: 2, under3: 0 }).await;
    let (_, _, days) = open_days(&app, c, None).await;
    assert_eq!(days[0]["id"], d2.get());
    app.cleanup().await;
}

both!(a_calendar_file_is_given_for_the_right_reference_and_birth_date_only);
async fn a_calendar_file_is_given_for_the_right_reference_and_birth_date_only(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "ICS").await;
    let d = day(&app, c, 3, Places { total: 5, under3: 2 }).await;
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
    // The reference opens the booking with the birth date: it is not in the
    // event's title, which calendars show and share.
    let summary = ics.lines().find(|l| l.starts_with("SUMMARY")).expect("a summary");
    assert!(!summary.contains("EI-"), "{summary}");
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
