//! Keeping the journal on this device: whether the browser agreed to keep it when space runs
//! low, how much room it takes, whether it runs from the home screen (and the way to put it
//! there), and what iPhone users need to know before they start writing.

use leptos::prelude::*;
use leptos::task::spawn_local;

use leptos_router::components::A;

use crate::domain::settings_rows::home_screen;
use crate::domain::storage_status::{estimate_sentence, usage_sentence, Keeping};
use crate::screens::{Screen, SettingsPage};
use crate::storage;
use crate::ui::app_update::offline_use;
use crate::ui::install_prompt::running_installed;
use crate::ui::journal::use_journal;

#[component]
pub fn StorageStatusSection() -> impl IntoView {
    let journal = use_journal();
    let keeping = RwSignal::new(None::<Keeping>);
    let estimate = RwSignal::new(None::<(f64, f64)>);
    let installed = running_installed();
    // Asked here, where the member can read why: Firefox shows its own question for it.
    spawn_local(async move {
        keeping.set(Some(Keeping::from_answer(storage::ask_to_keep().await)));
        estimate.set(storage::estimate().await);
    });
    let used = move || {
        // Counted again whenever the journal changes (an import, say).
        journal.sessions.track();
        journal.settings.track();
        storage::bytes_used().ok().map(usage_sentence)
    };
    view! {
            <div class="storage-status" role="status" aria-live="polite">
                {move || keeping.get().map(|k| view! { <p class="keeping">{k.sentence()}</p> })}
                {move || used().map(|words| view! { <p class="usage">{words}</p> })}
                {move || estimate.get().map(|(usage, quota)| view! {
                    <p class="quiet">{estimate_sentence(usage, quota)}</p>
                })}
            </div>
            <h2>"On your home screen"</h2>
            {offline_use().explanation().map(|why| view! { <p class="notice offline-note">{why}</p> })}
            <p>
                {home_screen(installed)}
                {(!installed).then(|| view! {
                    " " <A href=Screen::Install.path()>"How to put it there, and why"</A>
                })}
            </p>
            <p>
                <strong>"On an iPhone or iPad: "</strong>
                "add Here & Now to your Home Screen before you start writing, and write there. Safari clears a website's data after 7 days without a visit; an app on the Home Screen keeps its own storage instead. That storage starts empty, so entries written in a Safari tab don't move across on their own (a backup can bring them)."
            </p>
            <p>
                "Whatever your device, a backup is the surest way to keep your entries. "
                <A href=Screen::Setting(SettingsPage::Backups).path()>"Download one now and then"</A>
                "."
            </p>
    }
}
