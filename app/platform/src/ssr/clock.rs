use chrono::NaiveDate;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// The one place the server reads the time. Tests move it forward (to expire
/// holds, to reach a clinic day) instead of sleeping.
#[derive(Clone, Default, Debug)]
pub struct Clock {
    offset_seconds: Arc<AtomicI64>,
}

impl Clock {
    /// Seconds since the epoch, UTC.
    pub fn now(&self) -> i64 {
        let real = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or_default();
        real + self.offset_seconds.load(Ordering::Relaxed)
    }

    /// Today in Taipei.
    pub fn today(&self) -> NaiveDate {
        domain::platform::taipei::date_at(self.now())
    }

    pub fn advance(&self, seconds: i64) {
        self.offset_seconds.fetch_add(seconds, Ordering::Relaxed);
    }
}
