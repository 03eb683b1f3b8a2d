//! Referrals and the city's referral cases through the server functions:
//! a referral opens a case with a number, a second referral of the same
//! child attaches to it (also when twenty arrive at once), each role does
//! only what it should, and a booking made for a case obeys every booking
//! rule.

use crate::both;
use crate::fixtures::*;
use crate::harness::{Db, TestApp, call_with};
use crate::wire::national_id;
use booking::error::AppError;
use booking::error::BookingError;
use booking::server_fns::cases::{
    AssignCase, BookForCase, CaseDetail, CaseDetailView as Detail, CaseQueue, CaseQueueView as Queue, CloseCase,
    RecordCaseContact, ReferAnother, ReferChild, ReferralForm, ReferralPage, ReferralPageView,
};
use booking::server_fns::staff::GetDayDetail;
use chrono::Duration;
use domain::Bilingual;
use domain::booking::RegistrationStatus;
use domain::booking::case::{
    CaseError, CaseOutcome, CaseStage, ContactClock, ContactMethod, InstitutionKind, ReferralError, ReporterKind,
};
use domain::booking::triage::ProblemDomain;
use domain::ids::{CaseId, UserId};
use domain::platform::Role;

/// A reporter at a new kindergarten, signed in on their own client.
pub(crate) async fn reporter(app: &TestApp) -> (reqwest::Client, UserId) {
    use platform::ssr::{auth_backend::hash_password, users};
    let now = app.state.clock.now();
    let school = booking::store::institutions::insert(
        &app.state.db.pool,
        &Bilingual::new("測試幼兒園", "Test Kindergarten"),
        InstitutionKind::School,
        domain::booking::District::of("Taoyuan"),
        false,
        now,
    )
    .await
    .unwrap();
    let n = rand::random::<u32>();
    let email = domain::platform::Email::parse(&format!("teacher.{n}@example.tw")).unwrap();
    let hash = hash_password("correct horse battery".into()).await;
    let new = users::NewUser {
        email: &email,
        password_hash: &hash,
        role: Role::Reporter,
        display_name: "王老師",
        workplace: Some(school.get()),
        is_demo: false,
        must_change_password: false,
    };
    let id = users::insert(&app.state.db, new, now).await.unwrap();
    let client = TestApp::new_client(&app.base);
    app.login_as(&client, email.as_str(), "correct horse battery")
        .await
        .unwrap();
    (client, id)
}

/// A referral of child `n`, born about two years ago, observed `days_ago`.
pub(crate) fn referral(app: &TestApp, n: u32, days_ago: i64) -> ReferChild {
    let today = app.state.clock.today();
    ReferChild {
        form: ReferralForm {
            child_name: "李小明".into(),
            national_id: national_id(n).into(),
            birth_date: (today - Duration::days(760)).to_string(),
            guardian_name: "李媽媽".into(),
            phone: "0912-345-678".into(),
            email: Some("family@example.tw".into()),
            observed_on: (today - Duration::days(days_ago)).to_string(),
            observation: "兩歲了只會說兩三個單字".into(),
            domains: vec![ProblemDomain::LanguageSpeech, ProblemDomain::CognitionSocial],
            reporter_name: None,
            attach_screening: None,
            home_district: "Zhongli".into(),
        },
    }
}

pub(crate) async fn refer(
    app: &TestApp,
    client: &reqwest::Client,
    r: ReferChild,
) -> Result<ReferralPageView, AppError> {
    call_with::<_, ()>(client, &app.base, r).await?;
    let page: ReferralPageView = call_with(client, &app.base, ReferralPage {}).await.unwrap();
    call_with::<_, ()>(client, &app.base, ReferAnother {}).await.unwrap();
    Ok(page)
}

