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
    // Two ID numbers and the key check.
    assert_eq!(done, Rotated { moved: 3, already: 0 });
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
        Rotated { moved: 0, already: 3 }
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

both!(two_step_sign_in_survives_a_key_rotation_and_another_key_does_not_start);
async fn two_step_sign_in_survives_a_key_rotation_and_another_key_does_not_start(db: Db) {
    use platform::ssr::second_factor::{code_at, new_secret, set_secret};
    let app = TestApp::spawn(db).await;
    let (_, staff) = app
        .user(
            domain::platform::Role::CentreStaff,
            Some(centre(&app, "Two-step keys").await),
            None,
        )
        .await;
    let email: String = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(staff.get())
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let secret = new_secret();
    set_secret(
        &app.state.db,
        staff,
        Some(&app.state.keys.encrypt(&secret)),
        app.state.clock.now(),
    )
    .await
    .unwrap();
    let (old, new) = (
        Keys::from_secret(TEST_SECRET.as_bytes()),
        Keys::from_secret(NEW_SECRET.as_bytes()),
    );
    // The authenticator secret and the key check.
    assert_eq!(
        rotate(&app.state.db, &old, &new).await.unwrap(),
        Rotated { moved: 2, already: 0 }
    );

    // The old key, or any other, no longer starts a server on this database.
    for other in [TEST_SECRET, "yet-another-secret-key-for-the-integration-tests"] {
        let mut settings = app.settings.clone();
        settings.secret_key = Some(secrecy::SecretString::from(other.to_string()));
        let refused = match server::prepare(settings, platform::ssr::clock::Clock::default()).await {
            Ok(_) => panic!("a server started on another key"),
            Err(e) => format!("{e:#}"),
        };
        let theirs = Keys::from_secret(other.as_bytes());
        assert!(
            refused.contains(&format!("(id {})", theirs.id())) && refused.contains(&format!("(id {})", new.id())),
            "{refused}"
        );
    }

    // On the new key the holder signs in with the app's code.
    let app = app.restart_with(&["--secret-key", NEW_SECRET]).await;
    let client = TestApp::new_client(&app.base);
    let code = code_at(&secret, &email, app.state.clock.now()).unwrap();
    let login = platform::auth::Login {
        email: email.clone(),
        password: "correct horse battery".into(),
        next: None,
        code: Some(code),
    };
    crate::harness::call_with::<_, ()>(&client, &app.base, login)
        .await
        .expect("signed in with the code after the rotation");
    app.cleanup().await;
}

/// Every value sealed with the key, in a database that every flow that
/// seals one wrote to (a booking, a place in line, a referral's case,
/// two-step sign-in, the key check), is in a column the rotation knows.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_value_sealed_with_the_key_is_in_a_column_the_rotation_knows() {
    use std::collections::BTreeSet;
    let app = TestApp::spawn(Db::Sqlite).await;
    let c = centre(&app, "Sealed").await;
    let d = day(&app, c, 5, Places { total: 1, under3: 0 }).await;
    let birth = preschooler(&app);
    book(&app, d, &national_id(611), &birth).await.unwrap();
    join(&app, wait_form(&national_id(612), &birth, c, "0911000612"))
        .await
        .unwrap();
    let (teacher, _) = crate::cases::reporter(&app).await;
    crate::cases::refer(&app, &teacher, crate::cases::referral(&app, 613, 2))
        .await
        .unwrap();
    let (_, staff) = app.user(domain::platform::Role::CentreStaff, Some(c), None).await;
    let sealed = app.state.keys.encrypt(&platform::ssr::second_factor::new_secret());
    platform::ssr::second_factor::set_secret(&app.state.db, staff, Some(&sealed), app.state.clock.now())
        .await
        .unwrap();

    let pool = &app.state.db.pool;
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let prefix = format!("{}:%", app.state.keys.id());
    let mut found = BTreeSet::new();
    for table in tables {
        let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info($1)")
            .bind(&table)
            .fetch_all(pool)
            .await
            .unwrap();
        for column in columns {
            let n: i64 = sqlx::query_scalar(&format!(
                "SELECT COUNT(*) FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE $1"
            ))
            .bind(&prefix)
            .fetch_one(pool)
            .await
            .unwrap();
            if n > 0 {
                found.insert((table.clone(), column));
            }
        }
    }
    let listed: BTreeSet<(String, String)> = server::rotate::ENCRYPTED
        .iter()
        .map(|(t, c, _)| (t.to_string(), c.to_string()))
        .collect();
    assert_eq!(found, listed);
    app.cleanup().await;
}

both!(restore_and_rotate_key_refuse_a_folder_a_server_runs_on_and_no_server_starts_beside_them);
async fn restore_and_rotate_key_refuse_a_folder_a_server_runs_on_and_no_server_starts_beside_them(db: Db) {
    let app = TestApp::spawn(db).await;
    let refused = format!("{:#}", server::rotate::rotate_key(&app.settings).await.unwrap_err());
    assert!(
        refused.contains("is running on") && refused.contains("rotate-key"),
        "{refused}"
    );
    assert!(
        !app.settings.data_dir.join("secret.key.next").exists(),
        "nothing was begun"
    );
    if db == Db::Sqlite {
        let backup = app.settings.data_dir.join("any.db");
        let refused = format!(
            "{:#}",
            server::backup::restore(&app.settings, &backup, true).await.unwrap_err()
        );
        assert!(
            refused.contains("is running on") && refused.contains("restore"),
            "{refused}"
        );
    }
    // A folder a command holds: no server starts on it.
    let other = tempfile::tempdir().unwrap();
    let held = server::data_lock::for_command(other.path(), "restore").unwrap();
    let mut settings = app.settings.clone();
    settings.data_dir = other.path().to_path_buf();
    let refused = match server::prepare(settings.clone(), platform::ssr::clock::Clock::default()).await {
        Ok(_) => panic!("a server started beside a restore"),
        Err(e) => format!("{e:#}"),
    };
    assert!(refused.contains("a restore or a key rotation is running"), "{refused}");
    // Once the command ends, the server starts there.
    drop(held);
    assert!(
        server::prepare(settings, platform::ssr::clock::Clock::default())
            .await
            .is_ok()
    );
    app.cleanup().await;
}
