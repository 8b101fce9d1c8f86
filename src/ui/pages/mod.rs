//! One file per page.

mod home;
mod not_found;
mod settings;
mod upcoming;

pub use home::Home;
pub use not_found::NotFound;
pub use settings::Settings;
pub use upcoming::{History, Insights, Prepare, Reflect};
