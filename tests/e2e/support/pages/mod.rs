//! Page objects: the member's moves on each part of the app, written once and used by every
//! test that makes them (as Leptos's own end-to-end examples keep their actions apart from
//! their checks).

mod backups;
mod flow;
mod history;
mod lock;
