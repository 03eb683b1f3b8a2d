//! The national office calendar: the import command on the publisher's own
//! Big5 file, a broken file refused with its line, and the server counting
//! working days from the filed years.

use crate::both;
use crate::harness::{Db, TestApp};

fn shipped() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/calendar")
}

#[test]
fn the_publishers_big5_file_is_filed_as_the_shipped_year() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dgpa-2025-big5.csv");
    assert!(
        std::str::from_utf8(&std::fs::read(&fixture).unwrap()).is_err(),
        "the fixture is Big5"
    );
    let said = server::calendar::import(&fixture, dir.path()).unwrap();
    assert!(said.contains("2025, 365 days"), "{said}");
    assert!(said.contains("1 make-up working days"), "{said}");
    let filed = std::fs::read_to_string(dir.path().join("2025.csv")).unwrap();
    assert_eq!(filed, std::fs::read_to_string(shipped().join("2025.csv")).unwrap());
}

#[test]
fn a_broken_calendar_is_refused_naming_file_and_line_and_files_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("download.csv");
    std::fs::write(
        &bad,
        "西元日期,星期,是否放假,備註\n20260101,四,2,開國紀念日\n20260102,五,9,\n",
    )
    .unwrap();
    let out = dir.path().join("filed");
    let err = format!("{:#}", server::calendar::import(&bad, &out).unwrap_err());
    assert!(err.contains("download.csv") && err.contains("line 3"), "{err}");
    assert!(!out.exists());
    // The same file among the filed years stops the server from starting.
    std::fs::create_dir_all(&out).unwrap();
    std::fs::copy(&bad, out.join("2026.csv")).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let err = format!("{:#}", server::calendar::load(&out, &[], today).unwrap_err());
    assert!(err.contains("2026.csv") && err.contains("line 3"), "{err}");
}

both!(the_server_counts_working_days_from_the_office_calendar);
async fn the_server_counts_working_days_from_the_office_calendar(db: Db) {
    let app = TestApp::spawn_with(db, &["--city-holidays", "2026-10-01"]).await;
    let calendar = app.booking_cx().config().calendar.clone();
    let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    // The national holidays (Mid-Autumn Festival, Friday 25 September 2026)
    // and the city's own closure (a typhoon day, Thursday 1 October).
    assert!(!calendar.is_working_day(d("2026-09-25")));
    assert!(!calendar.is_working_day(d("2026-10-01")));
    assert!(calendar.is_working_day(d("2026-09-30")));
    // Friday 24 January 2025 + 1 working day: the Lunar New Year week is closed.
    assert_eq!(calendar.after(d("2025-01-24"), 1), d("2025-02-03"));
    // Saturday 8 February 2025 was a make-up working day.
    assert!(calendar.is_working_day(d("2025-02-08")));
}
