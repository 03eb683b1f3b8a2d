//! The booking flow end to end through the HTTP API of the server functions.

use crate::both;
use crate::fixtures::*;
use crate::harness::{Db, TestApp, call_with};
use booking::error::AppError;
use booking::error::BookingError;
use booking::server_fns::family::{CancelByReference, Inquire, RescheduleByReference};
use booking::server_fns::flow::ReleaseHold;
use booking::types::RegistrationView;
use domain::booking::RegistrationStatus;

both!(a_family_holds_registers_finds_reschedules_and_cancels);
async fn a_family_holds_registers_finds_reschedules_and_cancels(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "A").await;
    let d1 = day(&app, c, 5, Places { total: 3, under3: 1 }).await;
    let d2 = day(&app, c, 9, Places { total: 3, under3: 1 }).await;
    let birth = toddler(&app);
    let h = hold(&app, &app.client, d1, &birth).await.expect("hold");
    assert_eq!(
        h.pool,
        domain::booking::Pool::Reserved,
        "an under-3 takes the reserved place first"
    );
    assert_eq!(taken(&app, d1).await, Taken { general: 0, under3: 1 });
    let v = submit(&app, &app.client, form(&h.token, &national_id(1), &birth))
        .await
        .expect("submit");
    assert_eq!(v.status, RegistrationStatus::Submitted);
    assert!(domain::booking::BookingReference::parse(&v.reference).is_ok());
    // The family sees what the day holds: the clinic day's sessions.
    assert_eq!(
        v.sessions,
        domain::booking::session_plan::SessionPlan::typical()
            .sessions()
            .to_vec()
    );
    assert_eq!(
        taken(&app, d1).await,
        Taken { general: 0, under3: 1 },
        "the held place passed to the registration"
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM holds").await, 0);

    // The national ID is stored encrypted and masked, never in clear.
    let (enc, masked): (String, String) =
        sqlx::query_as("SELECT national_id_enc, national_id_masked FROM registrations")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert!(!enc.contains(&national_id(1)));
    assert_eq!(app.state.keys.decrypt(&enc).as_deref(), Some(national_id(1).as_str()));
    assert_eq!(masked, format!("{}*****{}", &national_id(1)[..3], &national_id(1)[8..]));

    // Inquiry by reference and birth date, from another browser without an account.
    let other = TestApp::new_client(&app.base);
    let found: RegistrationView = call_with(
        &other,
        &app.base,
        Inquire {
            reference: v.reference.to_lowercase(),
            birth_date: birth.clone(),
        },
    )
    .await
    .expect("inquire");
    assert_eq!(found.id, v.id);
    let wrong = call_with::<_, RegistrationView>(
        &other,
        &app.base,
        Inquire {
            reference: v.reference.clone(),
            birth_date: "2020-01-01".into(),
        },
    )
    .await;
    assert_eq!(wrong, Err(AppError::Service(BookingError::InquiryNoMatch)));

    // Reschedule in one step: the old place is released, the new one taken.
    let moved: RegistrationView = call_with(
        &other,
        &app.base,
        RescheduleByReference {
            reference: v.reference.clone(),
            birth_date: birth.clone(),
            new_day_id: d2,
        },
    )
    .await
    .expect("reschedule");
    assert_eq!(moved.clinic_day_id, d2);
    assert_eq!(taken(&app, d1).await, Taken { general: 0, under3: 0 });
    assert_eq!(taken(&app, d2).await, Taken { general: 0, under3: 1 });

    // Cancel frees the place; a second cancel is refused and changes nothing.
    call_with::<_, ()>(
        &other,
        &app.base,
        CancelByReference {
            reference: v.reference.clone(),
            birth_date: birth.clone(),
        },
    )
    .await
    .expect("cancel");
    assert_eq!(taken(&app, d2).await, Taken { general: 0, under3: 0 });
    let again = call_with::<_, ()>(
        &other,
        &app.base,
        CancelByReference {
            reference: v.reference.clone(),
            birth_date: birth.clone(),
        },
    )
    .await;
    assert!(
        matches!(again, Err(AppError::Service(BookingError::CannotChange(_)))),
        "{again:?}"
    );
    assert_eq!(taken(&app, d2).await, Taken { general: 0, under3: 0 });
    // A booking mail was queued for the family, with the calendar file.
    assert!(count(&app, "SELECT COUNT(*) FROM mail_outbox WHERE ics IS NOT NULL").await >= 1);
    app.cleanup().await;
}

