use super::backoff_seconds;

#[test]
fn retries_back_off_to_at_most_an_hour() {
    assert_eq!(backoff_seconds(0), 60);
    assert_eq!(backoff_seconds(3), 480);
    assert_eq!(backoff_seconds(9), 3600);
}
