//! A 0 to 10 answer. Untouched means skipped; it can be cleared again.

use leptos::prelude::*;

use super::{answer_of, set_answer};
use crate::domain::journal::{Answer, Draft};

#[component]
pub fn ScaleAnswer(id: String, draft: RwSignal<Draft>) -> impl IntoView {
    let key = StoredValue::new(id);
    let value = move || match key.with_value(|id| answer_of(draft, id)) {
        Some(Answer::Scale { value }) => Some(value),
        _ => None,
    };
    view! {
        <div class="scale">
            <input
                type="range"
                min="0"
                max="10"
                step="1"
                aria-labelledby="prompt-title"
                aria-describedby="prompt-help"
                aria-valuetext=move || match value() {
                    Some(v) => format!("{v} out of 10"),
                    None => "Not answered yet".to_owned(),
                }
                prop:value=move || value().unwrap_or(5).to_string()
                on:input=move |ev| {
                    if let Ok(value) = event_target_value(&ev).parse::<u8>() {
                        key.with_value(|id| set_answer(draft, id, Answer::Scale { value }));
                    }
                }
            />
            <p class="scale-value" aria-live="polite">
                {move || match value() {
                    Some(v) => format!("{v} out of 10"),
                    None => "Not answered".to_owned(),
                }}
            </p>
            <Show when=move || value().is_some()>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        key.with_value(|id| draft.update(|d| {
                            d.entry.answers.remove(id);
                        }))
                    }
                >
                    "Clear"
                </button>
            </Show>
        </div>
    }
}
