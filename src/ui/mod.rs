//! The components. Each file is one concern; pages live in `pages/`.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

mod choice;
mod clock;
mod display;
mod files;
mod flow;
mod journal;
mod navigation;
mod nudge;
mod page;
mod pages;
mod problems;

/// The whole app: top bar, the current page, and the bottom navigation.
#[component]
pub fn App() -> impl IntoView {
    display::provide_display();
    journal::provide_journal();
    view! {
        <Router>
            <header class="top-bar">
                <A href="/" attr:class="app-name" exact=true>"Here & Now"</A>
                <A href="/settings" attr:class="top-link" exact=true>"Settings"</A>
            </header>
            <main class="content">
                <Routes fallback=pages::NotFound>
                    <Route path=path!("/") view=pages::Home />
                    <Route path=path!("/prepare") view=pages::Prepare />
                    <Route path=path!("/prepare/quick") view=pages::PrepareQuick />
                    <Route path=path!("/prepare/session/:id") view=pages::PrepareEdit />
                    <Route path=path!("/reflect") view=pages::Reflect />
                    <Route path=path!("/reflect/quick") view=pages::ReflectQuick />
                    <Route path=path!("/reflect/session/:id") view=pages::ReflectEdit />
                    <Route path=path!("/history") view=pages::History />
                    // Before "/history/:id", so "print" is never taken for a session's id.
                    <Route path=path!("/history/print") view=pages::PrintView />
                    <Route path=path!("/history/:id") view=pages::SessionView />
                    <Route path=path!("/insights") view=pages::Insights />
                    <Route path=path!("/settings") view=pages::Settings />
                </Routes>
            </main>
            <navigation::BottomNav />
        </Router>
    }
}
