//! The frame every page shares: its heading and the browser tab's title.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use leptos_router::components::A;

use crate::screens::Screen;

/// The first page of a visit keeps the browser's own focus (the top of the document);
/// only moving between pages moves focus.
static OPENED_A_PAGE: AtomicBool = AtomicBool::new(false);

/// Sets the tab title and, when the member moves to this page, puts focus on its heading so
/// a screen reader announces where they now are (a route change makes no sound on its own).
#[component]
pub fn Page(
    screen: Screen,
    /// A heading of its own instead of the screen's (a session's date, say).
    #[prop(optional, into)]
    heading: Option<String>,
    /// Beside the heading, in one row with it (the guided flow's progress and its way out).
    #[prop(optional)]
    beside_heading: Option<AnyView>,
    /// A class of the page's own (the guided flow's is laid out to fill the screen).
    #[prop(optional)]
    class: &'static str,
    /// The page this one was opened from, as a way back above the heading (a part of
    /// Settings goes back to Settings; an app on the home screen has no Back button).
    #[prop(optional)]
    back: Option<Screen>,
    children: Children,
) -> impl IntoView {
    let words = heading.unwrap_or_else(|| screen.heading().to_owned());
    let heading = NodeRef::<leptos::html::H1>::new();
    document().set_title(&match screen {
        Screen::Home => screen.document_title(),
        _ => format!("{words} · Here & Now"),
    });
    let moved_here = OPENED_A_PAGE.swap(true, Ordering::Relaxed);
    Effect::new(move |_| {
        if let (true, Some(heading)) = (moved_here, heading.get()) {
            let _ = heading.focus();
        }
    });
    view! {
        <div class=format!("page {class}")>
            {back.map(|to| view! {
                <A href=to.path() attr:class="back-link">
                    <span aria-hidden="true">"\u{2039}"</span>
                    {to.nav_label()}
                </A>
            })}
            <div class="page-head">
                <h1 tabindex="-1" node_ref=heading>
                    {words}
                </h1>
                {beside_heading}
            </div>
            {children()}
        </div>
    }
}
