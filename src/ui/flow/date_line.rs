//! The session's date as one small line in the app's own words ("Tuesday 1 December 2026"),
//! which opens to change it. A new entry joins the session already on its date; when there is
//! one, the line says so and the member can keep this one apart as a different meeting.

use leptos::prelude::*;

use crate::domain::dates;
use crate::domain::journal::{home_for, Draft};
use crate::domain::schedule::Moment;
use crate::ui::clock;
use crate::ui::journal::use_journal;

/// What a new entry does that the member may not expect: add to a half already written on
/// its date, or stand apart from the session there. (Going with the other half of the same
/// day's session is what anyone expects, and is said only when the date is opened.)
fn joining(draft: &Draft, sessions: &[crate::domain::journal::Session]) -> Option<&'static str> {
    if draft.session.is_some() {
        return None;
    }
    if draft.apart {
        return sessions
            .iter()
            .any(|s| s.date == draft.date)
            .then_some("Kept apart from the entry already on this date");
    }
    let home = home_for(sessions, draft)?;
    home.entry(draft.moment)
        .is_some()
        .then_some(match draft.moment {
            Moment::After => "Adds to the reflection you wrote for this date",
            Moment::Before => "Adds to the preparation you wrote for this date",
        })
}

#[component]
pub fn DateLine(
    draft: RwSignal<Draft>,
    /// Shown at the end of the line (how far along the flow is).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
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
                {move || {
                    dates::weekday_day_month_near(
                        draft.with(|d| d.date),
                        chrono::Datelike::year(&clock::now().date()),
                    )
                }}
            </button>
            {children.map(|c| c())}
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