both!(a_released_hold_and_an_expired_hold_free_their_place);
async fn a_released_hold_and_an_expired_hold_free_their_place(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "B").await;
    let d = day(&app, c, 4, Places { total: 1, under3: 0 }).await;
    let birth = preschooler(&app);
    let h = hold(&app, &app.client, d, &birth).await.expect("hold");
    assert_eq!(
        hold(&app, &TestApp::new_client(&app.base), d, &birth).await.err(),
        Some(AppError::Service(BookingError::DayFull))
    );
    call_with::<_, ()>(&app.client, &app.base, ReleaseHold { token: h.token })
        .await
        .expect("release");
    assert_eq!(taken(&app, d).await, Taken { general: 0, under3: 0 });

    let h = hold(&app, &app.client, d, &birth).await.expect("hold again");
    app.state.clock.advance(11 * 60);
    // The expired hold's place is free again for someone else at once…
    let other = TestApp::new_client(&app.base);
    let h2 = hold(&app, &other, d, &birth).await.expect("the expired place is free");
    // …and the late form is refused and changes nothing.
    let late = submit(&app, &app.client, form(&h.token, &national_id(2), &birth)).await;
    assert_eq!(late.err(), Some(AppError::Service(BookingError::HoldExpired)));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM registrations").await, 0);
    submit(&app, &other, form(&h2.token, &national_id(3), &birth))
        .await
        .expect("the new holder registers");
    assert_eq!(taken(&app, d).await, Taken { general: 1, under3: 0 });
    app.cleanup().await;
}

both!(an_expired_reserved_hold_goes_back_to_an_under_three_not_to_the_general_places);
async fn an_expired_reserved_hold_goes_back_to_an_under_three_not_to_the_general_places(db: Db) {
    // A hold takes its place without sweeping while the child's first pool has
    // room; when it has none, the expired holds are swept first, so an
    // under-three whose reserved place is only taken by an expired hold gets
    // that place, not one of the general places the older children need.
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "R").await;
    let d = day(&app, c, 4, Places { total: 3, under3: 1 }).await;
    let birth = toddler(&app);
    hold(&app, &app.client, d, &birth).await.expect("hold");
    assert_eq!(taken(&app, d).await, Taken { general: 0, under3: 1 });
    app.state.clock.advance(11 * 60);
    let other = TestApp::new_client(&app.base);
    hold(&app, &other, d, &birth).await.expect("the expired reserved place");
    assert_eq!(
        taken(&app, d).await,
        Taken { general: 0, under3: 1 },
        "the reserved place, swept and taken again"
    );
    // A general place still goes to an older child without any sweep.
    hold(&app, &TestApp::new_client(&app.base), d, &preschooler(&app))
        .await
        .expect("a general place");
    assert_eq!(taken(&app, d).await, Taken { general: 1, under3: 1 });
    app.cleanup().await;
}

both!(bad_input_gets_a_clear_error_and_changes_nothing);
async fn bad_input_gets_a_clear_error_and_changes_nothing(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "C").await;
    let d = day(&app, c, 6, Places { total: 2, under3: 1 }).await;
    let birth = preschooler(&app);
    let h = hold(&app, &app.client, d, &birth).await.expect("hold");
    let mut f = form(&h.token, "A123456788", &birth);
    assert_eq!(
        submit(&app, &app.client, f.clone()).await.err(),
        Some(AppError::Service(BookingError::NationalIdChecksum))
    );
    f.national_id = "123".into();
    assert_eq!(
        submit(&app, &app.client, f.clone()).await.err(),
        Some(AppError::Service(BookingError::NationalIdFormat))
    );
    f.national_id = national_id(4).into();
    f.birth_date = (app.state.clock.today() + chrono::Duration::days(3)).to_string();
    assert_eq!(
        submit(&app, &app.client, f.clone()).await.err(),
        Some(AppError::Service(BookingError::BirthDateFuture))
    );
    f.birth_date = birth.clone();
    f.phone = "12345".into();
    assert_eq!(
        submit(&app, &app.client, f.clone()).await.err(),
        Some(AppError::Service(BookingError::PhoneInvalid))
    );
    f.phone = "0912345678".into();
    f.domains = vec![domain::booking::triage::ProblemDomain::Motor];
    assert_eq!(
        submit(&app, &app.client, f.clone()).await.err(),
        Some(AppError::Service(BookingError::NoJointAssessmentNeeded))
    );
    assert_eq!(
        hold(&app, &app.client, d, "not a date").await.err(),
        Some(AppError::Service(BookingError::DateInvalid))
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM registrations").await, 0);
    assert_eq!(
        taken(&app, d).await,
        Taken { general: 1, under3: 0 },
        "only the valid hold holds a place"
    );
    // The hold survived the refusals: the corrected form goes through.
    f.domains = vec![
        domain::booking::triage::ProblemDomain::Motor,
        domain::booking::triage::ProblemDomain::Growth,
    ];
    submit(&app, &app.client, f).await.expect("corrected form");
    app.cleanup().await;
}

