//! What a member's journal is made of, in plain Rust: no browser, no Leptos, so every rule
//! here is tested with `cargo test` on the host.

pub mod backup;
pub mod calendar;
pub mod carry_forward;
pub mod confidentiality;
pub mod contacts;
pub mod dates;
pub mod emotions;
pub mod insights;
pub mod iphone;
pub mod journal;
pub mod lock;
pub mod lock_jobs;
pub mod offline;
pub mod passkeys;
pub mod preferences;
pub mod prompts;
pub mod readable;
pub mod schedule;
pub mod schema;
pub mod search;
pub mod settings_rows;
pub mod sorting;
pub mod storage_problem;
pub mod storage_status;
pub mod stored;
pub mod today;
pub mod trouble;
pub mod write_order;
