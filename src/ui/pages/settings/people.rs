//! People in my group: initials or nicknames, offered when noting who gave feedback.

use leptos::prelude::*;

use super::own_list::{OwnList, Row};
use crate::domain::trouble::Said;
use crate::ui::journal::use_journal;
use crate::ui::nudge::NameNudge;
use crate::ui::said::SaidLine;

#[component]
pub fn PeopleSection() -> impl IntoView {
    let journal = use_journal();
    let name = RwSignal::new(String::new());
    let said = RwSignal::new(None::<Said>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let person = name.get_untracked().trim().to_owned();
        if person.is_empty() {
            return;
        }
        if journal
            .settings
            .with_untracked(|s| s.people.contains(&person))
        {
            name.set(String::new());
            said.set(Some(Said::done(format!(
                "{person} is already in your list."
            ))));
            return;
        }
        let saved = journal.change_settings(|s| s.people.push(person.clone()));
        // What was typed stays in the box unless it was kept.
        if saved.is_ok() {
            name.set(String::new());
        }
        said.set(Some(Said::of(saved, format!("Added {person}."))));
    };
    view! {
            <p class="quiet">
                "Initials or nicknames only: what's shared in group stays in group. They're offered when you note who gave you feedback."
            </p>
            <OwnList
                rows=Signal::derive(move || {
                    journal.settings.with(|s| {
                        s.people
                            .iter()
                            .map(|p| Row { key: p.clone(), text: p.clone(), detail: String::new() })
                            .collect()
                    })
                })
                on_remove=Callback::new(move |gone: String| {
                    let removed = journal.change_settings(|s| s.people.retain(|p| p != &gone));
                    said.set(Some(Said::of(removed, format!("Removed {gone}."))));
                })
            />
            <form class="stack" on:submit=add>
                <label class="field">
                    <span>"Initials or a nickname"</span>
                    <input
                        type="text"
                        maxlength="24"
                        autocomplete="off"
                        bind:value=name
                    />
                    <NameNudge text=name field=true />
                </label>
                <button type="submit" class="button">"Add"</button>
            </form>
            <SaidLine said=said />
    }
}
