//! Which prompts are asked: hide any of ours, add your own for before, after or both.

use leptos::prelude::*;

use super::own_list::{OwnList, Row};
use crate::domain::prompts::{When, CATALOGUE, ONE_LINE};
use crate::domain::storage_problem::StorageProblem;
use crate::domain::trouble::Said;
use crate::ui::journal::use_journal;
use crate::ui::said::SaidLine;

fn when_label(when: When) -> &'static str {
    match when {
        When::Before => "Before group",
        When::After => "After group",
        When::Both => "Before and after",
    }
}

#[component]
pub fn PromptsSection() -> impl IntoView {
    let journal = use_journal();
    let said = RwSignal::new(None::<Said>);
    // A tick or an untick says nothing when it was kept (the box shows it); trouble is said.
    let report = move |result: Result<(), StorageProblem>| {
        said.set(result.err().map(Said::trouble));
    };
    let new_text = RwSignal::new(String::new());
    let new_when = RwSignal::new(When::After);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = new_text.get_untracked().trim().to_owned();
        if text.is_empty() {
            return;
        }
        let saved = journal.change_settings(|s| s.add_own_prompt(text, new_when.get_untracked()));
        // What was typed stays in the box unless it was kept.
        if saved.is_ok() {
            new_text.set(String::new());
        }
        said.set(Some(Said::of(saved, "Added to your prompts.")));
    };
    view! {
            <fieldset class="choice">
                <legend>"Ask me these (untick any you'd rather not see)"</legend>
                {CATALOGUE
                    .iter()
                    .filter(|p| p.id != ONE_LINE)
                    .map(|prompt| {
                        let id = prompt.id;
                        view! {
                            <label class="choice-option">
                                <input
                                    type="checkbox"
                                    prop:checked=move || {
                                        journal.settings.with(|s| !s.hidden_prompts.iter().any(|h| h == id))
                                    }
                                    on:change=move |ev| {
                                        let show = event_target_checked(&ev);
                                        report(journal.change_settings(|s| {
                                            s.hidden_prompts.retain(|h| h != id);
                                            if !show {
                                                s.hidden_prompts.push(id.to_owned());
                                            }
                                        }))
                                    }
                                />
                                <span>
                                    {prompt.text}
                                    <span class="quiet">{format!(" ({})", when_label(prompt.when).to_lowercase())}</span>
                                </span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <h2>"Your own prompts"</h2>
            <OwnList
                rows=Signal::derive(move || {
                    journal.settings.with(|s| {
                        s.own_prompts
                            .iter()
                            .map(|p| Row {
                                key: p.id.clone(),
                                text: p.text.clone(),
                                detail: format!(" ({})", when_label(p.when).to_lowercase()),
                            })
                            .collect()
                    })
                })
                on_remove=Callback::new(move |gone: String| {
                    report(journal.change_settings(|s| s.own_prompts.retain(|p| p.id != gone)))
                })
            />
            <form class="stack" on:submit=add>
                <label class="field">
                    <span>"A prompt of your own"</span>
                    <input
                        type="text"
                        bind:value=new_text
                    />
                </label>
                <label class="field">
                    <span>"Ask it"</span>
                    <select on:change=move |ev| {
                        new_when.set(match event_target_value(&ev).as_str() {
                            "before" => When::Before,
                            "both" => When::Both,
                            _ => When::After,
                        })
                    }>
                        <option value="after" selected=true>"After group"</option>
                        <option value="before">"Before group"</option>
                        <option value="both">"Before and after"</option>
                    </select>
                </label>
                <button type="submit" class="button">"Add prompt"</button>
            </form>
            <SaidLine said=said />
    }
}
