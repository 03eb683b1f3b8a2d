//! `server rotate-key`: every encrypted ID number and child hash moves to a
//! new key in one transaction; the server then runs on the new key alone.

use crate::both;
use crate::fixtures::*;
use crate::harness::{Db, TEST_SECRET, TestApp};
use crate::waitlist::{join, wait_form};
use platform::ssr::keys::Keys;
use server::rotate::{Rotated, rotate};

const NEW_SECRET: &str = "the-next-secret-key-for-the-integration-tests";

async fn stored_ids(app: &TestApp) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT national_id_enc FROM registrations UNION ALL SELECT national_id_enc FROM waitlist ORDER BY 1",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
}

both!(rotating_the_key_moves_every_id_and_hash_and_the_server_runs_on_the_new_key);
async fn rotating_the_key_moves_every_id_and_hash_and_the_server_runs_on_the_new_key(db: Db) {
    let app = TestApp::spawn(db).await;
    let c = centre(&app, "Keys").await;
    let d = day(&app, c, 5, Places { total: 1, under3: 0 }).await;
    let birth = preschooler(&app);
    let booked = book(&app, d, &national_id(601), &birth).await.unwrap();
    join(&app, wait_form(&national_id(602), &birth, c, "0911000602"))
        .await
        .unwrap();
    let (old, new) = (
        Keys::from_secret(TEST_SECRET.as_bytes()),
        Keys::from_secret(NEW_SECRET.as_bytes()),
    );
    assert_ne!(old.id(), new.id());
    let before = stored_ids(&app).await;
    assert!(before.iter().all(|v| Keys::key_id_of(v) == Some(old.id())));

    let done = rotate(&app.state.db, &old, &new).await.unwrap();
    assert_eq!(done, Rotated { moved: 2, already: 0 });
    let after = stored_ids(&app).await;
    assert!(after.iter().all(|v| Keys::key_id_of(v) == Some(new.id())));
    assert!(
        after.iter().all(|v| old.decrypt(v).is_none()),
        "the old key opens nothing"
    );
    let mut opened: Vec<String> = after.iter().map(|v| new.decrypt(v).unwrap()).collect();
    opened.sort();
    assert_eq!(opened, vec![national_id(601), national_id(602)]);
    // Run again (as after an interruption), it finds everything moved.
    assert_eq!(
        rotate(&app.state.db, &old, &new).await.unwrap(),
        Rotated { moved: 0, already: 2 }
    );

    // On the new key the children are still recognised: a second booking of
    // the booked child, or a second place in line for the waiting one, is
    // flagged as a duplicate.
    let app = app.restart_with(&["--secret-key", NEW_SECRET]).await;
    let d2 = day(&app, c, 6, Places { total: 3, under3: 0 }).await;
    let again = book(&app, d2, &national_id(601), &birth).await.unwrap();
    assert_eq!(
        review_of(&app, "registrations", &again.reference).await.as_deref(),
        Some("duplicate")
    );
    let waits_again = join(&app, wait_form(&national_id(602), &birth, c, "0911000602"))
        .await
        .unwrap();
    assert_eq!(
        review_of(&app, "waitlist", &waits_again.reference).await.as_deref(),
        Some("duplicate")
    );
    // The family still finds its booking, and a new child books.
    assert_eq!(app.state.keys.id(), new.id());
    book(&app, d2, &national_id(603), &birth).await.unwrap();
    let inquiry: booking::types::RegistrationView = app
        .call(booking::server_fns::family::Inquire {
            reference: booked.reference.clone(),
            birth_date: birth.clone(),
        })
        .await
        .unwrap();
    assert_eq!(inquiry.reference, booked.reference);
    app.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_keeps_the_old_key_and_a_cut_off_rotation_is_finished_by_running_it_again() {
    use clap::Parser;
    let dir = tempfile::tempdir().unwrap();
    let settings = server::settings::Cli::try_parse_from(["server", "--data-dir", &dir.path().display().to_string()])
        .unwrap()
        .settings;
    // A server that made its key file and its database.
    let first = settings.secret().unwrap();
    let db = server::db::connect(&settings).await.unwrap();
    db.pool.close().await;
    // Cut off after writing the next key: the server refuses to start.
    std::fs::write(dir.path().join("secret.key.next"), "ab".repeat(32)).unwrap();
    assert!(settings.secret().unwrap_err().to_string().contains("rotate-key"));
    // Running the command again finishes it with that key.
    server::rotate::rotate_key(&settings).await.unwrap();
    assert!(!dir.path().join("secret.key.next").exists());
    let now = settings.secret().unwrap();
    assert_eq!(now, hex::decode("ab".repeat(32)).unwrap());
    let retired: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("secret.key.retired-"))
        .collect();
    assert_eq!(retired.len(), 1, "the old key is kept for older backups");
    assert_eq!(
        std::fs::read_to_string(retired[0].path()).unwrap().trim(),
        hex::encode(&first)
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(retired[0].metadata().unwrap().permissions().mode() & 0o077, 0);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_secret_key_set_the_new_key_is_handed_over_and_the_file_cleared() {
    use clap::Parser;
    let dir = tempfile::tempdir().unwrap();
    let args = |secret: &str| {
        server::settings::Cli::try_parse_from([
            "server",
            "--data-dir",
            &dir.path().display().to_string(),
            "--secret-key",
            secret,
        ])
        .unwrap()
        .settings
    };
    let before = args(TEST_SECRET);
    let db = server::db::connect(&before).await.unwrap();
    db.pool.close().await;
    server::rotate::rotate_key(&before).await.unwrap();
    let next = dir.path().join("secret.key.next");
    let handed = std::fs::read_to_string(&next).unwrap().trim().to_string();
    assert_eq!(handed.len(), 64);
    // The operator puts it in SECRET_KEY; the server still waits for the file to go.
    let after = args(&handed);
    assert!(after.secret().is_err());
    server::rotate::rotate_key(&after).await.unwrap();
    assert!(!next.exists());
    assert_eq!(after.secret().unwrap(), handed.as_bytes());
}
