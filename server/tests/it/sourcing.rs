//! Farm to table: the county approves restaurants before they are public,
//! and restaurants keep suppliers, some picked from the county's directory.
//! What the pages show is checked through the server functions they call;
//! the pages themselves are checked end to end (`end2end/tests/sourcing.spec.ts`).

use crate::both;
use crate::fixtures::count;
use crate::harness::{Db, TestApp, call_with};
use domain::ids::{RestaurantId, SupplierId};
use domain::meals::Township;
use domain::meals::listing::{Listing, ListingError};
use domain::meals::supplier::SupplierError;
use domain::platform::Role;
use meals::error::AppError;
use meals::error::MealsError;
use meals::server_fns::listing::{CountyRestaurants, DecideListing, MyListing};
use meals::server_fns::menu::SaveMeal;
use meals::server_fns::public::{MealLabel, PublicMeal, PublicMenus};
use meals::server_fns::sourcing::{AddProduce, AddSupplier, FarmDirectory, MySuppliers, PickSupplier, RemoveSupplier};
use meals::types::{
    LabelView, MealDetail, MealSummary, RestaurantListing, RestaurantMenu, SaveMealForm, Standing, SupplierLists,
    SupplierView,
};

fn decide(r: RestaurantId, action: &str, reason: &str) -> DecideListing {
    DecideListing {
        restaurant: r,
        action: action.into(),
        reason: reason.into(),
    }
}

