//! Boundaries practised: a card for each, with what kind, what happened, whether it was
//! respected and how it felt.

use leptos::prelude::*;

use super::cards::{Cards, FitChoice};
use super::{answer_of, set_answer};
use crate::domain::journal::{Answer, Boundary, BoundaryKind, Draft, Fit};

#[component]
pub fn BoundariesAnswer(id: String, draft: RwSignal<Draft>) -> impl IntoView {
    let key = StoredValue::new(id);
    let items = move || match key.with_value(|id| answer_of(draft, id)) {
        Some(Answer::Boundaries { boundaries }) => boundaries,
        _ => Vec::new(),
    };
    let write = move |boundaries: Vec<Boundary>| {
        key.with_value(|id| set_answer(draft, id, Answer::Boundaries { boundaries }))
    };
    let cards = Cards::new(untrack(items).len());
    let item = move |card: u32| cards.position(card).and_then(|i| items().get(i).cloned());
    let edit = move |card: u32, change: &dyn Fn(&mut Boundary)| {
        let mut list = items();
        if let Some(boundary) = cards.position(card).and_then(|i| list.get_mut(i)) {
            change(boundary);
        }
        write(list);
    };
    let add = move |_| {
        let mut list = items();
        list.push(Boundary {
            kind: BoundaryKind::SpokeUp,
            what_happened: String::new(),
            respected: Fit::NotSure,
            how_it_felt: String::new(),
        });
        cards.add();
        write(list);
    };
    view! {
        <For each=move || cards.keys() key=|card| *card let:card>
            <div class="card" role="group" aria-labelledby=format!("boundary-{card}")>
                <h3 id=format!("boundary-{card}")>{move || format!("Boundary {}", cards.number(card))}</h3>
                <label class="field">
                    <span>"What kind"</span>
                    <select on:change=move |ev| {
                        let chosen = event_target_value(&ev);
                        if let Some(kind) = BoundaryKind::ALL.into_iter().find(|k| k.label() == chosen) {
                            edit(card, &|b| b.kind = kind);
                        }
                    }>
                        {BoundaryKind::ALL
                            .into_iter()
                            .map(|kind| {
                                view! {
                                    <option
                                        value=kind.label()
                                        selected=move || item(card).is_some_and(|b| b.kind == kind)
                                    >
                                        {kind.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>"What happened"</span>
                    <textarea
                        class="answer"
                        rows="3"
                        prop:value=move || item(card).map(|b| b.what_happened).unwrap_or_default()
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            edit(card, &|b| b.what_happened = text.clone())
                        }
                    ></textarea>
                </label>
                <FitChoice
                    legend="Was it respected?"
                    name=format!("respected-{card}")
                    value=Signal::derive(move || item(card).map(|b| b.respected).unwrap_or_default())
                    on_choose=Callback::new(move |fit| edit(card, &|b| b.respected = fit))
                />
                <label class="field">
                    <span>"How it felt"</span>
                    <textarea
                        class="answer"
                        rows="2"
                        prop:value=move || item(card).map(|b| b.how_it_felt).unwrap_or_default()
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            edit(card, &|b| b.how_it_felt = text.clone())
                        }
                    ></textarea>
                </label>
                <button
                    type="button"
                    class="button remove"
                    on:click=move |_| {
                        if let Some(position) = cards.remove(card) {
                            let mut list = items();
                            if position < list.len() {
                                list.remove(position);
                            }
                            write(list);
                        }
                    }
                >
                    "Remove this boundary"
                </button>
            </div>
        </For>
        <button type="button" class="button" on:click=add>
            "Add a boundary"
        </button>
    }
}
