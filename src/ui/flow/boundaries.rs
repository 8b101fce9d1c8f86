//! Boundaries practised: a card for each, with what kind, what happened, whether it was
//! respected and how it felt. A new card has no kind and no answer to "was it respected?"
//! until the member gives one.

use leptos::prelude::*;

use super::cards::{card_text, CardList, FitChoice};
use crate::domain::journal::{Answer, Boundary, BoundaryKind, Draft};

#[component]
pub fn BoundariesAnswer(id: String, draft: RwSignal<Draft>) -> impl IntoView {
    let list = CardList::new(
        id,
        draft,
        |answer| match answer {
            Answer::Boundaries { boundaries } => Some(boundaries),
            _ => None,
        },
        |boundaries| Answer::Boundaries { boundaries },
    );
    let cards = list.cards;
    view! {
        <For each=move || cards.keys() key=|card| *card let:card>
            <div class="card" role="group" aria-labelledby=format!("boundary-{card}")>
                <h3 id=format!("boundary-{card}")>{move || format!("Boundary {}", cards.number(card))}</h3>
                <label class="field">
                    <span>"What kind"</span>
                    <select on:change=move |ev| {
                        let chosen = event_target_value(&ev);
                        let kind = BoundaryKind::ALL.into_iter().find(|k| k.label() == chosen);
                        list.edit(card, &|b| b.kind = kind);
                    }>
                        // Not a kind: what the list says until the member picks one, and how
                        // a kind picked by mistake is taken back.
                        <option value="" selected=move || list.item(card).is_some_and(|b| b.kind.is_none())>
                            "Choose…"
                        </option>
                        {BoundaryKind::ALL
                            .into_iter()
                            .map(|kind| {
                                view! {
                                    <option
                                        value=kind.label()
                                        selected=move || list.item(card).is_some_and(|b| b.kind == Some(kind))
                                    >
                                        {kind.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                {card_text(list, card, "What happened", "3", |b| b.what_happened.clone(), |b, t| b.what_happened = t)}
                <FitChoice
                    legend="Was it respected?"
                    name=format!("respected-{card}")
                    value=Signal::derive(move || list.item(card).and_then(|b| b.respected))
                    on_choose=Callback::new(move |fit| list.edit(card, &|b| b.respected = fit))
                />
                {card_text(list, card, "How it felt", "2", |b| b.how_it_felt.clone(), |b, t| b.how_it_felt = t)}
                <button type="button" class="button remove" on:click=move |_| list.remove(card)>
                    "Remove this boundary"
                </button>
            </div>
        </For>
        <button
            type="button"
            class="button"
            on:click=move |_| list.add(Boundary::default())
        >
            "Add a boundary"
        </button>
    }
}
