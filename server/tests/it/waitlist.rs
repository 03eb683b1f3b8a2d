//! The waitlist through the real server: joining, the order of offers, the
//! answers, the hooks that free places, and freed places raced by families.

use crate::both;
use crate::fixtures::*;
use crate::harness::{Db, TestApp, call_with};
use booking::error::AppError;
use booking::error::BookingError;
use booking::server_fns::family::CancelByReference;
use booking::server_fns::staff::{CloseDay, ReopenDay, ResizeDay};
use booking::server_fns::waitlist::{AcceptOffer, DeclineOffer, JoinWaitlist, LeaveWaitlist, WaitlistStatus};
use booking::types::{RegistrationView, WaitView, WaitlistForm, WishForm};
use domain::booking::contact::FilledBy;
use domain::booking::triage::ProblemDomain;
use domain::booking::waitlist::WaitStatus;
use std::sync::Arc;

pub(crate) fn wait_form(id: &str, birth: &str, centre: CentreId, phone: &str) -> WaitlistForm {
    WaitlistForm {
        child_name: "林小華".into(),
        national_id: id.into(),
        birth_date: birth.into(),
        due_date: None,
        filled_by: FilledBy::Parent,
        phone: phone.into(),
        email: None,
        previous_date: None,
        previous_reassess: None,
        high_risk: vec![],
        domains: vec![ProblemDomain::Motor, ProblemDomain::LanguageSpeech],
        notes: String::new(),
        channels: None,
        home_district: None,
        wish: WishForm {
            wish_centre: Some(centre),
            wish_districts: vec![],
            wish_from: String::new(),
        },
    }
}

pub(crate) async fn join(app: &TestApp, form: WaitlistForm) -> Result<WaitView, AppError> {
    call_with(&app.client, &app.base, JoinWaitlist { form }).await
}

async fn status(app: &TestApp, reference: &str, birth: &str) -> WaitView {
    call_with(
        &app.client,
        &app.base,
        WaitlistStatus {
            reference: reference.into(),
            birth_date: birth.into(),
        },
    )
    .await
    .unwrap()
}

async fn accept(app: &TestApp, reference: &str, birth: &str) -> Result<RegistrationView, AppError> {
    call_with(
        &TestApp::new_client(&app.base),
        &app.base,
        AcceptOffer {
            reference: reference.into(),
            birth_date: birth.into(),
        },
    )
    .await
}

async fn decline(app: &TestApp, reference: &str, birth: &str) -> Result<WaitView, AppError> {
    call_with(
        &TestApp::new_client(&app.base),
        &app.base,
        DeclineOffer {
            reference: reference.into(),
            birth_date: birth.into(),
        },
    )
    .await
}

async fn cancel(app: &TestApp, reference: &str, birth: &str) -> Result<(), AppError> {
    call_with(
        &TestApp::new_client(&app.base),
        &app.base,
        CancelByReference {
            reference: reference.into(),
            birth_date: birth.into(),
        },
    )
    .await
}

async fn sms_to(app: &TestApp, phone: &str) -> Vec<String> {
    sqlx::query_scalar("SELECT body FROM sms_outbox WHERE to_phone = $1 ORDER BY id")
        .bind(phone)
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap()
}

