//! Stable keys for a list of answer cards, so typing in one card never rebuilds the others
//! (which would move the cursor and the screen reader's place).

use leptos::prelude::*;

use crate::domain::journal::Fit;

#[derive(Clone, Copy)]
pub struct Cards {
    keys: RwSignal<Vec<u32>>,
    next: StoredValue<u32>,
}

impl Cards {
    pub fn new(count: usize) -> Self {
        let count = u32::try_from(count).unwrap_or(0);
        Cards {
            keys: RwSignal::new((0..count).collect()),
            next: StoredValue::new(count),
        }
    }

    pub fn keys(&self) -> Vec<u32> {
        self.keys.get()
    }

    pub fn add(&self) {
        let key = self.next.get_value();
        self.next.set_value(key + 1);
        self.keys.update(|keys| keys.push(key));
    }

    /// Removes a card and returns where it was.
    pub fn remove(&self, key: u32) -> Option<usize> {
        let position = self.position(key)?;
        self.keys.update(|keys| {
            keys.remove(position);
        });
        Some(position)
    }

    pub fn position(&self, key: u32) -> Option<usize> {
        self.keys
            .with_untracked(|keys| keys.iter().position(|k| *k == key))
    }

    /// The card's place, counted from 1 for people (tracked).
    pub fn number(&self, key: u32) -> usize {
        self.keys
            .with(|keys| keys.iter().position(|k| *k == key))
            .map_or(0, |p| p + 1)
    }
}

/// Yes / partly / no / not sure, as radio buttons.
#[component]
pub fn FitChoice(
    legend: &'static str,
    name: String,
    #[prop(into)] value: Signal<Fit>,
    on_choose: Callback<Fit>,
) -> impl IntoView {
    view! {
        <fieldset class="choice fit">
            <legend>{legend}</legend>
            {Fit::ALL
                .into_iter()
                .map(|fit| {
                    view! {
                        <label class="choice-option">
                            <input
                                type="radio"
                                name=name.clone()
                                prop:checked=move || value.get() == fit
                                on:change=move |_| on_choose.run(fit)
                            />
                            <span>{fit.label()}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
