//! Settings: how it looks, the lock, when the group meets, which prompts are asked, own emotion
//! words, the people in the group, how the browser keeps the journal, installing, backups, and
//! deleting everything.

mod backup;
mod delete_everything;
mod display;
mod install;
mod lock;
mod own_list;
mod own_words;
mod passphrase;
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
            <lock::LockSection />
            <schedule::ScheduleSection />
            <prompts::PromptsSection />
            <own_words::OwnWordsSection />
            <people::PeopleSection />
            <storage_status::StorageStatusSection />
            <install::InstallSection />
            <backup::BackupSection />
            <delete_everything::DeleteEverythingSection />
        </Page>
    }
}
