//! The group's schedule: optional, and journaling works without it. With one, a calendar file
//! for the phone's own calendar, with reminders only if the member chooses them.

use leptos::prelude::*;

use chrono::Utc;

use crate::domain::calendar::{ics, CalendarChoices, Reminder};
use crate::domain::schedule::ScheduleForm;
use crate::domain::trouble::Said;
use crate::ui::choice::Toggle;
use crate::ui::clock;
use crate::ui::files::offer_download;
use crate::ui::journal::use_journal;
use crate::ui::said::SaidLine;

#[component]
pub fn ScheduleSection() -> impl IntoView {
    let journal = use_journal();
    let form = RwSignal::new(
        journal
            .settings
            .with_untracked(|s| s.schedule.as_ref().map(ScheduleForm::from_schedule))
            .unwrap_or_else(|| ScheduleForm {
                rhythm: "weekly".into(),
                start_time: "18:00".into(),
                ..ScheduleForm::default()
            }),
    );
    let message = RwSignal::new(None::<Said>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        message.set(Some(match form.get_untracked().understand() {
            Ok(schedule) => Said::of(
                journal.change_settings(|s| s.schedule = Some(schedule)),
                "Schedule saved.",
            ),
            Err(problem) => Said::trouble(problem),
        }));
    };
    let remove = move |_| {
        message.set(Some(Said::of(
            journal.change_settings(|s| s.schedule = None),
            "Schedule removed. Your entries are all still here.",
        )));
    };
    let rhythm = move || form.with(|f| f.rhythm.clone());
    let use_name = RwSignal::new(false);
    // Reminders in the calendar file: none unless chosen.
    let prepare = RwSignal::new(false);
    let reflect = RwSignal::new(false);
    let exported = RwSignal::new(None::<Said>);
    let export = move |_| {
        let Some(schedule) = journal.settings.with_untracked(|s| s.schedule.clone()) else {
            return;
        };
        // Private by default: the phone's calendar just says "Group".
        let title = if use_name.get_untracked() && !schedule.group_name.is_empty() {
            schedule.group_name.clone()
        } else {
            "Group".to_owned()
        };
        let mut reminders = Vec::new();
        if prepare.get_untracked() {
            reminders.push(Reminder::Prepare { minutes_before: 60 });
        }
        if reflect.get_untracked() {
            reminders.push(Reminder::Reflect);
        }
        let file = ics(
            &schedule,
            CalendarChoices {
                title: &title,
                reminders: &reminders,
            },
            Utc::now().naive_utc(),
            clock::now(),
        );
        exported.set(Some(Said::of(
            offer_download("group-sessions.ics", "text/calendar", &file),
            "The calendar file is downloading. Open it to add the sessions to your calendar.",
        )));
    };
    let rhythm_option = move |value: &'static str, label: &'static str| {
        view! {
            <label class="choice-option">
                <input
                    type="radio"
                    name="rhythm"
                    value=value
                    prop:checked=move || rhythm() == value
                    on:change=move |_| form.update(|f| f.rhythm = value.to_owned())
                />
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <div class="schedule-form">
            <p class="quiet">
                "Optional. With it, Home shows the next session and your sessions are numbered by the group's calendar."
            </p>
            <form class="stack" on:submit=save>
                <label class="field">
                    <span>"Group name (optional, only you see it)"</span>
                    <input
                        type="text"
                        prop:value=move || form.with(|f| f.group_name.clone())
                        on:input=move |ev| form.update(|f| f.group_name = event_target_value(&ev))
                    />
                </label>
                <fieldset class="choice">
                    <legend>"How often does the group meet?"</legend>
                    {rhythm_option("weekly", "Every week")}
                    {rhythm_option("every-two-weeks", "Every two weeks")}
                    {rhythm_option("custom", "On dates I'll list")}
                </fieldset>
                <Show
                    when=move || rhythm() == "custom"
                    fallback=move || {
                        view! {
                            <label class="field">
                                <span>"Date of the first session (it sets the weekday)"</span>
                                <input
                                    type="date"
                                    prop:value=move || form.with(|f| f.first_session.clone())
                                    on:input=move |ev| {
                                        form.update(|f| f.first_session = event_target_value(&ev))
                                    }
                                />
                            </label>
                        }
                    }
                >
                    <label class="field">
                        <span>"Session dates, one per line (like 2026-09-08)"</span>
                        <textarea
                            rows="4"
                            prop:value=move || form.with(|f| f.custom_dates.clone())
                            on:input=move |ev| form.update(|f| f.custom_dates = event_target_value(&ev))
                        ></textarea>
                    </label>
                </Show>
                <label class="field">
                    <span>"Start time"</span>
                    <input
                        type="time"
                        prop:value=move || form.with(|f| f.start_time.clone())
                        on:input=move |ev| form.update(|f| f.start_time = event_target_value(&ev))
                    />
                </label>
                <div class="inline-actions">
                    <button type="submit" class="button button-primary">
                        "Save schedule"
                    </button>
                    <Show when=move || journal.settings.with(|s| s.schedule.is_some())>
                        <button type="button" class="button" on:click=remove>
                            "Remove schedule"
                        </button>
                    </Show>
                </div>
                <SaidLine said=message />
            </form>
        </div>
        <Show when=move || journal.settings.with(|s| s.schedule.is_some())>
            <section class="stack calendar-export" aria-labelledby="calendar-heading">
                <h2 id="calendar-heading">"Add the sessions to your calendar"</h2>
                <p class="quiet">
                    "Your phone's calendar can remind you; Here & Now never sends anything. Reminders are only added if you choose them."
                </p>
                <Toggle label="Use the group's name as the title (otherwise it just says Group)" checked=use_name />
                <Toggle label="Remind me to prepare, an hour before" checked=prepare />
                <Toggle label="Remind me to reflect, when the session ends" checked=reflect />
                <button type="button" class="button" on:click=export>
                    "Download calendar file (.ics)"
                </button>
                <SaidLine said=exported />
            </section>
        </Show>
    }
}
