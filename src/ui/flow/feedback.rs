//! Feedback received: what was said (in the member's words), from whom (initials or a
//! nickname), how it landed, whether it matches how they think they come across, and what
//! they want to do with it.

use leptos::prelude::*;

use super::cards::{card_text, CardList, FitChoice};
use crate::domain::journal::{Answer, Draft, FeedbackReceived};
use crate::ui::journal::use_journal;
use crate::ui::nudge::NameNudge;

#[component]
pub fn FeedbackAnswer(id: String, draft: RwSignal<Draft>) -> impl IntoView {
    let journal = use_journal();
    let list = CardList::new(
        id,
        draft,
        |answer| match answer {
            Answer::Feedback { items } => Some(items),
            _ => None,
        },
        |items| Answer::Feedback { items },
    );
    let cards = list.cards;
    // Initials and nicknames used before, offered as the member types.
    let known_people: Vec<String> = journal.sessions.with_untracked(|sessions| {
        let mut people: Vec<String> = sessions
            .iter()
            .filter_map(|s| s.reflection.as_ref())
            .flat_map(|entry| entry.answers.values())
            .filter_map(|answer| match answer {
                Answer::Feedback { items } => Some(items.iter().map(|f| f.from.clone())),
                _ => None,
            })
            .flatten()
            .filter(|from| !from.trim().is_empty())
            .collect();
        crate::domain::sorting::sort(&mut people);
        people.dedup();
        // The member's own list of the group comes first.
        let mut listed = journal.settings.with_untracked(|s| s.people.clone());
        people.retain(|p| !listed.contains(p));
        listed.append(&mut people);
        listed
    });
    view! {
        <datalist id="group-people">
            {known_people.into_iter().map(|p| view! { <option value=p></option> }).collect_view()}
        </datalist>
        <For each=move || cards.keys() key=|card| *card let:card>
            <div class="card" role="group" aria-labelledby=format!("feedback-{card}")>
                <h3 id=format!("feedback-{card}")>{move || format!("Feedback {}", cards.number(card))}</h3>
                {card_text(list, card, "What was said, in your words", "3", |f| f.what_was_said.clone(), |f, t| f.what_was_said = t)}
                <label class="field">
                    <span>"From (initials or a nickname)"</span>
                    <input
                        type="text"
                        list="group-people"
                        autocomplete="off"
                        maxlength="24"
                        prop:value=move || list.item(card).map(|f| f.from).unwrap_or_default()
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            list.edit(card, &|f| f.from = text.clone())
                        }
                    />
                    <NameNudge text=Signal::derive(move || list.item(card).map(|f| f.from).unwrap_or_default()) field=true />
                </label>
                {card_text(list, card, "How it landed", "2", |f| f.how_it_landed.clone(), |f, t| f.how_it_landed = t)}
                <FitChoice
                    legend="Does it match how you think you come across?"
                    name=format!("matches-{card}")
                    value=Signal::derive(move || list.item(card).and_then(|f| f.matches))
                    on_choose=Callback::new(move |fit| list.edit(card, &|f| f.matches = fit))
                />
                {card_text(list, card, "What you want to do with it", "2", |f| f.what_i_will_do.clone(), |f, t| f.what_i_will_do = t)}
                <button type="button" class="button remove" on:click=move |_| list.remove(card)>
                    "Remove this feedback"
                </button>
            </div>
        </For>
        <button type="button" class="button" on:click=move |_| list.add(FeedbackReceived::default())>
            "Add feedback you received"
        </button>
    }
}
