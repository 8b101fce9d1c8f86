//! Emotion words of the member's own, offered beside ours when naming how they feel.

use leptos::prelude::*;

use super::own_list::{OwnList, Row};
use crate::domain::emotions::{self, Family, OwnEmotionWord};
use crate::domain::trouble::Said;
use crate::ui::journal::use_journal;
use crate::ui::said::SaidLine;

#[component]
pub fn OwnWordsSection() -> impl IntoView {
    let journal = use_journal();
    let word = RwSignal::new(String::new());
    let family = RwSignal::new(None::<Family>);
    let said = RwSignal::new(None::<Said>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let new_word = match emotions::own_word(&word.get_untracked()) {
            Ok(new_word) => new_word,
            Err(problem) => {
                said.set(Some(Said::trouble(problem)));
                return;
            }
        };
        let chosen = family.get_untracked();
        let known = journal
            .settings
            .with_untracked(|s| s.own_emotions.iter().any(|w| w.word == new_word));
        // A word already there keeps its place and its meaning; only the family chosen now
        // is taken.
        let saved = journal.change_settings(|s| {
            match s.own_emotions.iter_mut().find(|w| w.word == new_word) {
                Some(there) => there.family = chosen,
                None => s.own_emotions.push(OwnEmotionWord {
                    word: new_word.clone(),
                    family: chosen,
                    definition: String::new(),
                }),
            }
        });
        // What was typed stays in the box unless it was kept.
        if saved.is_ok() {
            word.set(String::new());
        }
        let done = if known { "Updated" } else { "Added" };
        said.set(Some(Said::of(
            saved,
            format!("{done} \u{201c}{new_word}\u{201d}."),
        )));
    };
    view! {
            <p class="quiet">"Words of your own, offered beside ours when you name how you feel."</p>
            <OwnList
                rows=Signal::derive(move || {
                    journal.settings.with(|s| {
                        s.own_emotions
                            .iter()
                            .map(|w| Row {
                                key: w.word.clone(),
                                text: w.word.clone(),
                                detail: w.family.map(|f| format!(" ({})", f.name())).unwrap_or_default(),
                            })
                            .collect()
                    })
                })
                on_remove=Callback::new(move |gone: String| {
                    let removed = journal.change_settings(|s| s.own_emotions.retain(|o| o.word != gone));
                    said.set(Some(Said::of(removed, format!("Removed \u{201c}{gone}\u{201d}."))));
                })
            />
            <form class="stack" on:submit=add>
                <label class="field">
                    <span>"A word of your own"</span>
                    <input
                        type="text"
                        bind:value=word
                    />
                </label>
                <label class="field">
                    <span>"It feels mostly"</span>
                    <select on:change=move |ev| {
                        let chosen = event_target_value(&ev);
                        family.set(Family::ALL.into_iter().find(|f| f.name() == chosen));
                    }>
                        <option value="" selected=true>"Not sure"</option>
                        {Family::ALL
                            .into_iter()
                            .map(|f| view! { <option value=f.name()>{format!("{}: {}", f.name(), f.description())}</option> })
                            .collect_view()}
                    </select>
                </label>
                <button type="submit" class="button">"Add word"</button>
            </form>
            <SaidLine said=said />
    }
}
