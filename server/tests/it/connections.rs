//! Connections a client opens and never finishes: closed after the header
//! timeout, so they cannot hold the server's files; beyond the cap a
//! connection waits its turn instead of failing (issue 33, point 6).

use crate::both;
use crate::harness::{Db, TestApp};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Long enough for any of these to happen on a busy machine; the header
/// timeout in these tests is one or two seconds.
const PATIENCE: Duration = Duration::from_secs(20);

fn addr(app: &TestApp) -> String {
    app.base.trim_start_matches("http://").to_string()
}

/// Reads until the server closes the connection; what it sent before.
async fn until_closed(s: &mut TcpStream) -> String {
    let mut got = Vec::new();
    tokio::time::timeout(PATIENCE, s.read_to_end(&mut got))
        .await
        .expect("the server closed the connection")
        .ok();
    String::from_utf8_lossy(&got).into_owned()
}

both!(a_request_whose_headers_never_end_is_closed);
async fn a_request_whose_headers_never_end_is_closed(db: Db) {
    let app = TestApp::spawn_with(db, &["--header-timeout-secs", "1"]).await;
    let mut s = TcpStream::connect(addr(&app)).await.unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        .await
        .unwrap();
    let answer = until_closed(&mut s).await;
    assert!(!answer.contains("200 OK"), "nothing was served: {answer:?}");
}

both!(an_idle_connection_is_closed_after_its_request);
async fn an_idle_connection_is_closed_after_its_request(db: Db) {
    let app = TestApp::spawn_with(db, &["--header-timeout-secs", "1"]).await;
    let mut s = TcpStream::connect(addr(&app)).await.unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    let answer = until_closed(&mut s).await;
    assert!(
        answer.starts_with("HTTP/1.1 200"),
        "the request was answered: {answer:?}"
    );
}

both!(past_the_cap_a_client_waits_until_a_slow_one_is_closed);
async fn past_the_cap_a_client_waits_until_a_slow_one_is_closed(db: Db) {
    let app = TestApp::spawn_with(db, &["--max-connections", "3", "--header-timeout-secs", "2"]).await;
    // Every connection the cap allows, taken by clients that send half a request.
    let mut slow = Vec::new();
    for _ in 0..3 {
        let mut s = TcpStream::connect(addr(&app)).await.unwrap();
        s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").await.unwrap();
        slow.push(s);
    }
    // Each was accepted before this one: the cap is reached.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let waiting = tokio::spawn({
        let client = app.client.clone();
        let url = format!("{}/healthz", app.base);
        async move { client.get(url).send().await.map(|r| r.status()) }
    });
    // It is not served while the three hold their connections...
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(
        !waiting.is_finished(),
        "a fourth connection was served beside the three"
    );
    // ...and is once the header timeout has closed them.
    let status = tokio::time::timeout(PATIENCE, waiting)
        .await
        .expect("served once the slow connections were closed")
        .unwrap()
        .expect("answered");
    assert_eq!(status, 200);
    for mut s in slow {
        until_closed(&mut s).await;
    }
}