both!(a_referral_opens_a_case_and_a_second_one_of_the_child_joins_it);
async fn a_referral_opens_a_case_and_a_second_one_of_the_child_joins_it(db: Db) {
    let app = TestApp::spawn(db).await;
    let (teacher, _) = reporter(&app).await;

    let page = refer(&app, &teacher, referral(&app, 1, 2)).await.expect("referred");
    let done = page.done.expect("the confirmation");
    // The referrer keeps the referral's own number; the case's is the staff's.
    assert!(done.receipt.starts_with("RF-"), "{}", done.receipt);
    assert!(!done.late);
    let case_number: String = sqlx::query_scalar("SELECT number FROM cases")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(page.referrer.kind, ReporterKind::School);
    // Where the child lives, as the referrer gave it; a name that is no
    // district of Taoyuan is refused and writes nothing.
    let home: Option<String> = sqlx::query_scalar("SELECT home_district FROM referrals")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(home.as_deref(), Some("Zhongli"));
    let mut nowhere = referral(&app, 3, 2);
    nowhere.form.home_district = "Atlantis".into();
    assert_eq!(refer(&app, &teacher, nowhere).await.err(), Some(AppError::InvalidInput));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM cases").await, 1);
    // The family hears of the referral, by its number, without the child's
    // name or ID or the case's number.
    let (to, body): (String, String) = sqlx::query_as("SELECT to_addr, body FROM mail_outbox ORDER BY id DESC LIMIT 1")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(to, "family@example.tw");
    assert!(body.contains(&done.receipt));
    assert!(!body.contains("李小明") && !body.contains(&national_id(1)) && !body.contains(&case_number));

    // The family refers the same child itself, signed out: it joins the
    // case, and the answer is the same as for a child with no case (issue
    // 33: the form is no oracle of open cases).
    let family = TestApp::new_client(&app.base);
    let mut again = referral(&app, 1, 1);
    again.form.reporter_name = Some("李爸爸".into());
    again.form.email = Some("someone@example.tw".into());
    let page = refer(&app, &family, again).await.expect("joined");
    let joined = page.done.expect("the confirmation");
    assert!(joined.receipt.starts_with("RF-") && joined.receipt != done.receipt);
    assert_eq!((joined.late, joined.contact_due), (done.late, done.contact_due));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM cases").await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM referrals").await, 2);
    // The family hears once per contact given for the case, by the
    // referral's own number: a number given by whoever refers is told as it
    // would be of a new case, and learns nothing either.
    let bodies: Vec<String> = sqlx::query_scalar("SELECT body FROM mail_outbox ORDER BY id")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(bodies.len(), 2);
    assert!(bodies[1].contains(&joined.receipt) && !bodies[1].contains(&case_number));
    // A third referral giving the first contact again tells no one twice.
    refer(&app, &family, referral(&app, 1, 1)).await.expect("joined again");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM mail_outbox").await, 2);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM referrals").await, 3);

    // Observed ten days ago: accepted, flagged late.
    let late = refer(&app, &teacher, referral(&app, 2, 10)).await.expect("late");
    assert!(late.done.expect("done").late);
    // The ID number is stored encrypted, never in the clear.
    let stored: i64 = count(
        &app,
        &format!(
            "SELECT COUNT(*) FROM cases WHERE national_id_enc LIKE '%{}%'",
            national_id(1)
        ),
    )
    .await;
    assert_eq!(stored, 0);

    // Bad input: a clear error, nothing written.
    let before = count(&app, "SELECT COUNT(*) FROM referrals").await;
    let mut blank = referral(&app, 3, 1);
    blank.form.observation = "   ".into();
    let mut future = referral(&app, 3, -1);
    future.form.observation = "x".into();
    let mut no_domain = referral(&app, 3, 1);
    no_domain.form.domains.clear();
    let mut bad_id = referral(&app, 3, 1);
    bad_id.form.national_id = "A123456788".into();
    for (bad, error) in [
        (blank, BookingError::ReferralInvalid(ReferralError::ObservationMissing)),
        (future, BookingError::ReferralInvalid(ReferralError::ObservedInFuture)),
        (no_domain, BookingError::ReferralInvalid(ReferralError::NoDomain)),
        (bad_id, BookingError::NationalIdChecksum),
    ] {
        assert_eq!(
            call_with::<_, ()>(&teacher, &app.base, bad).await,
            Err(AppError::Service(error))
        );
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM referrals").await, before);

    // The teacher follows their own two referrals, not the family's.
    let page: ReferralPageView = call_with(&teacher, &app.base, ReferralPage {}).await.unwrap();
    assert_eq!(page.mine.len(), 2);
    assert!(page.mine[0].late && !page.mine[1].late, "newest first");
    assert!(page.mine.iter().all(|m| m.child_masked.contains('*')));
    app.cleanup().await;
}

both!(twenty_referrals_of_one_child_at_once_make_one_case);
async fn twenty_referrals_of_one_child_at_once_make_one_case(db: Db) {
    let app = TestApp::spawn(db).await;
    let calls = (0..20).map(|_| {
        let client = TestApp::new_client(&app.base);
        let r = referral(&app, 7, 1);
        let base = app.base.clone();
        async move { call_with::<_, ()>(&client, &base, r).await }
    });
    let results = futures::future::join_all(calls).await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM cases").await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM referrals").await, 20);
    // The family is told once: every referral gave the same contact.
    assert_eq!(count(&app, "SELECT COUNT(*) FROM mail_outbox").await, 1);
    app.cleanup().await;
}

