//! The member's display choices (theme, text size): loaded once, applied to `<html>`,
//! saved when changed, and any storage trouble kept visible for the Settings page.

use leptos::prelude::*;

use crate::domain::preferences::Preferences;
use crate::domain::storage_problem::StorageProblem;
use crate::domain::stored::PREFERENCES_KEY;
use crate::storage;

#[derive(Clone, Copy)]
pub struct Display {
    pub preferences: RwSignal<Preferences>,
    /// The last storage trouble with these choices, if any, to be said on the Settings page.
    pub problem: RwSignal<Option<StorageProblem>>,
}

impl Display {
    /// Applies a new choice at once and saves it. If saving fails the choice still holds for
    /// this visit and the member is told why it may not last.
    pub fn choose(self, next: Preferences) {
        self.preferences.set(next);
        self.problem
            .set(storage::save(PREFERENCES_KEY, &next).err());
    }
}

impl Display {
    /// Back to the defaults, without saving (after everything was deleted).
    pub fn forget(self) {
        self.preferences.set(Preferences::default());
        self.problem.set(None);
    }
}

pub fn provide_display() {
    let (initial, problem) = match storage::load::<Preferences>(PREFERENCES_KEY) {
        Ok(saved) => (saved.unwrap_or_default(), None),
        Err(problem) => (Preferences::default(), Some(problem)),
    };
    let display = Display {
        preferences: RwSignal::new(initial),
        problem: RwSignal::new(problem),
    };
    Effect::new(move |_| {
        let chosen = display.preferences.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-theme", chosen.theme.attribute());
            let _ = root.set_attribute("data-text-size", chosen.text_size.attribute());
        }
        // The status bar follows the chosen theme too, not only the phone's own setting.
        let [light, dark] = chosen.theme.bar_colours();
        for (scheme, colour) in [("light", light), ("dark", dark)] {
            let selector = format!("meta[name=theme-color][media*={scheme}]");
            if let Ok(Some(meta)) = document().query_selector(&selector) {
                let _ = meta.set_attribute("content", colour);
            }
        }
    });
    provide_context(display);
}

pub fn use_display() -> Display {
    expect_context::<Display>()
}