both!(an_unapproved_restaurant_never_appears_in_public);
async fn an_unapproved_restaurant_never_appears_in_public(db: Db) {
    let app = TestApp::spawn(db).await;
    let b = &app.base;
    let r = meals::store::restaurants::insert(&app.state.db, "新店", "New Shop", Township::of("Donghe"), false, 0)
        .await
        .unwrap();
    let other = meals::store::restaurants::insert(&app.state.db, "別家", "Other", Township::of("Luye"), false, 0)
        .await
        .unwrap();
    let (chef, _) = app.user(Role::RestaurantStaff, None, Some(r)).await;
    let (other_chef, _) = app.user(Role::RestaurantStaff, None, Some(other)).await;
    let (county, _) = app.user(Role::CountyAdmin, None, None).await;
    let (city, _) = app.user(Role::CityAdmin, None, None).await;
    let (parent, _) = app.user(Role::Parent, None, None).await;
    let saved: MealSummary = call_with(
        &chef,
        b,
        SaveMeal {
            form: SaveMealForm {
                id: None,
                name: domain::Bilingual::new("東河便當", "Donghe box"),
                input: domain::meals::MealInput {
                    items: vec![domain::meals::ItemInput::new("rice-white", 250.0)],
                    ..Default::default()
                },
            },
        },
    )
    .await
    .unwrap();
    let slug = saved.slug.clone();
    let standing: Standing = call_with(&chef, b, MyListing {}).await.unwrap();
    assert_eq!((standing.listing, standing.history.len()), (Listing::Pending, 0));

    // Pending: not in any public page or server function, to anyone but its
    // own staff and the county.
    let hidden = |who: &'static str| format!("pending restaurant shown to {who}");
    for (who, client) in [
        ("anyone", &app.client),
        ("another restaurant", &other_chef),
        ("a parent", &parent),
    ] {
        assert_eq!(
            call_with::<_, MealDetail>(client, b, PublicMeal { slug: slug.clone() })
                .await
                .err(),
            Some(AppError::NotFound),
            "{}",
            hidden(who)
        );
        assert_eq!(
            call_with::<_, LabelView>(client, b, MealLabel { slug: slug.clone() })
                .await
                .err(),
            Some(AppError::NotFound)
        );
        let menus: Vec<RestaurantMenu> = call_with(client, b, PublicMenus {}).await.unwrap();
        assert!(menus.iter().all(|m| m.id != r), "{}", hidden(who));
    }
    for client in [&chef, &county] {
        let d: MealDetail = call_with(client, b, PublicMeal { slug: slug.clone() }).await.unwrap();
        assert_eq!(d.summary.restaurant_id, r);
        let label: LabelView = call_with(client, b, MealLabel { slug: slug.clone() }).await.unwrap();
        assert_eq!(label.detail.summary.restaurant_id, r);
    }

    // Only the county decides; nobody else may even list the restaurants.
    for (client, e) in [
        (&app.client, AppError::NotSignedIn),
        (&chef, AppError::Forbidden),
        (&city, AppError::Forbidden),
        (&parent, AppError::Forbidden),
    ] {
        assert_eq!(
            call_with::<_, ()>(client, b, decide(r, "approve", "")).await.err(),
            Some(e.clone())
        );
        assert_eq!(
            call_with::<_, Vec<RestaurantListing>>(client, b, CountyRestaurants {})
                .await
                .err(),
            Some(e)
        );
    }
    // A suspension needs a reason; an unknown action or restaurant is refused.
    let listing = || async {
        meals::store::restaurants::get(&app.state.db, r)
            .await
            .unwrap()
            .unwrap()
            .listing
    };
    assert_eq!(
        call_with::<_, ()>(&county, b, decide(r, "suspend", "  ")).await.err(),
        Some(AppError::Service(MealsError::Listing(ListingError::ReasonRequired)))
    );
    assert_eq!(
        call_with::<_, ()>(&county, b, decide(r, "delete", "")).await.err(),
        Some(AppError::InvalidInput)
    );
    assert_eq!(
        call_with::<_, ()>(&county, b, decide(RestaurantId(999_999), "approve", ""))
            .await
            .err(),
        Some(AppError::NotFound)
    );
    assert_eq!(listing().await, Listing::Pending);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM restaurant_listing_log").await, 0);
    let mails = count(&app, "SELECT COUNT(*) FROM mail_outbox").await;

    // Approved: public, the restaurant is told, the decision is recorded.
    call_with::<_, ()>(&county, b, decide(r, "approve", "")).await.unwrap();
    assert_eq!(listing().await, Listing::Approved);
    let d: MealDetail = call_with(&app.client, b, PublicMeal { slug: slug.clone() })
        .await
        .unwrap();
    assert_eq!(d.summary.slug, slug);
    let menus: Vec<RestaurantMenu> = call_with(&app.client, b, PublicMenus {}).await.unwrap();
    assert!(menus.iter().any(|m| m.id == r));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM mail_outbox").await, mails + 1);
    let mail: String = sqlx::query_scalar("SELECT body FROM mail_outbox ORDER BY id DESC LIMIT 1")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert!(
        mail.contains("新店") && mail.contains("New Shop") && mail.contains("/meals/menu"),
        "{mail}"
    );
    // Approving twice does not apply, and changes nothing.
    assert!(matches!(
        call_with::<_, ()>(&county, b, decide(r, "approve", "")).await.err(),
        Some(AppError::Service(MealsError::Listing(
            ListingError::NotApplicable { .. }
        )))
    ));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM restaurant_listing_log").await, 1);

    // Suspended with a reason: hidden again, the restaurant sees why.
    call_with::<_, ()>(&county, b, decide(r, "suspend", "菜單不符 Menu differs"))
        .await
        .unwrap();
    assert_eq!(
        call_with::<_, MealDetail>(&app.client, b, PublicMeal { slug: slug.clone() })
            .await
            .err(),
        Some(AppError::NotFound)
    );
    let standing: Standing = call_with(&chef, b, MyListing {}).await.unwrap();
    assert_eq!(standing.listing, Listing::Suspended);
    assert_eq!(standing.reason, "菜單不符 Menu differs");
    assert_eq!(
        standing.history.iter().map(|h| h.listing).collect::<Vec<_>>(),
        vec![Listing::Suspended, Listing::Approved]
    );
    let list: Vec<RestaurantListing> = call_with(&county, b, CountyRestaurants {}).await.unwrap();
    let row = list.iter().find(|x| x.id == r).unwrap();
    assert_eq!((row.listing, row.meals, row.on_menu), (Listing::Suspended, 1, 1));
    assert_eq!(row.reason, "菜單不符 Menu differs");
    // Another restaurant's staff cannot see this one's standing.
    let theirs: Standing = call_with(&other_chef, b, MyListing {}).await.unwrap();
    assert!(theirs.history.is_empty() && theirs.reason.is_empty());
    app.cleanup().await;
}

