//! People in my group: initials or nicknames, offered when noting who gave feedback.

use leptos::prelude::*;

use super::own_list::{OwnList, Row};
use crate::ui::journal::use_journal;
use crate::ui::nudge::NameNudge;

#[component]
pub fn PeopleSection() -> impl IntoView {
    let journal = use_journal();
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let person = name.get_untracked().trim().to_owned();
        if person.is_empty() {
            return;
        }
        let saved = journal.change_settings(|s| {
            if !s.people.contains(&person) {
                s.people.push(person.clone());
            }
        });
        problem.set(saved.err().map(|p| p.message()));
        name.set(String::new());
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
                    problem.set(removed.err().map(|p| p.message()));
                })
            />
            <form class="stack" on:submit=add>
                <label class="field">
                    <span>"Initials or a nickname"</span>
                    <input
                        type="text"
                        maxlength="24"
                        autocomplete="off"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                    <NameNudge text=name field=true />
                </label>
                <button type="submit" class="button">"Add"</button>
            </form>
            {move || problem.get().map(|m| view! { <p class="notice" role="alert">{m}</p> })}
    }
}