both!(a_full_day_and_a_reserved_place_are_refused_to_those_who_may_not_take_them);
async fn a_full_day_and_a_reserved_place_are_refused_to_those_who_may_not_take_them(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "D").await;
    let d = day(&app, c, 7, Places { total: 2, under3: 1 }).await;
    let older = preschooler(&app);
    book(&app, d, &national_id(10), &older)
        .await
        .expect("the general place");
    // Only the under-3 place is left: an older child is refused, a toddler is not.
    assert_eq!(
        book(&app, d, &national_id(11), &older).await.err(),
        Some(AppError::Service(BookingError::DayFull))
    );
    book(&app, d, &national_id(12), &toddler(&app))
        .await
        .expect("the reserved place");
    assert_eq!(
        book(&app, d, &national_id(13), &toddler(&app)).await.err(),
        Some(AppError::Service(BookingError::DayFull))
    );
    assert_eq!(taken(&app, d).await, Taken { general: 1, under3: 1 });
    app.cleanup().await;
}

both!(only_the_family_learns_a_child_is_booked_and_the_staff_resolve_a_duplicate);
async fn only_the_family_learns_a_child_is_booked_and_the_staff_resolve_a_duplicate(db: Db) {
    use booking::server_fns::staff::{GetDayDetail, StaffAct};
    use booking::types::DayDetail;
    use domain::booking::registration::{Review, StaffAction, TransitionError};
    let app = TestApp::spawn(db).await;
    let c1 = centre(&app, "E").await;
    let c2 = centre(&app, "F").await;
    let d1 = day(&app, c1, 8, Places { total: 3, under3: 0 }).await;
    let d2 = day(&app, c2, 10, Places { total: 3, under3: 0 }).await;
    let birth = preschooler(&app);
    let (parent, _) = app.user(domain::platform::Role::Parent, None, None).await;
    let h = hold(&app, &parent, d1, &birth).await.unwrap();
    let first = submit(&app, &parent, form(&h.token, &national_id(20), &birth))
        .await
        .expect("first booking");
    // The same family tries another centre: told which booking it already has,
    // and nothing is taken.
    let h = hold(&app, &parent, d2, &birth).await.unwrap();
    match submit(&app, &parent, form(&h.token, &national_id(20), &birth)).await {
        Err(AppError::Service(BookingError::ChildAlreadyBooked(Some(own)))) => assert_eq!(own.date, in_days(&app, 8)),
        other => panic!("{other:?}"),
    }
    assert_eq!(taken(&app, d2).await, Taken { general: 0, under3: 0 });

    // Anyone else with the same ID gets the answer any booking gets: it
    // learns nothing of the booking. The booking is taken, flagged for the staff.
    let fresh = book(&app, d2, &national_id(21), &birth).await.expect("a new child");
    let dup = book(&app, d2, &national_id(20), &birth)
        .await
        .expect("taken, not refused");
    assert_eq!(dup.status, fresh.status);
    assert_eq!(dup.changeable, fresh.changeable);
    assert_eq!(
        review_of(&app, "registrations", &dup.reference).await.as_deref(),
        Some("duplicate")
    );
    assert_eq!(review_of(&app, "registrations", &fresh.reference).await, None);
    assert_eq!(taken(&app, d2).await, Taken { general: 2, under3: 0 });
    // Its inquiry says nothing either.
    let seen: RegistrationView = app
        .call(Inquire {
            reference: dup.reference.clone(),
            birth_date: birth.clone(),
        })
        .await
        .unwrap();
    assert_eq!(seen.status, RegistrationStatus::Submitted);

    // The staff of the second centre see why and what to compare it with.
    let (staff, _) = app.user(domain::platform::Role::CentreStaff, Some(c2), None).await;
    let detail: DayDetail = call_with(&staff, &app.base, GetDayDetail { day_id: d2 }).await.unwrap();
    let row = detail.registrations.iter().find(|r| r.id == dup.id).unwrap();
    let review = row.review.clone().expect("flagged");
    assert_eq!(review.review, Review::Duplicate);
    assert_eq!(review.others.len(), 1);
    assert_eq!(review.others[0].date, in_days(&app, 8));
    assert_eq!(review.others[0].centre.en, "E Centre");
    assert!(
        detail
            .registrations
            .iter()
            .find(|r| r.id == fresh.id)
            .unwrap()
            .review
            .is_none()
    );
    // Confirming it while the other booking stands is refused.
    let act = |action, reason: &str| StaffAct {
        registration_id: dup.id,
        action,
        reason: reason.into(),
    };
    assert_eq!(
        call_with::<_, ()>(&staff, &app.base, act(StaffAction::Confirm, "")).await,
        Err(AppError::Service(BookingError::CannotChange(
            TransitionError::OtherBooking
        )))
    );
    // The family keeps its first booking: the duplicate is cancelled, its place freed.
    call_with::<_, ()>(
        &staff,
        &app.base,
        act(StaffAction::Cancel, "duplicate of a booking at E"),
    )
    .await
    .unwrap();
    assert_eq!(taken(&app, d2).await, Taken { general: 1, under3: 0 });

    // Had the family chosen the second one: the first is cancelled, and the
    // flagged one can be confirmed, which clears its flag.
    let dup2 = book(&app, d2, &national_id(20), &birth).await.expect("taken");
    app.call::<_, ()>(CancelByReference {
        reference: first.reference.clone(),
        birth_date: birth.clone(),
    })
    .await
    .unwrap();
    call_with::<_, ()>(
        &staff,
        &app.base,
        StaffAct {
            registration_id: dup2.id,
            action: StaffAction::Confirm,
            reason: String::new(),
        },
    )
    .await
    .expect("the only booking now");
    assert_eq!(review_of(&app, "registrations", &dup2.reference).await, None);
    // Now it is the child's one unflagged booking: the family, known by its
    // earlier booking, is told; the database holds one such booking.
    let h = hold(&app, &parent, d1, &birth).await.unwrap();
    assert!(matches!(
        submit(&app, &parent, form(&h.token, &national_id(20), &birth)).await,
        Err(AppError::Service(BookingError::ChildAlreadyBooked(None)))
    ));
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM registrations WHERE active = 1 AND review IS NULL AND status <> 'cancelled'"
        )
        .await,
        2,
        "child 20 and child 21"
    );
    app.cleanup().await;
}

