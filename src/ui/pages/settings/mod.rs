//! Settings: how it looks, when the group meets, which prompts are asked, own emotion words,
//! and backups.

mod backup;
mod display;
mod own_words;
mod prompts;
mod schedule;

use leptos::prelude::*;

use crate::screens::Screen;
use crate::ui::page::Page;

#[component]
pub fn Settings() -> impl IntoView {
    view! {
        <Page screen=Screen::Settings>
            <display::DisplaySection />
            <schedule::ScheduleSection />
            <prompts::PromptsSection />
            <own_words::OwnWordsSection />
            <backup::BackupSection />
        </Page>
    }
}
