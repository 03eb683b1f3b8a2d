//! Guessing a password costs the guesser, not the holder (issue 33, point
//! 5): budgets per client and per account and client, a growing wait on an
//! account others guess at, the holder told, a bounded hashing queue, and
//! refusals answered with their own HTTP status.

use crate::both;
use crate::harness::{Db, TestApp, call_with};
use domain::platform::Role;
use platform::AppError;
use platform::auth::Login;

/// A client whose requests the server sees as coming from `address` (the
/// server trusts this machine's `X-Forwarded-For`).
fn from(app: &TestApp, address: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::ORIGIN, app.base.parse().unwrap());
    headers.insert("x-forwarded-for", address.parse().unwrap());
    reqwest::Client::builder()
        .cookie_store(true)
        .default_headers(headers)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn sign_in(app: &TestApp, client: &reqwest::Client, email: &str, password: &str) -> Result<(), AppError> {
    let login = Login {
        email: email.into(),
        password: password.into(),
        next: None,
        code: None,
    };
    call_with::<_, ()>(client, &app.base, login).await
}

/// The sign-in form posted as the browser's script posts it, answered raw
/// (to read its status and headers).
fn post_sign_in(app: &TestApp, client: &reqwest::Client, email: &str, password: &str) -> reqwest::RequestBuilder {
    client
        .post(app.url(<Login as server_fn::ServerFn>::PATH))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "application/json")
        .body(format!("email={}&password={password}", email.replace('@', "%40")))
}

async fn email_of(app: &TestApp, id: domain::ids::UserId) -> String {
    sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(id.get())
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

async fn mails_to(app: &TestApp, to: &str) -> Vec<String> {
    sqlx::query_scalar("SELECT body FROM mail_outbox WHERE to_addr = $1 ORDER BY id")
        .bind(to)
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap()
}

both!(guesses_from_many_addresses_do_not_lock_the_holder_out_and_the_holder_is_told);
async fn guesses_from_many_addresses_do_not_lock_the_holder_out_and_the_holder_is_told(db: Db) {
    let app = TestApp::spawn_with(db, &["--login-burst", "3", "--trusted-proxies", "127.0.0.1"]).await;
    // The holder signs in at home (this machine): the account's first
    // network is known from then on, without a mail.
    let (_, id) = app.user(Role::Parent, None, None).await;
    let email = email_of(&app, id).await;
    assert!(mails_to(&app, &email).await.is_empty(), "nothing to tell yet");
    // Twelve wrong passwords from twelve other addresses, at once.
    let guesses = (1..=12).map(|n| {
        let client = from(&app, &format!("203.0.113.{n}"));
        let (app, email) = (&app, email.clone());
        async move { sign_in(app, &client, &email, "wrong password").await }
    });
    for answer in futures::future::join_all(guesses).await {
        assert_eq!(answer, Err(AppError::BadCredentials));
    }
    // The holder, from a network the account never used, gets in.
    sign_in(&app, &from(&app, "192.0.2.55"), &email, "correct horse battery")
        .await
        .expect("the right password from a new address is not refused");
    let told = mails_to(&app, &email).await;
    assert_eq!(told.len(), 1, "one mail tells the holder: {told:?}");
    assert!(told[0].contains("12"), "with the number of failures: {}", told[0]);
    // The failures were cleared by the sign-in; signing in again at home tells nothing.
    sign_in(&app, &TestApp::new_client(&app.base), &email, "correct horse battery")
        .await
        .expect("again at home");
    assert_eq!(mails_to(&app, &email).await.len(), 1, "nothing new to tell");
    app.cleanup().await;
}

both!(an_address_that_guesses_is_refused_with_429_and_retry_after);
async fn an_address_that_guesses_is_refused_with_429_and_retry_after(db: Db) {
    let app = TestApp::spawn_with(db, &["--login-burst", "2", "--trusted-proxies", "127.0.0.1"]).await;
    let guesser = from(&app, "203.0.113.9");
    let post = |password: &'static str| post_sign_in(&app, &guesser, "someone@example.tw", password).send();
    let first = post("wrong1").await.unwrap();
    assert_eq!(first.status(), 401, "a wrong password is 401, not 500");
    post("wrong2").await.unwrap();
    let refused = post("wrong3").await.unwrap();
    assert_eq!(refused.status(), 429);
    assert!(refused.headers().contains_key("retry-after"));
    app.cleanup().await;
}

both!(a_flood_of_sign_ins_is_answered_busy_rather_than_queued_without_end);
async fn a_flood_of_sign_ins_is_answered_busy_rather_than_queued_without_end(db: Db) {
    let app = TestApp::spawn_with(db, &["--login-burst", "100000"]).await;
    let client = TestApp::client_without_keepalive(&app.base);
    // Each a different unknown address: no account's wait slows them.
    let attempts =
        (0..400).map(|n| post_sign_in(&app, &client, &format!("flood{n}@example.tw"), "wrong-password").send());
    let answers = futures::future::join_all(attempts).await;
    let mut busy = 0;
    for a in answers {
        let a = a.unwrap();
        match a.status().as_u16() {
            401 => {}
            503 => {
                assert!(a.headers().contains_key("retry-after"), "busy says when to come back");
                busy += 1;
            }
            other => panic!("a sign-in answered {other}"),
        }
    }
    assert!(busy > 0, "past the queue's length the server answers busy");
    app.cleanup().await;
}

both!(a_sealed_cookie_kept_past_its_lifetime_opens_to_nothing);
async fn a_sealed_cookie_kept_past_its_lifetime_opens_to_nothing(db: Db) {
    let app = TestApp::spawn(db).await;
    let browser = TestApp::new_client(&app.base);
    // A sign-in refused without JavaScript comes back with what was typed
    // (but the password) in a sealed cookie of five minutes.
    let refused = browser
        .post(app.url(<Login as server_fn::ServerFn>::PATH))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "text/html")
        .header("referer", app.url("/login"))
        .body("email=kept%40example.tw&password=wrong-password")
        .send()
        .await
        .unwrap();
    assert!(refused.status().is_redirection());
    // Back to the form, the refusal named in the URL.
    let back = refused.headers().get("location").unwrap().to_str().unwrap().to_owned();
    let sealed = refused
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.strip_prefix("form_echo="))
        .and_then(|c| c.split(';').next())
        .expect("what was typed is sealed in a cookie")
        .to_owned();
    let page = |cookie: String| {
        let url = if back.starts_with("http") {
            back.clone()
        } else {
            app.url(&back)
        };
        async move {
            reqwest::Client::new()
                .get(url)
                .header("cookie", format!("form_echo={cookie}"))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    assert!(
        page(sealed.clone()).await.contains("kept@example.tw"),
        "the form is filled in again"
    );
    // A copy of the cookie kept after its lifetime (the browser would have
    // dropped it) no longer opens: its expiry is sealed inside.
    app.state.clock.advance(301);
    assert!(!page(sealed).await.contains("kept@example.tw"));
    app.cleanup().await;
}