both!(inquiries_are_rate_limited);
async fn inquiries_are_rate_limited(db: Db) {
    let app = TestApp::spawn_with(db, &["--inquiry-burst", "3"]).await;
    let mut answers = Vec::new();
    for _ in 0..5 {
        let r: Result<RegistrationView, AppError> = call_with(
            &app.client,
            &app.base,
            Inquire {
                reference: "not-a-reference".into(),
                birth_date: "2024-01-01".into(),
            },
        )
        .await;
        answers.push(r.err());
    }
    assert_eq!(answers[0], Some(AppError::Service(BookingError::ReferenceInvalid)));
    assert_eq!(answers[4], Some(AppError::RateLimited));
    app.cleanup().await;
}

/// A client sending `X-Forwarded-For: <forwarded>` from this machine.
fn forwarded_client(base: &str, forwarded: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::ORIGIN, base.parse().expect("origin"));
    headers.insert("x-forwarded-for", forwarded.parse().expect("header"));
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("client")
}

async fn inquire_as(client: &reqwest::Client, base: &str) -> Option<AppError> {
    call_with::<_, RegistrationView>(
        client,
        base,
        Inquire {
            reference: "not-a-reference".into(),
            birth_date: "2024-01-01".into(),
        },
    )
    .await
    .err()
}

/// Spends a client's budget of three inquiries and says whether the fourth
/// was refused.
async fn budget_spent(client: &reqwest::Client, base: &str) -> bool {
    for _ in 0..3 {
        assert_eq!(
            inquire_as(client, base).await,
            Some(AppError::Service(BookingError::ReferenceInvalid))
        );
    }
    inquire_as(client, base).await == Some(AppError::RateLimited)
}

