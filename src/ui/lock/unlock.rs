//! The unlock screen: a passkey first when one was added (Face ID, a fingerprint), the
//! passphrase always; a sign of progress while the key is worked out (slow on purpose, and
//! slower on older phones), and a plain answer when it doesn't fit.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::passkey;
use crate::ui::choice::Toggle;
use crate::ui::journal::use_journal;

#[component]
pub fn UnlockScreen() -> impl IntoView {
    let journal = use_journal();
    let passphrase = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let field = NodeRef::<leptos::html::Input>::new();
    let passkey_button = NodeRef::<leptos::html::Button>::new();
    let readable = journal.vault.record.with_untracked(Option::is_some);
    // Offered when the record has a passkey (even one whose details can't be read: trying it
    // says so) and this browser has passkeys.
    let with_passkey = journal
        .vault
        .record
        .with_untracked(|r| r.as_ref().is_some_and(|r| !r.passkeys.is_empty()))
        && passkey::offered();
    document().set_title("Locked · Here & Now");
    // The first way in gets focus: the passkey's button, or the passphrase (which brings up
    // the keyboard, so not when a passkey is offered first).
    Effect::new(move |_| {
        if with_passkey {
            if let Some(button) = passkey_button.get() {
                let _ = button.focus();
            }
        } else if let Some(field) = field.get() {
            let _ = field.focus();
        }
    });

    let open_with_passkey = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            match journal.unlock_with_passkey().await {
                Ok(()) => request_animation_frame(focus_heading),
                Err(refused) => {
                    busy.set(false);
                    problem.set(Some(refused.message()));
                }
            }
        });
    };

    let open = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let typed = passphrase.get_untracked();
        if typed.is_empty() {
            problem.set(Some("Please type your passphrase.".to_owned()));
            return;
        }
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            match journal.unlock(&typed).await {
                // The journal takes the screen; its heading gets focus so it is read out.
                Ok(()) => request_animation_frame(focus_heading),
                Err(wrong) => {
                    busy.set(false);
                    problem.set(Some(wrong.message()));
                    if let Some(field) = field.get_untracked() {
                        field.select();
                        let _ = field.focus();
                    }
                }
            }
        });
    };

    view! {
        <main class="content lock-screen">
            <h1>"Your journal is locked"</h1>
            {if readable {
                view! {
                    <Show when=move || with_passkey>
                        <button
                            type="button"
                            class="button button-primary passkey-unlock"
                            node_ref=passkey_button
                            disabled=move || busy.get()
                            on:click=open_with_passkey
                        >
                            "Open with Face ID or fingerprint"
                        </button>
                        <p class="quiet">"Or type your passphrase:"</p>
                    </Show>
                    <form on:submit=open>
                        <label class="field">
                            <span>"Passphrase"</span>
                            <input
                                node_ref=field
                                type="password"
                                autocomplete="current-password"
                                aria-describedby="unlock-problem"
                                aria-invalid=move || if problem.with(Option::is_some) { "true" } else { "false" }
                                prop:value=move || passphrase.get()
                                on:input=move |ev| passphrase.set(event_target_value(&ev))
                            />
                        </label>
                        <button
                            type="submit"
                            class=if with_passkey { "button" } else { "button button-primary" }
                            disabled=move || busy.get()
                        >
                            "Open my journal"
                        </button>
                    </form>
                }
                .into_any()
            } else {
                view! {
                    <p class="notice problem">
                        "The lock's details on this device can't be read, so the journal can't be opened here. Everything is kept exactly as it is."
                    </p>
                }
                .into_any()
            }}
            <div role="status" aria-live="polite">
                <Show when=move || busy.get()>
                    <p class="unlocking">
                        <progress aria-label="Opening your journal"></progress>
                        "Opening your journal… on some phones this takes a few seconds."
                    </p>
                </Show>
            </div>
            <p id="unlock-problem" class="unlock-problem" role="alert">
                {move || problem.get()}
            </p>
            <details class="forgotten">
                <summary>"Forgotten your passphrase?"</summary>
                <p>
                    "Your entries on this device are encrypted with it, and there is no other copy of the key, so they can't be opened without it. If you have a backup file, you can delete this journal and restore your backup into a new one (Settings → Backups)."
                </p>
                <StartAgain />
            </details>
            // Open without the passphrase: it holds nothing of the member's own.
            <a class="quiet-link" href="/unsafe">
                "Uncomfortable or unsafe?"
            </a>
        </main>
    }
}

fn focus_heading() {
    if let Some(heading) = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
    }
}

/// Deleting the locked journal to start again: deliberate and confirmed.
#[component]
fn StartAgain() -> impl IntoView {
    let journal = use_journal();
    let understood = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    view! {
        <Toggle label="I understand every entry on this device will be deleted" checked=understood />
        <button
            type="button"
            class="button button-danger"
            disabled=move || !understood.get() || journal.vault.busy.get()
            on:click=move |_| {
                if let Err(p) = journal.delete_everything() {
                    problem.set(Some(p.message()));
                }
            }
        >
            "Delete this journal and start again"
        </button>
        {move || problem.get().map(|m| view! { <p class="notice" role="alert">{m}</p> })}
    }
}
