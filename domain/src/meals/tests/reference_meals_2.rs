//! Reference meals of edition 2, computed by hand from the published factors
//! (not from the engine's formula): each figure below is the value printed
//! in its source, and each line's arithmetic is written out.
//!
//! Published factors used (kg CO2e per kg, cradle to shop without the
//! source's own transport, which the Taiwanese legs replace):
//! - Agribalyse 3.1.1, per kg of edible food: rice, raw (AGB 9100)
//!   2.156 + 0 + 0.2651 + 0.01878 = 2.43988; pork shoulder, raw (28001)
//!   6.802 + 0.6939 + 0.3783 + 0.03735 = 7.91155; white cabbage (20116)
//!   0.2887 + 0.01818 = 0.30688; egg, raw (22000) 2.786 + 0.1248 + 0.008408
//!   = 2.919208; soy oil (17420) 2.103 + 0.1403 + 0.1774 + 0.01701 = 2.43771;
//!   carrot (20009) 0.08069 + 0.01075 = 0.09144; pumpkin (20044) 0.2224 +
//!   0.01818 = 0.24058.
//! - MOENV CFP_P_02, cradle to gate unless said: 臺灣鯛 (1298) 2.29 per kg of
//!   whole fish; 養殖冷凍白蝦 (1112) 9.37 per kg shell-on (cradle to grave);
//!   醬油(黃豆釀造) (1109) 1.68; 紙碗 (1700) 1.91; 聚丙烯 (2013) 1.95;
//!   高密度聚乙烯 (2014) 2.21; incineration service (1812) 360 per tonne.
//! - Poore & Nemecek 2018 (OWID) mean with the stage table's transport share
//!   taken out: wheat & rye 1.57 x (1 - 0.1/1.4) = 1.4578571; tofu 3.16 x
//!   (1 - 0.2/3.0) = 2.9493333; other vegetables 0.53 x (1 - 0.2/0.5) = 0.318.
//! - Ecobalyse: cooked per raw mass rice 2.259, pork 0.792, egg 0.974,
//!   vegetables 0.856, tofu 1; inedible part of meat with bone 0.2, white
//!   cabbage 0.2, egg 0.1 (so edible 0.9), fresh fish 0.4, shrimp 0.55,
//!   carrot 0.1, pumpkin 0.2, other fresh vegetables 0.2.
//! - Energy: grid 0.494 kg/kWh; the kitchen's gas, bottled LPG unless the meal
//!   says: IPCC's 0.0631 kg CO2/MJ burnt plus MOENV's upstream share
//!   (液化石油氣 未燃燒 0.453 / 於固定源使用 2.21 kg CO2e per litre);
//!   hob 0.44 kWh + 1.584 MJ, frying 0.667 kWh, re-warming 0.08 kWh +
//!   0.288 MJ per kg of raw food.
//! - Transport per tonne: other Taiwan 300 km road + 20 km small truck:
//!   300 x 0.20 + 20 x 0.70978 = 74.1956 ambient; refrigerated, the lorry
//!   0.40 and the small truck 0.70978 x (0.40 / 0.20): 300 x 0.40 + 20 x
//!   1.41956 = 148.3912; Taitung local, refrigerated: 40 x 1.41956 = 56.7824.
//! - The county's frying assumption: 0.10 kg soybean oil and 0.05 kg flour
//!   per kg of raw food.

use super::super::footprint::compute;
use super::super::input::{ItemInput, MealInput, MealKind, PackagingUse};
use super::super::standard::{Basis, FoodPart, FoodState, Origin};
use super::{standard as edition_1, standard_2};

