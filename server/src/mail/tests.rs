use super::{backoff_seconds, with_starttls};

#[test]
fn retries_back_off_to_at_most_an_hour() {
    assert_eq!(backoff_seconds(0), 60);
    assert_eq!(backoff_seconds(3), 480);
    assert_eq!(backoff_seconds(9), 3600);
}

#[test]
fn smtp_to_another_machine_requires_starttls() {
    assert_eq!(
        with_starttls("smtp://user:p%40ss@mail.example.gov.tw:587"),
        "smtp://user:p%40ss@mail.example.gov.tw:587?tls=required"
    );
    assert_eq!(
        with_starttls("smtp://mail.example.gov.tw?pool=1"),
        "smtp://mail.example.gov.tw?pool=1&tls=required"
    );
    // Chosen explicitly, implicit TLS, or a relay on this machine: as given.
    for kept in [
        "smtp://mail.example.gov.tw:587?tls=opportunistic",
        "smtps://user:pass@mail.example.gov.tw",
        "smtp://127.0.0.1:2525",
        "smtp://user:pass@localhost:25",
        "smtp://[::1]:25",
    ] {
        assert_eq!(with_starttls(kept), kept);
    }
}
