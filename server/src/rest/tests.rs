use super::*;

#[test]
fn a_busy_store_is_a_503_to_try_again_and_anything_else_says_nothing_of_its_cause() {
    let busy = ApiError::from(StoreError::Busy);
    assert_eq!(busy.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(busy.into_response().headers()["retry-after"], "1");
    let other = ApiError::from(StoreError::Conflict("secret_constraint"));
    assert_eq!(
        (other.status, other.code),
        (StatusCode::INTERNAL_SERVER_ERROR, "internal")
    );
    assert!(!other.message.contains("secret"));
}
