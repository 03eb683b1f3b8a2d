//! Mail: a mail server that is down does not stop a booking; the mail is
//! retried and delivered once the server is back.

use crate::both;
use crate::fixtures::*;
use crate::harness::{Db, TestApp};
use secrecy::SecretString;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// A minimal SMTP server for tests: accepts every message and keeps it.
async fn fake_smtp() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let inbox = Arc::new(Mutex::new(Vec::new()));
    let kept = inbox.clone();
    tokio::spawn(async move {
        while let Ok((sock, _)) = listener.accept().await {
            let kept = kept.clone();
            tokio::spawn(async move {
                let (r, mut w) = sock.into_split();
                let mut lines = BufReader::new(r).lines();
                let _ = w.write_all(b"220 test ESMTP\r\n").await;
                let mut data = None::<String>;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(buf) = data.as_mut() {
                        if line == "." {
                            kept.lock().unwrap().push(data.take().unwrap_or_default());
                            let _ = w.write_all(b"250 queued\r\n").await;
                        } else {
                            buf.push_str(&line);
                            buf.push('\n');
                        }
                        continue;
                    }
                    let cmd = line.to_ascii_uppercase();
                    let reply: &[u8] = if cmd.starts_with("EHLO") {
                        b"250-test\r\n250 8BITMIME\r\n"
                    } else if cmd.starts_with("DATA") {
                        data = Some(String::new());
                        b"354 go ahead\r\n"
                    } else if cmd.starts_with("QUIT") {
                        let _ = w.write_all(b"221 bye\r\n").await;
                        break;
                    } else {
                        b"250 ok\r\n"
                    };
                    let _ = w.write_all(reply).await;
                }
            });
        }
    });
    (port, inbox)
}

both!(a_mail_server_that_is_down_delays_mail_but_not_the_booking);
async fn a_mail_server_that_is_down_delays_mail_but_not_the_booking(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "Mail").await;
    let d = day(&app, c, 3, Places { total: 5, under3: 0 }).await;
    book(&app, d, &national_id(77), &preschooler(&app))
        .await
        .expect("booking succeeds whatever the mail server does");
    let from: lettre::message::Mailbox = "Test <noreply@example.tw>".parse().unwrap();

    // Nothing listens on this port: the attempt fails and is kept for later.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut down = app.settings.clone();
    down.smtp_url = Some(SecretString::from(format!("smtp://127.0.0.1:{closed}")));
    let t = server::mail::transport(&down).unwrap();
    let (sent, failed) = server::mail::deliver_due(
        &app.state.db,
        &t,
        &from,
        app.settings.sending.mail(),
        app.state.clock.now(),
    )
    .await
    .unwrap();
    assert_eq!((sent, failed), (0, 1));
    let (attempts, next, err): (i64, i64, Option<String>) =
        sqlx::query_as("SELECT attempts, next_attempt_at, last_error FROM mail_outbox")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(attempts, 1);
    assert!(next > app.state.clock.now() && err.is_some());
    // Not due yet: nothing is tried again at once.
    assert_eq!(
        server::mail::deliver_due(
            &app.state.db,
            &t,
            &from,
            app.settings.sending.mail(),
            app.state.clock.now()
        )
        .await
        .unwrap(),
        (0, 0)
    );

    // The server is back; after the pause the mail goes out, with its calendar file.
    let (port, inbox) = fake_smtp().await;
    let mut up = app.settings.clone();
    up.smtp_url = Some(SecretString::from(format!("smtp://127.0.0.1:{port}")));
    let t = server::mail::transport(&up).unwrap();
    app.state.clock.advance(120);
    let (sent, failed) = server::mail::deliver_due(
        &app.state.db,
        &t,
        &from,
        app.settings.sending.mail(),
        app.state.clock.now(),
    )
    .await
    .unwrap();
    assert_eq!((sent, failed), (1, 0));
    let mails = inbox.lock().unwrap().clone();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("text/calendar"));
    assert!(!mails[0].contains(&national_id(77)));
    app.cleanup().await;
}