both!(behind_a_trusted_proxy_each_client_has_its_own_limit);
async fn behind_a_trusted_proxy_each_client_has_its_own_limit(db: Db) {
    let app = TestApp::spawn_with(db, &["--inquiry-burst", "3", "--trusted-proxies", "127.0.0.1, ::1"]).await;
    let a = forwarded_client(&app.base, "203.0.113.1");
    assert!(budget_spent(&a, &app.base).await);
    // Another client behind the same proxy is not locked out by the first.
    let b = forwarded_client(&app.base, "203.0.113.2");
    assert!(budget_spent(&b, &app.base).await);
    // A hop forged before the proxy's own changes nothing.
    let forged = forwarded_client(&app.base, "198.51.100.7, 203.0.113.1");
    assert_eq!(inquire_as(&forged, &app.base).await, Some(AppError::RateLimited));
    // An IPv6 client counts by its /64: another address in it shares the limit.
    let v6 = forwarded_client(&app.base, "2001:db8:7:7::1");
    assert!(budget_spent(&v6, &app.base).await);
    let same_64 = forwarded_client(&app.base, "2001:db8:7:7:ffff::2");
    assert_eq!(inquire_as(&same_64, &app.base).await, Some(AppError::RateLimited));
    let other_64 = forwarded_client(&app.base, "2001:db8:7:8::1");
    assert_eq!(
        inquire_as(&other_64, &app.base).await,
        Some(AppError::Service(BookingError::ReferenceInvalid))
    );
    app.cleanup().await;
}

both!(one_client_holds_only_a_few_places_at_once);
async fn one_client_holds_only_a_few_places_at_once(db: Db) {
    use booking::types::HoldView;
    let app = std::sync::Arc::new(
        TestApp::spawn_with(
            db,
            &[
                "--holds-per-client-day",
                "2",
                "--holds-per-client",
                "3",
                "--trusted-proxies",
                "127.0.0.1",
            ],
        )
        .await,
    );
    let c = centre(&app, "Holds").await;
    let d1 = day(&app, c, 5, Places { total: 20, under3: 0 }).await;
    let d2 = day(&app, c, 6, Places { total: 20, under3: 0 }).await;
    let d3 = day(&app, c, 7, Places { total: 20, under3: 0 }).await;
    let birth = preschooler(&app);
    let too_many = Some(AppError::Service(BookingError::TooManyHolds));
    // Ten holds at once from one client on one day: two are held.
    let a = forwarded_client(&app.base, "203.0.113.1");
    let tasks: Vec<_> = (0..10)
        .map(|_| {
            let (app, a, birth) = (app.clone(), a.clone(), birth.clone());
            tokio::spawn(async move { hold(&app, &a, d1, &birth).await })
        })
        .collect();
    let mut held: Vec<HoldView> = Vec::new();
    for t in tasks {
        match t.await.unwrap() {
            Ok(h) => held.push(h),
            Err(e) => assert_eq!(Some(e), too_many.clone()),
        }
    }
    assert_eq!(held.len(), 2, "two places on one day");
    assert_eq!(taken(&app, d1).await, Taken { general: 2, under3: 0 });
    // One more on another day; then no more anywhere.
    assert!(hold(&app, &a, d2, &birth).await.is_ok());
    assert_eq!(hold(&app, &a, d3, &birth).await.err(), too_many);
    // Another client is not held back by the first.
    let b = forwarded_client(&app.base, "203.0.113.2");
    assert!(hold(&app, &b, d1, &birth).await.is_ok());
    // A place given back makes room; so does a hold that ran out.
    let _: () = call_with(
        &a,
        &app.base,
        ReleaseHold {
            token: held[0].token.clone(),
        },
    )
    .await
    .unwrap();
    assert!(hold(&app, &a, d3, &birth).await.is_ok());
    assert_eq!(hold(&app, &a, d3, &birth).await.err(), too_many);
    app.state.clock.advance(11 * 60);
    assert!(hold(&app, &a, d3, &birth).await.is_ok());
    std::sync::Arc::into_inner(app).expect("sole owner").cleanup().await;
}

both!(without_trusted_proxies_the_forwarded_header_is_ignored);
async fn without_trusted_proxies_the_forwarded_header_is_ignored(db: Db) {
    let app = TestApp::spawn_with(db, &["--inquiry-burst", "3"]).await;
    let a = forwarded_client(&app.base, "203.0.113.1");
    assert!(budget_spent(&a, &app.base).await);
    // Claiming another address does not buy a new budget.
    let b = forwarded_client(&app.base, "203.0.113.2");
    assert_eq!(inquire_as(&b, &app.base).await, Some(AppError::RateLimited));
    app.cleanup().await;
}

