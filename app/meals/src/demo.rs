//! Demo meals for the demo restaurants, computed like any saved meal. The
//! first two are saved on edition 1; then the county administrator publishes
//! edition 2 (the corrected method, `data/standard/edition-2.json`) as any
//! edition is published, and the others are saved on it, so that the menu
//! shows a meal on the older edition with its figure on the newer one.

use crate::store::{meals, standard};
use domain::Bilingual;
use domain::meals::standard::Origin;
use domain::meals::{ItemInput, MealInput, MealKind};
use platform::ssr::{AppState, StoreError};

fn item(id: &str, grams: f64, origin: Option<Origin>, cooking: Option<&str>) -> ItemInput {
    ItemInput {
        ingredient_id: id.into(),
        grams,
        weighed: None,
        origin,
        legs: None,
        cooking: cooking.map(str::to_owned),
    }
}

/// The note the demo's county administrator publishes edition 2 with.
pub const EDITION_2_NOTE: &str = "第 2 版（方法 2）：各係數依其基準換算、依秤重方式換算生熟與可食部分、計入油炸吸油與裹粉、優先採用環境部碳足跡係數、計入包材焚化、標示數據品質與範圍。Edition 2 (method 2): each factor on its own basis, the cook's weighing, oil and coating in deep frying, MOENV coefficients first, packaging end of life, data quality and ranges";

/// (restaurant index, Chinese name, English name, the meal).
fn demo_meals() -> Vec<(usize, &'static str, &'static str, MealInput)> {
    use Origin::*;
    let lunch = |items| MealInput {
        kind: MealKind::LunchBox,
        items,
        packaging: None,
        waste_share: None,
        gas: None,
        served_year: None,
    };
    vec![
        (
            0,
            "池上米豆腐便當(示範)",
            "Chishang rice tofu box (demo)",
            lunch(vec![
                item("rice-chishang", 250.0, Some(TaitungLocal), Some("pan-cooking")),
                item("tofu", 120.0, Some(OtherTaiwan), Some("pan-cooking")),
                item("sweet-potato-leaves", 80.0, Some(TaitungLocal), Some("pan-cooking")),
                item("bamboo-shoot", 60.0, Some(TaitungLocal), Some("pan-cooking")),
                item("oil-soybean", 10.0, None, None),
            ]),
        ),
        (
            0,
            "排骨便當(示範)",
            "Pork chop lunch box (demo)",
            lunch(vec![
                item("rice-white", 250.0, Some(OtherTaiwan), Some("pan-cooking")),
                item("pork-chop", 120.0, Some(OtherTaiwan), Some("frying")),
                item("cabbage", 80.0, Some(OtherTaiwan), Some("pan-cooking")),
                item("egg", 50.0, Some(OtherTaiwan), Some("pan-cooking")),
                item("oil-soybean", 15.0, None, None),
            ]),
        ),
        (
            1,
            "有機蔬食便當(示範)",
            "Organic vegetable box (demo)",
            lunch(vec![
                item("rice-chishang", 220.0, Some(TaitungLocal), Some("pan-cooking")),
                item("pumpkin", 100.0, Some(TaitungLocal), Some("pan-cooking")),
                item("shiitake", 40.0, Some(OtherTaiwan), Some("pan-cooking")),
                item("bok-choy", 100.0, Some(TaitungLocal), Some("pan-cooking")),
                item("oil-sesame", 8.0, None, None),
            ]),
        ),
        (
            2,
            "鮭魚定食(示範)",
            "Salmon set meal (demo)",
            MealInput {
                kind: MealKind::Dish,
                items: vec![
                    item("rice-white", 200.0, Some(OtherTaiwan), Some("pan-cooking")),
                    item("salmon", 120.0, Some(Imported), Some("oven")),
                    item("lettuce", 60.0, Some(OtherTaiwan), Some("none")),
                ],
                packaging: None,
                waste_share: Some(0.05),
                gas: None,
                served_year: None,
            },
        ),
    ]
}

/// Edition 2 as built by `tools/standard-import` from the public data.
pub const SECOND_EDITION: &str = include_str!("../../../data/standard/edition-2.json");

pub async fn load(
    state: &AppState,
    meals: &crate::state::MealsState,
    restaurants: &[platform::ids::RestaurantId],
    county_admin: Option<platform::ids::UserId>,
) -> Result<(), StoreError> {
    let mut std = standard::latest(&state.db, &meals.standard).await?;
    for (n, (r, zh, en, input)) in demo_meals().into_iter().enumerate() {
        if n == 2
            && std.edition == 1
            && let Some(admin) = county_admin
        {
            let second: domain::meals::Standard =
                serde_json::from_str(SECOND_EDITION).map_err(|_| StoreError::Conflict("edition_2"))?;
            standard::publish(
                &state.db,
                &meals.standard,
                &second,
                EDITION_2_NOTE,
                admin,
                state.clock.now(),
            )
            .await?;
            std = standard::latest(&state.db, &meals.standard).await?;
        }
        let Some(restaurant_id) = restaurants.get(r).copied() else {
            continue;
        };
        let f = domain::meals::compute(&std, &input).map_err(|_| StoreError::Conflict("demo_meal"))?;
        let spec = serde_json::to_string(&input).unwrap_or_default();
        let result = serde_json::to_string(&f).unwrap_or_default();
        let rec = meals::MealRecord {
            restaurant_id,
            name: &Bilingual::new(zh, en),
            kind: input.kind,
            spec_json: &spec,
            edition: i64::from(f.edition),
            total_kg: f.total_kg_co2e,
            band: f.rating.band,
            result_json: &result,
        };
        meals::insert(&state.db, &rec, None, state.clock.now()).await?;
    }
    Ok(())
}
