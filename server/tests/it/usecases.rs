//! Use cases called as a job or the REST API calls them: with a context and
//! an actor, no request and no HTTP. What the guard would refuse is not
//! theirs to check; what they check (whose record it is, a change that no
//! longer applies) is tested here on both databases.

use crate::both;
use crate::fixtures::{Places, book, centre, day, in_days, taken, toddler};
use crate::harness::{Db, TestApp};
use booking::error::{AppError, BookingError};
use booking::types::OpenDaysForm;
use domain::Named;
use domain::booking::session_plan::SessionPlan;
use domain::meals::{ItemInput, MealInput, Township};
use domain::platform::Role;
use platform::ssr::actor::{CentreStaff, RestaurantStaff};

both!(a_cancellation_frees_the_place_once);
async fn a_cancellation_frees_the_place_once(db: Db) {
    use booking::usecase::cancel_registration::cancel_registration;
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "中心").await;
    let d = day(&app, c, 5, Places { total: 2, under3: 1 }).await;
    let booked = book(&app, d, "A123456789", &toddler(&app)).await.expect("booked");
    assert_eq!(taken(&app, d).await.under3, 1);
    let cx = app.booking_cx();
    cancel_registration(&cx, booked.id, None).await.expect("cancelled");
    assert_eq!(taken(&app, d).await.under3, 0, "the place is free again");
    let again = cancel_registration(&cx, booked.id, None).await;
    assert!(
        matches!(again, Err(AppError::Service(BookingError::CannotChange(_)))),
        "a cancelled registration cannot be cancelled again: {again:?}"
    );
    assert_eq!(taken(&app, d).await.under3, 0, "nothing freed twice");
}

both!(staff_open_days_of_their_own_centre_once);
async fn staff_open_days_of_their_own_centre_once(db: Db) {
    use booking::usecase::open_days::open_days;
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "中心").await;
    let (_, user) = app.user(Role::CentreStaff, Some(c), None).await;
    let me = CentreStaff { user, centre: c };
    let form = OpenDaysForm {
        from: in_days(&app, 1).to_string(),
        to: in_days(&app, 14).to_string(),
        weekdays: vec![2, 4],
        quota: 4,
        reserved_under3: 1,
        minutes: SessionPlan::typical()
            .sessions()
            .iter()
            .map(|s| (s.discipline.as_str().to_string(), s.minutes.to_string()))
            .collect(),
        checkin_time: "08:20".into(),
    };
    let cx = app.booking_cx();
    let first = open_days(&cx, &me, &form).await.expect("opened");
    assert_eq!(first.opened, 4, "two Tuesdays and two Thursdays in two weeks");
    let second = open_days(&cx, &me, &form).await.expect("opened again");
    assert_eq!((second.opened, second.skipped), (0, 4), "a day open already is skipped");
    let bad = OpenDaysForm {
        reserved_under3: 5,
        ..form
    };
    assert!(
        open_days(&cx, &me, &bad).await.is_err(),
        "more reserved places than places"
    );
}

both!(a_restaurant_reads_and_deletes_only_its_own_meals);
async fn a_restaurant_reads_and_deletes_only_its_own_meals(db: Db) {
    use meals::usecase::{delete_meal::delete_meal, my_meal::my_meal, my_menu::my_menu, save_meal::save_meal};
    let app = TestApp::spawn(db).await;
    let store = |zh: &'static str| {
        meals::store::restaurants::insert(&app.state.db, zh, zh, Township::of("TaitungCity"), false, 0)
    };
    let (r1, r2) = (store("一號店").await.unwrap(), store("二號店").await.unwrap());
    let (_, u1) = app.user(Role::RestaurantStaff, None, Some(r1)).await;
    let (_, u2) = app.user(Role::RestaurantStaff, None, Some(r2)).await;
    let (chef, other) = (
        RestaurantStaff {
            user: u1,
            restaurant: r1,
        },
        RestaurantStaff {
            user: u2,
            restaurant: r2,
        },
    );
    let cx = app.meals_cx();
    let form = meals::types::SaveMealForm {
        id: None,
        name: domain::Bilingual::new("豬肉便當", ""),
        input: MealInput {
            items: vec![
                ItemInput::new("rice-white", 250.0),
                ItemInput::new("pork-shoulder", 100.0),
            ],
            ..Default::default()
        },
    };
    let saved = save_meal(&cx, &chef, form.clone()).await.expect("saved");
    assert!(saved.total_kg > 0.0);
    assert_eq!(my_menu(&cx, &chef).await.unwrap().len(), 1);
    assert!(my_menu(&cx, &other).await.unwrap().is_empty());
    let not_found = Err(meals::error::AppError::NotFound);
    assert_eq!(my_meal(&cx, &other, saved.id).await.map(|_| ()), not_found);
    assert_eq!(delete_meal(&cx, &other, saved.id).await, not_found);
    let overwrite = meals::types::SaveMealForm {
        id: Some(saved.id),
        ..form
    };
    assert_eq!(save_meal(&cx, &other, overwrite).await.map(|_| ()), not_found);
    assert_eq!(delete_meal(&cx, &chef, saved.id).await, Ok(()));
    assert!(my_menu(&cx, &chef).await.unwrap().is_empty());
}