both!(a_freed_place_is_offered_in_line_and_accepting_books_it);
async fn a_freed_place_is_offered_in_line_and_accepting_books_it(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "Wait").await;
    let d = day(&app, c, 6, Places { total: 2, under3: 0 }).await;
    let older = preschooler(&app);
    let first = book(&app, d, &national_id(1), &older).await.unwrap();
    book(&app, d, &national_id(2), &older).await.unwrap();

    // A four-year-old joins first, a toddler after: the toddler is first in line.
    let young = toddler(&app);
    let a = join(&app, wait_form(&national_id(10), &older, c, "0911000010"))
        .await
        .unwrap();
    let mut toddler_form = wait_form(&national_id(11), &young, c, "0911000011");
    toddler_form.home_district = Some(domain::booking::District::of("Guishan"));
    let b = join(&app, toddler_form).await.unwrap();
    assert!(a.reference.starts_with("WL-"));
    // The district the family gave comes back to it; none when not given.
    assert_eq!(b.home_district, Some(domain::booking::District::of("Guishan")));
    assert_eq!(a.home_district, None);
    assert_eq!(status(&app, &b.reference, &young).await.position, Some(1));
    assert_eq!(status(&app, &a.reference, &older).await.position, Some(2));
    assert_eq!(
        sms_to(&app, "0911000010").await.len(),
        1,
        "joining is confirmed by text message"
    );

    // A cancellation frees a place: it is held for the toddler at once, and
    // nobody else can book it meanwhile.
    cancel(&app, &first.reference, &older).await.unwrap();
    let b_now = status(&app, &b.reference, &young).await;
    let offer = b_now.offer.clone().expect("an offer to the first in line");
    assert_eq!(offer.date, in_days(&app, 6));
    assert_eq!(taken(&app, d).await, Taken { general: 2, under3: 0 });
    assert!(matches!(
        book(&app, d, &national_id(3), &older).await,
        Err(AppError::Service(BookingError::DayFull))
    ));
    let texts = sms_to(&app, "0911000011").await;
    assert!(
        texts
            .last()
            .is_some_and(|t| t.contains(&b.reference) && t.contains("/ei/waitlist")),
        "{texts:?}"
    );
    assert!(texts.iter().all(|t| !t.contains("林小華")), "no child's name in a text");
    assert!(status(&app, &a.reference, &older).await.offer.is_none());

    // The toddler declines: the place goes to the next in line.
    let b_after = decline(&app, &b.reference, &young).await.unwrap();
    assert_eq!(b_after.status, WaitStatus::Waiting);
    assert!(b_after.offer.is_none());
    assert!(status(&app, &a.reference, &older).await.offer.is_some());
    assert!(matches!(
        decline(&app, &b.reference, &young).await,
        Err(AppError::Service(BookingError::NoOpenOffer))
    ));

    // The four-year-old accepts: booked, through the booking's own path.
    let booked = accept(&app, &a.reference, &older).await.unwrap();
    assert_eq!(booked.date, in_days(&app, 6));
    let a_after = status(&app, &a.reference, &older).await;
    assert_eq!(a_after.status, WaitStatus::Booked);
    assert_eq!(a_after.booked_reference.as_deref(), Some(booked.reference.as_str()));
    assert_eq!(taken(&app, d).await, Taken { general: 2, under3: 0 });
    assert_eq!(count(&app, "SELECT COUNT(*) FROM holds").await, 0);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM registrations WHERE active = 1").await,
        2
    );
    assert!(matches!(
        accept(&app, &a.reference, &older).await,
        Err(AppError::Service(BookingError::NoOpenOffer))
    ));

    // The centre raises the day's quota: the new place goes to the toddler
    // (who declined this day once, so not this day), and a new day to them.
    let (staff, _) = app.user(domain::platform::Role::CentreStaff, Some(c), None).await;
    let _: () = call_with(
        &staff,
        &app.base,
        ResizeDay {
            day_id: d,
            quota: 3,
            reserved_under3: 0,
        },
    )
    .await
    .unwrap();
    assert!(
        status(&app, &b.reference, &young).await.offer.is_none(),
        "declined days are not offered again"
    );
    let d2 = day(&app, c, 8, Places { total: 1, under3: 0 }).await;
    let again = status(&app, &b.reference, &young)
        .await
        .offer
        .expect("the new day's place");
    assert_eq!(again.date, in_days(&app, 8));
    assert_eq!(taken(&app, d2).await, Taken { general: 1, under3: 0 });

    // Leaving gives the held place back to the calendar (no one else waits).
    let _: () = call_with(
        &app.client,
        &app.base,
        LeaveWaitlist {
            reference: b.reference.clone(),
            birth_date: young.clone(),
        },
    )
    .await
    .unwrap();
    assert_eq!(status(&app, &b.reference, &young).await.status, WaitStatus::Left);
    assert_eq!(taken(&app, d2).await, Taken { general: 0, under3: 0 });
    app.cleanup().await;
}

