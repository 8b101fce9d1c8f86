//! The browser's offer to install the app (Chrome and Edge send `beforeinstallprompt`), kept
//! from the moment the app opens so the Install page can use it whenever the member gets there.

use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Promise, Reflect};

#[wasm_bindgen]
extern "C" {
    /// Not in web-sys: the event is Chromium's own.
    #[wasm_bindgen(extends = web_sys::Event)]
    #[derive(Clone)]
    type BeforeInstallPromptEvent;

    #[wasm_bindgen(method, catch)]
    fn prompt(this: &BeforeInstallPromptEvent) -> Result<Promise, JsValue>;

    #[wasm_bindgen(method, getter, js_name = userChoice)]
    fn user_choice(this: &BeforeInstallPromptEvent) -> Promise;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstallState {
    /// The browser has offered nothing (yet): the page explains how to do it by hand.
    NoOffer,
    /// The browser can install the app when the member presses Install.
    Offered,
    /// The member chose to install (or the browser says it is done).
    Installed,
}

#[derive(Clone, Copy)]
pub struct InstallPrompt {
    event: RwSignal<Option<BeforeInstallPromptEvent>, LocalStorage>,
    installed: RwSignal<bool>,
}

impl InstallPrompt {
    pub fn state(&self) -> InstallState {
        if self.installed.get() {
            InstallState::Installed
        } else if self.event.with(Option::is_some) {
            InstallState::Offered
        } else {
            InstallState::NoOffer
        }
    }

    /// Shows the browser's own install question. The offer can be used once.
    pub async fn ask(self) {
        let Some(event) = self.event.get_untracked() else {
            return;
        };
        self.event.set(None);
        let Ok(shown) = event.prompt() else {
            return;
        };
        if JsFuture::from(shown).await.is_err() {
            return;
        }
        if let Ok(choice) = JsFuture::from(event.user_choice()).await {
            let outcome = Reflect::get(&choice, &JsValue::from_str("outcome")).ok();
            if outcome.and_then(|o| o.as_string()).as_deref() == Some("accepted") {
                self.installed.set(true);
            }
        }
    }
}

/// Listens for the browser's offer from the start: it comes once, early, and not on demand.
pub fn provide_install_prompt() {
    let prompt = InstallPrompt {
        event: RwSignal::new_local(None),
        installed: RwSignal::new(false),
    };
    // The listeners live as long as the app (dropping their handles keeps them).
    window_event_listener_untyped("beforeinstallprompt", move |event| {
        // Without this, Chrome on Android slides in its own install bar: we never nag, the
        // member finds Install in Settings when they want it.
        event.prevent_default();
        prompt.event.set(Some(event.unchecked_into()));
    });
    window_event_listener_untyped("appinstalled", move |_| {
        prompt.event.set(None);
        prompt.installed.set(true);
    });
    provide_context(prompt);
}

pub fn use_install_prompt() -> InstallPrompt {
    expect_context::<InstallPrompt>()
}

/// Whether this is already the installed app (opened from the home screen).
pub fn running_installed() -> bool {
    let standalone = window()
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    // Safari on iPhone says so in its own way.
    let ios_home_screen = Reflect::get(&window().navigator(), &JsValue::from_str("standalone"))
        .ok()
        .and_then(|value| value.as_bool())
        .unwrap_or(false);
    standalone || ios_home_screen
}