const LPG: f64 = 0.0631 * (1.0 + 0.453 / 2.21);
const HOB: f64 = 0.44 * 0.494 + 1.584 * LPG;
const FRY: f64 = 0.667 * 0.494;
const REWARM: f64 = 0.08 * 0.494 + 0.288 * LPG;
const TW: f64 = 74.1956;
const TW_COLD: f64 = 148.3912;
const LOCAL_COLD: f64 = 56.7824;
const INCINERATION: f64 = 360.0 / 1000.0;
const PAPER_BOX: f64 = 0.030 * (1.91 + INCINERATION);
const BAG: f64 = 0.005 * (2.21 + INCINERATION + 0.75 * 44.0 / 12.0);
const PP_BOX: f64 = 0.025 * (1.95 + INCINERATION + 0.75 * 44.0 / 12.0);

fn weighed(state: FoodState, part: FoodPart) -> Option<Basis> {
    Some(Basis { state, part })
}

fn item(id: &str, grams: f64, origin: Origin, cooking: &str, w: Option<Basis>) -> ItemInput {
    ItemInput {
        ingredient_id: id.into(),
        grams,
        weighed: w,
        origin: Some(origin),
        legs: None,
        cooking: Some(cooking.into()),
        supplier: None,
    }
}

fn meal(kind: MealKind, items: Vec<ItemInput>, waste: f64, packaging: Vec<PackagingUse>) -> MealInput {
    MealInput {
        kind,
        items,
        packaging: Some(packaging),
        waste_share: Some(waste),
        gas: None,
        served_year: None,
    }
}

