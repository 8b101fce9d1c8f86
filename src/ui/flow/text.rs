//! A free-text answer, with optional ways to begin.

use leptos::prelude::*;

use super::{answer_of, set_answer};
use crate::domain::journal::{Answer, Draft};
use crate::ui::nudge::NameNudge;

#[component]
pub fn TextAnswer(
    id: String,
    starters: &'static [&'static str],
    draft: RwSignal<Draft>,
) -> impl IntoView {
    let area = NodeRef::<leptos::html::Textarea>::new();
    let key = StoredValue::new(id);
    let current = move || match key.with_value(|id| answer_of(draft, id)) {
        Some(Answer::Text { text }) => text,
        _ => String::new(),
    };
    let write =
        move |text: String| key.with_value(|id| set_answer(draft, id, Answer::Text { text }));
    view! {
        <Show when=move || !starters.is_empty()>
            <p class="starters-label">"Ways to begin:"</p>
            <div class="starters">
                {starters
                    .iter()
                    .map(|starter| {
                        view! {
                            <button
                                type="button"
                                class="chip"
                                on:click=move |_| {
                                    let before = current();
                                    let joined = if before.trim().is_empty() {
                                        starter.to_string()
                                    } else {
                                        format!("{}\n{starter}", before.trim_end())
                                    };
                                    write(joined);
                                    if let Some(area) = area.get() {
                                        let _ = area.focus();
                                    }
                                }
                            >
                                {*starter}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </Show>
        <textarea
            node_ref=area
            class="answer"
            rows="4"
            aria-labelledby="prompt-title"
            aria-describedby="prompt-help"
            prop:value=current
            on:input=move |ev| write(event_target_value(&ev))
        ></textarea>
        <NameNudge text=Signal::derive(current) />
    }
}
