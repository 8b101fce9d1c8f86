//! The session's date as one small line in the app's own words ("Tuesday 1 December 2026"),
//! which opens to change it. A new entry joins the session already on its date; when there is
//! one, the line says so and the member can keep this one apart as a different meeting.

use leptos::prelude::*;

use crate::domain::dates;
use crate::domain::journal::{home_for, long_date, Draft};
use crate::domain::schedule::Moment;
use crate::ui::journal::use_journal;

/// What a new entry will join, in words, or why it stands alone.
fn joining(draft: &Draft, sessions: &[crate::domain::journal::Session]) -> Option<&'static str> {
    if draft.session.is_some() {
        return None;
    }
    let on_date = sessions.iter().any(|s| s.date == draft.date);
    if draft.apart {
        return on_date.then_some("Kept apart from the entry already on this date");
    }
    let home = home_for(sessions, draft)?;
    Some(
        match (
            draft.moment,
            home.entry(draft.moment).is_some(),
            home.preparation.is_some(),
        ) {
            (Moment::After, true, _) => "Adds to the reflection you wrote for this date",
            (Moment::Before, true, _) => "Adds to the preparation you wrote for this date",
            (Moment::After, false, true) => "Goes with your preparation for this date",
            (Moment::After, false, false) | (Moment::Before, false, _) => {
                "Goes with the entry already on this date"
            }
        },
    )
}

#[component]
pub fn DateLine(draft: RwSignal<Draft>) -> impl IntoView {
    let journal = use_journal();
    let open = RwSignal::new(false);
    let joins = move || {
        journal
            .sessions
            .with(|sessions| draft.with(|d| joining(d, sessions)))
    };
    // There is another session on this date to join or to keep apart from.
    let choosable = move || {
        draft.with(|d| d.session.is_none())
            && journal
                .sessions
                .with(|sessions| draft.with(|d| sessions.iter().any(|s| s.date == d.date)))
    };
    view! {
        <div class="date-line">
            <button
                type="button"
                class="date-button"
                aria-expanded=move || open.get().to_string()
                aria-controls="session-date-panel"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="visually-hidden">"Session date: "</span>
                {move || long_date(draft.with(|d| d.date))}
            </button>
            {move || joins().map(|words| view! { <span class="joins">{words}</span> })}
            <div id="session-date-panel" class="date-panel" hidden=move || !open.get()>
                <label class="date-field">
                    <span>"Session date"</span>
                    <input
                        type="date"
                        prop:value=move || draft.with(|d| d.date.to_string())
                        on:change=move |ev| {
                            if let Some(date) = dates::read_date(&event_target_value(&ev)) {
                                draft.update(|d| d.date = date);
                            }
                        }
                    />
                </label>
                <Show when=choosable>
                    <fieldset class="choice">
                        <legend>"There's already an entry on this date. Was it the same group meeting?"</legend>
                        <label class="choice-option">
                            <input
                                type="radio"
                                name="same-meeting"
                                prop:checked=move || !draft.with(|d| d.apart)
                                on:change=move |_| draft.update(|d| d.apart = false)
                            />
                            <span>"Yes: put them together"</span>
                        </label>
                        <label class="choice-option">
                            <input
                                type="radio"
                                name="same-meeting"
                                prop:checked=move || draft.with(|d| d.apart)
                                on:change=move |_| draft.update(|d| d.apart = true)
                            />
                            <span>"No, a different meeting: keep it apart"</span>
                        </label>
                    </fieldset>
                </Show>
            </div>
        </div>
    }
}
