//! The invariants that concurrency could break, hammered concurrently.

use crate::both;
use crate::fixtures::*;
use crate::harness::{Db, TestApp, call_with};
use booking::error::AppError;
use booking::error::BookingError;
use booking::server_fns::family::RescheduleByReference;
use booking::types::RegistrationView;

both!(two_hundred_families_race_for_the_last_five_places);
async fn two_hundred_families_race_for_the_last_five_places(db: Db) {
    let app = std::sync::Arc::new(TestApp::spawn(db).await);
    let c = centre(&app, "Race").await;
    let d = day(&app, c, 5, Places { total: 10, under3: 0 }).await;
    let birth = preschooler(&app);
    for i in 0..5 {
        book(&app, d, &national_id(1000 + i), &birth).await.expect("first five");
    }
    let tasks: Vec<_> = (0..200)
        .map(|i| {
            let (app, birth) = (app.clone(), birth.clone());
            tokio::spawn(async move { book(&app, d, &national_id(2000 + i), &birth).await })
        })
        .collect();
    let mut ok = 0;
    for t in tasks {
        match t.await.expect("task") {
            Ok(_) => ok += 1,
            Err(AppError::Service(BookingError::DayFull)) | Err(AppError::Busy) => {}
            Err(e) => panic!("unexpected {e:?}"),
        }
    }
    assert_eq!(ok, 5, "exactly the last five places were taken");
    assert_eq!(taken(&app, d).await, Taken { general: 10, under3: 0 });
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM registrations WHERE active = 1").await,
        10
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM holds").await, 0);
    std::sync::Arc::into_inner(app).expect("sole owner").cleanup().await;
}

both!(fifty_registrations_of_one_child_at_different_centres_leave_one_unflagged);
async fn fifty_registrations_of_one_child_at_different_centres_leave_one_unflagged(db: Db) {
    let app = std::sync::Arc::new(TestApp::spawn(db).await);
    let mut days = Vec::new();
    for i in 0..10 {
        let c = centre(&app, &format!("Centre{i}")).await;
        days.push(day(&app, c, 6, Places { total: 10, under3: 0 }).await);
    }
    let birth = preschooler(&app);
    let id = national_id(3000);
    let tasks: Vec<_> = (0..50)
        .map(|i| {
            let (app, birth, id, d) = (app.clone(), birth.clone(), id.clone(), days[i % days.len()]);
            tokio::spawn(async move { book(&app, d, &id, &birth).await })
        })
        .collect();
    // Nobody submitting is known as the child's family: each is answered as
    // any booking is, and all but one are flagged as duplicates.
    let mut ok = 0;
    for t in tasks {
        match t.await.expect("task") {
            Ok(_) => ok += 1,
            Err(AppError::Busy) => {}
            Err(e) => panic!("unexpected {e:?}"),
        }
    }
    assert!(ok >= 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM registrations").await, ok);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM registrations WHERE active = 1 AND review IS NULL"
        )
        .await,
        1,
        "exactly one unflagged booking of the child"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM registrations WHERE review = 'duplicate'").await,
        ok - 1
    );
    let taken_total: i64 = count(
        &app,
        "SELECT CAST(SUM(taken_general + taken_reserved) AS BIGINT) FROM clinic_days",
    )
    .await;
    assert_eq!(
        taken_total, ok,
        "each booking holds its place, and no refused attempt kept one"
    );
    std::sync::Arc::into_inner(app).expect("sole owner").cleanup().await;
}

