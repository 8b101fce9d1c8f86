//! One file per page.

mod closing;
mod contacts;
mod history;
mod home;
mod insights;
mod install;
mod keeping;
mod not_found;
mod print_view;
mod search_results;
mod session_view;
mod settings;
mod share;
mod uncomfortable_or_unsafe;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::schedule::Moment;
use crate::ui::flow::Flow;

pub use closing::Closing;
pub use history::History;
pub use home::Home;
pub use insights::Insights;
pub use install::Install;
pub use keeping::IphoneCard;
pub use not_found::NotFound;
pub use print_view::PrintView;
pub use session_view::SessionView;
pub use settings::{Settings, SettingsPart};
pub use uncomfortable_or_unsafe::{UncomfortableOrUnsafe, UncomfortableOrUnsafeWhileLocked};

#[component]
pub fn Prepare() -> impl IntoView {
    view! { <Flow moment=Moment::Before /> }
}

#[component]
pub fn PrepareQuick() -> impl IntoView {
    view! { <Flow moment=Moment::Before quick=true /> }
}

#[component]
pub fn PrepareEdit() -> impl IntoView {
    view! { <Flow moment=Moment::Before editing=session_param() /> }
}

#[component]
pub fn Reflect() -> impl IntoView {
    view! { <Flow moment=Moment::After /> }
}

#[component]
pub fn ReflectQuick() -> impl IntoView {
    view! { <Flow moment=Moment::After quick=true /> }
}

#[component]
pub fn ReflectEdit() -> impl IntoView {
    view! { <Flow moment=Moment::After editing=session_param() /> }
}

fn session_param() -> String {
    use_params_map()
        .get_untracked()
        .get("id")
        .unwrap_or_default()
}
