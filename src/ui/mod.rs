//! The components. Each file is one concern; pages live in `pages/`.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

mod app_update;
mod choice;
mod clock;
mod display;
mod files;
mod flow;
mod install_prompt;
mod journal;
mod lock;
mod navigation;
mod nudge;
mod page;
mod pages;
mod parts;
mod problems;
mod said;
mod vault;

/// The whole app: top bar, the current page, and the bottom navigation; or, while locked or
/// hidden, only the unlock screen or a plain screen.
#[component]
pub fn App() -> impl IntoView {
    display::provide_display();
    journal::provide_journal();
    install_prompt::provide_install_prompt();
    let hidden = lock::provide_quick_hide();
    let vault = journal::use_journal().vault;
    // Memos, so turning the lock on (Off → Open) doesn't rebuild the page being used.
    let locked = Memo::new(move |_| vault.status.get() == vault::LockStatus::Locked);
    let open = Memo::new(move |_| vault.status.get() == vault::LockStatus::Open);
    // Once the first page is showing (effects run after it is drawn), the other pages' parts
    // are fetched a moment later, so they don't compete with it.
    Effect::new(move |_| {
        set_timeout(parts::prefetch, std::time::Duration::from_millis(1000));
    });
    view! {
        <Router>
            {move || {
                if hidden.get() {
                    view! { <lock::NeutralScreen /> }.into_any()
                } else if locked.get() {
                    view! { <WhileLocked /> }.into_any()
                } else {
                    view! { <Journal /> }.into_any()
                }
            }}
            {move || open.get().then(|| view! { <lock::AutoLock /> })}
        </Router>
    }
}

/// While locked: the unlock screen, except "Uncomfortable or unsafe?", whose words and steps
/// hold nothing of the member's and are there without the passphrase.
#[component]
fn WhileLocked() -> impl IntoView {
    let pathname = leptos_router::hooks::use_location().pathname;
    let unlocking = RwSignal::new(false);
    move || {
        let guidance = pathname.with(|path| path == crate::screens::Screen::Unsafe.path());
        if guidance && !unlocking.get() {
            view! {
                <main class="content">
                    <pages::UncomfortableOrUnsafeWhileLocked on_unlock=Callback::new(move |()| {
                        unlocking.set(true)
                    }) />
                </main>
            }
            .into_any()
        } else {
            view! { <parts::UnlockScreen /> }.into_any()
        }
    }
}

/// The journal itself, once it is open.
#[component]
fn Journal() -> impl IntoView {
    // A guided flow fills the screen: it has its own way out and its own Hide.
    let pathname = leptos_router::hooks::use_location().pathname;
    let in_flow = Memo::new(move |_| pathname.with(|path| crate::screens::Screen::is_flow(path)));
    view! {
        <header class="top-bar" hidden=in_flow>
            <A href="/" attr:class="app-name" exact=true>"Here & Now"</A>
            <div class="top-actions">
                <A href="/settings" attr:class="top-link" exact=true>"Settings"</A>
                <lock::HideButton />
            </div>
        </header>
        <app_update::UpdateNotice />
        <main class="content" class:in-flow=move || in_flow.get()>
            <Routes fallback=pages::NotFound>
                <Route path=path!("/") view=pages::Home />
                <Route path=path!("/prepare") view=pages::Prepare />
                <Route path=path!("/prepare/quick") view=pages::PrepareQuick />
                <Route path=path!("/prepare/session/:id") view=pages::PrepareEdit />
                <Route path=path!("/reflect") view=pages::Reflect />
                <Route path=path!("/reflect/quick") view=pages::ReflectQuick />
                <Route path=path!("/reflect/session/:id") view=pages::ReflectEdit />
                <Route path=path!("/done/:id") view=pages::Closing />
                <Route path=path!("/history") view=parts::History />
                // Before "/history/:id", so "print" is never taken for a session's id.
                <Route path=path!("/history/print") view=parts::PrintView />
                <Route path=path!("/history/:id") view=parts::SessionView />
                <Route path=path!("/insights") view=parts::Insights />
                <Route path=path!("/settings") view=parts::Settings />
                <Route path=path!("/settings/:part") view=parts::SettingsPart />
                <Route path=path!("/install") view=parts::Install />
                <Route path=path!("/unsafe") view=pages::UncomfortableOrUnsafe />
            </Routes>
        </main>
        <Show when=move || !in_flow.get()>
            <navigation::BottomNav />
        </Show>
    }
}