both!(a_reschedule_racing_a_registration_for_the_last_place_never_overbooks);
async fn a_reschedule_racing_a_registration_for_the_last_place_never_overbooks(db: Db) {
    let app = std::sync::Arc::new(TestApp::spawn(db).await);
    let c = centre(&app, "Move").await;
    for round in 0..10u32 {
        let from = day(&app, c, 3 + i64::from(round) * 2, Places { total: 5, under3: 0 }).await;
        let to = day(&app, c, 4 + i64::from(round) * 2, Places { total: 1, under3: 0 }).await;
        let birth = preschooler(&app);
        let existing = book(&app, from, &national_id(4000 + round), &birth)
            .await
            .expect("booked");
        let mover = {
            let (app, birth, reference) = (app.clone(), birth.clone(), existing.reference.clone());
            tokio::spawn(async move {
                call_with::<_, RegistrationView>(
                    &app.client,
                    &app.base,
                    RescheduleByReference {
                        reference,
                        birth_date: birth,
                        new_day_id: to,
                    },
                )
                .await
            })
        };
        let newcomer = {
            let (app, birth) = (app.clone(), birth.clone());
            tokio::spawn(async move { book(&app, to, &national_id(5000 + round), &birth).await })
        };
        let (m, n) = (mover.await.expect("task"), newcomer.await.expect("task"));
        assert!(m.is_ok() != n.is_ok(), "exactly one gets the last place: {m:?} / {n:?}");
        assert_eq!(taken(&app, to).await, Taken { general: 1, under3: 0 });
        let expected_from = if m.is_ok() { 0 } else { 1 };
        assert_eq!(
            taken(&app, from).await,
            Taken {
                general: expected_from,
                under3: 0
            }
        );
    }
    std::sync::Arc::into_inner(app).expect("sole owner").cleanup().await;
}

both!(two_instances_behind_a_proxy_share_sessions_rate_limits_and_places);
async fn two_instances_behind_a_proxy_share_sessions_rate_limits_and_places(db: Db) {
    use platform::auth::{CurrentUser, Login, Me};
    let app = TestApp::spawn_with(db, &["--login-burst", "5", "--shared-limits", "1"]).await;
    let first: std::net::SocketAddr = app.base.trim_start_matches("http://").parse().unwrap();
    let second = app.another_instance().await;
    let base = TestApp::round_robin(vec![first, second]).await;
    let browser = || TestApp::client_without_keepalive(&base);

    // A session begun through one instance is known to the other.
    let (_, staff_id) = app
        .user(
            domain::platform::Role::CentreStaff,
            Some(centre(&app, "Proxy").await),
            None,
        )
        .await;
    let email: String = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(staff_id.get())
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let staff = browser();
    let login = |email: String, password: &str| Login {
        email,
        password: password.into(),
        next: None,
        code: None,
    };
    call_with::<_, ()>(&staff, &base, login(email.clone(), "correct horse battery"))
        .await
        .expect("signed in");
    for _ in 0..4 {
        let me: Option<Me> = call_with(&staff, &base, CurrentUser {}).await.unwrap();
        assert_eq!(me.map(|m| m.id), Some(staff_id));
    }

    // The races end as on one instance: five places, twenty families, five bookings.
    let d = day(&app, centre(&app, "Race").await, 5, Places { total: 5, under3: 0 }).await;
    let birth = preschooler(&app);
    let tasks: Vec<_> = (0..20)
        .map(|i| {
            let (base, birth) = (base.clone(), birth.clone());
            tokio::spawn(async move {
                let client = TestApp::client_without_keepalive(&base);
                use booking::server_fns::flow::{PlaceHold, SubmitRegistration};
                let hold = PlaceHold {
                    day_id: d,
                    birth_date: birth.clone(),
                };
                let h: booking::types::HoldView = call_with(&client, &base, hold).await?;
                let form = form(&h.token, &national_id(7000 + i), &birth);
                call_with::<_, RegistrationView>(&client, &base, SubmitRegistration { form }).await
            })
        })
        .collect();
    let mut booked = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => booked += 1,
            Err(AppError::Service(BookingError::DayFull)) | Err(AppError::Busy) => {}
            Err(e) => panic!("unexpected {e:?}"),
        }
    }
    assert_eq!(booked, 5);
    assert_eq!(taken(&app, d).await, Taken { general: 5, under3: 0 });
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM registrations WHERE active = 1").await,
        5
    );

    // The sign-in limit is one budget of five for both instances, for the
    // address and for the account: two sign-ins above, three wrong
    // passwords, then refused, wherever the request lands (each instance
    // alone would have let five through).
    let guesser = browser();
    let mut answers = Vec::new();
    for _ in 0..5 {
        answers.push(call_with::<_, ()>(&guesser, &base, login(email.clone(), "not the password")).await);
    }
    assert_eq!(
        answers,
        [
            Err(platform::AppError::BadCredentials),
            Err(platform::AppError::BadCredentials),
            Err(platform::AppError::BadCredentials),
            Err(platform::AppError::RateLimited),
            Err(platform::AppError::RateLimited),
        ]
    );
    app.cleanup().await;
}
