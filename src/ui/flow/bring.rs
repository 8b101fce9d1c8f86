//! What to bring into the room: the member's words, anything waiting from last time, and
//! "only if it feels right" (the member sets the pace).

use leptos::prelude::*;

use super::{answer_of, set_answer};
use crate::domain::journal::{Answer, Carried, Draft};
use crate::ui::journal::use_journal;
use crate::ui::nudge::NameNudge;

#[derive(Clone, Default)]
struct Bring {
    text: String,
    carried: Vec<Carried>,
    only_if_right: bool,
}

#[component]
pub fn BringAnswer(id: String, draft: RwSignal<Draft>) -> impl IntoView {
    let journal = use_journal();
    let key = StoredValue::new(id);
    let current = move || match key.with_value(|id| answer_of(draft, id)) {
        Some(Answer::Bring {
            text,
            carried,
            only_if_right,
        }) => Bring {
            text,
            carried,
            only_if_right,
        },
        _ => Bring::default(),
    };
    let change = move |edit: &dyn Fn(&mut Bring)| {
        let mut bring = current();
        edit(&mut bring);
        let Bring {
            text,
            carried,
            only_if_right,
        } = bring;
        key.with_value(|id| {
            set_answer(
                draft,
                id,
                Answer::Bring {
                    text,
                    carried,
                    only_if_right,
                },
            )
        });
    };
    let waiting = move || {
        journal
            .carry
            .with(|c| c.open().cloned().collect::<Vec<_>>())
    };
    view! {
        <Show when=move || !waiting().is_empty()>
            <fieldset class="carried">
                <legend>"Waiting from last time"</legend>
                <For each=waiting key=|item| item.id.clone() let:item>
                    <label class="choice-option">
                        <input
                            type="checkbox"
                            prop:checked={
                                let id = item.id.clone();
                                move || current().carried.iter().any(|c| c.id == id)
                            }
                            on:change={
                                let picked = Carried { id: item.id.clone(), text: item.text.clone() };
                                move |ev| {
                                    let on = event_target_checked(&ev);
                                    change(&|b| {
                                        b.carried.retain(|c| c.id != picked.id);
                                        if on {
                                            b.carried.push(picked.clone());
                                        }
                                    })
                                }
                            }
                        />
                        <span>{item.text.clone()}</span>
                    </label>
                </For>
            </fieldset>
        </Show>
        <textarea
            class="answer"
            rows="4"
            aria-labelledby="prompt-title"
            aria-describedby="prompt-help"
            prop:value=move || current().text
            on:input=move |ev| {
                let text = event_target_value(&ev);
                change(&|b| b.text = text.clone())
            }
        ></textarea>
        <NameNudge text=Signal::derive(move || current().text) />
        <label class="choice-option">
            <input
                type="checkbox"
                prop:checked=move || current().only_if_right
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    change(&|b| b.only_if_right = on)
                }
            />
            <span>"I'll bring it only if it feels right"</span>
        </label>
    }
}