fn box_and_bag() -> Vec<PackagingUse> {
    vec![
        PackagingUse {
            id: "paper-box".into(),
            count: 1,
        },
        PackagingUse {
            id: "plastic-bag".into(),
            count: 1,
        },
    ]
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// 250 g of cooked rice, from the west, on the hob: the same in both cases below.
fn rice_250() -> f64 {
    let raw = 0.250 / 2.259; // 0.110668 kg of raw rice
    raw * 2.43988 + raw / 1000.0 * TW + raw * HOB
}

#[test]
fn box_1_pork_chop_weighed_raw_with_the_bone_and_deep_fried() {
    let m = meal(
        MealKind::LunchBox,
        vec![
            item("rice-white", 250.0, Origin::OtherTaiwan, "pan-cooking", None),
            item(
                "pork-chop",
                120.0,
                Origin::OtherTaiwan,
                "frying",
                weighed(FoodState::Raw, FoodPart::AsBought),
            ),
            item("cabbage", 100.0, Origin::OtherTaiwan, "pan-cooking", None),
            item("egg", 50.0, Origin::OtherTaiwan, "pan-cooking", None),
            item("soy-sauce", 10.0, Origin::OtherTaiwan, "none", None),
        ],
        0.0,
        box_and_bag(),
    );
    // Pork chop: 120 g bone-in raw, 80 % edible = 0.096 kg of meat, on which
    // Agribalyse's factor (per kg edible) applies; the bone travels too.
    let meat = 0.120 * 0.8;
    let oil = meat * 0.10; // 0.0096 kg soybean oil taken up
    let flour = meat * 0.05; // 0.0048 kg coating
    let pork = meat * 7.91155
        + oil * 2.43771
        + flour * 1.457_857_142_857_143
        + 0.120 / 1000.0 * TW_COLD
        + (oil + flour) / 1000.0 * TW
        + meat * FRY;
    // Cabbage: 100 g cooked = 0.1 / 0.856 raw edible; bought with its core (/ 0.8).
    let cab_raw = 0.100 / 0.856;
    let cabbage = cab_raw * 0.30688 + cab_raw / 0.8 / 1000.0 * TW_COLD + cab_raw * HOB;
    // Egg: 50 g cooked = 0.05 / 0.974 raw edible; bought with its shell (/ 0.9).
    let egg_raw = 0.050 / 0.974;
    let egg = egg_raw * 2.919208 + egg_raw / 0.9 / 1000.0 * TW_COLD + egg_raw * HOB;
    let soy = 0.010 * 1.68 + 0.010 / 1000.0 * TW;
    let expected = rice_250() + pork + cabbage + egg + soy + PAPER_BOX + BAG;

    let f = compute(&standard_2(), &m).unwrap();
    assert!(close(f.total_kg_co2e, expected), "{} vs {expected}", f.total_kg_co2e);
    // About 1.5 kg: the pork, 0.8 kg of it, is half of the box.
    assert!((1.4..1.6).contains(&f.total_kg_co2e), "{}", f.total_kg_co2e);
    assert!(close(f.lines[1].added_kg, oil + flour));
    // Edition 1 charged the bone twice (the factor per kg bought) and knew no
    // weighing: the same box read as 120 g of cooked meat came out higher.
    let e1 = compute(&edition_1(), &m).unwrap().total_kg_co2e;
    assert!(e1 > f.total_kg_co2e + 0.3, "{e1}");
    assert!(f.range.low < f.total_kg_co2e && f.total_kg_co2e < f.range.high);
}

#[test]
fn box_2_re_warmed_rice_is_costed_as_the_raw_rice_it_was_and_whole_tilapia_as_bought() {
    let m = meal(
        MealKind::Dish,
        vec![
            item("rice-white", 250.0, Origin::OtherTaiwan, "pan-warming", None),
            item(
                "tilapia",
                150.0,
                Origin::TaitungLocal,
                "pan-cooking",
                weighed(FoodState::Raw, FoodPart::AsBought),
            ),
            item("water-spinach", 100.0, Origin::TaitungLocal, "pan-cooking", None),
        ],
        0.1,
        vec![PackagingUse {
            id: "reusable".into(),
            count: 1,
        }],
    );
    // 10 % waste: every portion prepared is the portion / 0.9.
    let w = 0.9;
    // Rice: 250 g cooked, re-warmed: 0.250 / 2.259 kg of raw rice, whatever the heating.
    let rice_raw = 0.250 / w / 2.259;
    let rice = rice_raw * 2.43988 + rice_raw / 1000.0 * TW + rice_raw * REWARM;
    // Tilapia: MOENV's factor is per kg of whole fish, as bought: no edible fraction
    // on the factor; 60 % of it is cooked.
    let fish_bought = 0.150 / w;
    let tilapia = fish_bought * 2.29 + fish_bought / 1000.0 * LOCAL_COLD + fish_bought * 0.6 * HOB;
    // Water spinach: P&N per kg as bought (retail), so raw edible / 0.8 carries the factor.
    let ws_raw = 0.100 / w / 0.856;
    let ws_bought = ws_raw / 0.8;
    // Other vegetables: 0.53 x (1 - 0.2 / 0.5) = 0.318 per kg as bought.
    let spinach = ws_bought * (0.53 * (1.0 - 0.2 / 0.5)) + ws_bought / 1000.0 * LOCAL_COLD + ws_raw * HOB;
    let expected = rice + tilapia + spinach;

    let f = compute(&standard_2(), &m).unwrap();
    assert!(close(f.total_kg_co2e, expected), "{} vs {expected}", f.total_kg_co2e);
    assert!((0.75..0.85).contains(&f.total_kg_co2e), "{}", f.total_kg_co2e);
    // Edition 1 costed the re-warmed rice as 250 g of raw rice.
    let e1 = compute(&edition_1(), &m).unwrap();
    assert!(e1.lines[0].kg_co2e > 2.0 * f.lines[0].kg_co2e);
    assert!(close(f.stages.waste, expected * 0.1));
}

#[test]
fn box_3_shrimp_weighed_shell_on_counts_the_taiwanese_coefficient_once() {
    let m = meal(
        MealKind::LunchBox,
        vec![
            item(
                "shrimp",
                100.0,
                Origin::OtherTaiwan,
                "pan-cooking",
                weighed(FoodState::Raw, FoodPart::AsBought),
            ),
            item("rice-white", 250.0, Origin::OtherTaiwan, "pan-cooking", None),
        ],
        0.0,
        vec![PackagingUse {
            id: "pp-box".into(),
            count: 1,
        }],
    );
    // 100 g shell-on: MOENV per kg of shrimp as sold; 45 % of it is meat, which is cooked.
    let shrimp = 0.100 * 9.37 + 0.100 / 1000.0 * TW_COLD + 0.100 * 0.45 * HOB;
    let expected = shrimp + rice_250() + PP_BOX;
    let f = compute(&standard_2(), &m).unwrap();
    assert!(close(f.total_kg_co2e, expected), "{} vs {expected}", f.total_kg_co2e);
    // Edition 1 divided Agribalyse's per-edible factor by the edible fraction again.
    let e1 = compute(&edition_1(), &m).unwrap();
    assert!(e1.lines[0].kg_co2e > 2.0 * f.lines[0].kg_co2e);
}

#[test]
fn box_4_vegetarian_tofu_box() {
    let m = meal(
        MealKind::LunchBox,
        vec![
            item("tofu", 100.0, Origin::OtherTaiwan, "pan-cooking", None),
            item("rice-white", 250.0, Origin::OtherTaiwan, "pan-cooking", None),
            item("carrot", 50.0, Origin::TaitungLocal, "pan-cooking", None),
            item("pumpkin", 80.0, Origin::TaitungLocal, "pan-cooking", None),
            item("oil-soybean", 10.0, Origin::OtherTaiwan, "none", None),
        ],
        0.0,
        box_and_bag(),
    );
    // Tofu: P&N per kg of tofu; cooked tofu weighs what raw tofu weighs (yield 1).
    let tofu = 0.100 * 2.949_333_333_333_333 + 0.100 / 1000.0 * TW_COLD + 0.100 * HOB;
    let carrot_raw = 0.050 / 0.856;
    let carrot = carrot_raw * 0.09144 + carrot_raw / 0.9 / 1000.0 * LOCAL_COLD + carrot_raw * HOB;
    let pumpkin_raw = 0.080 / 0.856;
    let pumpkin = pumpkin_raw * 0.24058 + pumpkin_raw / 0.8 / 1000.0 * LOCAL_COLD + pumpkin_raw * HOB;
    let oil = 0.010 * 2.43771 + 0.010 / 1000.0 * TW;
    let expected = tofu + rice_250() + carrot + pumpkin + oil + PAPER_BOX + BAG;
    let f = compute(&standard_2(), &m).unwrap();
    assert!(close(f.total_kg_co2e, expected), "{} vs {expected}", f.total_kg_co2e);
    assert!((0.8..0.95).contains(&f.total_kg_co2e), "{}", f.total_kg_co2e);
}

#[test]
fn town_gas_is_counted_with_its_own_factor_and_upstream_share() {
    let mut m = meal(
        MealKind::Dish,
        vec![item("rice-white", 250.0, Origin::OtherTaiwan, "pan-cooking", None)],
        0.0,
        vec![],
    );
    let lpg = compute(&standard_2(), &m).unwrap();
    assert!(lpg.flags.contains(&crate::meals::footprint::Flag::GasAssumed));
    m.gas = Some(crate::meals::standard::KitchenGas::TownGas);
    let town = compute(&standard_2(), &m).unwrap();
    // Natural gas: 0.0561 x (1 + 0.519 / 2.63) per MJ; 1.584 MJ per kg of raw rice.
    let raw = 0.250 / 2.259;
    let diff = raw * 1.584 * (LPG - 0.0561 * (1.0 + 0.519 / 2.63));
    assert!(close(lpg.total_kg_co2e - town.total_kg_co2e, diff));
    assert!(!town.flags.contains(&crate::meals::footprint::Flag::GasAssumed));
}

#[test]
fn electricity_uses_the_grid_factor_of_the_year_served() {
    use crate::meals::footprint::Flag;
    // Deep-fried: all its cooking energy is electricity (0.667 kWh per kg raw).
    let at = |year: Option<i32>| {
        let mut m = meal(
            MealKind::Dish,
            vec![item("pork-chop", 100.0, Origin::OtherTaiwan, "frying", None)],
            0.0,
            vec![],
        );
        m.served_year = year;
        compute(&standard_2(), &m)
    };
    let meat = 0.100 / 0.792;
    let (y2019, y2023) = (at(Some(2019)).unwrap(), at(Some(2023)).unwrap());
    // 2019: 0.509 kg per kWh; 2023: 0.494 (MOEA Energy Administration).
    assert!(close(
        y2019.stages.cooking - y2023.stages.cooking,
        meat * 0.667 * (0.509 - 0.494)
    ));
    assert!(!y2019.flags.iter().any(|f| matches!(f, Flag::GridYearAssumed { .. })));
    assert!(!y2023.flags.iter().any(|f| matches!(f, Flag::GridYearAssumed { .. })));
    // 2026 is not published: the latest published year stands for it, and says so.
    let y2026 = at(Some(2026)).unwrap();
    assert!(close(y2026.total_kg_co2e, y2023.total_kg_co2e));
    assert!(y2026.flags.contains(&Flag::GridYearAssumed { year: 2023 }));
    assert!(at(None).unwrap().flags.contains(&Flag::GridYearAssumed { year: 2023 }));
    // Before the series begins, its first year.
    assert!(
        at(Some(2010))
            .unwrap()
            .flags
            .contains(&Flag::GridYearAssumed { year: 2023 })
    );
    assert_eq!(at(Some(1990)).unwrap_err(), crate::meals::input::MealError::BadYear);
    // Edition 1 has no series: its one grid factor, no flag.
    let mut m = meal(
        MealKind::Dish,
        vec![item("pork-chop", 100.0, Origin::OtherTaiwan, "frying", None)],
        0.0,
        vec![],
    );
    m.served_year = Some(2019);
    let e1 = compute(&edition_1(), &m).unwrap();
    assert!(!e1.flags.iter().any(|f| matches!(f, Flag::GridYearAssumed { .. })));
}

#[test]
fn the_quality_is_weighted_by_contribution_and_the_range_follows_it() {
    // One line of white rice alone: quality 3.3 (Agribalyse's DQR), no packaging.
    let m = meal(
        MealKind::Dish,
        vec![item("rice-white", 250.0, Origin::OtherTaiwan, "pan-cooking", None)],
        0.0,
        vec![],
    );
    let f = compute(&standard_2(), &m).unwrap();
    assert!(close(f.data_quality, 3.3));
    // Spread at 3.3: 1 + 0.15 x 3.3 = 1.495.
    assert!(close(f.range.low, rice_250() / 1.495));
    assert!(close(f.range.high, rice_250() * 1.495));
    // Rice (3.3) and soy sauce (MOENV, 2.0): weighted by their kilograms.
    let m2 = meal(
        MealKind::Dish,
        vec![
            item("rice-white", 250.0, Origin::OtherTaiwan, "pan-cooking", None),
            item("soy-sauce", 10.0, Origin::OtherTaiwan, "none", None),
        ],
        0.0,
        vec![],
    );
    let f2 = compute(&standard_2(), &m2).unwrap();
    let soy = 0.010 * 1.68 + 0.010 / 1000.0 * TW;
    let q = (rice_250() * 3.3 + soy * 2.0) / (rice_250() + soy);
    assert!(close(f2.data_quality, q), "{} vs {q}", f2.data_quality);
}

#[test]
fn edition_2_is_valid_and_states_every_choice() {
    let s = standard_2();
    s.validate().unwrap();
    assert_eq!(s.method, crate::meals::standard::METHOD_2);
    for i in &s.ingredients {
        assert!(!i.choice.is_empty(), "{}", i.id);
        assert!(!i.source.licence.is_empty(), "{}", i.id);
    }
}
