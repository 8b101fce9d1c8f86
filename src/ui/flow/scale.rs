//! A 0 to 10 answer, as eleven radio buttons named by the prompt: none is chosen until the
//! member chooses (a slider would already sit somewhere), and Clear takes it back to skipped.

use leptos::prelude::*;

use super::cards::ClearChoice;
use super::{answer_of, set_answer};
use crate::domain::journal::{Answer, Draft};

/// The highest point of the scale.
const TOP: u8 = 10;

#[component]
pub fn ScaleAnswer(id: String, draft: RwSignal<Draft>) -> impl IntoView {
    let name = format!("scale-{id}");
    let key = StoredValue::new(id);
    let value = move || match key.with_value(|id| answer_of(draft, id)) {
        Some(Answer::Scale { value }) => Some(value),
        _ => None,
    };
    let first = NodeRef::<leptos::html::Input>::new();
    view! {
        // Named and described by the prompt above it, so the group is read out as the question.
        <fieldset class="choice scale" aria-labelledby="prompt-title" aria-describedby="prompt-help">
            <div class="scale-options">
                {(0..=TOP)
                    .map(|point| {
                        view! {
                            <label class="choice-option scale-option">
                                <input
                                    type="radio"
                                    name=name.clone()
                                    node_ref=if point == 0 { first } else { NodeRef::new() }
                                    prop:checked=move || value() == Some(point)
                                    on:change=move |_| {
                                        key.with_value(|id| set_answer(draft, id, Answer::Scale { value: point }));
                                    }
                                />
                                <span>{point}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="scale-value">
                {move || match value() {
                    Some(v) => format!("{v} out of {TOP}"),
                    None => "Not answered".to_owned(),
                }}
            </p>
            <ClearChoice
                answered=Signal::derive(move || value().is_some())
                first=first
                on_clear=Callback::new(move |()| {
                    key.with_value(|id| draft.update(|d| {
                        d.entry.answers.remove(id);
                    }))
                })
            />
        </fieldset>
    }
}