both!(booking_elsewhere_ends_the_wait_and_passes_the_offer_on);
async fn booking_elsewhere_ends_the_wait_and_passes_the_offer_on(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "Elsewhere").await;
    let d = day(&app, c, 5, Places { total: 1, under3: 0 }).await;
    let other = day(&app, c, 7, Places { total: 3, under3: 0 }).await;
    let birth = preschooler(&app);
    let first = book(&app, d, &national_id(1), &birth).await.unwrap();
    let mut wish_d = wait_form(&national_id(20), &birth, c, "0911000020");
    wish_d.wish.wish_from = in_days(&app, 5).to_string();
    // Both wait from day 5 on, and day 7 has free places: joining offers
    // them at once, one each.
    let a = join(&app, wish_d.clone()).await.unwrap();
    assert_eq!(a.offer.as_ref().map(|o| o.date), Some(in_days(&app, 7)));
    let mut wish_b = wait_form(&national_id(21), &birth, c, "0911000021");
    wish_b.wish.wish_from = in_days(&app, 5).to_string();
    let b = join(&app, wish_b).await.unwrap();
    assert!(b.offer.is_some());
    assert_eq!(taken(&app, other).await, Taken { general: 2, under3: 0 });
    // The first family books day 7 directly instead of accepting: its offer
    // is withdrawn and the wait ends in the same transaction.
    book(&app, other, &national_id(20), &birth).await.unwrap();
    let a_now = status(&app, &a.reference, &birth).await;
    assert_eq!(a_now.status, WaitStatus::Booked);
    assert!(a_now.offer.is_none());
    assert_eq!(taken(&app, other).await, Taken { general: 2, under3: 0 });
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM waitlist_offers WHERE status = 'withdrawn'").await,
        1
    );
    // A place freed on day 5 goes to nobody: the only one waiting holds an offer.
    cancel(&app, &first.reference, &birth).await.unwrap();
    assert_eq!(taken(&app, d).await, Taken { general: 0, under3: 0 });
    app.cleanup().await;
}

both!(an_offer_that_runs_out_goes_to_the_next_family_once);
async fn an_offer_that_runs_out_goes_to_the_next_family_once(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "Expiry").await;
    let d = day(&app, c, 5, Places { total: 1, under3: 0 }).await;
    let birth = preschooler(&app);
    let first = book(&app, d, &national_id(1), &birth).await.unwrap();
    let a = join(&app, wait_form(&national_id(30), &birth, c, "0911000030"))
        .await
        .unwrap();
    let b = join(&app, wait_form(&national_id(31), &birth, c, "0911000031"))
        .await
        .unwrap();
    cancel(&app, &first.reference, &birth).await.unwrap();
    assert!(status(&app, &a.reference, &birth).await.offer.is_some());
    // The offer runs out (its hold with it); the sweep passes the place on.
    let now = app.state.clock.now();
    sqlx::query("UPDATE holds SET expires_at = $1")
        .bind(now - 1)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE waitlist_offers SET expires_at = $1")
        .bind(now - 1)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    booking::store::holds::sweep_all(&app.state.db, now, &app.offers())
        .await
        .unwrap();
    booking::store::holds::sweep_all(&app.state.db, now, &app.offers())
        .await
        .unwrap();
    let a_now = status(&app, &a.reference, &birth).await;
    assert_eq!(
        a_now.status,
        WaitStatus::Waiting,
        "an expired offer keeps the family waiting"
    );
    assert!(a_now.offer.is_none());
    assert!(status(&app, &b.reference, &birth).await.offer.is_some());
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM waitlist_offers WHERE status = 'expired'").await,
        1
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM waitlist_offers WHERE open = 1").await,
        1
    );
    assert_eq!(taken(&app, d).await, Taken { general: 1, under3: 0 });
    // The first family hears once that its offer ran out and that it keeps waiting.
    let texts = sms_to(&app, "0911000030").await;
    assert_eq!(texts.len(), 3, "joined, offered, ran out: {texts:?}");
    let said = |t: &str, zh: &str, en: &str| t.contains(zh) || t.contains(en);
    assert!(said(&texts[2], "未在期限內接受", "not accepted in time") && texts[2].contains(&a.reference));
    app.cleanup().await;
}

