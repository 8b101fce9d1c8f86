//! Naming emotions: several at once, each with how strong it is and, if the member wants,
//! where it sits in the body. Words can be searched, browsed by family, found with two simple
//! questions, or added in the member's own words.

use leptos::prelude::*;

use super::{answer_of, set_answer};
use crate::domain::emotions::{self, EmotionRating, Family, OwnEmotionWord, VOCABULARY};
use crate::domain::journal::{Answer, Draft};
use crate::ui::journal::use_journal;

#[component]
pub fn EmotionsAnswer(id: String, draft: RwSignal<Draft>) -> impl IntoView {
    let journal = use_journal();
    let key = StoredValue::new(id);
    let chosen = move || match key.with_value(|id| answer_of(draft, id)) {
        Some(Answer::Emotions { emotions }) => emotions,
        _ => Vec::new(),
    };
    let write = move |emotions: Vec<EmotionRating>| {
        key.with_value(|id| set_answer(draft, id, Answer::Emotions { emotions }))
    };
    let is_chosen = move |word: &str| chosen().iter().any(|e| e.word == word);
    let toggle = move |word: String| {
        let mut list = chosen();
        if list.iter().any(|e| e.word == word) {
            list.retain(|e| e.word != word);
        } else {
            list.push(EmotionRating::new(word, 5));
        }
        write(list);
    };
    let change = move |word: String, edit: Box<dyn FnOnce(&mut EmotionRating)>| {
        let mut list = chosen();
        if let Some(rating) = list.iter_mut().find(|e| e.word == word) {
            edit(rating);
        }
        // An edit that clears the word removes the emotion.
        list.retain(|e| !e.word.is_empty());
        write(list);
    };
    let change = StoredValue::new(change);

    let search = RwSignal::new(String::new());
    let own_words = move || journal.settings.with(|s| s.own_emotions.clone());
    let matches = move || {
        let query = search.get().trim().to_lowercase();
        if query.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<String> = VOCABULARY
            .iter()
            .map(|w| w.word.to_owned())
            .chain(own_words().into_iter().map(|w| w.word))
            .filter(|word| word.contains(&query))
            .collect();
        crate::domain::sorting::sort_by_key(&mut found, |word| !word.starts_with(&query));
        found.truncate(12);
        found
    };
    let can_add_own = move || {
        let query = search.get().trim().to_lowercase();
        !query.is_empty()
            && emotions::find(&query).is_none()
            && !own_words().iter().any(|w| w.word == query)
    };
    let add_own = move || {
        let word = search.get_untracked().trim().to_lowercase();
        let added = journal.change_settings(|settings| {
            settings.own_emotions.push(OwnEmotionWord {
                word: word.clone(),
                family: None,
                definition: String::new(),
            })
        });
        if added.is_ok() {
            toggle(word);
            search.set(String::new());
        }
    };

    let pleasant = RwSignal::new(None::<bool>);
    let energetic = RwSignal::new(None::<bool>);
    let suggested = move || match (pleasant.get(), energetic.get()) {
        (Some(p), Some(e)) => emotions::suggestions(p, e, 8)
            .into_iter()
            .map(|w| w.word.to_owned())
            .collect(),
        _ => Vec::new(),
    };

    let word_button = move |word: String| {
        let label = word.clone();
        let pressed = word.clone();
        view! {
            <button
                type="button"
                class="chip"
                aria-pressed=move || is_chosen(&pressed).to_string()
                on:click=move |_| toggle(word.clone())
            >
                {label}
            </button>
        }
    };

    view! {
        <ul class="chosen-emotions" aria-label="Emotions you named">
            <For each=chosen key=|rating| rating.word.clone() let:rating>
                <ChosenEmotion word=rating.word.clone() chosen=Signal::derive(chosen) change=change />
            </For>
        </ul>
        <div class="find-word">
            <label for="emotion-search">"Find a word"</label>
            <input
                id="emotion-search"
                type="search"
                autocomplete="off"
                prop:value=move || search.get()
                on:input=move |ev| search.set(event_target_value(&ev))
            />
            <div class="chips">{move || matches().into_iter().map(word_button).collect_view()}</div>
            <Show when=can_add_own>
                <button type="button" class="button" on:click=move |_| add_own()>
                    {move || format!("Add \u{201c}{}\u{201d} as your own word", search.get().trim())}
                </button>
            </Show>
        </div>
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
                {move || suggested().into_iter().map(word_button).collect_view()}
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
                            {VOCABULARY
                                .iter()
                                .filter(|w| w.family == family)
                                .map(|w| word_button(w.word.to_owned()))
                                .collect_view()}
                        </div>
                    </details>
                }
            })
            .collect_view()}
    }
}

/// One named emotion: its meaning, how strong, where in the body.
#[component]
fn ChosenEmotion<F>(
    word: String,
    chosen: Signal<Vec<EmotionRating>>,
    change: StoredValue<F>,
) -> impl IntoView
where
    F: Fn(String, Box<dyn FnOnce(&mut EmotionRating)>) + Send + Sync + 'static,
{
    let current = {
        let word = word.clone();
        move || chosen.with(|list| list.iter().find(|e| e.word == word).cloned())
    };
    let current = StoredValue::new(current);
    let intensity = move || current.with_value(|c| c().map(|r| r.intensity).unwrap_or(0));
    let note = move || current.with_value(|c| c().map(|r| r.body_note).unwrap_or_default());
    let meaning = emotions::find(&word)
        .map(|w| w.definition)
        .unwrap_or("Your own word.");
    let (for_slider, for_note, for_remove) = (word.clone(), word.clone(), word.clone());
    view! {
        <li class="chosen-emotion">
            <p class="emotion-name">
                <strong>{word.clone()}</strong>
                " "
                <span class="quiet">{meaning}</span>
            </p>
            <label class="intensity">
                <span>"How strong: " {move || format!("{} of 10", intensity())}</span>
                <input
                    type="range"
                    min="0"
                    max="10"
                    step="1"
                    aria-label=format!("How strong is {word}, from 0 to 10")
                    prop:value=move || intensity().to_string()
                    on:input=move |ev| {
                        if let Ok(value) = event_target_value(&ev).parse::<u8>() {
                            change.with_value(|change| change(
                                for_slider.clone(),
                                Box::new(move |r| r.intensity = value.min(EmotionRating::MAX_INTENSITY)),
                            ));
                        }
                    }
                />
            </label>
            <label class="body-note">
                <span>"Where in your body? (optional)"</span>
                <input
                    type="text"
                    prop:value=note
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        change.with_value(|change| change(for_note.clone(), Box::new(move |r| r.body_note = text)));
                    }
                />
            </label>
            <button
                type="button"
                class="button remove"
                on:click=move |_| {
                    change.with_value(|change| change(for_remove.clone(), Box::new(|r| r.word.clear())))
                }
            >
                {format!("Remove {}", word)}
            </button>
        </li>
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
