//! Demo meals for the demo restaurants (filled in with the meal builder's store).

use crate::platform::ssr::{AppState, StoreError};

pub async fn load(_state: &AppState, _restaurant_id: i64) -> Result<(), StoreError> {
    Ok(())
}
