//! `server backup` and `server restore` (SQLite; PostgreSQL is backed up
//! with pg_dump, which the commands point to).

use crate::booking::inquire_ref;
use crate::fixtures::*;
use crate::harness::{Db, FreshDb, TestApp};
use booking::error::AppError;
use booking::error::BookingError;
use clap::Parser;
use server::backup::{backup, restore};
use server::settings::{Cli, Settings};

fn settings_for(url: &str, dir: &std::path::Path) -> Settings {
    Cli::try_parse_from([
        "server",
        "--database-url",
        url,
        "--data-dir",
        &dir.display().to_string(),
    ])
    .unwrap()
    .settings
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_backup_taken_while_the_server_runs_restores_to_a_working_server() {
    let app = TestApp::spawn(Db::Sqlite).await;
    let c = centre(&app, "Backup").await;
    let d = day(&app, c, 5, Places { total: 4, under3: 0 }).await;
    let birth = preschooler(&app);
    let kept = book(&app, d, &national_id(501), &birth).await.unwrap();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("civic-backup.db");
    backup(&app.settings, &file).await.unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o077;
        assert_eq!(mode(&file), 0, "a backup is its owner's only");
        // With SECRET_KEY set (as here) too, the data folder, the database
        // and its log are the server's user's only.
        let dir = &app.settings.data_dir;
        assert_eq!(mode(dir), 0, "the data folder");
        let db_files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.to_string_lossy().contains(".db"))
            .collect();
        assert!(!db_files.is_empty(), "{dir:?}");
        for f in db_files {
            assert_eq!(mode(&f), 0, "{f:?}");
        }
    }
    assert!(
        backup(&app.settings, &file).await.is_err(),
        "a backup never overwrites a file"
    );
    let after = book(&app, d, &national_id(502), &birth).await.unwrap();

    // Restored into a new data folder, with the same secret key.
    let target = FreshDb::new(Db::Sqlite).await;
    let scratch = tempfile::tempdir().unwrap();
    let settings = settings_for(&target.url, scratch.path());
    restore(&settings, &file, false).await.unwrap();
    assert!(
        restore(&settings, &file, false).await.is_err(),
        "an existing database is not replaced unless asked"
    );
    restore(&settings, &file, true).await.unwrap();
    let garbage = out.path().join("garbage.db");
    std::fs::write(&garbage, b"not a database at all").unwrap();
    assert!(
        restore(&settings, &garbage, true).await.is_err(),
        "a damaged copy is refused"
    );
    let restored = TestApp::spawn_on(target, &[]).await;
    let found = inquire_ref(&restored, &kept.reference, &birth).await.unwrap();
    assert_eq!(found.reference, kept.reference);
    assert_eq!(
        inquire_ref(&restored, &after.reference, &birth).await.err(),
        Some(AppError::Service(BookingError::InquiryNoMatch)),
        "what came after the backup is not in it"
    );
    // The restored server books on the restored counters.
    assert_eq!(taken(&restored, d).await, Taken { general: 1, under3: 0 });
    book(&restored, d, &national_id(503), &birth).await.unwrap();
    assert_eq!(taken(&restored, d).await, Taken { general: 2, under3: 0 });
    restored.cleanup().await;
    app.cleanup().await;
}

#[tokio::test]
async fn postgres_is_pointed_to_its_own_tools() {
    let dir = tempfile::tempdir().unwrap();
    let settings = settings_for("postgres://postgres@127.0.0.1:5432/test", dir.path());
    let err = backup(&settings, &dir.path().join("x")).await.unwrap_err();
    assert!(err.to_string().contains("pg_dump"));
    assert!(!dir.path().join("x").exists());
}
