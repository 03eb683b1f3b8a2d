//! Text messages through an HTTP SMS gateway: a real local HTTP server
//! stands in for the provider, accepting, failing (503) or refusing (400)
//! as the test says. A gateway outage delays messages without losing any or
//! blocking a booking; nothing is sent twice, also when two senders run at
//! once; a refused message is kept and not retried.

use crate::both;
use crate::fixtures::*;
use crate::harness::{Db, TestApp};
use axum::extract::{Form, State};
use axum::http::StatusCode;
use domain::booking::contact::Channels;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};

const ACCEPT: u8 = 0;
const FAIL: u8 = 1;
/// The number the gateway refuses (as a provider refuses an unknown number).
const REFUSED_NUMBER: &str = "0911111111";

#[derive(Clone, Default)]
struct Gateway {
    mode: Arc<AtomicU8>,
    /// What was accepted: clientid → (number, text).
    got: Arc<Mutex<Vec<(String, String, String)>>>,
}

async fn receive(State(g): State<Gateway>, Form(f): Form<HashMap<String, String>>) -> StatusCode {
    let field = |k: &str| f.get(k).cloned().unwrap_or_default();
    if g.mode.load(Ordering::SeqCst) == FAIL {
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    if field("dstaddr") == REFUSED_NUMBER {
        return StatusCode::BAD_REQUEST;
    }
    assert_eq!(
        (field("username"), field("password")),
        ("civic".into(), "gateway-secret".into())
    );
    g.got
        .lock()
        .unwrap()
        .push((field("clientid"), field("dstaddr"), field("smbody")));
    StatusCode::OK
}

async fn gateway() -> (String, Gateway) {
    let g = Gateway::default();
    g.mode.store(FAIL, Ordering::SeqCst);
    let app = axum::Router::new()
        .route("/send", axum::routing::post(receive))
        .with_state(g.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/send", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (url, g)
}

async fn unsent(app: &TestApp) -> i64 {
    count(
        app,
        "SELECT COUNT(*) FROM sms_outbox WHERE sent_at IS NULL AND refused_at IS NULL",
    )
    .await
}

both!(a_gateway_outage_delays_texts_without_losing_or_repeating_any_and_a_refused_one_is_kept);
async fn a_gateway_outage_delays_texts_without_losing_or_repeating_any_and_a_refused_one_is_kept(db: Db) {
    let (url, g) = gateway().await;
    let app = TestApp::spawn_with(
        db,
        &[
            "--sms-gateway-url",
            &url,
            "--sms-gateway-user",
            "civic",
            "--sms-gateway-password",
            "gateway-secret",
        ],
    )
    .await;
    let c = centre(&app, "Sms").await;
    let d = day(&app, c, 3, Places { total: 8, under3: 0 }).await;
    let birth = preschooler(&app);
    // The gateway is down: every booking still goes through.
    let mut references = Vec::new();
    for n in 0..3 {
        let v = book(&app, d, &national_id(300 + n), &birth).await.expect("booked");
        references.push(v.reference);
    }
    // A family that chose e-mail only gets no text.
    let client = TestApp::new_client(&app.base);
    let h = hold(&app, &client, d, &birth).await.unwrap();
    let mut mail_only = form(&h.token, &national_id(310), &birth);
    mail_only.channels = Some(Channels::Mail);
    submit(&app, &client, mail_only).await.expect("booked");
    // A family whose number the gateway refuses.
    let client = TestApp::new_client(&app.base);
    let h = hold(&app, &client, d, &birth).await.unwrap();
    let mut refused = form(&h.token, &national_id(311), &birth);
    refused.phone = REFUSED_NUMBER.into();
    submit(&app, &client, refused).await.expect("booked");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sms_outbox").await, 4);

    let t = server::sms::transport(&app.settings).unwrap();
    let now = app.state.clock.now();
    let (sent, _) = server::sms::deliver_due(&app.state.db, &t, app.settings.sending.sms(), now)
        .await
        .unwrap();
    assert_eq!(sent, 0);
    assert_eq!(unsent(&app).await, 4, "all are kept for later");
    // Not due again at once.
    assert_eq!(
        server::sms::deliver_due(&app.state.db, &t, app.settings.sending.sms(), now)
            .await
            .unwrap(),
        (0, 0)
    );

    // The gateway is back. Two senders at once (two instances) send each once.
    g.mode.store(ACCEPT, Ordering::SeqCst);
    app.state.clock.advance(7200);
    let now = app.state.clock.now();
    let t2 = server::sms::transport(&app.settings).unwrap();
    let (a, b) = tokio::join!(
        server::sms::deliver_due(&app.state.db, &t, app.settings.sending.sms(), now),
        server::sms::deliver_due(&app.state.db, &t2, app.settings.sending.sms(), now)
    );
    let _ = (a.unwrap(), b.unwrap());
    // Whatever the background job did meanwhile, everything went out once;
    // the number the gateway refuses is set aside, kept.
    assert_eq!(unsent(&app).await, 0);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM sms_outbox WHERE refused_at IS NOT NULL").await,
        1
    );
    let got = g.got.lock().unwrap().clone();
    let mut ids: Vec<&String> = got.iter().map(|(id, _, _)| id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!((got.len(), ids.len()), (3, 3), "{got:?}");
    for reference in &references {
        let text = got.iter().find(|(_, _, body)| body.contains(reference.as_str()));
        let (_, to, body) = text.expect("a text per booking, with its reference");
        assert_eq!(to, "0912345678");
        assert!(!body.contains("王小明") && !body.contains(&national_id(300)));
    }
    // The refused one is never tried again.
    app.state.clock.advance(7200);
    let later = server::sms::deliver_due(&app.state.db, &t, app.settings.sending.sms(), app.state.clock.now())
        .await
        .unwrap();
    assert_eq!(later, (0, 0));
    assert_eq!(g.got.lock().unwrap().len(), 3);
    app.cleanup().await;
}

both!(a_landline_cannot_choose_texts_and_a_family_needs_one_way_to_be_reached);
async fn a_landline_cannot_choose_texts_and_a_family_needs_one_way_to_be_reached(db: Db) {
    use booking::error::BookingError;
    use domain::booking::contact::ChannelError;
    use platform::AppError;
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "Ch").await;
    let d = day(&app, c, 3, Places { total: 4, under3: 0 }).await;
    let birth = preschooler(&app);
    let client = TestApp::new_client(&app.base);
    let h = hold(&app, &client, d, &birth).await.unwrap();
    let cases = [
        (
            Some(Channels::Sms),
            "03-3317123",
            Some("a@example.tw"),
            ChannelError::NoMobile,
        ),
        (Some(Channels::Mail), "0912345678", None, ChannelError::NoEmail),
        (None, "03-3317123", None, ChannelError::NoChannel),
    ];
    for (channels, phone, email, error) in cases {
        let mut f = form(&h.token, &national_id(320), &birth);
        f.channels = channels;
        f.phone = phone.into();
        f.email = email.map(str::to_owned);
        assert_eq!(
            submit(&app, &client, f).await.err(),
            Some(AppError::Service(BookingError::ChannelInvalid(error)))
        );
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM registrations").await, 0);
    // A landline with an address: e-mail only, no text.
    let mut f = form(&h.token, &national_id(320), &birth);
    f.phone = "03-3317123".into();
    submit(&app, &client, f).await.expect("booked");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sms_outbox").await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM mail_outbox").await, 1);
    app.cleanup().await;
}

