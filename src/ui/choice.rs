//! A group of radio buttons with a legend: one choice out of a few, large enough to tap; a
//! checkbox bound to a yes/no signal; an optional date.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::dates;

#[component]
pub fn Choice<T>(
    /// What the group is about, read out before the options.
    legend: &'static str,
    /// The radio group's name (unique on the page).
    name: &'static str,
    /// Each option with its label.
    options: Vec<(T, &'static str)>,
    /// The option chosen now.
    #[prop(into)]
    chosen: Signal<T>,
    /// Called when the member picks another option.
    on_choose: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <fieldset class="choice">
            <legend>{legend}</legend>
            {options
                .into_iter()
                .map(|(option, label)| {
                    view! {
                        <label class="choice-option">
                            <input
                                type="radio"
                                name=name
                                prop:checked=move || chosen.get() == option
                                on:change=move |_| on_choose.run(option)
                            />
                            <span>{label}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// One checkbox with its label, bound to a yes/no signal.
#[component]
pub fn Toggle(
    /// What ticking it means, as the member reads it.
    #[prop(into)]
    label: String,
    checked: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <label class="choice-option">
            <input
                type="checkbox"
                prop:checked=move || checked.get()
                on:change=move |ev| checked.set(event_target_checked(&ev))
            />
            <span>{label}</span>
        </label>
    }
}

/// A labelled date field that may be left empty (a range's "From" or "To").
#[component]
pub fn DateField(label: &'static str, date: RwSignal<Option<NaiveDate>>) -> impl IntoView {
    view! {
        <label class="field">
            <span>{label}</span>
            <input
                type="date"
                prop:value=move || date.get().map(|d| d.to_string()).unwrap_or_default()
                on:input=move |ev| date.set(dates::read_date(&event_target_value(&ev)))
            />
        </label>
    }
}
