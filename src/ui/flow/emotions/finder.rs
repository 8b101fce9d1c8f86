//! Finding the word: the member's usual words as one-tap chips before any search, then a search
//! that knows the words people use ("wiped" finds exhausted), and a word of their own when
//! nothing fits.

use leptos::prelude::*;

use super::{Choices, WordChip};
use crate::domain::emotions::{self, OwnEmotionWord};
use crate::domain::journal::words_named_newest_first;
use crate::ui::journal::use_journal;

/// How many words a search shows at most, and how many usual words.
const SHOWN: usize = 12;
const USUAL: usize = 8;
/// "Add as my own word" waits for this many letters: fewer is still a search in progress.
const OWN_WORD_AFTER: usize = 3;

#[component]
pub(super) fn FindWord(choices: Choices) -> impl IntoView {
    let journal = use_journal();
    let search = RwSignal::new(String::new());
    let usual = Memo::new(move |_| {
        journal
            .sessions
            .with(|sessions| emotions::usual_words(words_named_newest_first(sessions), USUAL))
    });
    // Until the member has usual words, everyday words from every family: one tap, no typing.
    let first_words = move || usual.with(Vec::is_empty);
    let offered = move || {
        if first_words() {
            emotions::words_to_start(USUAL / 4)
                .into_iter()
                .map(str::to_owned)
                .collect()
        } else {
            usual.get()
        }
    };
    let own_words = move || journal.settings.with(|s| s.own_emotions.clone());
    let found =
        Memo::new(move |_| search.with(|query| emotions::search(query, &own_words(), SHOWN)));
    let searching = move || !search.with(|q| q.trim().is_empty());
    let can_add_own = move || {
        let query = search.get();
        found.with(Vec::is_empty)
            && query.trim().chars().count() >= OWN_WORD_AFTER
            && emotions::own_word(&query).is_ok()
    };
    let problem = RwSignal::new(None::<String>);
    let add_own = move |_| {
        let word = match emotions::own_word(&search.get_untracked()) {
            Ok(word) => word,
            Err(emotions::OwnWordProblem::Ours(ours)) => ours.to_owned(),
            Err(other) => {
                problem.set(Some(other.message()));
                return;
            }
        };
        let kept = if emotions::find(&word).is_some() {
            Ok(())
        } else {
            journal.change_settings(|settings| {
                settings.own_emotions.push(OwnEmotionWord {
                    word: word.clone(),
                    family: None,
                    definition: String::new(),
                })
            })
        };
        match kept {
            Ok(()) => {
                if !choices.is_chosen(&word) {
                    choices.toggle(&word);
                }
                problem.set(None);
                search.set(String::new());
            }
            Err(trouble) => problem.set(Some(trouble.message())),
        }
    };
    view! {
        <div class="find-word">
            <Show when=move || !searching()>
                <p class="usual-label" id="usual-words-label">
                    {move || if first_words() { "Some words to start with" } else { "Your usual words" }}
                </p>
                <div class="chips usual-words" role="group" aria-labelledby="usual-words-label">
                    {move || {
                        offered()
                            .into_iter()
                            .map(|word| view! { <WordChip word=word choices=choices /> })
                            .collect_view()
                    }}
                </div>
            </Show>
            <label for="emotion-search">"Find a word"</label>
            <input
                id="emotion-search"
                type="search"
                autocomplete="off"
                autocapitalize="none"
                spellcheck="false"
                aria-describedby="emotion-search-count"
                bind:value=search
            />
            <p class="quiet found-count" id="emotion-search-count" aria-live="polite">
                {move || {
                    searching()
                        .then(|| match found.with(Vec::len) {
                            0 => "No word of ours matches yet.".to_owned(),
                            1 => "1 word found.".to_owned(),
                            n => format!("{n} words found."),
                        })
                }}
            </p>
            <div class="chips found-words">
                {move || {
                    found
                        .get()
                        .into_iter()
                        .map(|found| view! { <WordChip word=found.word choices=choices /> })
                        .collect_view()
                }}
            </div>
            <Show when=can_add_own>
                <button type="button" class="button" on:click=add_own>
                    {move || {
                        format!(
                            "Add \u{201c}{}\u{201d} as your own word",
                            emotions::own_word(&search.get()).unwrap_or_default(),
                        )
                    }}
                </button>
            </Show>
            {move || problem.get().map(|p| view! { <p class="notice problem" role="alert">{p}</p> })}
        </div>
    }
}