both!(closing_a_day_withdraws_its_offers_and_the_families_keep_waiting);
async fn closing_a_day_withdraws_its_offers_and_the_families_keep_waiting(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "Closing").await;
    let d = day(&app, c, 5, Places { total: 1, under3: 0 }).await;
    let birth = preschooler(&app);
    let first = book(&app, d, &national_id(1), &birth).await.unwrap();
    let a = join(&app, wait_form(&national_id(40), &birth, c, "0911000040"))
        .await
        .unwrap();
    cancel(&app, &first.reference, &birth).await.unwrap();
    assert!(status(&app, &a.reference, &birth).await.offer.is_some());
    let (staff, _) = app.user(domain::platform::Role::CentreStaff, Some(c), None).await;
    let _: () = call_with(
        &staff,
        &app.base,
        CloseDay {
            day_id: d,
            note: domain::Bilingual::new("醫師請假", "Doctor away"),
        },
    )
    .await
    .unwrap();
    // The offer is withdrawn with its hold; the family keeps waiting and is told.
    let a_now = status(&app, &a.reference, &birth).await;
    assert_eq!(a_now.status, WaitStatus::Waiting);
    assert!(a_now.offer.is_none());
    assert!(matches!(
        accept(&app, &a.reference, &birth).await,
        Err(AppError::Service(BookingError::NoOpenOffer))
    ));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM holds").await, 0);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM waitlist_offers WHERE status = 'withdrawn'").await,
        1
    );
    assert_eq!(taken(&app, d).await, Taken { general: 0, under3: 0 });
    let texts = sms_to(&app, "0911000040").await;
    assert_eq!(texts.len(), 3, "joined, offered, withdrawn: {texts:?}");
    assert!((texts[2].contains("停診") || texts[2].contains("had to close")) && texts[2].contains(&a.reference));
    // Reopened, the day offers its place to the same family again.
    let _: () = call_with(&staff, &app.base, ReopenDay { day_id: d }).await.unwrap();
    assert!(status(&app, &a.reference, &birth).await.offer.is_some());
    assert_eq!(taken(&app, d).await, Taken { general: 1, under3: 0 });
    app.cleanup().await;
}

