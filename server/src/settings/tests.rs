use super::*;

fn parse(args: &[&str]) -> Result<Settings, clap::Error> {
    let mut v = vec!["server"];
    v.extend_from_slice(args);
    Cli::try_parse_from(v).map(|c| c.settings)
}

#[test]
fn demo_data_is_refused_on_a_public_https_site() {
    let demo = parse(&["--demo-data", "1", "--public-base-url", "https://ei.taoyuan.example"]).unwrap();
    assert!(demo.check().is_err());
    let local = parse(&["--demo-data", "1"]).unwrap();
    assert!(local.check().is_ok());
}

#[test]
fn the_key_file_is_made_once_kept_private_and_never_silently_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let s = parse(&["--data-dir", data.to_str().unwrap()]).unwrap();
    let first = s.secret().unwrap();
    assert_eq!(s.secret().unwrap(), first, "the same key on every start");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&data).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
    }
    // A damaged key file stops the server instead of a new key.
    std::fs::write(data.join("secret.key"), "abc").unwrap();
    assert!(s.secret().is_err());
    // A key file that cannot be read as one (here a folder) stops it too.
    std::fs::remove_file(data.join("secret.key")).unwrap();
    std::fs::create_dir(data.join("secret.key")).unwrap();
    assert!(s.secret().is_err());
}

#[test]
fn with_no_settings_the_database_is_sqlite_in_the_data_folder() {
    let s = parse(&["--data-dir", "/tmp/x"]).unwrap();
    let (url, kind) = s.database().unwrap();
    assert_eq!(kind, DbKind::Sqlite);
    assert!(url.starts_with("sqlite:///tmp/x/civic.db"));
}

#[test]
fn a_bad_setting_is_named_in_the_error() {
    let s = parse(&["--database-url", "mysql://x"]).unwrap();
    assert!(s.check().unwrap_err().to_string().contains("DATABASE_URL"));
    let s = parse(&["--hold-minutes", "0"]).unwrap();
    assert!(s.check().unwrap_err().to_string().contains("HOLD_MINUTES"));
    let s = parse(&["--secret-key", "short"]).unwrap();
    assert!(s.check().unwrap_err().to_string().contains("SECRET_KEY"));
    assert!(parse(&["--demo-data", "1"]).unwrap().demo_data);
    assert!(
        parse(&["--demo-data", "maybe"])
            .unwrap_err()
            .to_string()
            .contains("demo-data")
    );
}
