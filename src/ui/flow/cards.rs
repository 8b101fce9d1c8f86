//! Stable keys for a list of answer cards, so typing in one card never rebuilds the others
//! (which would move the cursor and the screen reader's place).

use leptos::prelude::*;

use super::{answer_of, set_answer};
use crate::domain::journal::{Answer, Draft, Fit};
use crate::ui::nudge::NameNudge;

#[derive(Clone, Copy)]
pub struct Cards {
    keys: RwSignal<Vec<u32>>,
    next: StoredValue<u32>,
}

impl Cards {
    pub fn new(count: usize) -> Self {
        let count = u32::try_from(count).unwrap_or(0);
        Cards {
            keys: RwSignal::new((0..count).collect()),
            next: StoredValue::new(count),
        }
    }

    pub fn keys(&self) -> Vec<u32> {
        self.keys.get()
    }

    pub fn add(&self) {
        let key = self.next.get_value();
        self.next.set_value(key + 1);
        self.keys.update(|keys| keys.push(key));
    }

    /// Removes a card and returns where it was.
    pub fn remove(&self, key: u32) -> Option<usize> {
        let position = self.position(key)?;
        self.keys.update(|keys| {
            keys.remove(position);
        });
        Some(position)
    }

    pub fn position(&self, key: u32) -> Option<usize> {
        self.keys
            .with_untracked(|keys| keys.iter().position(|k| *k == key))
    }

    /// The card's place, counted from 1 for people (tracked).
    pub fn number(&self, key: u32) -> usize {
        self.keys
            .with(|keys| keys.iter().position(|k| *k == key))
            .map_or(0, |p| p + 1)
    }
}

/// Yes / partly / no / not sure, as radio buttons. None is checked until the member chooses
/// (nothing stands in for an answer not given), and Clear takes a choice back to unanswered.
#[component]
pub fn FitChoice(
    legend: &'static str,
    name: String,
    #[prop(into)] value: Signal<Option<Fit>>,
    on_choose: Callback<Option<Fit>>,
) -> impl IntoView {
    let first = NodeRef::<leptos::html::Input>::new();
    view! {
        <fieldset class="choice fit">
            <legend>{legend}</legend>
            {Fit::ALL
                .into_iter()
                .enumerate()
                .map(|(index, fit)| {
                    view! {
                        <label class="choice-option">
                            <input
                                type="radio"
                                name=name.clone()
                                node_ref=if index == 0 { first } else { NodeRef::new() }
                                prop:checked=move || value.get() == Some(fit)
                                on:change=move |_| on_choose.run(Some(fit))
                            />
                            <span>{fit.label()}</span>
                        </label>
                    }
                })
                .collect_view()}
            <ClearChoice answered=Signal::derive(move || value.get().is_some()) first=first on_clear=Callback::new(move |()| on_choose.run(None)) />
        </fieldset>
    }
}

/// "Clear", shown once a choice is made: the question goes back to unanswered, and focus to
/// its first option (the button itself goes away).
#[component]
pub fn ClearChoice(
    #[prop(into)] answered: Signal<bool>,
    first: NodeRef<leptos::html::Input>,
    on_clear: Callback<()>,
) -> impl IntoView {
    view! {
        <Show when=move || answered.get()>
            <button
                type="button"
                class="text-button clear-choice"
                on:click=move |_| {
                    on_clear.run(());
                    if let Some(first) = first.get_untracked() {
                        let _ = first.focus();
                    }
                }
            >
                "Clear"
            </button>
        </Show>
    }
}

/// A list answer (boundaries, feedback) edited as cards: reads the list from the draft, and
/// writes a changed list back, with each card found by its stable key.
pub struct CardList<T: 'static> {
    prompt: StoredValue<String>,
    draft: RwSignal<Draft>,
    pub cards: Cards,
    unwrap: fn(Answer) -> Option<Vec<T>>,
    wrap: fn(Vec<T>) -> Answer,
}

impl<T: 'static> Clone for CardList<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for CardList<T> {}

impl<T: Clone + Send + Sync + 'static> CardList<T> {
    pub fn new(
        prompt: String,
        draft: RwSignal<Draft>,
        unwrap: fn(Answer) -> Option<Vec<T>>,
        wrap: fn(Vec<T>) -> Answer,
    ) -> Self {
        let prompt = StoredValue::new(prompt);
        let count = prompt
            .with_value(|id| untrack(|| answer_of(draft, id)))
            .and_then(unwrap)
            .map_or(0, |items| items.len());
        CardList {
            prompt,
            draft,
            cards: Cards::new(count),
            unwrap,
            wrap,
        }
    }

    /// The whole list (tracked).
    pub fn items(&self) -> Vec<T> {
        self.prompt
            .with_value(|id| answer_of(self.draft, id))
            .and_then(self.unwrap)
            .unwrap_or_default()
    }

    fn write(&self, items: Vec<T>) {
        let answer = (self.wrap)(items);
        self.prompt
            .with_value(|id| set_answer(self.draft, id, answer));
    }

    /// The item on card `card` (tracked).
    pub fn item(&self, card: u32) -> Option<T> {
        self.cards
            .position(card)
            .and_then(|i| self.items().get(i).cloned())
    }

    pub fn edit(&self, card: u32, change: &dyn Fn(&mut T)) {
        let mut items = self.items();
        if let Some(item) = self.cards.position(card).and_then(|i| items.get_mut(i)) {
            change(item);
        }
        self.write(items);
    }

    pub fn add(&self, item: T) {
        let mut items = self.items();
        items.push(item);
        self.cards.add();
        self.write(items);
    }

    pub fn remove(&self, card: u32) {
        if let Some(position) = self.cards.remove(card) {
            let mut items = self.items();
            if position < items.len() {
                items.remove(position);
            }
            self.write(items);
        }
    }
}

/// A labelled text area on a card, bound to one text field of the card's item.
pub fn card_text<T: Clone + Send + Sync + 'static>(
    list: CardList<T>,
    card: u32,
    label: &'static str,
    rows: &'static str,
    get: fn(&T) -> String,
    set: fn(&mut T, String),
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{label}</span>
            <textarea
                class="answer"
                rows=rows
                prop:value=move || list.item(card).map(|item| get(&item)).unwrap_or_default()
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    list.edit(card, &|item| set(item, text.clone()))
                }
            ></textarea>
            <NameNudge text=Signal::derive(move || list.item(card).map(|item| get(&item)).unwrap_or_default()) />
        </label>
    }
}
