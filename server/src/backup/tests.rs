use super::*;

#[test]
fn the_file_of_a_sqlite_url() {
    assert_eq!(
        sqlite_file("sqlite://data/x.db?mode=rwc").unwrap(),
        PathBuf::from("data/x.db")
    );
    assert_eq!(sqlite_file("sqlite:///tmp/a.db").unwrap(), PathBuf::from("/tmp/a.db"));
    assert_eq!(sqlite_file("sqlite:b.db").unwrap(), PathBuf::from("b.db"));
    assert!(sqlite_file("sqlite::memory:").is_err());
}
