//! Unlocking with a passkey (Face ID, a fingerprint, the device's screen lock): adding one,
//! the ones added, removing one. Offered only where the browser has passkeys; whether this
//! device's passkeys can unlock is known once one is made, and said then.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::own_list::{OwnList, Row};
use super::passphrase::PassphraseField;
use crate::domain::dates::day_month_year;
use crate::domain::lock::PassphraseProblem;
use crate::domain::passkeys::PasskeyEntry;
use crate::domain::trouble::Said;
use crate::passkey;
use crate::ui::clock;
use crate::ui::journal::use_journal;

#[component]
pub fn Passkeys(said: RwSignal<Option<Said>>) -> impl IntoView {
    let journal = use_journal();
    let entries = move || {
        journal
            .vault
            .record
            .with(|r| r.as_ref().map(|r| r.passkeys.clone()))
            .unwrap_or_default()
    };
    let passphrase = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = passphrase.get_untracked();
        if typed.is_empty() {
            said.set(Some(Said::trouble(PassphraseProblem::Missing)));
            return;
        }
        busy.set(true);
        said.set(Some(Said::working(
            "Adding a passkey… your device will ask you to confirm.",
        )));
        spawn_local(async move {
            let added = journal.vault.add_passkey(&typed, clock::now().date()).await;
            if added.is_ok() {
                passphrase.set(String::new());
            }
            said.set(Some(Said::of(
                added,
                "Passkey added. Next time, it can open your journal; your passphrase still works too.",
            )));
            busy.set(false);
        });
    };
    let offered = passkey::offered();
    view! {
        <section class="passkeys" aria-labelledby="passkeys-heading">
            <h2 id="passkeys-heading">"Unlock with Face ID or fingerprint"</h2>
            <OwnList
                rows=Signal::derive(move || entries().iter().map(row).collect())
                waiting=journal.vault.busy
                on_remove=Callback::new(move |gone: String| {
                    let Some(entry) = entries().into_iter().find(|e| row(e).key == gone) else {
                        return;
                    };
                    said.set(Some(Said::of(
                        journal.vault.remove_passkey(&entry),
                        "Passkey removed: it no longer opens this journal. It may still be listed on your device; you can delete it there.",
                    )));
                })
            />
            {if offered {
                view! {
                    <p>
                        "A passkey on this device can open the journal instead of your passphrase. "
                        <strong>"Your passphrase stays the way back:"</strong>
                        " keep it, because you'll need it if the passkey is removed or you change phones."
                    </p>
                    <form on:submit=add>
                        <PassphraseField label="Your passphrase, to add a passkey" value=passphrase autocomplete="current-password" />
                        <button type="submit" class="button" disabled=move || busy.get() || journal.vault.busy.get()>
                            "Add a passkey"
                        </button>
                    </form>
                }
                .into_any()
            } else {
                view! {
                    <p class="quiet">"This browser can't use passkeys here; your passphrase opens the journal."</p>
                }
                .into_any()
            }}
        </section>
    }
}

/// How a passkey is listed: the day it was added tells one device's from another's. An entry
/// that can't be read is listed as such (it opens nothing) and can be removed too.
fn row(entry: &PasskeyEntry) -> Row {
    let text = match entry.passkey() {
        Some(passkey) => match passkey.added {
            Some(day) => format!("Passkey added {}", day_month_year(day)),
            None => "Passkey".to_owned(),
        },
        None => "A passkey whose details can't be read".to_owned(),
    };
    Row {
        // The entry itself, as stored, is what tells it apart.
        key: serde_json::to_string(entry).unwrap_or_default(),
        text,
        detail: String::new(),
    }
}
