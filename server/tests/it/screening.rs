//! The self-screening checklist through the server functions: the band from
//! the birth date, every item answered, the result, and the booking's check
//! filled in from it; nothing kept on the server.

use crate::both;
use crate::harness::{Db, TestApp};
use booking::error::AppError;
use booking::error::BookingError;
use booking::server_fns::book::CurrentStep;
use booking::server_fns::screening::{AnswerScreening, BookFromScreening, Screening, StartScreening};
use booking::types::{BookingStep, ScreeningView};
use chrono::Duration;
use domain::booking::screening::{Answer, Band, Outcome};
use domain::booking::triage::ProblemDomain;
use std::collections::{BTreeMap, BTreeSet};

fn answers(not_yet: &[u8], left_out: &[u8]) -> BTreeMap<String, Answer> {
    (1u8..=12)
        .filter(|n| !left_out.contains(n))
        .map(|n| {
            let a = if not_yet.contains(&n) {
                Answer::NotYet
            } else {
                Answer::Yes
            };
            (n.to_string(), a)
        })
        .collect()
}

async fn rows(app: &TestApp) -> (i64, i64) {
    let count = |table: &'static str| async move {
        sqlx::query_scalar::<_, i64>(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
    };
    (count("registrations").await, count("holds").await)
}

both!(a_screening_gives_its_result_and_fills_in_the_check_keeping_nothing);
async fn a_screening_gives_its_result_and_fills_in_the_check_keeping_nothing(db: Db) {
    let app = TestApp::spawn(db).await;
    let before = rows(&app).await;
    let today = app.state.clock.today();
    let birth = (today - Duration::days(760)).to_string();

    let none: Option<ScreeningView> = app.call(Screening {}).await.unwrap();
    assert_eq!(none, None);
    let too_young = StartScreening {
        birth_date: (today - Duration::days(30)).to_string(),
        due_date: None,
    };
    assert_eq!(
        app.call::<_, ()>(too_young).await,
        Err(AppError::Service(BookingError::ScreeningTooYoung))
    );
    let start = StartScreening {
        birth_date: birth.clone(),
        due_date: None,
    };
    app.call::<_, ()>(start).await.unwrap();
    let v: Option<ScreeningView> = app.call(Screening {}).await.unwrap();
    let v = v.expect("a screening");
    assert_eq!((v.band, v.corrected, v.outcome), (Band::M24, false, None));

    // Every item needs an answer; what was answered is kept.
    let partial = AnswerScreening {
        answers: answers(&[], &[3, 7]),
    };
    assert_eq!(
        app.call::<_, ()>(partial).await,
        Err(AppError::Service(BookingError::ScreeningUnanswered(vec![3, 7])))
    );
    let v: Option<ScreeningView> = app.call(Screening {}).await.unwrap();
    assert_eq!(v.map(|v| v.answers.len()), Some(10));
    // An item the band does not have, or no item number at all: refused,
    // and the answers kept are those from before.
    for bad in ["40", "0", "x"] {
        let answers = BTreeMap::from([(bad.to_string(), Answer::Yes)]);
        assert_eq!(
            app.call::<_, ()>(AnswerScreening { answers }).await,
            Err(AppError::InvalidInput)
        );
    }
    let v: Option<ScreeningView> = app.call(Screening {}).await.unwrap();
    assert_eq!(v.map(|v| v.answers.len()), Some(10));

    // Two items not yet done (a fine-motor and a language one, neither key).
    let items = Band::M24.items();
    assert!(!items[3].key && !items[7].key);
    let full = AnswerScreening {
        answers: answers(&[4, 8], &[]),
    };
    app.call::<_, ()>(full).await.unwrap();
    let v: Option<ScreeningView> = app.call(Screening {}).await.unwrap();
    assert_eq!(
        v.and_then(|v| v.outcome),
        Some(Outcome::Assess {
            not_yet: vec![4, 8],
            key_not_yet: false,
            domains: BTreeSet::from([ProblemDomain::Motor, ProblemDomain::LanguageSpeech]),
        })
    );

    // Booking from the result starts the check with the dates and the areas.
    app.call::<_, ()>(BookFromScreening {}).await.unwrap();
    let step: BookingStep = app.call(CurrentStep {}).await.unwrap();
    let BookingStep::Check { typed } = step else {
        panic!("the booking starts at the check: {step:?}");
    };
    assert_eq!(typed.birth_date, birth);
    assert_eq!(typed.domains, vec![ProblemDomain::Motor, ProblemDomain::LanguageSpeech]);

    // The server kept nothing: no registration, no hold.
    assert_eq!(rows(&app).await, before);
    // Another browser has no screening.
    let other: Option<ScreeningView> =
        crate::harness::call_with(&TestApp::new_client(&app.base), &app.base, Screening {})
            .await
            .unwrap();
    assert_eq!(other, None);
    app.cleanup().await;
}
