//! The bottom navigation bar: always in reach of a thumb, with words, not only icons.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::screens::Screen;

#[component]
pub fn BottomNav() -> impl IntoView {
    view! {
        <nav class="bottom-nav" aria-label="Main">
            <ul>
                {Screen::NAVIGATION
                    .into_iter()
                    .map(|screen| {
                        view! {
                            <li>
                                <A href=screen.path() exact=screen == Screen::Home>
                                    <svg class="nav-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                        <path d=icon_path(screen) />
                                    </svg>
                                    <span class="nav-label">{screen.nav_label()}</span>
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Simple line drawings of our own, stroked by the stylesheet.
fn icon_path(screen: Screen) -> &'static str {
    match screen {
        // a house
        Screen::Home => "M4 11 12 4l8 7v9h-5v-6H9v6H4z",
        // a sun rising over a line: getting ready
        Screen::Prepare => "M3 18h18M7 18a5 5 0 0 1 10 0M12 6v3M5.6 9.6l2 2M18.4 9.6l-2 2",
        // a speech bubble: what happened between us
        Screen::Reflect => "M4 5h16v11H9l-5 4z",
        // an open book
        Screen::History => "M12 6c-2-1.5-5-2-8-1.5V19c3-.5 6 0 8 1.5 2-1.5 5-2 8-1.5V4.5c-3-.5-6 0-8 1.5zM12 6v14.5",
        // a gentle line over time
        Screen::Insights => "M3 20h18M4 16l5-5 4 3 7-8",
        Screen::Settings
        | Screen::Install
        | Screen::PrintView
        | Screen::Closing
        | Screen::Unsafe
        | Screen::Setting(_)
        | Screen::NotFound => "",
    }
}
