//! One file per page.

mod history;
mod home;
mod insights;
mod not_found;
mod search_results;
mod session_view;
mod settings;

use leptos::prelude::*;

use crate::domain::schedule::Moment;
use crate::ui::flow::Flow;

pub use history::History;
pub use home::Home;
pub use insights::Insights;
pub use not_found::NotFound;
pub use session_view::SessionView;
pub use settings::Settings;

#[component]
pub fn Prepare() -> impl IntoView {
    view! { <Flow moment=Moment::Before /> }
}

#[component]
pub fn Reflect() -> impl IntoView {
    view! { <Flow moment=Moment::After /> }
}