both!(each_role_does_only_what_it_should_with_cases);
async fn each_role_does_only_what_it_should_with_cases(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "R").await;
    let d = day(&app, c, 5, Places { total: 4, under3: 1 }).await;
    let (teacher, _) = reporter(&app).await;
    refer(&app, &teacher, referral(&app, 1, 1)).await.unwrap();
    let case = CaseId(count(&app, "SELECT MIN(id) FROM cases").await);
    let (manager, _) = app.user(Role::CaseManager, None, None).await;
    let (staff, _) = app.user(Role::CentreStaff, Some(c), None).await;
    let (parent, _) = app.user(Role::Parent, None, None).await;
    let signed_out = TestApp::new_client(&app.base);

    for (who, expected) in [
        (&teacher, AppError::Forbidden),
        (&staff, AppError::Forbidden),
        (&parent, AppError::Forbidden),
        (&signed_out, AppError::NotSignedIn),
    ] {
        let queue: Result<Queue, _> = call_with(who, &app.base, CaseQueue {}).await;
        assert_eq!(queue.err(), Some(expected.clone()));
        let detail: Result<Detail, _> = call_with(who, &app.base, CaseDetail { id: case }).await;
        assert_eq!(detail.err(), Some(expected.clone()));
        let booked = call_with::<_, ()>(who, &app.base, BookForCase { id: case, day_id: d }).await;
        assert_eq!(booked.err(), Some(expected));
    }
    // A case manager cannot run a clinic day; centre staff cannot refer.
    let run: Result<booking::types::DayDetail, _> = call_with(&manager, &app.base, GetDayDetail { day_id: d }).await;
    assert_eq!(run.err(), Some(AppError::Forbidden));
    let referred = call_with::<_, ()>(&staff, &app.base, referral(&app, 2, 1)).await;
    assert_eq!(referred, Err(AppError::Forbidden));
    // A reporter's page lists their own referrals only.
    let (other_teacher, _) = reporter(&app).await;
    let page: ReferralPageView = call_with(&other_teacher, &app.base, ReferralPage {}).await.unwrap();
    assert!(page.mine.is_empty());
    // Nothing of the case was read by anyone allowed: no audited read yet.
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM audit_log WHERE case_id IS NOT NULL").await,
        0
    );
    // One area of concern: the triage sends the family to a specialty
    // clinic first, and the case manager cannot book a joint assessment.
    let mut single = referral(&app, 3, 1);
    single.form.domains = vec![ProblemDomain::Motor];
    refer(&app, &teacher, single).await.unwrap();
    let one = CaseId(count(&app, "SELECT MAX(id) FROM cases").await);
    let detail: Detail = call_with(&manager, &app.base, CaseDetail { id: one }).await.unwrap();
    assert!(matches!(
        detail.triage,
        domain::booking::TriageOutcome::SingleSpecialty { .. }
    ));
    assert!(detail.days.is_empty());
    assert_eq!(
        call_with::<_, ()>(&manager, &app.base, BookForCase { id: one, day_id: d }).await,
        Err(AppError::Service(BookingError::NoJointAssessmentNeeded))
    );
    assert_eq!(taken(&app, d).await, Taken { general: 0, under3: 0 });
    app.cleanup().await;
}