pub(crate) async fn inquire_ref(app: &TestApp, reference: &str, birth: &str) -> Result<RegistrationView, AppError> {
    call_with(
        &app.client,
        &app.base,
        Inquire {
            reference: reference.into(),
            birth_date: birth.into(),
        },
    )
    .await
}

/// Messages telling the family that its reference was locked.
async fn lock_notices(app: &TestApp) -> i64 {
    count(
        app,
        "SELECT (SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE '%locked after wrong birth dates%')
              + (SELECT COUNT(*) FROM sms_outbox WHERE body LIKE '%鎖定%' OR body LIKE '%is locked until%')",
    )
    .await
}

both!(wrong_birth_dates_lock_a_reference_and_the_family_is_told_once);
async fn wrong_birth_dates_lock_a_reference_and_the_family_is_told_once(db: Db) {
    use domain::booking::guesses::{LOCK_SECONDS, MAX_WRONG};
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "Guess").await;
    let d = day(&app, c, 5, Places { total: 3, under3: 0 }).await;
    let birth = preschooler(&app);
    let v = book(&app, d, &national_id(77), &birth).await.unwrap();
    let wrong_birth = "2020-01-01";
    assert_ne!(birth, wrong_birth);
    // Two typos, then the right date: the count starts again.
    for _ in 0..2 {
        assert_eq!(
            inquire_ref(&app, &v.reference, wrong_birth).await.err(),
            Some(AppError::Service(BookingError::InquiryNoMatch))
        );
    }
    assert!(inquire_ref(&app, &v.reference, &birth).await.is_ok());
    for _ in 0..MAX_WRONG - 1 {
        assert_eq!(
            inquire_ref(&app, &v.reference, wrong_birth).await.err(),
            Some(AppError::Service(BookingError::InquiryNoMatch))
        );
    }
    assert_eq!(lock_notices(&app).await, 0);
    // The fifth wrong date within the hour locks the reference, for the
    // right date too, and the family hears of it once.
    assert_eq!(
        inquire_ref(&app, &v.reference, wrong_birth).await.err(),
        Some(AppError::Service(BookingError::ReferenceLocked))
    );
    assert_eq!(
        inquire_ref(&app, &v.reference, &birth).await.err(),
        Some(AppError::Service(BookingError::ReferenceLocked))
    );
    let told = lock_notices(&app).await;
    assert!(told >= 1, "the family is told");
    for _ in 0..3 {
        assert!(inquire_ref(&app, &v.reference, wrong_birth).await.is_err());
    }
    assert_eq!(lock_notices(&app).await, told, "and only once");
    // Cancelling is behind the same lock.
    let cancelled = call_with::<_, ()>(
        &app.client,
        &app.base,
        CancelByReference {
            reference: v.reference.clone(),
            birth_date: birth.clone(),
        },
    )
    .await;
    assert_eq!(cancelled.err(), Some(AppError::Service(BookingError::ReferenceLocked)));
    assert_eq!(status_of(&app, &v.reference).await, RegistrationStatus::Submitted);
    // An hour later the right date opens the booking again.
    app.state.clock.advance(LOCK_SECONDS);
    assert!(inquire_ref(&app, &v.reference, &birth).await.is_ok());
    // A reference nobody holds locks the same way: the lock tells nothing.
    let nobody = domain::booking::BookingReference::from_random(0x1234_5678)
        .as_str()
        .to_owned();
    for n in 1..=MAX_WRONG {
        let expected = if n < MAX_WRONG {
            BookingError::InquiryNoMatch
        } else {
            BookingError::ReferenceLocked
        };
        assert_eq!(
            inquire_ref(&app, &nobody, wrong_birth).await.err(),
            Some(AppError::Service(expected))
        );
    }
    // Counts and locks that ended are forgotten.
    app.state.clock.advance(LOCK_SECONDS);
    booking::store::guesses::forget_old(&app.state.db, app.state.clock.now())
        .await
        .unwrap();
    assert_eq!(count(&app, "SELECT COUNT(*) FROM reference_guesses").await, 0);
    app.cleanup().await;
}