both!(a_hundred_freed_places_raced_by_three_hundred_families);
async fn a_hundred_freed_places_raced_by_three_hundred_families(db: Db) {
    let app = Arc::new(TestApp::spawn_with(db, &["--inquiry-burst", "1000000", "--hold-burst", "1000000"]).await);
    let c = centre(&app, "Race").await;
    let birth = preschooler(&app);
    let mut days = Vec::new();
    for i in 0..10 {
        days.push(day(&app, c, 5 + i, Places { total: 10, under3: 0 }).await);
    }
    // 100 booked children fill every place.
    let mut booked = Vec::new();
    for (n, d) in (0..100u32).zip(days.iter().cycle()) {
        booked.push(
            book(&app, *d, &national_id(10_000 + n), &birth)
                .await
                .unwrap()
                .reference,
        );
    }
    // 300 families wait, some of them toddlers.
    let young = toddler(&app);
    let mut families = Vec::new();
    for n in 0..300u32 {
        let b = if n % 3 == 0 { young.clone() } else { birth.clone() };
        let w = join(&app, wait_form(&national_id(20_000 + n), &b, c, &format!("0922{n:06}")))
            .await
            .unwrap();
        families.push((w.reference, b));
    }
    let by_reference: std::collections::HashMap<String, String> = families.iter().cloned().collect();
    // All 100 cancellations at once, while the families answer every offer
    // as it comes: a third decline their first offer, the rest accept.
    let cancels: Vec<_> = booked
        .iter()
        .map(|r| {
            let (app, r, b) = (app.clone(), r.clone(), birth.clone());
            tokio::spawn(async move { cancel(&app, &r, &b).await })
        })
        .collect();
    let mut declined = std::collections::HashSet::new();
    let mut accepted = 0;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        let open: Vec<String> = sqlx::query_scalar(
            "SELECT w.reference FROM waitlist_offers o JOIN waitlist w ON w.id = o.entry_id WHERE o.open = 1",
        )
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
        let cancels_done = cancels.iter().all(|t| t.is_finished());
        if open.is_empty() && cancels_done {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the race did not settle");
        let answers: Vec<_> = open
            .into_iter()
            .map(|r| {
                let b = by_reference[&r].clone();
                let decline_it = declined.insert(r.clone()) && r.as_bytes()[5] % 3 == 0;
                let app = app.clone();
                tokio::spawn(async move {
                    if decline_it {
                        decline(&app, &r, &b).await.map(|_| false)
                    } else {
                        accept(&app, &r, &b).await.map(|_| true)
                    }
                })
            })
            .collect();
        for a in answers {
            match a.await.unwrap() {
                Ok(true) => accepted += 1,
                Ok(false) | Err(AppError::Busy) => {}
                Err(e) => panic!("unexpected {e:?}"),
            }
        }
    }
    for t in cancels {
        t.await.unwrap().unwrap();
    }
    // Every freed place was registered exactly once.
    assert_eq!(accepted, 100);
    for d in &days {
        assert_eq!(taken(&app, *d).await, Taken { general: 10, under3: 0 });
        let active: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM registrations WHERE clinic_day_id = $1 AND active = 1")
                .bind(d.get())
                .fetch_one(&app.state.db.pool)
                .await
                .unwrap();
        assert_eq!(active, 10);
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM holds").await, 0);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM waitlist WHERE status = 'booked'").await,
        100
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM waitlist WHERE active = 1").await, 200);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM waitlist_offers WHERE status = 'accepted'").await,
        100
    );
    // Toddlers were first in line: every toddler who did not decline was booked.
    let toddlers_waiting: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM waitlist w WHERE w.active = 1 AND w.birth_date = $1
         AND NOT EXISTS (SELECT 1 FROM waitlist_offers o WHERE o.entry_id = w.id AND o.status = 'declined')",
    )
    .bind(&young)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(toddlers_waiting, 0);
    Arc::into_inner(app).expect("sole owner").cleanup().await;
}

