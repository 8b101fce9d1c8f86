//! A passphrase field, as the lock and protected backups ask for one.

use leptos::prelude::*;

/// A labelled passphrase field.
#[component]
pub fn PassphraseField(
    label: &'static str,
    value: RwSignal<String>,
    #[prop(default = "new-password")] autocomplete: &'static str,
    /// For a field that something else finds by id.
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{label}</span>
            <input
                id=id
                type="password"
                autocomplete=autocomplete
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </label>
    }
}
