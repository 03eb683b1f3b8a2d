//! Operations: health, metrics, headers, language, errors, a busy database.

use crate::both;
use crate::fixtures::*;
use crate::harness::{Db, TestApp};
use booking::error::AppError;

both!(health_metrics_and_security_headers);
async fn health_metrics_and_security_headers(db: Db) {
    let app = TestApp::spawn(db).await;
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let page = app.client.get(app.url("/")).send().await.unwrap();
    let h = page.headers().clone();
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("'nonce-") && csp.contains("'wasm-unsafe-eval'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["x-frame-options"], "DENY");
    assert!(h.contains_key("x-request-id"));
    assert!(!h.contains_key("strict-transport-security"), "no HSTS over plain HTTP");
    // Pages and server-function answers are never stored by a browser or a
    // proxy; the open data keeps its own revalidation rule.
    assert_eq!(h["cache-control"], "no-store");
    let fn_answer = app
        .client
        .post(app.url(<booking::server_fns::public::Today as server_fn::ServerFn>::PATH))
        .send()
        .await
        .unwrap();
    assert_eq!(fn_answer.status(), 200);
    assert_eq!(fn_answer.headers()["cache-control"], "no-store");
    let html = page.text().await.unwrap();
    assert!(html.contains(r#"lang="zh-Hant-TW""#));
    // A made-up method makes no series of its own.
    let brewed = app
        .client
        .request(reqwest::Method::from_bytes(b"BREWCOFFEE").unwrap(), app.url("/healthz"))
        .send()
        .await
        .unwrap();
    assert!(brewed.status().is_client_error() || brewed.status().is_success());
    let metrics = app
        .client
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(metrics.contains("http_requests_total") && metrics.contains("http_request_duration_seconds_bucket"));
    assert!(metrics.contains(r#"route="/healthz""#));
    assert!(!metrics.contains("BREWCOFFEE") && metrics.contains(r#"method="other""#));
    // Through a proxy (a forwarded request), no figures without a token.
    let proxied = app
        .client
        .get(app.url("/metrics"))
        .header("x-forwarded-for", "203.0.113.9")
        .send()
        .await
        .unwrap();
    assert_eq!(proxied.status(), 403);
    app.cleanup().await;
}

both!(the_language_is_switched_by_cookie_and_never_redirects_off_site);
async fn the_language_is_switched_by_cookie_and_never_redirects_off_site(db: Db) {
    let app = TestApp::spawn(db).await;
    let res = app.client.get(app.url("/lang/en?next=/login")).send().await.unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/login");
    assert!(res.headers()["set-cookie"].to_str().unwrap().starts_with("lang=en"));
    let html = app
        .client
        .get(app.url("/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"lang="en""#) && html.contains("Sign in to your account"));
    // Every way a browser would read as another site goes home instead:
    // two slashes, a backslash, a tab or a line break after the first slash.
    for next in [
        "//evil.example/x",
        "/%5Cevil.example",
        "/%09/evil.example",
        "/%0A/evil.example",
        "/%20/evil",
    ] {
        let res = app
            .client
            .get(app.url(&format!("/lang/en?next={next}")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.headers()["location"], "/", "{next}");
    }
    app.cleanup().await;
}

both!(an_unknown_page_is_a_translated_404);
async fn an_unknown_page_is_a_translated_404(db: Db) {
    let app = TestApp::spawn(db).await;
    let res = app.client.get(app.url("/nothing/here")).send().await.unwrap();
    assert_eq!(res.status(), 404);
    assert!(res.text().await.unwrap().contains("找不到頁面"));
    app.cleanup().await;
}

both!(a_database_that_is_gone_makes_health_fail_and_requests_answer_cleanly);
async fn a_database_that_is_gone_makes_health_fail_and_requests_answer_cleanly(db: Db) {
    let app = TestApp::spawn(db).await;
    app.state.db.pool.close().await;
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), 503);
    let r = crate::harness::call_with::<_, Vec<booking::types::CentreView>>(
        &app.client,
        &app.base,
        booking::server_fns::public::ListCentres {},
    )
    .await;
    assert!(matches!(r, Err(AppError::Internal) | Err(AppError::Busy)), "{r:?}");
    app.cleanup().await;
}

/// SQLite only: another process holds the write lock longer than requests wait.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_busy_sqlite_database_answers_busy_and_changes_nothing() {
    use sqlx::{Connection, Executor};
    let app = TestApp::spawn_with(Db::Sqlite, &["--sqlite-busy-timeout-ms", "100"]).await;
    let c = centre(&app, "Busy").await;
    let d = day(&app, c, 3, Places { total: 5, under3: 0 }).await;
    let url = app.settings.database_url.clone().unwrap();
    let mut locker = sqlx::SqliteConnection::connect(&url).await.unwrap();
    locker.execute("BEGIN EXCLUSIVE").await.unwrap();
    let r = hold(&app, &app.client, d, &preschooler(&app)).await;
    assert_eq!(r.err(), Some(AppError::Busy));
    locker.execute("ROLLBACK").await.unwrap();
    assert_eq!(taken(&app, d).await, Taken { general: 0, under3: 0 });
    hold(&app, &app.client, d, &preschooler(&app))
        .await
        .expect("works again once the lock is gone");
    app.cleanup().await;
}

both!(metrics_ask_for_their_token_when_one_is_set);
async fn metrics_ask_for_their_token_when_one_is_set(db: Db) {
    let app = TestApp::spawn_with(db, &["--metrics-token", "a-long-metrics-token"]).await;
    let without = app.client.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(without.status(), 403);
    let wrong = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth("not-the-token")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 403);
    let right = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth("a-long-metrics-token")
        .send()
        .await
        .unwrap();
    assert_eq!(right.status(), 200);
    app.cleanup().await;
}

both!(sqlite_checkpoints_run_beside_the_writes);
/// SQLite's log is copied back into the database file by the server's
/// checkpoint job, beside the writes, rather than inside a commit of the write
/// connection (`server::db::checkpoint`, docs/performance.md); PostgreSQL has
/// nothing to do.
async fn sqlite_checkpoints_run_beside_the_writes(db: Db) {
    let app = TestApp::spawn(db).await;
    if db == Db::Postgres {
        assert_eq!(server::db::checkpoint(&app.state.db).await.unwrap(), None);
        app.cleanup().await;
        return;
    }
    // Each try writes, then checkpoints. The log may be empty when the
    // checkpoint comes (the server's own checkpoint job and a write of its
    // jobs can start it over in between), and a checkpoint copies only what
    // no reader still reads (the jobs read briefly): one of a few tries
    // copies a log that holds the write, whole.
    let mut whole = false;
    for n in 0..50 {
        centre(&app, &format!("Log{n}")).await;
        let (log, copied) = server::db::checkpoint(&app.state.db)
            .await
            .unwrap()
            .expect("a checkpoint on SQLite");
        assert!(copied <= log, "{copied} of {log} pages");
        if log > 0 && copied == log {
            whole = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(whole, "an idle server's log is copied whole");
    // Commits checkpoint only as a backstop, past 10,000 pages of log.
    let mut tx = app.state.db.begin_write().await.unwrap();
    let pages: i64 = sqlx::query_scalar("PRAGMA wal_autocheckpoint")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    assert_eq!(pages, 10_000);
    drop(tx);
    app.cleanup().await;
}