both!(a_case_manager_contacts_the_family_books_through_the_booking_rules_and_closes);
async fn a_case_manager_contacts_the_family_books_through_the_booking_rules_and_closes(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "M").await;
    let first = day(&app, c, 5, Places { total: 4, under3: 1 }).await;
    let second = day(&app, c, 6, Places { total: 4, under3: 1 }).await;
    let (teacher, _) = reporter(&app).await;
    refer(&app, &teacher, referral(&app, 1, 1)).await.unwrap();
    refer(&app, &teacher, referral(&app, 2, 1)).await.unwrap();
    // The second case is overdue for contact: it comes first in the queue.
    sqlx::query("UPDATE cases SET contact_due = $1 WHERE id = (SELECT MAX(id) FROM cases)")
        .bind((app.state.clock.today() - Duration::days(2)).to_string())
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let (manager, me) = app.user(Role::CaseManager, None, None).await;
    let queue: Queue = call_with(&manager, &app.base, CaseQueue {}).await.unwrap();
    assert_eq!(queue.open.len(), 2);
    assert!(queue.open[0].clocks.contact_overdue());
    assert!(!queue.open[1].clocks.contact_overdue());
    let id = queue.open[1].id;

    let detail: Detail = call_with(&manager, &app.base, CaseDetail { id }).await.unwrap();
    assert_eq!(detail.item.stage, CaseStage::New);
    assert_eq!(detail.referrals.len(), 1);
    assert!(detail.national_id_masked.contains('*'));
    assert!(!detail.days.is_empty(), "days with a place are offered");
    let reads = count(
        &app,
        &format!(
            "SELECT COUNT(*) FROM audit_log WHERE case_id = {} AND action = 'case_read'",
            id.get()
        ),
    )
    .await;
    assert_eq!(reads, 1, "the read is audited");

    call_with::<_, ()>(&manager, &app.base, AssignCase { id, to: me })
        .await
        .unwrap();
    let today = app.state.clock.today();
    let contact = |on: chrono::NaiveDate| RecordCaseContact {
        id,
        on: on.to_string(),
        method: ContactMethod::Phone,
        reached: Some("1".into()),
        note: "家長同意預約".into(),
    };
    assert_eq!(
        call_with::<_, ()>(&manager, &app.base, contact(today + Duration::days(1))).await,
        Err(AppError::Service(BookingError::CaseInvalid(CaseError::ContactInFuture)))
    );
    call_with::<_, ()>(&manager, &app.base, contact(today)).await.unwrap();
    let closing = |outcome| CloseCase {
        id,
        outcome,
        note: String::new(),
    };
    assert_eq!(
        call_with::<_, ()>(&manager, &app.base, closing(CaseOutcome::Assessed)).await,
        Err(AppError::Service(BookingError::CaseInvalid(CaseError::NotAssessed)))
    );

    // A stored district that does not read back refuses the booking with
    // nothing held, rather than booking the child as living nowhere.
    let home_of = "SELECT home_district FROM referrals WHERE case_id = $1";
    let original: Option<String> = sqlx::query_scalar(home_of)
        .bind(id.get())
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let set_home = |home: Option<String>| {
        sqlx::query("UPDATE referrals SET home_district = $1 WHERE case_id = $2")
            .bind(home)
            .bind(id.get())
            .execute(&app.state.db.pool)
    };
    set_home(Some("Atlantis-9".into())).await.unwrap();
    assert_eq!(
        call_with::<_, ()>(&manager, &app.base, BookForCase { id, day_id: first }).await,
        Err(AppError::Internal)
    );
    assert_eq!(taken(&app, first).await, Taken { general: 0, under3: 0 });
    assert_eq!(count(&app, "SELECT COUNT(*) FROM holds").await, 0);
    set_home(original).await.unwrap();

    // The booking goes through the booking path: a place taken, a
    // registration linked to the case, the family's mail.
    let mails = count(&app, "SELECT COUNT(*) FROM mail_outbox").await;
    call_with::<_, ()>(&manager, &app.base, BookForCase { id, day_id: first })
        .await
        .unwrap();
    let detail: Detail = call_with(&manager, &app.base, CaseDetail { id }).await.unwrap();
    assert_eq!(detail.item.stage, CaseStage::Booked);
    assert!(matches!(
        detail.item.clocks.contact,
        ContactClock::Made { late: false, .. }
    ));
    assert_eq!(detail.booking.map(|b| b.status), Some(RegistrationStatus::Submitted));
    assert_eq!(taken(&app, first).await, Taken { general: 0, under3: 1 });
    assert_eq!(count(&app, "SELECT COUNT(*) FROM mail_outbox").await, mails + 1);
    // One active booking per child: a second booking for the case is
    // refused (the case manager is told), and no place is taken.
    assert_eq!(
        call_with::<_, ()>(&manager, &app.base, BookForCase { id, day_id: second }).await,
        Err(AppError::Service(BookingError::ChildAlreadyBooked(None)))
    );
    assert_eq!(taken(&app, second).await, Taken { general: 0, under3: 0 });
    // Someone not known as the family is answered as for any booking; the
    // booking is flagged for the staff as a duplicate.
    let birth = (today - Duration::days(760)).to_string();
    let stranger = book(&app, second, &national_id(1), &birth)
        .await
        .expect("taken, flagged");
    assert_eq!(
        review_of(&app, "registrations", &stranger.reference).await.as_deref(),
        Some("duplicate")
    );

    call_with::<_, ()>(&manager, &app.base, closing(CaseOutcome::FamilyDeclined))
        .await
        .unwrap();
    let queue: Queue = call_with(&manager, &app.base, CaseQueue {}).await.unwrap();
    assert_eq!(queue.open.len(), 1);
    assert_eq!(queue.closed[0].stage, CaseStage::Closed(CaseOutcome::FamilyDeclined));
    assert_eq!(
        call_with::<_, ()>(&manager, &app.base, contact(today)).await,
        Err(AppError::Service(BookingError::CaseClosed))
    );
    // Every change was audited with the case.
    let changes = count(
        &app,
        &format!(
            "SELECT COUNT(*) FROM audit_log WHERE case_id = {} AND action <> 'case_read'",
            id.get()
        ),
    )
    .await;
    assert_eq!(changes, 4, "assigned, contact, booked, closed");
    // Once closed, a new referral of the child opens a new case.
    let cases = count(&app, "SELECT COUNT(*) FROM cases").await;
    let page = refer(&app, &teacher, referral(&app, 1, 0)).await.unwrap();
    assert!(page.done.expect("done").receipt.starts_with("RF-"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM cases").await, cases + 1);
    app.cleanup().await;
}
