//! What a member's journal is made of, in plain Rust: no browser, no Leptos, so every rule
//! here is tested with `cargo test` on the host.

pub mod preferences;
pub mod storage_problem;
pub mod stored;
