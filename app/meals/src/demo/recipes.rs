//! Demo meals: the recipes the demo restaurants save.

use domain::meals::standard::Origin;
use domain::meals::{ItemInput, MealInput, MealKind};

pub(crate) fn item(id: &str, grams: f64, origin: Option<Origin>, cooking: Option<&str>) -> ItemInput {
    ItemInput {
        ingredient_id: id.into(),
        grams,
        weighed: None,
        origin,
        legs: None,
        cooking: cooking.map(str::to_owned),
        supplier: None,
    }
}

/// (restaurant index, Chinese name, English name, the meal).
pub(crate) fn demo_meals() -> Vec<(usize, &'static str, &'static str, MealInput)> {
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
