use leptos::prelude::*;

use crate::domain::preferences::{Preferences, TextSize, Theme};
use crate::ui::choice::Choice;
use crate::ui::display::use_display;

#[component]
pub fn DisplaySection() -> impl IntoView {
    let display = use_display();
    let current = move || display.preferences.get_untracked();
    view! {

                {move || {
                    display
                        .problem
                        .get()
                        .map(|problem| {
                            view! {
                                <p class="notice" role="alert">
                                    {problem.message()}
                                </p>
                            }
                        })
                }}
                <Choice
                    legend="Text size"
                    name="text-size"
                    options=TextSize::ALL.into_iter().map(|size| (size, size.label())).collect()
                    chosen=Signal::derive(move || display.preferences.get().text_size)
                    on_choose=Callback::new(move |text_size| {
                        display.choose(Preferences { text_size, ..current() })
                    })
                />
                <Choice
                    legend="Colours"
                    name="theme"
                    options=Theme::ALL.into_iter().map(|theme| (theme, theme.label())).collect()
                    chosen=Signal::derive(move || display.preferences.get().theme)
                    on_choose=Callback::new(move |theme| display.choose(Preferences { theme, ..current() }))
                />
                <Choice
                    legend="Your entries list"
                    name="entries-list"
                    options=vec![
                        (false, "Dates, feelings and a line of each"),
                        (true, "Dates only, for reading in company"),
                    ]
                    chosen=Signal::derive(move || display.preferences.get().dates_only)
                    on_choose=Callback::new(move |dates_only| {
                        display.choose(Preferences { dates_only, ..current() })
                    })
                />
    }
}
