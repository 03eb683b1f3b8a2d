//! The centre console: clinic days, quotas, verification, no-shows, audit, CSV.

use crate::both;
use crate::fixtures::*;
use crate::harness::{Db, TestApp, call_with};
use booking::error::AppError;
use booking::error::BookingError;
use booking::server_fns::city::AuditLog;
use booking::server_fns::staff::{CloseDay, GetDayDetail, OpenDays, OpenDaysForm, Opened, ResizeDay, StaffAct};
use booking::types::{AuditView, DayDetail};
use domain::Named;
use domain::booking::RegistrationStatus;
use domain::booking::registration::StaffAction;
use domain::booking::session_plan::SessionPlan;
use domain::platform::Role;

both!(staff_open_days_by_weekly_pattern_and_cannot_shrink_below_the_places_taken);
async fn staff_open_days_by_weekly_pattern_and_cannot_shrink_below_the_places_taken(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "S").await;
    let (staff, _) = app.user(Role::CentreStaff, Some(c), None).await;
    let form = |from: i64, to: i64, weekdays: Vec<u32>, quota: u32, reserved: u32| OpenDays {
        form: OpenDaysForm {
            from: in_days(&app, from).to_string(),
            to: in_days(&app, to).to_string(),
            weekdays,
            quota,
            reserved_under3: reserved,
            minutes: SessionPlan::typical()
                .sessions()
                .iter()
                .map(|s| (s.discipline.as_str().to_string(), s.minutes.to_string()))
                .collect(),
            checkin_time: "08:20".into(),
        },
    };
    let opened: Opened = call_with(&staff, &app.base, form(1, 28, vec![2, 4], 4, 1))
        .await
        .expect("open");
    assert_eq!(opened.opened, 8, "Tuesdays and Thursdays over four weeks");
    let again: Opened = call_with(&staff, &app.base, form(1, 28, vec![2, 4], 4, 1))
        .await
        .unwrap();
    assert_eq!((again.opened, again.skipped), (0, 8));
    assert_eq!(
        call_with::<_, Opened>(&staff, &app.base, form(1, 2, vec![], 4, 5))
            .await
            .err(),
        Some(AppError::Service(BookingError::QuotaInvalid(
            domain::booking::quota::QuotaError::ReserveExceedsTotal
        )))
    );
    assert_eq!(
        call_with::<_, Opened>(&staff, &app.base, form(5, 2, vec![], 4, 1))
            .await
            .err(),
        Some(AppError::Service(BookingError::DateRangeInvalid))
    );

    let d = day(&app, c, 30, Places { total: 3, under3: 1 }).await;
    book(&app, d, &national_id(1), &preschooler(&app)).await.unwrap();
    book(&app, d, &national_id(2), &preschooler(&app)).await.unwrap();
    let shrink = call_with::<_, ()>(
        &staff,
        &app.base,
        ResizeDay {
            day_id: d,
            quota: 2,
            reserved_under3: 1,
        },
    )
    .await;
    assert_eq!(
        shrink,
        Err(AppError::Service(BookingError::QuotaShrink {
            taken_general: 2,
            taken_reserved: 0
        }))
    );
    call_with::<_, ()>(
        &staff,
        &app.base,
        ResizeDay {
            day_id: d,
            quota: 3,
            reserved_under3: 0,
        },
    )
    .await
    .expect("grow general");
    // Another centre's staff cannot touch this day.
    let other_centre = centre(&app, "T").await;
    let (stranger, _) = app.user(Role::CentreStaff, Some(other_centre), None).await;
    assert_eq!(
        call_with::<_, ()>(
            &stranger,
            &app.base,
            ResizeDay {
                day_id: d,
                quota: 9,
                reserved_under3: 0
            }
        )
        .await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        call_with::<_, DayDetail>(&stranger, &app.base, GetDayDetail { day_id: d })
            .await
            .err(),
        Some(AppError::NotFound)
    );
    // A closed day takes no new holds.
    call_with::<_, ()>(
        &staff,
        &app.base,
        CloseDay {
            day_id: d,
            note: domain::Bilingual::new("醫師請假", "Doctor away"),
        },
    )
    .await
    .unwrap();
    assert_eq!(
        hold(&app, &app.client, d, &preschooler(&app)).await.err(),
        Some(AppError::Service(BookingError::DayClosed))
    );
    app.cleanup().await;
}

