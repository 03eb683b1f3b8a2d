//! The meal service: the public API, editions of the standard, saved meals.

use crate::both;
use crate::harness::{Db, TestApp, call_with};
use domain::meals::{ItemInput, MealInput, Standard, Township};
use domain::platform::Role;
use meals::server_fns::menu::{MyMeal, MyMenu, RecomputeMeal, SaveMeal};
use meals::server_fns::public::{CurrentStandard, ListEditions, MealLabel, PublicMeal, StandardEdition};
use meals::server_fns::standard::PublishChange;
use meals::types::{EditionInfo, LabelView, MealDetail, MealSummary, SaveMealForm, StandardChange};
use platform::AppError;
use platform::error::MealsError;
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

fn lunch(items: &[(&str, f64)]) -> MealInput {
    MealInput {
        items: items.iter().map(|(id, g)| ItemInput::new(*id, *g)).collect(),
        ..Default::default()
    }
}

both!(meals_are_saved_on_an_edition_and_recomputed_on_a_newer_one);
async fn meals_are_saved_on_an_edition_and_recomputed_on_a_newer_one(db: Db) {
    let app = TestApp::spawn(db).await;
    let r1 = meals::store::restaurants::insert(&app.state.db, "一號店", "Shop 1", Township::TaitungCity, false, 0)
        .await
        .unwrap();
    let r2 = meals::store::restaurants::insert(&app.state.db, "二號店", "Shop 2", Township::TaitungCity, false, 0)
        .await
        .unwrap();
    let (chef, _) = app.user(Role::RestaurantStaff, None, Some(r1)).await;
    let (other_chef, _) = app.user(Role::RestaurantStaff, None, Some(r2)).await;
    let (county, _) = app.user(Role::CountyAdmin, None, None).await;
    let (parent, _) = app.user(Role::Parent, None, None).await;
    let b = &app.base;
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
        Err(AppError::Meals(MealsError::Meal(_)))
    ));
    let mut nameless = form.clone();
    nameless.name.zh_tw = "   ".into();
    assert_eq!(
        call_with::<_, MealSummary>(&chef, b, SaveMeal { form: nameless })
            .await
            .err(),
        Some(AppError::Meals(MealsError::MealNameInvalid))
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
        Err(AppError::Meals(MealsError::StandardInvalid(_)))
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
    let again: MealSummary = call_with(&chef, b, RecomputeMeal { id: saved.id }).await.unwrap();
    assert_eq!(again.edition, 2);
    assert!(again.total_kg < saved.total_kg, "the lower pork factor lowers the meal");

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
        Err(AppError::Meals(MealsError::StandardInvalid(_)))
    ));
    app.cleanup().await;
}
