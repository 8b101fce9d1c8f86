//! The words chosen: each a chip (one tap lets it go, with an undo), with an optional folded
//! row for how strong it is and where it sits in the body.

use leptos::prelude::*;

use super::Choices;
use crate::domain::emotions::{self, EmotionRating};

#[component]
pub(super) fn ChosenEmotions(choices: Choices) -> impl IntoView {
    let undo_word = move || {
        choices
            .removed
            .with(|r| r.as_ref().map(|(_, rating)| rating.word.clone()))
    };
    view! {
        <ul class="chosen-emotions" aria-label="Emotions you named">
            <For each=move || choices.chosen.get() key=|rating| rating.word.clone() let:rating>
                <ChosenEmotion word=rating.word choices=choices />
            </For>
        </ul>
        <p class="undo-line" role="status">
            {move || {
                undo_word()
                    .map(|word| {
                        view! {
                            <span>{format!("Removed \u{201c}{word}\u{201d}.")}</span>
                            " "
                            <button type="button" class="text-button" on:click=move |_| choices.undo()>
                                "Undo"
                            </button>
                        }
                    })
            }}
        </p>
    }
}

#[component]
fn ChosenEmotion(word: String, choices: Choices) -> impl IntoView {
    let word = StoredValue::new(word);
    let current = move || {
        word.with_value(|word| {
            choices
                .chosen
                .with(|list| list.iter().find(|e| &e.word == word).cloned())
        })
    };
    let intensity = move || current().and_then(|r| r.intensity);
    let note = move || current().map(|r| r.body_note).unwrap_or_default();
    let said = move || {
        let mut said: Vec<String> = intensity()
            .map(|n| format!("{n} of {}", EmotionRating::MAX_INTENSITY))
            .into_iter()
            .collect();
        let note = note();
        if !note.trim().is_empty() {
            said.push(format!("felt in {}", note.trim()));
        }
        if said.is_empty() {
            "How strong?".to_owned()
        } else {
            said.join(", ")
        }
    };
    let meaning = word.with_value(|w| {
        emotions::find(w)
            .map(|w| w.definition)
            .unwrap_or("Your own word.")
    });
    let name = word.get_value();
    view! {
        <li class="chosen-emotion">
            <button
                type="button"
                class="chip"
                aria-pressed="true"
                aria-describedby=format!("meaning-{}", slug(&name))
                on:click=move |_| word.with_value(|w| choices.remove(w))
            >
                {name.clone()}
            </button>
            <details class="emotion-more">
                <summary>{said}</summary>
                <p class="quiet" id=format!("meaning-{}", slug(&name))>{meaning}</p>
                <label class="intensity">
                    <span>
                        "How strong: "
                        {move || match intensity() {
                            Some(n) => format!("{n} of {}", EmotionRating::MAX_INTENSITY),
                            None => "not said".to_owned(),
                        }}
                    </span>
                    <input
                        type="range"
                        min="0"
                        max="10"
                        step="1"
                        class:unset=move || intensity().is_none()
                        aria-label=format!("How strong is {name}, from 0 to 10")
                        aria-valuetext=move || match intensity() {
                            Some(n) => format!("{n} of {}", EmotionRating::MAX_INTENSITY),
                            None => "not said".to_owned(),
                        }
                        // The thumb of a slider that hasn't been touched says nothing: it is
                        // hidden until the member sets it.
                        prop:value=move || intensity().unwrap_or(5).to_string()
                        on:input=move |ev| {
                            if let Ok(value) = event_target_value(&ev).parse::<u8>() {
                                word.with_value(|w| choices.change(w, |r| {
                                    r.intensity = Some(value.min(EmotionRating::MAX_INTENSITY))
                                }));
                            }
                        }
                    />
                </label>
                <Show when=move || intensity().is_some()>
                    <button
                        type="button"
                        class="text-button"
                        on:click=move |_| word.with_value(|w| choices.change(w, |r| r.intensity = None))
                    >
                        "Leave strength unsaid"
                    </button>
                </Show>
                <label class="body-note">
                    <span>"Where in your body? (optional)"</span>
                    <input
                        type="text"
                        prop:value=note
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            word.with_value(|w| choices.change(w, |r| r.body_note = text));
                        }
                    />
                </label>
            </details>
        </li>
    }
}

/// A word as part of an element id: own words may hold any letters, so a hash of it (FNV-1a)
/// rather than the word.
fn slug(word: &str) -> String {
    let hash = word.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}
