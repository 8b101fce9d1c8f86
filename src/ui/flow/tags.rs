//! Pattern tags: the common ones, the member's own from earlier entries, and new ones.

use leptos::prelude::*;

use super::{answer_of, set_answer};
use crate::domain::journal::{Answer, Draft};
use crate::domain::prompts::PATTERN_TAGS;
use crate::ui::journal::use_journal;

#[component]
pub fn TagsAnswer(id: String, draft: RwSignal<Draft>) -> impl IntoView {
    let journal = use_journal();
    let key = StoredValue::new(id);
    let chosen = move || match key.with_value(|id| answer_of(draft, id)) {
        Some(Answer::Tags { tags }) => tags,
        _ => Vec::new(),
    };
    // Tags the member made up before, offered again beside ours.
    let mut offered: Vec<String> = PATTERN_TAGS.iter().map(|t| t.to_string()).collect();
    journal.sessions.with_untracked(|sessions| {
        for session in sessions {
            for entry in [&session.preparation, &session.reflection]
                .into_iter()
                .flatten()
            {
                for answer in entry.answers.values() {
                    if let Answer::Tags { tags } = answer {
                        for tag in tags {
                            if !offered.contains(tag) {
                                offered.push(tag.clone());
                            }
                        }
                    }
                }
            }
        }
    });
    for tag in chosen() {
        if !offered.contains(&tag) {
            offered.push(tag);
        }
    }
    let offered = RwSignal::new(offered);
    let toggle = move |tag: String, on: bool| {
        let mut tags = chosen();
        tags.retain(|t| t != &tag);
        if on {
            tags.push(tag);
        }
        key.with_value(|id| set_answer(draft, id, Answer::Tags { tags }));
    };
    let new_tag = RwSignal::new(String::new());
    let add = move || {
        let tag = new_tag.get_untracked().trim().to_lowercase();
        if tag.is_empty() {
            return;
        }
        offered.update(|o| {
            if !o.contains(&tag) {
                o.push(tag.clone())
            }
        });
        toggle(tag, true);
        new_tag.set(String::new());
    };
    view! {
        <fieldset class="tags" aria-labelledby="prompt-title">
            <For each=move || offered.get() key=|tag| tag.clone() let:tag>
                <label class="chip-toggle">
                    <input
                        type="checkbox"
                        prop:checked={
                            let tag = tag.clone();
                            move || chosen().contains(&tag)
                        }
                        on:change={
                            let tag = tag.clone();
                            move |ev| toggle(tag.clone(), event_target_checked(&ev))
                        }
                    />
                    <span>{tag.clone()}</span>
                </label>
            </For>
        </fieldset>
        <div class="add-row">
            <label class="visually-hidden" for="own-tag">
                "Your own words for a pattern"
            </label>
            <input
                id="own-tag"
                type="text"
                placeholder="Your own words"
                prop:value=move || new_tag.get()
                on:input=move |ev| new_tag.set(event_target_value(&ev))
                on:keydown=move |ev| {
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        add();
                    }
                }
            />
            <button type="button" class="button" on:click=move |_| add()>
                "Add"
            </button>
        </div>
    }
}