/// Books child `n` on a new day, then makes it an assessment completed
/// `assessed_ago` days ago whose report gives a re-assessment in `reassess_in` days.
async fn assessed(app: &TestApp, c: CentreId, n: u32, assessed_ago: i64, reassess_in: i64) {
    let d = day(app, c, 2 + i64::from(n), Places { total: 2, under3: 0 }).await;
    book(app, d, &national_id(n), &preschooler(app)).await.expect("booked");
    let today = app.state.clock.today();
    sqlx::query("UPDATE clinic_days SET day = $1 WHERE id = $2")
        .bind((today - chrono::Duration::days(assessed_ago)).to_string())
        .bind(d.get())
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    sqlx::query(
        "UPDATE registrations SET status = 'completed', active = 0, report_reassess_date = $1 WHERE clinic_day_id = $2",
    )
    .bind((today + chrono::Duration::days(reassess_in)).to_string())
    .bind(d.get())
    .execute(&app.state.db.pool)
    .await
    .unwrap();
}

both!(the_reassessment_reminder_goes_out_once_when_the_window_opens);
async fn the_reassessment_reminder_goes_out_once_when_the_window_opens(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "Re").await;
    // Due: assessed a year ago, re-assessment in a month.
    assessed(&app, c, 501, 370, 30).await;
    // Not yet: the date is more than two months away.
    assessed(&app, c, 502, 371, 90).await;
    // Not yet: within twelve months of the assessment, whatever the date says.
    assessed(&app, c, 503, 100, 20).await;
    let (mails, texts) = (
        count(&app, "SELECT COUNT(*) FROM mail_outbox").await,
        count(&app, "SELECT COUNT(*) FROM sms_outbox").await,
    );
    assert_eq!(booking::reminders::queue_reassess_due(&app.state).await.unwrap(), 1);
    assert_eq!(
        booking::reminders::queue_reassess_due(&app.state).await.unwrap(),
        0,
        "once"
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM mail_outbox").await, mails + 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sms_outbox").await, texts + 1);
    let body: String = sqlx::query_scalar("SELECT body FROM sms_outbox ORDER BY id DESC LIMIT 1")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert!(body.contains("/ei/book"), "{body}");
    // A month on, the second child's window opens; the first is not reminded again.
    app.state.clock.advance(31 * 86_400);
    assert_eq!(booking::reminders::queue_reassess_due(&app.state).await.unwrap(), 1);
    app.cleanup().await;
}