both!(a_second_place_in_line_for_a_child_is_flagged_and_only_the_family_is_told);
async fn a_second_place_in_line_for_a_child_is_flagged_and_only_the_family_is_told(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "Twice").await;
    let d = day(&app, c, 6, Places { total: 1, under3: 0 }).await;
    let older = preschooler(&app);
    let booked = book(&app, d, &national_id(1), &older).await.unwrap();
    let first = join(&app, wait_form(&national_id(10), &older, c, "0911000010"))
        .await
        .unwrap();
    // Anyone else is answered as any family joining is: whether the child
    // waits or is booked already is not theirs to learn. The entries are
    // flagged as duplicates.
    let again = join(&app, wait_form(&national_id(10), &older, c, "0911000012"))
        .await
        .expect("joined, flagged");
    let of_booked = join(&app, wait_form(&national_id(1), &older, c, "0911000001"))
        .await
        .expect("joined, flagged");
    assert_eq!(again.status, first.status);
    assert_eq!(review_of(&app, "waitlist", &first.reference).await, None);
    assert_eq!(
        review_of(&app, "waitlist", &again.reference).await.as_deref(),
        Some("duplicate")
    );
    assert_eq!(
        review_of(&app, "waitlist", &of_booked.reference).await.as_deref(),
        Some("duplicate")
    );
    // The city's list shows which entries to check.
    let (city, _) = app.user(domain::platform::Role::CityAdmin, None, None).await;
    let rows: Vec<booking::types::WaitingRowView> =
        call_with(&city, &app.base, booking::server_fns::waitlist::CityWaitlist {})
            .await
            .unwrap();
    let flagged = |reference: &str| {
        rows.iter()
            .find(|r| r.reference == reference)
            .map(|r| r.review.is_some())
    };
    assert_eq!(flagged(&first.reference), Some(false));
    assert_eq!(flagged(&again.reference), Some(true));
    assert_eq!(flagged(&of_booked.reference), Some(true));

    // A family known by its own booking is told.
    let (parent, _) = app.user(domain::platform::Role::Parent, None, None).await;
    // (At another centre: a new day at this one is offered to those in line.)
    let elsewhere = centre(&app, "Elsewhere").await;
    let d2 = day(&app, elsewhere, 8, Places { total: 1, under3: 0 }).await;
    let h = hold(&app, &parent, d2, &older).await.unwrap();
    submit(&app, &parent, form(&h.token, &national_id(30), &older))
        .await
        .unwrap();
    let told = call_with::<_, WaitView>(
        &parent,
        &app.base,
        JoinWaitlist {
            form: wait_form(&national_id(30), &older, c, "0911000030"),
        },
    )
    .await;
    assert!(
        matches!(told, Err(AppError::Service(BookingError::ChildAlreadyBooked(_)))),
        "{told:?}"
    );

    // The booking is cancelled: the place goes to the first in line, not to
    // the flagged second entry of the same child.
    call_with::<_, ()>(
        &app.client,
        &app.base,
        CancelByReference {
            reference: booked.reference.clone(),
            birth_date: older.clone(),
        },
    )
    .await
    .unwrap();
    let offers = |reference: &str| {
        format!(
            "SELECT COUNT(*) FROM waitlist_offers o JOIN waitlist w ON w.id = o.entry_id WHERE w.reference = '{reference}'"
        )
    };
    assert_eq!(count(&app, &offers(&first.reference)).await, 1);
    assert_eq!(count(&app, &offers(&again.reference)).await, 0);
    app.cleanup().await;
}

both!(a_stored_district_that_does_not_read_back_is_refused_not_taken_for_not_given);
async fn a_stored_district_that_does_not_read_back_is_refused_not_taken_for_not_given(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "Unread").await;
    let d = day(&app, c, 6, Places { total: 1, under3: 0 }).await;
    let older = preschooler(&app);
    let first = book(&app, d, &national_id(1), &older).await.unwrap();
    let mut form = wait_form(&national_id(10), &older, c, "0911000010");
    form.home_district = Some(domain::booking::District::of("Guishan"));
    let entry = join(&app, form).await.unwrap();
    // A name outside Taoyuan's districts, as no form can write it.
    sqlx::query("UPDATE waitlist SET home_district = 'Atlantis-9'")
        .execute(&app.state.db.pool)
        .await
        .unwrap();

    // The family's page: the server's error, not "not given".
    let seen: Result<WaitView, AppError> = call_with(
        &app.client,
        &app.base,
        WaitlistStatus {
            reference: entry.reference.clone(),
            birth_date: older.clone(),
        },
    )
    .await;
    assert!(matches!(seen, Err(AppError::Internal)), "{seen:?}");

    // The freed place is offered; accepting it is refused the same way and
    // books nothing: the offer's place stays held for the family.
    cancel(&app, &first.reference, &older).await.unwrap();
    let active = "SELECT COUNT(*) FROM registrations WHERE active = 1";
    assert_eq!(count(&app, active).await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM holds").await, 1);
    assert!(matches!(
        accept(&app, &entry.reference, &older).await,
        Err(AppError::Internal)
    ));
    assert_eq!(count(&app, active).await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM holds").await, 1);
    assert_eq!(taken(&app, d).await, Taken { general: 1, under3: 0 });
    app.cleanup().await;
}
