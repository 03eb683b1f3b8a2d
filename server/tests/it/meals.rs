//! The meal service: the public API, editions of the standard, saved meals.

use crate::both;
use crate::harness::{Db, TestApp, call_with};
use domain::meals::{ItemInput, MealInput, Standard, Township};
use domain::platform::Role;
use meals::error::AppError;
use meals::error::MealsError;
use meals::server_fns::menu::{MyMeal, MyMenu, RecomputeMeal, SaveMeal};
use meals::server_fns::public::{CurrentStandard, ListEditions, MealLabel, PublicMeal, StandardEdition};
use meals::server_fns::standard::{PublishChange, PublishEditionFile};
use meals::types::{EditionInfo, LabelView, MealDetail, MealSummary, SaveMealForm, StandardChange};
use serde_json::json;

both!(the_footprint_api_computes_a_meal_and_refuses_bad_input_clearly);
async fn the_footprint_api_computes_a_meal_and_refuses_bad_input_clearly(db: Db) {
    let app = TestApp::spawn(db).await;
    let post = |body: serde_json::Value| app.client.post(app.url("/api/v1/footprint")).json(&body).send();
    let res = post(json!({"items": [{"ingredient_id": "rice-white", "grams": 250}]}))
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let out: serde_json::Value = res.json().await.unwrap();
    let std: Standard = serde_json::from_str(meals::store::standard::FIRST_EDITION).unwrap();
    let expected = domain::meals::compute(
        &std,
        &MealInput {
            items: vec![ItemInput::new("rice-white", 250.0)],
            ..Default::default()
        },
    )
    .unwrap();
    assert!((out["total_kg_co2e"].as_f64().unwrap() - expected.total_kg_co2e).abs() < 1e-12);
    for stage in ["ingredients", "transport", "cooking", "packaging", "waste"] {
        assert!(out["stages"][stage].is_number(), "{stage}");
    }
    assert_eq!(out["edition"], 1);
    assert_eq!(out["lines"][0]["ingredient_id"], "rice-white");
    assert!(out["rating"]["band"].is_string());
    assert!(
        out["flags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "packaging_assumed")
    );

    let full = json!({"kind": "dish", "waste_share": 0.0, "packaging": [{"id": "reusable", "count": 1}],
        "items": [{"ingredient_id": "cabbage", "grams": 150, "origin": "taitung_local", "cooking": "pan-cooking",
                   "legs": [{"mode": "small_truck", "km": 12}]}]});
    let out: serde_json::Value = post(full).await.unwrap().json().await.unwrap();
    assert_eq!(out["flags"].as_array().unwrap().len(), 0);

    for (bad, needle) in [
        (json!({"items": [{"ingredient_id": "unicorn", "grams": 10}]}), "unicorn"),
        (json!({"items": [{"ingredient_id": "egg", "grams": -5}]}), "grams"),
        (
            json!({"items": [{"ingredient_id": "egg", "grams": 50, "legs": [{"mode": "sea", "km": 1e7}]}]}),
            "legs",
        ),
        (
            json!({"items": [{"ingredient_id": "egg", "grams": 50, "origin": "mars"}]}),
            "origin",
        ),
        (json!({"items": []}), "at least one"),
        (json!({"itemz": []}), "items"),
    ] {
        let res = post(bad.clone()).await.unwrap();
        assert_eq!(res.status(), 400, "{bad}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert!(body["message"].as_str().unwrap().contains(needle), "{bad}: {body}");
    }
    let res = app
        .client
        .post(app.url("/api/v1/footprint"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);

    let list: serde_json::Value = app
        .client
        .get(app.url("/api/v1/ingredients"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let list = list.as_array().unwrap();
    assert!(list.len() >= 60);
    for key in ["id", "name_zh_tw", "name_en", "kg_co2e_per_kg", "source"] {
        assert!(list.iter().all(|i| !i[key].is_null()), "{key}");
    }
    app.cleanup().await;
}

/// The county approves the restaurant, so that its meals are public.
async fn approve(county: &reqwest::Client, base: &str, r: domain::ids::RestaurantId) {
    call_with::<_, ()>(
        county,
        base,
        meals::server_fns::listing::DecideListing {
            restaurant: r,
            action: "approve".into(),
            reason: String::new(),
        },
    )
    .await
    .unwrap();
}

fn lunch(items: &[(&str, f64)]) -> MealInput {
    MealInput {
        items: items.iter().map(|(id, g)| ItemInput::new(*id, *g)).collect(),
        ..Default::default()
    }
}

both!(meals_are_saved_on_an_edition_and_recomputed_on_a_newer_one);
async fn meals_are_saved_on_an_edition_and_recomputed_on_a_newer_one(db: Db) {
    let app = TestApp::spawn(db).await;
    let r1 =
        meals::store::restaurants::insert(&app.state.db, "一號店", "Shop 1", Township::of("TaitungCity"), false, 0)
            .await
            .unwrap();
    let r2 =
        meals::store::restaurants::insert(&app.state.db, "二號店", "Shop 2", Township::of("TaitungCity"), false, 0)
            .await
            .unwrap();
    let (chef, _) = app.user(Role::RestaurantStaff, None, Some(r1)).await;
    let (other_chef, _) = app.user(Role::RestaurantStaff, None, Some(r2)).await;
    let (county, _) = app.user(Role::CountyAdmin, None, None).await;
    let (parent, _) = app.user(Role::Parent, None, None).await;
    let b = &app.base;
    approve(&county, b, r1).await;
    let form = SaveMealForm {
        id: None,
        name: domain::Bilingual::new("豬肉便當", ""),
        input: lunch(&[("rice-white", 250.0), ("pork-shoulder", 100.0)]),
    };
    let saved: MealSummary = call_with(&chef, b, SaveMeal { form: form.clone() })
        .await
        .expect("save");
    assert_eq!(saved.edition, 1);
    assert_eq!(
        saved.name.en, "豬肉便當",
        "an empty English name falls back to the Chinese one"
    );
    assert_eq!(
        call_with::<_, MealSummary>(&parent, b, SaveMeal { form: form.clone() })
            .await
            .err(),
        Some(AppError::Forbidden)
    );
    assert_eq!(
        call_with::<_, MealSummary>(&county, b, SaveMeal { form: form.clone() })
            .await
            .err(),
        Some(AppError::Forbidden)
    );
    assert_eq!(
        call_with::<_, MealDetail>(&other_chef, b, MyMeal { id: saved.id })
            .await
            .err(),
        Some(AppError::NotFound)
    );
    let mut bad = form.clone();
    bad.input.items[0].grams = -1.0;
    assert!(matches!(
        call_with::<_, MealSummary>(&chef, b, SaveMeal { form: bad }).await,
        Err(AppError::Service(MealsError::Meal(_)))
    ));
    let mut nameless = form.clone();
    nameless.name.zh_tw = "   ".into();
    assert_eq!(
        call_with::<_, MealSummary>(&chef, b, SaveMeal { form: nameless })
            .await
            .err(),
        Some(AppError::Service(MealsError::MealNameInvalid))
    );

    // The county edits pork; a new edition appears, the old one stays readable.
    let std: Standard = call_with(&county, b, CurrentStandard {}).await.unwrap();
    let mut pork = std.ingredient("pork-shoulder").unwrap().clone();
    pork.stages.farming = 4.0;
    pork.source.reference = "Taiwan pork, county survey".into();
    let change = |c: StandardChange, note: &str| PublishChange {
        change: c,
        note: note.into(),
    };
    assert_eq!(
        call_with::<_, u32>(
            &chef,
            b,
            change(StandardChange::Ingredient(Box::new(pork.clone())), "x")
        )
        .await
        .err(),
        Some(AppError::Forbidden)
    );
    let mut broken = pork.clone();
    broken.stages.processing = -1.0;
    assert!(matches!(
        call_with::<_, u32>(
            &county,
            b,
            change(StandardChange::Ingredient(Box::new(broken)), "broken")
        )
        .await,
        Err(AppError::Service(MealsError::StandardInvalid(_)))
    ));
    assert_eq!(
        call_with::<_, u32>(
            &county,
            b,
            change(StandardChange::Ingredient(Box::new(pork.clone())), "  ")
        )
        .await
        .err(),
        Some(AppError::ReasonRequired)
    );
    let n: u32 = call_with(
        &county,
        b,
        change(StandardChange::Ingredient(Box::new(pork)), "local pork factor"),
    )
    .await
    .expect("publish");
    assert_eq!(n, 2);
    let old: Standard = call_with(&app.client, b, StandardEdition { edition: 1 }).await.unwrap();
    assert!((old.ingredient("pork-shoulder").unwrap().stages.farming - 6.802).abs() < 1e-12);
    let api: serde_json::Value = app
        .client
        .get(app.url("/api/v1/ingredients"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(api[0]["edition"], 2);
    // The public list names no administrator; the county's curators see who published.
    let public_list: Vec<EditionInfo> = call_with(&app.client, b, ListEditions {}).await.unwrap();
    assert_eq!(public_list[0].edition, 2);
    assert!(public_list.iter().all(|e| e.created_by.is_none()));
    let curator_list: Vec<EditionInfo> = call_with(&county, b, ListEditions {}).await.unwrap();
    assert!(curator_list[0].created_by.as_deref().is_some_and(|e| e.contains('@')));
    let chef_list: Vec<EditionInfo> = call_with(&chef, b, ListEditions {}).await.unwrap();
    assert!(chef_list.iter().all(|e| e.created_by.is_none()));

    let menu: Vec<MealSummary> = call_with(&chef, b, MyMenu {}).await.unwrap();
    assert_eq!((menu[0].edition, menu[0].latest_edition), (1, 2));
    // Both figures before recomputing: the saved one and the one on edition 2.
    let on_latest = menu[0].on_latest_kg.expect("the figure on the newer edition");
    assert!((menu[0].total_kg - saved.total_kg).abs() < 1e-12);
    let again: MealSummary = call_with(&chef, b, RecomputeMeal { id: saved.id }).await.unwrap();
    assert_eq!(again.edition, 2);
    assert!(again.total_kg < saved.total_kg, "the lower pork factor lowers the meal");
    assert!(
        (again.total_kg - on_latest).abs() < 1e-12,
        "the figure shown is the one recomputed"
    );
    assert_eq!(again.on_latest_kg, None);

    // The public page and the label.
    let public: MealDetail = call_with(
        &app.client,
        b,
        PublicMeal {
            slug: saved.slug.clone(),
        },
    )
    .await
    .unwrap();
    assert_eq!(public.footprint.edition, 2);
    let label: LabelView = call_with(
        &app.client,
        b,
        MealLabel {
            slug: saved.slug.clone(),
        },
    )
    .await
    .unwrap();
    assert!(label.qr_svg.contains("<svg") && label.url.ends_with(&format!("/m/{}", saved.slug)));
    assert_eq!(
        call_with::<_, MealDetail>(&app.client, b, PublicMeal { slug: "nope".into() })
            .await
            .err(),
        Some(AppError::NotFound)
    );

    // Grid and rating changes publish editions too; a nonsensical one is refused.
    let n: u32 = call_with(
        &county,
        b,
        change(
            StandardChange::Grid {
                kg_per_kwh: 0.474,
                year: 2024,
            },
            "2024 grid",
        ),
    )
    .await
    .unwrap();
    assert_eq!(n, 3);
    assert!(matches!(
        call_with::<_, u32>(
            &county,
            b,
            change(
                StandardChange::Rating {
                    green_max: 1.0,
                    yellow_max: 0.5,
                    target_kg: 0.5
                },
                "bad"
            )
        )
        .await,
        Err(AppError::Service(MealsError::StandardInvalid(_)))
    ));
    app.cleanup().await;
}

both!(edition_2_is_published_as_a_file_and_saved_meals_keep_their_figures);
async fn edition_2_is_published_as_a_file_and_saved_meals_keep_their_figures(db: Db) {
    let app = TestApp::spawn(db).await;
    let r = meals::store::restaurants::insert(&app.state.db, "三號店", "Shop 3", Township::of("Chishang"), false, 0)
        .await
        .unwrap();
    let (chef, _) = app.user(Role::RestaurantStaff, None, Some(r)).await;
    let (county, _) = app.user(Role::CountyAdmin, None, None).await;
    let (city, _) = app.user(Role::CityAdmin, None, None).await;
    approve(&county, &app.base, r).await;
    let b = &app.base;
    let pork_box = lunch(&[
        ("rice-white", 250.0),
        ("pork-chop", 100.0),
        ("cabbage", 80.0),
        ("egg", 50.0),
    ]);
    let saved: MealSummary = call_with(
        &chef,
        b,
        SaveMeal {
            form: SaveMealForm {
                id: None,
                name: domain::Bilingual::new("排骨便當", "Pork chop box"),
                input: pork_box.clone(),
            },
        },
    )
    .await
    .unwrap();
    assert_eq!(saved.edition, 1);

    let file = meals::demo::SECOND_EDITION.to_string();
    let publish = |file: String, note: &str| PublishEditionFile {
        file,
        note: note.into(),
    };
    // Only the county publishes; a note is required; a file that is no
    // edition, or an edition that does not validate, changes nothing.
    for who in [&chef, &city] {
        assert_eq!(
            call_with::<_, u32>(who, b, publish(file.clone(), "edition 2"))
                .await
                .err(),
            Some(AppError::Forbidden)
        );
    }
    assert_eq!(
        call_with::<_, u32>(&county, b, publish(file.clone(), " ")).await.err(),
        Some(AppError::ReasonRequired)
    );
    assert!(matches!(
        call_with::<_, u32>(&county, b, publish("{\"edition\": 2}".into(), "broken")).await,
        Err(AppError::Service(MealsError::StandardInvalid(_)))
    ));
    let mut invalid: Standard = serde_json::from_str(&file).unwrap();
    invalid.method = 9;
    assert!(matches!(
        call_with::<_, u32>(
            &county,
            b,
            publish(serde_json::to_string(&invalid).unwrap(), "bad method")
        )
        .await,
        Err(AppError::Service(MealsError::StandardInvalid(_)))
    ));
    let editions: Vec<EditionInfo> = call_with(&app.client, b, ListEditions {}).await.unwrap();
    assert_eq!(editions.len(), 1, "nothing was published by the refused calls");

    let n: u32 = call_with(&county, b, publish(file.clone(), "Edition 2: method 2"))
        .await
        .unwrap();
    assert_eq!(n, 2);
    let current: Standard = call_with(&app.client, b, CurrentStandard {}).await.unwrap();
    assert_eq!(
        (current.edition, current.method),
        (2, domain::meals::standard::METHOD_2)
    );

    // The saved meal keeps its edition-1 figure, publicly too, and the menu
    // shows what it comes to on edition 2 and the difference.
    let public: MealDetail = call_with(
        &app.client,
        b,
        PublicMeal {
            slug: saved.slug.clone(),
        },
    )
    .await
    .unwrap();
    assert_eq!(public.footprint.edition, 1);
    assert!((public.footprint.total_kg_co2e - saved.total_kg).abs() < 1e-12);
    let menu: Vec<MealSummary> = call_with(&chef, b, MyMenu {}).await.unwrap();
    let expected = domain::meals::compute(&current, &pork_box).unwrap();
    let on_latest = menu[0].on_latest_kg.unwrap();
    assert!((on_latest - expected.total_kg_co2e).abs() < 1e-12);
    assert!(on_latest < saved.total_kg, "edition 2 no longer charges the bone twice");
    let again: MealSummary = call_with(&chef, b, RecomputeMeal { id: saved.id }).await.unwrap();
    let detail: MealDetail = call_with(&chef, b, MyMeal { id: again.id }).await.unwrap();
    assert_eq!(detail.footprint.method, 2);
    // Saved with the year it is served, for its grid factor.
    assert!(detail.input.served_year.is_some_and(|y| y >= 2023));
    assert!(detail.footprint.range.low < detail.footprint.total_kg_co2e);
    assert!(detail.footprint.total_kg_co2e < detail.footprint.range.high);
    assert!((1.0..=5.0).contains(&detail.footprint.data_quality));

    // The API answers on edition 2 with the range, the quality and the figure
    // as shown; it takes what the cook weighed and the kitchen's gas.
    let out: serde_json::Value = app
        .client
        .post(app.url("/api/v1/footprint"))
        .json(&json!({"kind": "dish", "waste_share": 0.0, "packaging": [{"id": "reusable", "count": 1}], "gas": "town_gas", "served_year": 2023,
            "items": [{"ingredient_id": "pork-chop", "grams": 120, "cooking": "frying", "origin": "other_taiwan",
                       "weighed": {"state": "raw", "part": "as_bought"}}]}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(out["edition"], 2);
    let total = out["total_kg_co2e"].as_f64().unwrap();
    assert!(out["range"]["low"].as_f64().unwrap() < total && total < out["range"]["high"].as_f64().unwrap());
    assert_eq!(
        out["total_shown"].as_f64().unwrap(),
        domain::stats::two_significant(total)
    );
    assert!(out["data_quality"].as_f64().unwrap() > 0.0);
    // Nothing assumed but the pork chop's factor (pork shoulder's).
    assert_eq!(out["flags"], json!(["proxy_factor:0"]), "{out}");
    // 120 g bone-in raw: 96 g of meat at Agribalyse's 7.91155 per kg edible, plus what frying adds.
    let meat_only = 0.096 * 7.91155;
    assert!(total > meat_only && total < meat_only * 1.3, "{total}");
    let bad: serde_json::Value = app
        .client
        .post(app.url("/api/v1/footprint"))
        .json(&json!({"items": [{"ingredient_id": "egg", "grams": 50, "weighed": {"state": "boiled", "part": "edible"}}]}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(bad["message"].as_str().unwrap().contains("weighed"), "{bad}");
    let res = app
        .client
        .post(app.url("/api/v1/footprint"))
        .json(&json!({"served_year": 1990.0, "items": [{"ingredient_id": "egg", "grams": 50}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let body: serde_json::Value = res.json().await.unwrap();
    assert!(body["message"].as_str().unwrap().contains("year"), "{body}");
    app.cleanup().await;
}
