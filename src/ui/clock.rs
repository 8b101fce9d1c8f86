//! The member's local date and time, read from the browser.

use chrono::{Local, NaiveDateTime, Utc};

pub fn now() -> NaiveDateTime {
    Local::now().naive_local()
}

/// Milliseconds since 1970, for new session ids.
pub fn millis() -> u64 {
    u64::try_from(Utc::now().timestamp_millis()).unwrap_or_default()
}