both!(staff_verify_check_in_mark_no_shows_and_every_access_is_audited);
async fn staff_verify_check_in_mark_no_shows_and_every_access_is_audited(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "V").await;
    let (staff, staff_id) = app.user(Role::CentreStaff, Some(c), None).await;
    let (city, city_id) = app.user(Role::CityAdmin, None, None).await;
    let d = day(&app, c, 2, Places { total: 4, under3: 0 }).await;
    let child = national_id(7);
    let birth = preschooler(&app);
    let r = book(&app, d, &child, &birth).await.unwrap();
    let act = |a: StaffAction, reason: &str| StaffAct {
        registration_id: r.id,
        action: a,
        reason: reason.into(),
    };
    // Before the day: no check-in, no no-show.
    assert!(matches!(
        call_with::<_, ()>(&staff, &app.base, act(StaffAction::CheckIn, "")).await,
        Err(AppError::Service(BookingError::CannotChange(_)))
    ));
    call_with::<_, ()>(&staff, &app.base, act(StaffAction::Confirm, ""))
        .await
        .expect("confirm");
    assert_eq!(
        call_with::<_, ()>(&staff, &app.base, act(StaffAction::Cancel, "")).await,
        Err(AppError::ReasonRequired)
    );
    let detail: DayDetail = call_with(&staff, &app.base, GetDayDetail { day_id: d }).await.unwrap();
    let row = &detail.registrations[0];
    assert_eq!(row.status, RegistrationStatus::Confirmed);
    assert_eq!(row.national_id_masked, format!("{}*****{}", &child[..3], &child[8..]));
    assert!(
        !serde_json::to_string(&detail).unwrap().contains(&child),
        "the full ID never reaches staff"
    );

    // On the day, the child does not come.
    app.state.clock.advance(2 * 86_400);
    app.sign_in_again(&staff, staff_id).await;
    app.sign_in_again(&city, city_id).await;
    call_with::<_, ()>(&staff, &app.base, act(StaffAction::MarkNoShow, ""))
        .await
        .expect("no-show");
    assert_eq!(
        taken(&app, d).await,
        Taken { general: 1, under3: 0 },
        "a no-show's place stays used"
    );
    // After the second no-show, a new registration for the child waits for approval.
    let d2 = day(&app, c, 1, Places { total: 4, under3: 0 }).await;
    let r2 = book(&app, d2, &child, &birth).await.unwrap();
    app.state.clock.advance(86_400);
    app.sign_in_again(&staff, staff_id).await;
    app.sign_in_again(&city, city_id).await;
    call_with::<_, ()>(
        &staff,
        &app.base,
        StaffAct {
            registration_id: r2.id,
            action: StaffAction::MarkNoShow,
            reason: String::new(),
        },
    )
    .await
    .unwrap();
    let d3 = day(&app, c, 3, Places { total: 4, under3: 0 }).await;
    let r3 = book(&app, d3, &child, &birth).await.unwrap();
    // The staff see it; the answer to whoever submitted does not say (it
    // would tell anyone with the child's ID of the missed appointments).
    let detail: DayDetail = call_with(&staff, &app.base, GetDayDetail { day_id: d3 }).await.unwrap();
    let staff_view = detail.registrations.iter().find(|x| x.id == r3.id).unwrap();
    assert!(staff_view.needs_approval, "two no-shows: approval needed");
    assert!(!serde_json::to_string(&r3).unwrap().contains("approval"));
    call_with::<_, ()>(
        &staff,
        &app.base,
        StaffAct {
            registration_id: r3.id,
            action: StaffAction::Confirm,
            reason: String::new(),
        },
    )
    .await
    .unwrap();
    // Ineligible frees the place.
    let r4 = book(&app, d3, &national_id(8), &birth).await.unwrap();
    call_with::<_, ()>(
        &staff,
        &app.base,
        StaffAct {
            registration_id: r4.id,
            action: StaffAction::MarkIneligible,
            reason: "older than 6".into(),
        },
    )
    .await
    .unwrap();
    assert_eq!(taken(&app, d3).await, Taken { general: 1, under3: 0 });

    let audit: Vec<AuditView> = call_with(&city, &app.base, AuditLog { centre: Some(c) }).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|a| a.action == "read" && a.reference.as_deref() == Some(r.reference.as_str()))
    );
    assert!(audit.iter().any(|a| a.action == "no_show"));
    assert!(audit.iter().any(|a| a.action == "ineligible"));
    assert!(audit.iter().all(|a| !a.detail.contains(&child)));

    // CSV export: UTF-8 with BOM, masked IDs, audited.
    let res = staff
        .post(app.url(&format!("/staff/days/{d3}/export.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let bytes = res.bytes().await.unwrap();
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.contains("王小明") && text.contains("*****") && !text.contains(&child));
    let before = audit.len();
    let audit: Vec<AuditView> = call_with(&city, &app.base, AuditLog { centre: Some(c) }).await.unwrap();
    assert!(audit.len() > before && audit.iter().any(|a| a.action == "export"));
    assert_eq!(
        app.client
            .post(app.url(&format!("/staff/days/{d3}/export.csv")))
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
    // A link from another site cannot start it: no GET, and a POST from
    // another origin is refused, signed in or not.
    let exported = || count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'export'");
    let exports = exported().await;
    assert_eq!(
        staff
            .get(app.url(&format!("/staff/days/{d3}/export.csv")))
            .send()
            .await
            .unwrap()
            .status(),
        405
    );
    let cross_site = staff
        .post(app.url(&format!("/staff/days/{d3}/export.csv")))
        .header(reqwest::header::ORIGIN, "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 403);
    assert_eq!(exported().await, exports, "nothing was exported");
    app.cleanup().await;
}

both!(a_centre_records_the_report_of_a_completed_assessment_and_the_family_sees_it);
async fn a_centre_records_the_report_of_a_completed_assessment_and_the_family_sees_it(db: Db) {
    use booking::server_fns::family::Inquire;
    use booking::server_fns::staff::RecordReport;
    use booking::types::RegistrationView;
    use domain::booking::report::{ReportError, Service};
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "R").await;
    let other = centre(&app, "Elsewhere").await;
    let (staff, staff_id) = app.user(Role::CentreStaff, Some(c), None).await;
    let (stranger, stranger_id) = app.user(Role::CentreStaff, Some(other), None).await;
    let d = day(&app, c, 1, Places { total: 4, under3: 0 }).await;
    let birth = preschooler(&app);
    let r = book(&app, d, &national_id(31), &birth).await.unwrap();
    let record = |written: i64, reassess: i64, note: &str| {
        let today = app.state.clock.today();
        RecordReport {
            registration_id: r.id,
            written_on: (today + chrono::Duration::days(written)).to_string(),
            reassess_on: (today + chrono::Duration::days(reassess)).to_string(),
            services: vec![Service::SpeechTherapy, Service::OccupationalTherapy],
            note: note.into(),
        }
    };
    let not_completed: Result<(), AppError> = Err(AppError::Service(BookingError::CannotChange(
        domain::booking::registration::TransitionError::WrongStatus,
    )));
    // Only a completed assessment has a report.
    assert_eq!(
        call_with::<_, ()>(&staff, &app.base, record(0, 365, "")).await,
        not_completed
    );
    app.state.clock.advance(86_400);
    app.sign_in_again(&staff, staff_id).await;
    app.sign_in_again(&stranger, stranger_id).await;
    for a in [StaffAction::Confirm, StaffAction::CheckIn, StaffAction::Complete] {
        let act = StaffAct {
            registration_id: r.id,
            action: a,
            reason: String::new(),
        };
        call_with::<_, ()>(&staff, &app.base, act).await.expect("the visit");
    }
    app.state.clock.advance(20 * 86_400);
    app.sign_in_again(&staff, staff_id).await;
    app.sign_in_again(&stranger, stranger_id).await;
    // Bad dates are refused and change nothing; another centre may not.
    let refused = |e| -> Result<(), AppError> { Err(AppError::Service(BookingError::ReportInvalid(e))) };
    assert_eq!(
        call_with::<_, ()>(&staff, &app.base, record(-30, 365, "")).await,
        refused(ReportError::BeforeVisit)
    );
    assert_eq!(
        call_with::<_, ()>(&staff, &app.base, record(1, 365, "")).await,
        refused(ReportError::InFuture)
    );
    assert_eq!(
        call_with::<_, ()>(&staff, &app.base, record(0, 0, "")).await,
        refused(ReportError::ReassessOutOfRange)
    );
    assert_eq!(
        call_with::<_, ()>(&stranger, &app.base, record(0, 365, "")).await,
        not_completed
    );
    let family = TestApp::new_client(&app.base);
    let inquire = || Inquire {
        reference: r.reference.clone(),
        birth_date: birth.clone(),
    };
    let seen: RegistrationView = call_with(&family, &app.base, inquire()).await.unwrap();
    assert_eq!(seen.report, None);

    call_with::<_, ()>(&staff, &app.base, record(-2, 540, " Weekly speech therapy. "))
        .await
        .expect("recorded");
    let seen: RegistrationView = call_with(&family, &app.base, inquire()).await.unwrap();
    let report = seen.report.expect("the family sees the report");
    let today = app.state.clock.today();
    assert_eq!(report.report.written_on, today - chrono::Duration::days(2));
    assert_eq!(report.report.reassess_on, today + chrono::Duration::days(540));
    assert_eq!(
        report.report.services.iter().copied().collect::<Vec<_>>(),
        vec![Service::OccupationalTherapy, Service::SpeechTherapy]
    );
    assert_eq!(report.report.note, "Weekly speech therapy.");
    // Booking again: twelve months after the visit at the earliest, or two
    // months before the re-assessment date if that is later.
    let visit = seen.date;
    let expected = domain::booking::age::add_months(visit, 12)
        .max(domain::booking::age::add_months(report.report.reassess_on, -2));
    assert_eq!(report.rebook_from, expected);
    // The staff see it too, and the recording is audited.
    let detail: DayDetail = call_with(&staff, &app.base, GetDayDetail { day_id: d }).await.unwrap();
    assert_eq!(detail.registrations[0].report.as_ref(), Some(&report.report));
    let audited: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'report' AND registration_id = $1")
            .bind(r.id.get())
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(audited, 1);
    app.cleanup().await;
}

both!(the_citys_changes_to_centres_staff_and_institutions_are_audited_with_the_change);
async fn the_citys_changes_to_centres_staff_and_institutions_are_audited_with_the_change(db: Db) {
    use booking::server_fns::city::{AddInstitution, AssignStaff, SaveCentre};
    use domain::booking::District;
    use domain::ids::CentreId;
    let app = TestApp::spawn(db).await;
    let first = centre(&app, "甲").await;
    let (city, city_id) = app.user(Role::CityAdmin, None, None).await;
    let (_, staff_id) = app.user(Role::CentreStaff, Some(first), None).await;
    let form = |id: Option<CentreId>| centre_form(id, District::of("Zhongli"));
    let b = &app.base;
    let added: CentreId = call_with(&city, b, SaveCentre { form: form(None) }).await.unwrap();
    let _: CentreId = call_with(
        &city,
        b,
        SaveCentre {
            form: form(Some(added)),
        },
    )
    .await
    .unwrap();
    call_with::<_, ()>(
        &city,
        b,
        AssignStaff {
            user_id: staff_id,
            centre_id: added,
        },
    )
    .await
    .unwrap();
    call_with::<_, ()>(
        &city,
        b,
        AddInstitution {
            name: domain::Bilingual::new("新幼兒園", "New Kindergarten"),
            kind: domain::booking::case::InstitutionKind::School,
            district: District::of("Bade"),
        },
    )
    .await
    .unwrap();
    let rows: Vec<(String, i64, Option<i64>)> =
        sqlx::query_as("SELECT action, actor_user_id, centre_id FROM audit_log ORDER BY id")
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    let c = Some(added.get());
    let me = city_id.get();
    assert_eq!(
        rows,
        [
            ("centre_added".to_owned(), me, c),
            ("centre_changed".to_owned(), me, c),
            ("staff_assigned".to_owned(), me, c),
            ("institution_added".to_owned(), me, None),
        ]
    );
    // A refused change writes no audit row either.
    assert!(
        call_with::<_, ()>(
            &city,
            b,
            AssignStaff {
                user_id: city_id,
                centre_id: added
            }
        )
        .await
        .is_err()
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log").await, 4);
    app.cleanup().await;
}
