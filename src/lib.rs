//! Here & Now: a private reflection journal for members of interpersonal process groups.
//!
//! `domain` and `screens` are plain Rust (no browser, no Leptos) so they are tested natively;
//! `storage` is the only module that touches the browser's storage and `crypto` the only one
//! that holds keys; `ui` holds the components.
//! ARCHITECTURE.md is the code map.

pub mod crypto;
pub mod domain;
pub mod passkey;
pub mod screens;
pub mod storage;
pub mod ui;

pub use ui::App;
