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
        supplier: None,
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
    restaurants: &[domain::ids::RestaurantId],
    county_admin: Option<domain::ids::UserId>,
) -> Result<(), StoreError> {
    let mut std = standard::latest(&state.db, &meals.standard).await?;
    let sources = sourcing(state, restaurants).await?;
    for (n, (r, zh, en, mut input)) in demo_meals().into_iter().enumerate() {
        let mine: Vec<_> = sources.iter().filter(|s| s.0 == r).map(|s| (s.1, s.2, s.3)).collect();
        let kitchen = if r == 1 {
            domain::meals::Township::Luye
        } else {
            domain::meals::Township::Chishang
        };
        name_suppliers(&mut input, &mine, kitchen);
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
    if let Some(admin) = county_admin {
        listings(state, restaurants, admin).await?;
        certification(state, meals, restaurants, admin).await?;
    }
    Ok(())
}

/// The county's criteria (edition 1), a certified restaurant (the second,
/// exemplary) and one waiting for review (the third); the first, the demo
/// cook's, has not applied.
async fn certification(
    state: &AppState,
    meals: &crate::state::MealsState,
    restaurants: &[domain::ids::RestaurantId],
    admin: domain::ids::UserId,
) -> Result<(), StoreError> {
    use crate::store::certification as store;
    use domain::meals::certificate::{Declaration, Level, Review, terms};
    use domain::meals::certification::Criteria;
    let now = state.clock.now();
    let criteria = Criteria {
        max_average_kg: 1.2,
        min_local_share: 0.5,
        min_certified_share: 0.2,
        min_seasonal_changes: 2,
        waste_measures: true,
        reusable_packaging: true,
    };
    let edition = store::publish_criteria(&state.db, &criteria, CRITERIA_NOTE, Some(admin), now).await?;
    let declaration = Declaration {
        seasonal_changes: 4,
        waste_evidence: "示範：剩食秤重記錄與堆肥，照片貼於店內公告欄。Demo: leftovers weighed and composted; photos on the notice board.".into(),
        packaging_evidence: "示範：內用餐具與外帶鋼杯租借。Demo: reusable tableware, and steel cups to borrow for take-away.".into(),
        ..Default::default()
    };
    for (i, approve) in [(1usize, true), (2, false)] {
        let Some(&r) = restaurants.get(i) else { continue };
        let cx = crate::state::MealsCx::new(platform::ssr::Context::background(state), meals.clone());
        let m = crate::usecase::certifying::measures(&cx, r, &declaration)
            .await
            .map_err(|_| StoreError::Conflict("demo_measures"))?;
        let (d, m) = (
            serde_json::to_string(&declaration).unwrap_or_default(),
            serde_json::to_string(&m).unwrap_or_default(),
        );
        let mut tx = state.db.begin_write().await?;
        let Some(id) = store::submit(&mut tx, r, edition, &d, &m, admin, now).await? else {
            continue;
        };
        if approve {
            let t = terms(state.clock.today());
            store::review(
                &mut tx,
                id,
                r,
                Review::Approve,
                Some(Level::Exemplary),
                "",
                &t,
                admin,
                now,
            )
            .await?;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// The note the demo's county publishes its first criteria with.
const CRITERIA_NOTE: &str = "第 1 版慢食餐廳認證標準(示範)。Edition 1 of the slow-food restaurant criteria (demo).";

/// The first restaurant's suppliers of its demo meals' ingredients: each
/// line names its supplier, and its journey is the supplier's road leg.
fn name_suppliers(
    input: &mut MealInput,
    sources: &[(&'static str, domain::ids::SupplierId, domain::meals::locality::Locality)],
    kitchen: domain::meals::Township,
) {
    use domain::meals::sourcing::supplier_leg;
    let kitchen = kitchen.centre();
    for it in &mut input.items {
        if let Some((_, id, at)) = sources
            .iter()
            .find(|(ingredient, _, _)| *ingredient == it.ingredient_id)
        {
            it.supplier = Some(id.get());
            it.origin = Some(if at.is_local() {
                Origin::TaitungLocal
            } else {
                Origin::OtherTaiwan
            });
            it.legs = Some(vec![supplier_leg(at.centre(), kitchen)]);
        }
    }
}

/// The county's decisions on the demo restaurants: the first three are
/// approved, the fourth waits, the fifth was approved and then suspended.
async fn listings(
    state: &AppState,
    restaurants: &[domain::ids::RestaurantId],
    admin: domain::ids::UserId,
) -> Result<(), StoreError> {
    use crate::store::restaurants::set_listing;
    use domain::meals::listing::ListingAction::{Approve, Suspend};
    let now = state.clock.now();
    let steps: &[(usize, domain::meals::listing::ListingAction, &str)] = &[
        (0, Approve, ""),
        (1, Approve, ""),
        (2, Approve, ""),
        (4, Approve, ""),
        (4, Suspend, SUSPENSION_REASON),
    ];
    for &(i, action, reason) in steps {
        let Some(&r) = restaurants.get(i) else { continue };
        let mut tx = state.db.begin_write().await?;
        set_listing(&mut tx, r, action, reason, admin, now).await?;
        tx.commit().await?;
    }
    Ok(())
}

/// Why the demo's suspended restaurant was suspended.
pub const SUSPENSION_REASON: &str = "示範：菜單上的餐點與實際供應不符，請更新菜單後通知縣府。Demo: the meals on the menu differ from what is served; please update the menu and tell the county.";

/// Which restaurant (by index) buys which ingredient from which supplier.
type DemoSource = (
    usize,
    &'static str,
    domain::ids::SupplierId,
    domain::meals::locality::Locality,
);

/// A demo farm of the county's directory: (Chinese, English, kind,
/// township, certificate (kind, days it stays valid from today: negative
/// for one that has expired), products (Chinese, English, months, the
/// standard's ingredient or "")).
type DemoFarm = (
    &'static str,
    &'static str,
    domain::meals::supplier::SupplierKind,
    domain::meals::Township,
    Option<(domain::meals::sourcing::FarmCertification, i64)>,
    &'static [(&'static str, &'static str, u16, &'static str)],
);

/// Months as bits, January = bit 0 (`Season`).
const fn months(from: u32, to: u32) -> u16 {
    let mut bits = 0u16;
    let mut m = from;
    loop {
        bits |= 1 << (m - 1);
        if m == to {
            return bits;
        }
        m = m % 12 + 1;
    }
}

const DEMO_FARMS: &[DemoFarm] = {
    use domain::meals::Township::*;
    use domain::meals::sourcing::FarmCertification::*;
    use domain::meals::supplier::SupplierKind::*;
    &[
        (
            "池上有機稻場(示範)",
            "Chishang Organic Rice Farm (demo)",
            Farm,
            Chishang,
            Some((Organic, 400)),
            &[(
                "有機稻米",
                "Organic rice",
                months(6, 7) | months(10, 11),
                "rice-chishang",
            )],
        ),
        (
            "關山有機菜園(示範)",
            "Guanshan Organic Vegetables (demo)",
            Farm,
            Guanshan,
            Some((Organic, 200)),
            &[
                ("高麗菜", "Cabbage", months(11, 4), "cabbage"),
                ("地瓜葉", "Sweet potato leaves", months(1, 12), "sweet-potato-leaves"),
                ("南瓜", "Pumpkin", months(3, 8), "pumpkin"),
            ],
        ),
        (
            "鹿野友善鳳梨園(示範)",
            "Luye Eco-friendly Pineapples (demo)",
            Farm,
            Luye,
            Some((EcoFriendly, 300)),
            &[("鳳梨", "Pineapple", months(4, 8), "pineapple")],
        ),
        (
            "太麻里釋迦果園(示範)",
            "Taimali Sugar Apple Orchard (demo)",
            Farm,
            Taimali,
            Some((EcoFriendly, -10)),
            &[
                ("釋迦", "Sugar apple", months(7, 3), "sugar-apple"),
                ("金針花", "Daylily", months(8, 9), ""),
            ],
        ),
        (
            "成功漁港漁獲(示範)",
            "Chenggong Harbour Catch (demo)",
            Fishery,
            Chenggong,
            None,
            &[
                ("鬼頭刀", "Mahi-mahi", months(3, 6), ""),
                ("旗魚", "Swordfish", months(10, 3), ""),
            ],
        ),
    ]
};

/// The county's directory of demo farms, and the first restaurant's
/// suppliers: two farms picked from the directory and two of its own.
/// Returns which ingredient the first restaurant buys from which supplier.
async fn sourcing(state: &AppState, restaurants: &[domain::ids::RestaurantId]) -> Result<Vec<DemoSource>, StoreError> {
    use crate::store::suppliers;
    use domain::meals::locality::{County, Locality};
    use domain::meals::sourcing::FarmCertificate;
    use domain::meals::supplier::{Produce, Season, SupplierDraft, SupplierKind};
    let now = state.clock.now();
    let today = domain::platform::taipei::local_datetime(now).date();
    let mut farms = Vec::new();
    for (n, &(zh, en, kind, township, cert, produce)) in DEMO_FARMS.iter().enumerate() {
        let locality = Locality::Taitung(township);
        let draft = SupplierDraft {
            kind,
            name: Bilingual::new(zh, en),
            locality,
            location: None,
            certificate: cert.map(|(kind, days)| FarmCertificate {
                kind,
                number: format!("DEMO-{:04}", n + 1),
                body: "示範驗證機構 Demo certifier".into(),
                expires: today + chrono::Duration::days(days),
            }),
        };
        let id = suppliers::insert(&state.db, None, &draft, locality.centre(), true, now).await?;
        for &(pzh, pen, bits, ingredient) in produce {
            let season = Season::try_from(bits).map_err(|_| StoreError::Conflict("demo_season"))?;
            let p = Produce {
                name: Bilingual::new(pzh, pen),
                season,
                ingredient_id: (!ingredient.is_empty()).then(|| ingredient.to_owned()),
            };
            suppliers::add_produce(&state.db, None, id, &p).await?;
        }
        farms.push(id);
    }
    let Some(&first) = restaurants.first() else {
        return Ok(Vec::new());
    };
    let mut sources = Vec::new();
    // (restaurant, farm, the ingredients it supplies there)
    let picks: [(usize, usize, &[&'static str]); 4] = [
        (0, 0, &["rice-chishang"]),
        (0, 1, &["sweet-potato-leaves"]),
        (1, 0, &["rice-chishang"]),
        (1, 1, &["pumpkin", "bok-choy"]),
    ];
    for (r, i, ingredients) in picks {
        if let (Some(&restaurant), Some(&farm)) = (restaurants.get(r), farms.get(i)) {
            suppliers::pick(&state.db, restaurant, farm, now).await?;
            for ingredient in ingredients {
                sources.push((r, *ingredient, farm, Locality::Taitung(DEMO_FARMS[i].3)));
            }
        }
    }
    let own = [
        (
            "池上公有零售市場(示範)",
            "Chishang Public Market (demo)",
            SupplierKind::Market,
            Locality::Taitung(domain::meals::Township::Chishang),
            "bamboo-shoot",
        ),
        (
            "雲林豆腐工坊(示範)",
            "Yunlin Tofu Workshop (demo)",
            SupplierKind::Shop,
            Locality::Elsewhere(County::Yunlin),
            "tofu",
        ),
    ];
    for (zh, en, kind, locality, ingredient) in own {
        let draft = SupplierDraft {
            kind,
            name: Bilingual::new(zh, en),
            locality,
            location: None,
            certificate: None,
        };
        let id = suppliers::insert(&state.db, Some(first), &draft, locality.centre(), true, now).await?;
        sources.push((0, ingredient, id, locality));
    }
    Ok(sources)
}
