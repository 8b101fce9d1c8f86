//! The app's first screen, and nothing else, in Leptos with its router.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
fn FirstPrompt() -> impl IntoView {
    view! {
        <header class="top-bar"><a href="/">"Here & Now"</a></header>
        <main class="content">
            <h1>"After group"</h1>
            <section class="step" aria-labelledby="prompt-title">
                <h2 id="prompt-title">"How are you feeling now?"</h2>
                <div class="find-word">
                    <label for="emotion-search">"Find a word"</label>
                    <input id="emotion-search" type="search" autocomplete="off" />
                </div>
            </section>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(|| {
        view! {
            <Router>
                <Routes fallback=|| "Not found">
                    <Route path=path!("/bare/reflect/quick") view=FirstPrompt />
                </Routes>
            </Router>
        }
    });
}
