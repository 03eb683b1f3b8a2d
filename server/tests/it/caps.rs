//! Texts and mail cannot be pumped at the government's cost (issue 33,
//! point 3): whatever queued them, a destination gets its day's share and
//! no more, and past the hour's cap sending pauses until the hour passes.

use crate::both;
use crate::fixtures::count;
use crate::harness::{Db, TestApp};
use domain::platform::sending::Caps;
use platform::ssr::outbox::{self, OutgoingMail, OutgoingSms};

/// When the test's messages are due: days ahead, so that the server's own
/// sending job (on the real clock) leaves them to the test.
fn later(app: &TestApp) -> i64 {
    app.state.clock.now() + 10 * 86_400
}

async fn queue_texts(app: &TestApp, to: &[&str]) {
    let mut tx = app.state.db.begin_write().await.unwrap();
    for number in to {
        let sms = OutgoingSms {
            to: (*number).into(),
            body: "您的預約已確認".into(),
        };
        outbox::enqueue_sms(&mut tx, &sms, later(app)).await.unwrap();
    }
    tx.commit().await.unwrap();
}

both!(a_number_gets_its_days_share_of_texts_and_the_hours_cap_pauses_sending);
async fn a_number_gets_its_days_share_of_texts_and_the_hours_cap_pauses_sending(db: Db) {
    let app = TestApp::spawn(db).await;
    let (a, b, c) = ("0912000001", "0912000002", "0912000003");
    queue_texts(&app, &[a, a, a, a, b, c, c, c]).await;
    let caps = Caps {
        per_destination_day: 2,
        per_hour: 4,
    };
    let t = server::sms::transport(&app.settings).unwrap();
    let now = later(&app);
    let (sent, _) = server::sms::deliver_due(&app.state.db, &t, caps, now).await.unwrap();
    assert_eq!(
        sent, 4,
        "two to the first number, one each to the others: the hour's cap"
    );
    let capped = || count(&app, "SELECT COUNT(*) FROM sms_outbox WHERE capped_at IS NOT NULL");
    assert_eq!(capped().await, 2, "the first number's third and fourth are kept unsent");
    let sent_to = |n: &'static str| {
        let app = &app;
        async move {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM sms_outbox WHERE to_phone = $1 AND sent_at IS NOT NULL")
                .bind(n)
                .fetch_one(&app.state.db.pool)
                .await
                .unwrap()
        }
    };
    assert_eq!(sent_to(a).await, 2);
    // Nothing more goes out within the hour...
    let (sent, _) = server::sms::deliver_due(&app.state.db, &t, caps, now + 60)
        .await
        .unwrap();
    assert_eq!(sent, 0, "paused");
    // ...and once it has passed, the rest, up to the last number's share.
    let (sent, _) = server::sms::deliver_due(&app.state.db, &t, caps, now + 3_601)
        .await
        .unwrap();
    assert_eq!(sent, 1);
    assert_eq!((sent_to(c).await, capped().await), (2, 3));
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM sms_outbox WHERE sent_at IS NULL AND capped_at IS NULL"
        )
        .await,
        0,
        "every message was sent or kept"
    );
    // A capped message is never sent later.
    let (sent, _) = server::sms::deliver_due(&app.state.db, &t, caps, now + 2 * 86_400)
        .await
        .unwrap();
    assert_eq!(sent, 0);
    app.cleanup().await;
}

both!(an_address_gets_its_days_share_of_mail);
async fn an_address_gets_its_days_share_of_mail(db: Db) {
    let app = TestApp::spawn(db).await;
    let mut tx = app.state.db.begin_write().await.unwrap();
    for n in 0..3 {
        let mail = OutgoingMail {
            to: "family@example.tw".into(),
            subject: format!("第 {n} 封"),
            body: "內容".into(),
            ics: None,
        };
        outbox::enqueue(&mut tx, &mail, later(&app)).await.unwrap();
    }
    tx.commit().await.unwrap();
    let t = server::mail::transport(&app.settings).unwrap();
    let from = app.settings.mail_from.parse().unwrap();
    let caps = Caps {
        per_destination_day: 2,
        per_hour: 100,
    };
    let (sent, _) = server::mail::deliver_due(&app.state.db, &t, &from, caps, later(&app))
        .await
        .unwrap();
    assert_eq!(sent, 2);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM mail_outbox WHERE capped_at IS NOT NULL").await,
        1
    );
    app.cleanup().await;
}
