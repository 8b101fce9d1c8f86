//! Offline use and new versions: registers the service worker (public/sw.js) in release builds,
//! and when a new version has arrived, says so quietly and lets the member choose when to reload.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::offline::OfflineUse;
use web_sys::js_sys::Reflect;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// The message public/sw.js answers with skipWaiting().
const SKIP_WAITING: &str = "skip-waiting";

/// Set when the member pressed Reload: only then does a change of worker reload the page (the
/// very first visit changes worker too, and must not reload under the member's fingers).
static RELOAD_ASKED: AtomicBool = AtomicBool::new(false);

/// A quiet line, shown only when a new version is waiting.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let waiting = RwSignal::new_local(None::<ServiceWorker>);
    // Debug builds (`trunk serve` while developing) would keep serving yesterday's files.
    if !cfg!(debug_assertions) {
        if let Some(container) = service_workers() {
            register(container, waiting);
        }
    }
    let reload = move |_| {
        if let Some(worker) = waiting.get_untracked() {
            RELOAD_ASKED.store(true, Ordering::Relaxed);
            let _ = worker.post_message(&JsValue::from_str(SKIP_WAITING));
        }
    };
    view! {
        <div class="update-status" role="status">
            <Show when=move || waiting.with(Option::is_some)>
                <div class="notice update">
                    <p>"A new version is ready. Reloading keeps everything you've written."</p>
                    <button type="button" class="button" on:click=reload>
                        "Reload"
                    </button>
                </div>
            </Show>
        </div>
    }
}

/// The browser's service workers, where it has them (not on plain http, nor in old browsers,
/// nor where they are turned off). Checked as a value, not only a name: a browser may name
/// `serviceWorker` and still give nothing behind it.
fn service_workers() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()
        // Not `instanceof`: where service workers are missing, so is the class to test against.
        .filter(|container| container.is_object())
        .map(JsCast::unchecked_into)
}

/// A first visit where the service worker is being installed: it fetches every file of the
/// build (the worker registers only in release builds).
pub fn worker_fetching_every_file() -> bool {
    !cfg!(debug_assertions) && service_workers().is_some_and(|c| c.controller().is_none())
}

/// Whether this browser, at this address, can keep the app for use with no connection.
pub fn offline_use() -> OfflineUse {
    OfflineUse::of(window().is_secure_context(), service_workers().is_some())
}

fn register(
    container: ServiceWorkerContainer,
    waiting: RwSignal<Option<ServiceWorker>, LocalStorage>,
) {
    let reload = Closure::<dyn FnMut()>::new(|| {
        if RELOAD_ASKED.load(Ordering::Relaxed) {
            let _ = window().location().reload();
        }
    });
    let _ = container
        .add_event_listener_with_callback("controllerchange", reload.as_ref().unchecked_ref());
    // Listeners for the life of the page.
    reload.forget();

    spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register("/sw.js")).await else {
            // Offline use is a kindness, not a condition: the app works without it.
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // A version that arrived on an earlier visit may be waiting already.
        if let Some(worker) = registration.waiting() {
            offer(worker, &container, waiting);
        }
        let found = registration.clone();
        let on_update = Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = found.installing() else {
                return;
            };
            let (container, installed) = (container.clone(), worker.clone());
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if installed.state() == ServiceWorkerState::Installed {
                    offer(installed.clone(), &container, waiting);
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    });
}

/// A worker that finished installing is a new version only if an older one runs this page;
/// on the first visit there is nothing to replace.
fn offer(
    worker: ServiceWorker,
    container: &ServiceWorkerContainer,
    waiting: RwSignal<Option<ServiceWorker>, LocalStorage>,
) {
    if container.controller().is_some() {
        waiting.set(Some(worker));
    }
}