both!(a_stored_day_that_is_no_date_refuses_the_change_and_changes_nothing);
async fn a_stored_day_that_is_no_date_refuses_the_change_and_changes_nothing(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "Corrupt").await;
    let d1 = day(&app, c, 5, Places { total: 3, under3: 1 }).await;
    let d2 = day(&app, c, 9, Places { total: 3, under3: 1 }).await;
    let birth = toddler(&app);
    let v = book(&app, d1, &national_id(4242), &birth).await.expect("booked");
    assert_eq!(status_of(&app, &v.reference).await, RegistrationStatus::Submitted);
    sqlx::query("UPDATE clinic_days SET day = 'not a date' WHERE id = $1")
        .bind(d1.get())
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    // Rescheduling reads the booked day's date: wrong data is the server's
    // error, not a guess that the visit is today.
    let moved = call_with::<_, RegistrationView>(
        &TestApp::new_client(&app.base),
        &app.base,
        RescheduleByReference {
            reference: v.reference.clone(),
            birth_date: birth.clone(),
            new_day_id: d2,
        },
    )
    .await;
    assert_eq!(moved.err(), Some(AppError::Internal));
    assert_eq!(taken(&app, d1).await, Taken { general: 0, under3: 1 });
    assert_eq!(taken(&app, d2).await, Taken { general: 0, under3: 0 });
    // So does cancelling: the domain's rule reads the date (before, SQL
    // compared the text with today's, found 'not a date' later, and cancelled).
    let cancelled = call_with::<_, ()>(
        &TestApp::new_client(&app.base),
        &app.base,
        CancelByReference {
            reference: v.reference.clone(),
            birth_date: birth.clone(),
        },
    )
    .await;
    assert_eq!(cancelled.err(), Some(AppError::Internal));
    assert_eq!(taken(&app, d1).await, Taken { general: 0, under3: 1 });
    assert_eq!(status_of(&app, &v.reference).await, v.status);
    app.cleanup().await;
}

async fn status_of(app: &TestApp, reference: &str) -> RegistrationStatus {
    let status: String = sqlx::query_scalar("SELECT status FROM registrations WHERE reference = $1")
        .bind(reference)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    RegistrationStatus::try_from(status).unwrap()
}

both!(the_repeat_rule_uses_the_assessment_this_system_recorded);
async fn the_repeat_rule_uses_the_assessment_this_system_recorded(db: Db) {
    use booking::server_fns::staff::GetDayDetail;
    use booking::types::DayDetail;
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "Repeat").await;
    let d = day(&app, c, 3, Places { total: 4, under3: 0 }).await;
    let later = day(&app, c, 10, Places { total: 4, under3: 0 }).await;
    let birth = preschooler(&app);
    let id = national_id(900);
    let (parent, _) = app.user(domain::platform::Role::Parent, None, None).await;
    let h = hold(&app, &parent, d, &birth).await.unwrap();
    submit(&app, &parent, form(&h.token, &id, &birth))
        .await
        .expect("first booking");
    // The assessment took place forty days ago and was completed.
    let past = app.state.clock.today() - chrono::Duration::days(40);
    sqlx::query("UPDATE clinic_days SET day = $1 WHERE id = $2")
        .bind(past.to_string())
        .bind(d.get())
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE registrations SET status = 'completed', active = 0")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    // The family declares no previous assessment: the recorded one counts,
    // and the family (known by its booking) is told.
    let h = hold(&app, &parent, later, &birth).await.unwrap();
    let again = submit(&app, &parent, form(&h.token, &id, &birth)).await;
    assert!(
        matches!(again, Err(AppError::Service(BookingError::OutsideWindow(_)))),
        "{again:?}"
    );
    // No registration was made (the family keeps its hold until it runs out,
    // as with any refusal of the form).
    assert_eq!(count(&app, "SELECT COUNT(*) FROM registrations").await, 1);
    // Anyone else is answered as for any booking: whether the child was
    // assessed is not theirs to learn. The staff check the flagged booking.
    let stranger = book(&app, later, &id, &birth).await.expect("taken, flagged");
    assert_eq!(
        review_of(&app, "registrations", &stranger.reference).await.as_deref(),
        Some("recorded_assessment")
    );
    let (staff, _) = app.user(domain::platform::Role::CentreStaff, Some(c), None).await;
    let detail: DayDetail = call_with(&staff, &app.base, GetDayDetail { day_id: later })
        .await
        .unwrap();
    let review = detail.registrations[0].review.clone().expect("flagged");
    assert_eq!(review.recorded_on, Some(past));
    assert!(review.others.is_empty());
    // Another child is not affected.
    let other = book(&app, later, &national_id(901), &birth)
        .await
        .expect("another child");
    assert_eq!(review_of(&app, "registrations", &other.reference).await, None);
    app.cleanup().await;
}

