//! The pages a first visit doesn't need (Settings, Insights, History, installing, the unlock
//! screen) are parts of their own: the browser fetches the first page alone, and each part
//! when it is needed, or soon after the first page is ready (`prefetch`). Each function below
//! is a split point: in a split build (feature `split`, scripts/post_build.py) its code and
//! what only it uses move into the part named first; functions naming the same part share
//! one file. Without the feature they are ordinary functions.
//!
//! A part that can't be fetched (the connection dropped between the first page and a tap)
//! shows a plain message with "Try again": nothing is lost, and nothing stops working.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::ui::{app_update, lock, pages};

/// A part of the app could not be fetched.
#[derive(Debug)]
pub struct PartMissing;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for PartMissing {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        PartMissing
    }
}

type Loading = Pin<Box<dyn Future<Output = Result<AnyView, PartMissing>>>>;

/// Declares `$page`, the route's view of `$component`, whose code lives in part `$part`:
/// `$load` is the split point that fetches the part and makes the page, and `$preload` (one
/// per part) fetches the part without showing anything.
macro_rules! part {
    ($part:ident: $page:ident shows $component:path, by $load:ident $(, preload $preload:ident)?) => {
        #[cfg(feature = "split")]
        #[wasm_split_helpers::wasm_split($part, fallible $(, preload($preload))?)]
        fn $load() -> Result<AnyView, PartMissing> {
            Ok($component().into_any())
        }
        #[cfg(not(feature = "split"))]
        async fn $load() -> Result<AnyView, PartMissing> {
            Ok($component().into_any())
        }
        $(
            #[cfg(not(feature = "split"))]
            async fn $preload() -> Result<(), wasm_split_helpers_absent::Never> {
                Ok(())
            }
        )?
        #[component]
        pub fn $page() -> impl IntoView {
            view! { <Loaded load=|| Box::pin($load()) /> }
        }
    };
}

#[cfg(not(feature = "split"))]
mod wasm_split_helpers_absent {
    /// Without the split there is nothing to fetch, so nothing can fail.
    #[derive(Debug)]
    pub enum Never {}
}

part!(settings: Settings shows pages::Settings, by settings_list, preload preload_settings);
part!(settings: SettingsPart shows pages::SettingsPart, by settings_part);
part!(insights: Insights shows pages::Insights, by insights, preload preload_insights);
part!(history: History shows pages::History, by history, preload preload_history);
part!(history: SessionView shows pages::SessionView, by session_view);
part!(history: PrintView shows pages::PrintView, by print_view);
part!(install: Install shows pages::Install, by install, preload preload_install);
part!(unlock: UnlockScreen shows lock::UnlockScreen, by unlock_screen, preload preload_unlock);

/// Where a page's part is: on its way, there, or not fetched.
#[derive(Clone, Copy, PartialEq)]
enum Arrival {
    Waiting,
    Shown,
    Missing,
}

/// Shows what `load` gives once its part has arrived; until then a quiet "Opening…" that
/// appears only if the wait is noticeable; if the part can't be fetched, says so, and Try
/// again takes the message away while it tries.
///
/// Not inside `<Suspense>`: that builds the page before it is in the document, so the page's
/// own effects (focus on its heading, on the unlock screen's first way in) would find it
/// detached.
#[component]
fn Loaded(load: fn() -> Loading) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    let arrival = RwSignal::new(Arrival::Waiting);
    let retry = move || {
        arrival.set(Arrival::Waiting);
        attempt.update(|n| *n += 1);
    };
    view! {
        {move || match arrival.get() {
            Arrival::Waiting => {
                Some(view! { <p class="part-opening" role="status">"Opening…"</p> }.into_any())
            }
            Arrival::Missing => Some(view! { <PartDidNotLoad retry=retry /> }.into_any()),
            Arrival::Shown => None,
        }}
        {move || {
            attempt.track();
            Suspend::new(SendWrapper::new(async move {
                let loaded = load().await;
                arrival.set(if loaded.is_ok() { Arrival::Shown } else { Arrival::Missing });
                loaded.ok()
            }))
        }}
    }
}

/// What a member sees when a page's part couldn't be fetched.
#[component]
fn PartDidNotLoad(retry: impl Fn() + 'static) -> impl IntoView {
    view! {
        <section class="page part-missing" role="alert">
            <h1>"This page didn't open"</h1>
            <p>
                "It needs a part of Here & Now that this device hasn't kept yet, and the "
                "connection seems to have dropped. Your journal is safe, and anything you "
                "wrote is kept."
            </p>
            <button type="button" class="button button-primary" on:click=move |_| retry()>
                "Try again"
            </button>
        </section>
    }
}

/// Fetches the parts a member may open next, so a tap rarely waits; the unlock screen's first,
/// so a journal that locks itself can be opened again with no connection. A part that fails
/// now is fetched again when its page is opened. Not while a service worker is being
/// installed: it is already fetching every file, parts included (public/sw.js).
pub fn prefetch() {
    if app_update::worker_fetching_every_file() {
        return;
    }
    leptos::task::spawn_local(async move {
        let _ = preload_unlock().await;
        let _ = preload_history().await;
        let _ = preload_settings().await;
        let _ = preload_insights().await;
        let _ = preload_install().await;
    });
}