both!(two_decisions_at_once_cannot_both_pass);
async fn two_decisions_at_once_cannot_both_pass(db: Db) {
    let app = TestApp::spawn(db).await;
    let b = app.base.clone();
    let r = meals::store::restaurants::insert(&app.state.db, "並行", "Race", Township::of("Beinan"), false, 0)
        .await
        .unwrap();
    let (a, _) = app.user(Role::CountyAdmin, None, None).await;
    let (c, _) = app.user(Role::CountyAdmin, None, None).await;
    let (x, y) = tokio::join!(
        call_with::<_, ()>(&a, &b, decide(r, "approve", "")),
        call_with::<_, ()>(&c, &b, decide(r, "suspend", "no")),
    );
    // Whichever came first, the log holds what happened and the restaurant
    // is in the state the last successful decision left it.
    let ok = [x.is_ok(), y.is_ok()].iter().filter(|o| **o).count() as i64;
    assert!(ok >= 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM restaurant_listing_log").await, ok);
    let (again_a, again_c) = tokio::join!(
        call_with::<_, ()>(&a, &b, decide(r, "approve", "")),
        call_with::<_, ()>(&c, &b, decide(r, "approve", "")),
    );
    let log = count(&app, "SELECT COUNT(*) FROM restaurant_listing_log").await;
    // Two approvals at once: at most one applies.
    assert!(!(again_a.is_ok() && again_c.is_ok()));
    assert_eq!(log, ok + i64::from(again_a.is_ok() || again_c.is_ok()));
    app.cleanup().await;
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn supplier(
    kind: &str,
    zh: &str,
    place: &str,
    lat: &str,
    lon: &str,
    cert: &str,
    number: &str,
    expires: &str,
) -> AddSupplier {
    AddSupplier {
        form: meals::types::NewSupplier {
            kind: kind.into(),
            name_zh: zh.into(),
            name_en: String::new(),
            locality: place.into(),
            lat: lat.into(),
            lon: lon.into(),
            certification: cert.into(),
            certificate_number: number.into(),
            certificate_body: if cert.is_empty() {
                String::new()
            } else {
                "示範驗證".into()
            },
            certificate_expires: expires.into(),
        },
    }
}

fn produce(s: SupplierId, zh: &str, from: u32, to: u32) -> AddProduce {
    AddProduce {
        supplier: s,
        name_zh: zh.into(),
        name_en: String::new(),
        from_month: from,
        to_month: to,
        ingredient: String::new(),
    }
}

both!(restaurants_keep_suppliers_and_pick_from_the_county_directory);
async fn restaurants_keep_suppliers_and_pick_from_the_county_directory(db: Db) {
    let app = TestApp::spawn(db).await;
    let b = &app.base;
    let r = meals::store::restaurants::insert(&app.state.db, "池上店", "Chishang", Township::of("Chishang"), false, 0)
        .await
        .unwrap();
    let other = meals::store::restaurants::insert(&app.state.db, "別家", "Other", Township::of("Luye"), false, 0)
        .await
        .unwrap();
    let (chef, chef_id) = app.user(Role::RestaurantStaff, None, Some(r)).await;
    let (other_chef, _) = app.user(Role::RestaurantStaff, None, Some(other)).await;
    let (county, _) = app.user(Role::CountyAdmin, None, None).await;
    let (city, _) = app.user(Role::CityAdmin, None, None).await;
    let tomorrow = (app.state.clock.today() + chrono::Duration::days(1)).to_string();
    let yesterday = (app.state.clock.today() - chrono::Duration::days(1)).to_string();

    // The county adds a farm to its directory, certified until tomorrow.
    let farm: SupplierId = call_with(
        &county,
        b,
        supplier(
            "farm",
            "關山有機菜園",
            "Guanshan",
            "",
            "",
            "organic",
            "1-012-0001",
            &tomorrow,
        ),
    )
    .await
    .unwrap();
    let mut named = produce(farm, "高麗菜", 11, 4);
    named.ingredient = "cabbage".into();
    call_with::<_, ()>(&county, b, named).await.unwrap();
    // A product names one of the standard's ingredients, or none.
    let mut unknown = produce(farm, "獨角獸", 1, 2);
    unknown.ingredient = "unicorn".into();
    assert_eq!(
        call_with::<_, ()>(&county, b, unknown).await.err(),
        Some(AppError::InvalidInput)
    );
    // Nobody else adds to it; a city administrator adds nothing at all.
    assert_eq!(
        call_with::<_, SupplierId>(&city, b, supplier("farm", "x", "Guanshan", "", "", "", "", ""))
            .await
            .err(),
        Some(AppError::Forbidden)
    );
    assert_eq!(
        call_with::<_, SupplierId>(&app.client, b, supplier("farm", "x", "Guanshan", "", "", "", "", ""))
            .await
            .err(),
        Some(AppError::NotSignedIn)
    );
    assert_eq!(
        call_with::<_, ()>(&chef, b, produce(farm, "偷加", 1, 2)).await.err(),
        Some(AppError::NotFound)
    );
    let directory: Vec<SupplierView> = call_with(&app.client, b, FarmDirectory {}).await.unwrap();
    assert_eq!(directory.len(), 1);
    let d = &directory[0];
    assert!(d.certified && d.in_directory && d.locality.is_local());
    // The township's office, as the county's profile gives it.
    let office = domain::meals::locality::township_centre(&app.state.config.installation, Township::of("Guanshan"));
    assert_eq!(Some(d.location), office);
    assert_eq!(d.produce.len(), 1);
    assert_eq!(d.produce[0].produce.season.runs(), vec![(11, 4)]);
    assert_eq!(d.produce[0].produce.ingredient_id.as_deref(), Some("cabbage"));

    // Bad suppliers are refused with the reason, and nothing is written.
    let before = count(&app, "SELECT COUNT(*) FROM suppliers").await;
    for (bad, e) in [
        (
            supplier("farm", " ", "Luye", "", "", "", "", ""),
            SupplierError::NameInvalid,
        ),
        (
            supplier("farm", "遠方", "Luye", "35.6", "139.7", "", "", ""),
            SupplierError::LocationOutsideTaiwan,
        ),
        (
            supplier("farm", "半個", "Luye", "23.1", "", "", "", ""),
            SupplierError::LocationOutsideTaiwan,
        ),
        (
            supplier("farm", "亂填", "Luye", "abc", "121", "", "", ""),
            SupplierError::LocationOutsideTaiwan,
        ),
        (
            supplier("farm", "過期", "Luye", "", "", "organic", "1-2", &yesterday),
            SupplierError::CertificateExpired,
        ),
        (
            supplier("farm", "沒字號", "Luye", "", "", "eco_friendly", " ", &tomorrow),
            SupplierError::CertificateInvalid,
        ),
        (
            supplier("farm", "沒日期", "Luye", "", "", "organic", "1-2", ""),
            SupplierError::CertificateInvalid,
        ),
    ] {
        assert_eq!(
            call_with::<_, SupplierId>(&chef, b, bad).await.err(),
            Some(AppError::Service(MealsError::Supplier(e)))
        );
    }
    for bad in [
        supplier("spaceship", "x", "Luye", "", "", "", "", ""),
        supplier("farm", "x", "Atlantis", "", "", "", "", ""),
        supplier("farm", "x", "Luye", "", "", "biodynamic", "1", &tomorrow),
    ] {
        assert_eq!(
            call_with::<_, SupplierId>(&chef, b, bad).await.err(),
            Some(AppError::InvalidInput)
        );
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM suppliers").await, before);

    // The restaurant's own supplier, at its own location in Yunlin, and one
    // picked from the directory (twice: still once on the list).
    let own: SupplierId = call_with(
        &chef,
        b,
        supplier("shop", "雲林豆腐", "Yunlin", " 23.7 ", "120.53", "", "", ""),
    )
    .await
    .unwrap();
    call_with::<_, ()>(&chef, b, produce(own, "豆腐", 1, 12)).await.unwrap();
    assert_eq!(
        call_with::<_, ()>(&chef, b, produce(own, "豆腐", 0, 12)).await.err(),
        Some(AppError::Service(MealsError::Supplier(SupplierError::SeasonInvalid)))
    );
    assert_eq!(
        call_with::<_, ()>(&other_chef, b, produce(own, "偷加", 1, 2))
            .await
            .err(),
        Some(AppError::NotFound)
    );
    call_with::<_, ()>(&chef, b, PickSupplier { supplier: farm })
        .await
        .unwrap();
    call_with::<_, ()>(&chef, b, PickSupplier { supplier: farm })
        .await
        .unwrap();
    assert_eq!(
        call_with::<_, ()>(&chef, b, PickSupplier { supplier: own }).await.err(),
        Some(AppError::NotFound),
        "a restaurant's own supplier is not in the directory"
    );
    assert_eq!(
        call_with::<_, ()>(&county, b, PickSupplier { supplier: farm })
            .await
            .err(),
        Some(AppError::Forbidden)
    );
    let lists: SupplierLists = call_with(&chef, b, MySuppliers {}).await.unwrap();
    assert_eq!(lists.mine.len(), 2);
    assert!(
        lists.directory.is_empty(),
        "the picked farm leaves the list to pick from"
    );
    let tofu = lists.mine.iter().find(|s| s.id == own).unwrap();
    assert!(!tofu.in_directory && !tofu.locality.is_local());
    assert!((tofu.location.lat - 23.7).abs() < 1e-9);
    // Yunlin to Chishang: about 100 km as the crow flies, 1.3 times that by road.
    let km = tofu.road_km.unwrap();
    assert!((110.0..160.0).contains(&km), "{km}");
    // Another restaurant sees neither, and the directory farm to pick.
    let theirs: SupplierLists = call_with(&other_chef, b, MySuppliers {}).await.unwrap();
    assert!(theirs.mine.is_empty());
    assert_eq!(theirs.directory.len(), 1);
    assert_eq!(
        call_with::<_, ()>(&other_chef, b, RemoveSupplier { supplier: own })
            .await
            .err(),
        Some(AppError::NotFound)
    );

    // A meal names its suppliers: only those on the restaurant's list.
    let item = |id: &str, grams: f64, supplier: Option<SupplierId>| domain::meals::ItemInput {
        supplier: supplier.map(SupplierId::get),
        ..domain::meals::ItemInput::new(id, grams)
    };
    let meal = |items: Vec<domain::meals::ItemInput>| SaveMeal {
        form: SaveMealForm {
            id: None,
            name: domain::Bilingual::new("產地便當", "Sourced box"),
            input: domain::meals::MealInput {
                items,
                ..Default::default()
            },
        },
    };
    let theirs_own: SupplierId = call_with(&other_chef, b, supplier("farm", "鹿野小農", "Luye", "", "", "", "", ""))
        .await
        .unwrap();
    let meals_before = count(&app, "SELECT COUNT(*) FROM meals").await;
    for (bad, at) in [(theirs_own, 1), (SupplierId(999_999), 1)] {
        assert_eq!(
            call_with::<_, MealSummary>(
                &chef,
                b,
                meal(vec![item("cabbage", 100.0, Some(farm)), item("tofu", 100.0, Some(bad))])
            )
            .await
            .err(),
            Some(AppError::Service(MealsError::SupplierNotListed { item: at }))
        );
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM meals").await, meals_before);
    let mut rice = item("rice-white", 200.0, None);
    rice.origin = Some(domain::meals::Origin::TaitungLocal);
    let saved: MealSummary = call_with(
        &chef,
        b,
        meal(vec![
            item("cabbage", 100.0, Some(farm)),
            item("tofu", 100.0, Some(own)),
            rice,
        ]),
    )
    .await
    .unwrap();
    call_with::<_, ()>(&county, b, decide(r, "approve", "")).await.unwrap();
    let public: MealDetail = call_with(
        &app.client,
        b,
        PublicMeal {
            slug: saved.slug.clone(),
        },
    )
    .await
    .unwrap();
    let chain = public.chain.expect("the chain on the public page");
    assert_eq!(chain.suppliers.len(), 3);
    let cabbage = chain.suppliers[0].as_ref().unwrap();
    assert_eq!(
        cabbage.certified,
        Some(domain::meals::sourcing::FarmCertification::Organic)
    );
    assert_eq!(chain.suppliers[1].as_ref().unwrap().locality.as_str(), "Yunlin");
    assert!(chain.suppliers[2].is_none());
    // By mass: cabbage (local, certified) 100 g, tofu (Yunlin) 100 g, rice
    // (Taitung origin, no supplier) 200 g.
    assert!((chain.shares.local - 0.75).abs() < 1e-9, "{:?}", chain.shares);
    assert!((chain.shares.certified - 0.25).abs() < 1e-9, "{:?}", chain.shares);
    assert_eq!(cabbage.name.zh_tw, "關山有機菜園");
    let label: LabelView = call_with(
        &app.client,
        b,
        MealLabel {
            slug: saved.slug.clone(),
        },
    )
    .await
    .unwrap();
    assert_eq!(label.detail.chain, Some(chain.clone()));

    // The certificate stops counting on the day it expires: in the
    // directory, and in the meal's certified share.
    app.state.clock.advance(24 * 3600);
    let directory: Vec<SupplierView> = call_with(&app.client, b, FarmDirectory {}).await.unwrap();
    assert!(!directory[0].certified && directory[0].certificate.is_some());
    let public: MealDetail = call_with(
        &app.client,
        b,
        PublicMeal {
            slug: saved.slug.clone(),
        },
    )
    .await
    .unwrap();
    let chain = public.chain.unwrap();
    assert_eq!(chain.suppliers[0].as_ref().unwrap().certified, None);
    assert_eq!(chain.shares.certified, 0.0);

    // Taking suppliers off: the own one is deleted with its products, the
    // directory farm stays in the directory.
    app.sign_in_again(&chef, chef_id).await;
    call_with::<_, ()>(&chef, b, RemoveSupplier { supplier: own })
        .await
        .unwrap();
    call_with::<_, ()>(&chef, b, RemoveSupplier { supplier: farm })
        .await
        .unwrap();
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM suppliers").await,
        before + 1,
        "the other restaurant's stays"
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM supplier_produce").await, 1);
    let lists: SupplierLists = call_with(&chef, b, MySuppliers {}).await.unwrap();
    assert!(lists.mine.is_empty() && lists.directory.len() == 1);
    app.cleanup().await;
}
