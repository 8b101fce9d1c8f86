//! Naming emotions: the member's usual words first, then a search that understands the words
//! people use, the families to browse and two plain questions to find one. A chosen word is a
//! chip; how strong it is and where it sits in the body are an optional, folded row on it, and
//! nothing is set until the member sets it.

mod browse;
mod chosen;
mod finder;

use leptos::prelude::*;

use super::{answer_of, set_answer};
use crate::domain::emotions::EmotionRating;
use crate::domain::journal::{Answer, Draft};

/// The words chosen on this prompt, and every way of changing them.
#[derive(Clone, Copy)]
pub(super) struct Choices {
    pub chosen: Signal<Vec<EmotionRating>>,
    write: Callback<Vec<EmotionRating>>,
    /// The word removed last, and where it stood, until it is put back or something else
    /// changes.
    pub removed: RwSignal<Option<(usize, EmotionRating)>>,
}

impl Choices {
    pub fn is_chosen(&self, word: &str) -> bool {
        self.chosen.with(|list| list.iter().any(|e| e.word == word))
    }

    /// Chooses `word`, or lets it go when it is chosen already.
    pub fn toggle(&self, word: &str) {
        if self.is_chosen(word) {
            self.remove(word);
        } else {
            let mut list = self.chosen.get_untracked();
            list.push(EmotionRating::new(word));
            self.removed.set(None);
            self.write.run(list);
        }
    }

    pub fn remove(&self, word: &str) {
        let mut list = self.chosen.get_untracked();
        if let Some(place) = list.iter().position(|e| e.word == word) {
            let rating = list.remove(place);
            self.removed.set(Some((place, rating)));
            self.write.run(list);
        }
    }

    /// Puts back the word removed last, where it was, with what was said about it.
    pub fn undo(&self) {
        if let Some((place, rating)) = self.removed.get_untracked() {
            let mut list = self.chosen.get_untracked();
            if !list.iter().any(|e| e.word == rating.word) {
                list.insert(place.min(list.len()), rating);
                self.write.run(list);
            }
            self.removed.set(None);
        }
    }

    /// Changes what is said about one chosen word.
    pub fn change(&self, word: &str, edit: impl FnOnce(&mut EmotionRating)) {
        let mut list = self.chosen.get_untracked();
        if let Some(rating) = list.iter_mut().find(|e| e.word == word) {
            edit(rating);
            self.write.run(list);
        }
    }
}

#[component]
pub fn EmotionsAnswer(id: String, draft: RwSignal<Draft>) -> impl IntoView {
    let key = StoredValue::new(id);
    let chosen = Signal::derive(move || match key.with_value(|id| answer_of(draft, id)) {
        Some(Answer::Emotions { emotions }) => emotions,
        _ => Vec::new(),
    });
    let write = Callback::new(move |emotions: Vec<EmotionRating>| {
        key.with_value(|id| set_answer(draft, id, Answer::Emotions { emotions }))
    });
    let choices = Choices {
        chosen,
        write,
        removed: RwSignal::new(None),
    };
    view! {
        <chosen::ChosenEmotions choices=choices />
        <finder::FindWord choices=choices />
        <browse::Browse choices=choices />
    }
}

/// One word to choose: a chip that shows whether it is chosen.
#[component]
pub(super) fn WordChip(word: String, choices: Choices) -> impl IntoView {
    let pressed = word.clone();
    let label = word.clone();
    view! {
        <button
            type="button"
            class="chip"
            aria-pressed=move || choices.is_chosen(&pressed).to_string()
            on:click=move |_| choices.toggle(&word)
        >
            {label}
        </button>
    }
}