both!(providers_offering_the_recommended_services_are_listed_nearest_first);
async fn providers_offering_the_recommended_services_are_listed_nearest_first(db: Db) {
    use booking::server_fns::public::TherapyProviders;
    use booking::store::providers::{NewProvider, insert};
    use booking::types::ProviderView;
    use domain::Bilingual;
    use domain::booking::District;
    use domain::booking::report::Service::*;
    let app = TestApp::spawn(db).await;
    let now = app.state.clock.now();
    for (name, district, services) in [
        ("Far", District::of("Bade"), &[SpeechTherapy][..]),
        ("Other service", District::of("Taoyuan"), &[PhysicalTherapy][..]),
        ("Near", District::of("Taoyuan"), &[SpeechTherapy, Psychology][..]),
    ] {
        let p = NewProvider {
            name: Bilingual::new(name, name),
            district,
            services,
            phone: "03-3000000",
            address: Bilingual::new("地址", "Address"),
        };
        insert(&app.state.db, &p, true, now).await.unwrap();
    }
    let shown: Vec<ProviderView> = app
        .call(TherapyProviders {
            district: District::of("Taoyuan"),
            services: vec![SpeechTherapy],
        })
        .await
        .unwrap();
    let names: Vec<&str> = shown.iter().map(|p| p.name.en.as_str()).collect();
    assert_eq!(names, ["Near", "Far"]);
    assert!(shown.iter().all(|p| p.demo));
    app.cleanup().await;
}

both!(a_deactivated_centre_takes_no_hold_and_no_reschedule);
async fn a_deactivated_centre_takes_no_hold_and_no_reschedule(db: Db) {
    let app = TestApp::spawn(db).await;
    let open = centre(&app, "Open").await;
    let closing = centre(&app, "Closing").await;
    let here = day(&app, open, 4, Places { total: 3, under3: 0 }).await;
    let there = day(&app, closing, 5, Places { total: 3, under3: 0 }).await;
    let birth = preschooler(&app);
    let v = book(&app, here, &national_id(950), &birth).await.expect("booked");
    sqlx::query("UPDATE centres SET active = 0 WHERE id = $1")
        .bind(closing.get())
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let held = hold(&app, &TestApp::new_client(&app.base), there, &birth).await;
    assert_eq!(held.err(), Some(AppError::Service(BookingError::DayClosed)));
    let moved: Result<RegistrationView, AppError> = call_with(
        &app.client,
        &app.base,
        RescheduleByReference {
            reference: v.reference.clone(),
            birth_date: birth.clone(),
            new_day_id: there,
        },
    )
    .await;
    assert!(moved.is_err(), "{moved:?}");
    assert_eq!(taken(&app, there).await, Taken { general: 0, under3: 0 });
    app.cleanup().await;
}

#[test]
fn a_registration_form_never_prints_the_id_number() {
    use booking::server_fns::book::SubmitBooking;
    use booking::server_fns::cases::{ReferChild, ReferralForm};
    let id = national_id(960);
    let form = form("token", &id, "2024-01-01");
    assert!(!format!("{form:?}").contains(&id));
    let post = SubmitBooking {
        form: booking::types::ContactForm {
            child_name: "王小明".into(),
            national_id: id.clone().into(),
            filled_by: domain::booking::contact::FilledBy::Parent,
            phone: "0912345678".into(),
            email: None,
            notes: String::new(),
            channels: None,
            home_district: String::new(),
        },
    };
    assert!(!format!("{post:?}").contains(&id));
    let referral = ReferChild {
        form: ReferralForm {
            child_name: "王小明".into(),
            national_id: id.clone().into(),
            birth_date: "2024-01-01".into(),
            guardian_name: "王媽媽".into(),
            phone: "0912345678".into(),
            email: None,
            observed_on: "2026-11-20".into(),
            observation: "x".into(),
            domains: vec![],
            reporter_name: None,
            attach_screening: None,
            home_district: String::new(),
        },
    };
    assert!(!format!("{referral:?}").contains(&id));
}
