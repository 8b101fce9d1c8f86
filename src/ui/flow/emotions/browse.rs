//! Browsing for the word: two plain questions ("Help me find the word"), and the four families.

use leptos::prelude::*;

use super::{Choices, WordChip};
use crate::domain::emotions::{self, Family};

#[component]
pub(super) fn Browse(choices: Choices) -> impl IntoView {
    let pleasant = RwSignal::new(None::<bool>);
    let energetic = RwSignal::new(None::<bool>);
    let suggested = move || match (pleasant.get(), energetic.get()) {
        (Some(p), Some(e)) => emotions::suggestions(p, e, 8)
            .into_iter()
            .map(|w| w.word.to_owned())
            .collect(),
        _ => Vec::new(),
    };
    view! {
        <details class="word-help">
            <summary>"Help me find the word"</summary>
            <fieldset class="choice">
                <legend>"Does it feel pleasant or unpleasant?"</legend>
                <YesNo name="pleasant" yes="Pleasant" no="Unpleasant" value=pleasant />
            </fieldset>
            <fieldset class="choice">
                <legend>"Is there a lot of energy in it, or a little?"</legend>
                <YesNo name="energy" yes="A lot" no="A little" value=energetic />
            </fieldset>
            <div class="chips" aria-live="polite">
                {move || {
                    suggested()
                        .into_iter()
                        .map(|word| view! { <WordChip word=word choices=choices /> })
                        .collect_view()
                }}
            </div>
        </details>
        {Family::ALL
            .into_iter()
            .map(|family| {
                view! {
                    <details class="family">
                        // One span, so the summary's flex layout never splits the name.
                        <summary>
                            <span>
                                <strong>{family.name()}</strong>
                                ": "
                                {family.description()}
                            </span>
                        </summary>
                        <div class="chips">
                            {emotions::vocabulary()
                                .iter()
                                .filter(|w| w.family == family)
                                .map(|w| view! { <WordChip word=w.word.to_owned() choices=choices /> })
                                .collect_view()}
                        </div>
                    </details>
                }
            })
            .collect_view()}
    }
}

/// Two radio buttons answering a yes-or-no question.
#[component]
fn YesNo(
    name: &'static str,
    yes: &'static str,
    no: &'static str,
    value: RwSignal<Option<bool>>,
) -> impl IntoView {
    view! {
        <label class="choice-option">
            <input
                type="radio"
                name=name
                prop:checked=move || value.get() == Some(true)
                on:change=move |_| value.set(Some(true))
            />
            <span>{yes}</span>
        </label>
        <label class="choice-option">
            <input
                type="radio"
                name=name
                prop:checked=move || value.get() == Some(false)
                on:change=move |_| value.set(Some(false))
            />
            <span>{no}</span>
        </label>
    }
}
