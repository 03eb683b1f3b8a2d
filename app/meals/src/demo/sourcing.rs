//! Demo suppliers: the county's directory of farms and what each restaurant buys from them.

use domain::Bilingual;
use domain::meals::MealInput;
use domain::meals::standard::Origin;
use platform::ssr::{AppState, StoreError};

/// The first restaurant's suppliers of its demo meals' ingredients: each
/// line names its supplier, and its journey is the supplier's road leg.
pub(crate) fn name_suppliers(
    input: &mut MealInput,
    sources: &[(&'static str, domain::ids::SupplierId, domain::meals::locality::Locality)],
    kitchen: domain::meals::Township,
    installation: &domain::platform::profile::Installation,
) {
    use domain::meals::sourcing::supplier_leg;
    let Some(kitchen) = domain::meals::locality::township_centre(installation, kitchen) else {
        return;
    };
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
            it.legs = at.centre_in(installation).map(|from| vec![supplier_leg(from, kitchen)]);
        }
    }
}

/// Which restaurant (by index) buys which ingredient from which supplier.
pub(crate) type DemoSource = (
    usize,
    &'static str,
    domain::ids::SupplierId,
    domain::meals::locality::Locality,
);

/// A demo farm of the county's directory: (Chinese, English, kind,
/// township, certificate (kind, days it stays valid from today: negative
/// for one that has expired), products (Chinese, English, months, the
/// standard's ingredient or "")).
pub(crate) type DemoFarm = (
    &'static str,
    &'static str,
    domain::meals::supplier::SupplierKind,
    domain::meals::Township,
    Option<(domain::meals::sourcing::FarmCertification, i64)>,
    &'static [(&'static str, &'static str, u16, &'static str)],
);

pub(crate) const DEMO_FARMS: &[DemoFarm] = {
    use domain::meals::Township;
    use domain::meals::sourcing::FarmCertification::*;
    use domain::meals::supplier::SupplierKind::*;
    &[
        (
            "池上有機稻場(示範)",
            "Chishang Organic Rice Farm (demo)",
            Farm,
            Township::of("Chishang"),
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
            Township::of("Guanshan"),
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
            Township::of("Luye"),
            Some((EcoFriendly, 300)),
            &[("鳳梨", "Pineapple", months(4, 8), "pineapple")],
        ),
        (
            "太麻里釋迦果園(示範)",
            "Taimali Sugar Apple Orchard (demo)",
            Farm,
            Township::of("Taimali"),
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
            Township::of("Chenggong"),
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
pub(crate) async fn sourcing(
    state: &AppState,
    restaurants: &[domain::ids::RestaurantId],
) -> Result<Vec<DemoSource>, StoreError> {
    use crate::store::suppliers;
    use domain::meals::locality::{County, Locality};
    use domain::meals::sourcing::FarmCertificate;
    use domain::meals::supplier::{Produce, Season, SupplierDraft, SupplierKind};
    let now = state.clock.now();
    let today = domain::platform::taipei::local_datetime(now).date();
    let mut farms = Vec::new();
    for (n, &(zh, en, kind, township, cert, produce)) in DEMO_FARMS.iter().enumerate() {
        let locality = Locality::Local(township);
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
        let at = locality
            .centre_in(&state.config.installation)
            .ok_or(StoreError::Conflict("demo_township"))?;
        let id = suppliers::insert(&state.db, None, &draft, at, true, now).await?;
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
                sources.push((r, *ingredient, farm, Locality::Local(DEMO_FARMS[i].3)));
            }
        }
    }
    let own = [
        (
            "池上公有零售市場(示範)",
            "Chishang Public Market (demo)",
            SupplierKind::Market,
            Locality::Local(domain::meals::Township::of("Chishang")),
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
        let at = locality
            .centre_in(&state.config.installation)
            .ok_or(StoreError::Conflict("demo_township"))?;
        let id = suppliers::insert(&state.db, Some(first), &draft, at, true, now).await?;
        sources.push((0, ingredient, id, locality));
    }
    Ok(sources)
}

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
