//! A group of radio buttons with a legend: one choice out of a few, large enough to tap.

use leptos::prelude::*;

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
