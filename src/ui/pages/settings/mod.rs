//! Settings: how it looks, when the group meets, which prompts are asked, own emotion words,
//! the people in the group, how the browser keeps the journal, backups, and deleting everything.

mod backup;
mod delete_everything;
mod display;
mod own_list;
mod own_words;
mod people;
mod prompts;
mod schedule;
mod storage_status;

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
            <people::PeopleSection />
            <storage_status::StorageStatusSection />
            <backup::BackupSection />
            <delete_everything::DeleteEverythingSection />
        </Page>
    }
}
