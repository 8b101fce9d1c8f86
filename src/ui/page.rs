//! The frame every page shares: its heading and the browser tab's title.

use leptos::prelude::*;

use crate::screens::Screen;

/// Sets the tab title and moves focus to the heading when the page opens, so a screen reader
/// announces where the member now is (a route change makes no sound on its own).
#[component]
pub fn Page(screen: Screen, children: Children) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    document().set_title(&screen.document_title());
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    view! {
        <div class="page">
            <h1 tabindex="-1" node_ref=heading>
                {screen.heading()}
            </h1>
            {children()}
        </div>
    }
}
