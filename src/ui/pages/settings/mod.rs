//! Settings: a list of rows, each saying its state in a few words ("Lock: Off", "Last backup:
//! 3 weeks ago") and opening its own page at its own address (`/settings/lock`, …): the lock,
//! backups, when the group meets, which prompts are asked, how it looks, own emotion words,
//! the people in the group, the member's own people to reach (their page), keeping the
//! journal on this device (the browser's room, the home screen); and last, set apart,
//! deleting everything.

mod backup;
mod delete_everything;
mod display;
mod lock;
mod own_list;
mod own_words;
mod passkeys;
mod passphrase;
mod people;
mod prompts;
mod schedule;
mod storage_status;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::domain::settings_rows as rows;
use crate::screens::{Screen, SettingsPage};
use crate::storage;
use crate::ui::app_update::offline_use;
use crate::ui::clock;
use crate::ui::display::use_display;
use crate::ui::install_prompt::running_installed;
use crate::ui::journal::use_journal;
use crate::ui::page::Page;
use crate::ui::vault::LockStatus;

/// The first screen of Settings: every row with its state, and no form open.
#[component]
pub fn Settings() -> impl IntoView {
    let journal = use_journal();
    let display = use_display();
    let today = clock::now().date();
    let settings = journal.settings;
    let installed = running_installed();
    let offline_here = offline_use().explanation().is_none();
    let state = move |page: SettingsPage| -> String {
        match page {
            SettingsPage::Lock => {
                rows::lock(journal.vault.status.get() != LockStatus::Off).to_owned()
            }
            SettingsPage::Backups => settings.with(|s| rows::last_backup(s.last_backup, today)),
            SettingsPage::Schedule => settings.with(|s| rows::schedule(s.schedule.as_ref())),
            SettingsPage::Prompts => {
                settings.with(|s| rows::prompts(&s.hidden_prompts, s.own_prompts.len()))
            }
            SettingsPage::Display => rows::display(&display.preferences.get()),
            SettingsPage::OwnWords => {
                settings.with(|s| rows::count(s.own_emotions.len(), "word", "words"))
            }
            SettingsPage::People => {
                settings.with(|s| rows::count(s.people.len(), "person", "people"))
            }
            SettingsPage::Storage => {
                // Counted again whenever the journal changes.
                journal.sessions.track();
                settings.track();
                rows::keeping(storage::bytes_used().ok(), installed, offline_here)
            }
            SettingsPage::DeleteEverything => String::new(),
        }
    };
    let row = move |page: SettingsPage| {
        view! {
            <Row
                href=Screen::Setting(page).path()
                label=page.row_label()
                state=Signal::derive(move || state(page))
            />
        }
    };
    let reach = move || settings.with(|s| rows::count(s.contacts.len(), "person", "people"));
    view! {
        <Page screen=Screen::Settings>
            <ul class="settings-rows">
                {row(SettingsPage::Lock)}
                {row(SettingsPage::Backups)}
                {row(SettingsPage::Schedule)}
                {row(SettingsPage::Prompts)}
                {row(SettingsPage::Display)}
                {row(SettingsPage::OwnWords)}
                {row(SettingsPage::People)}
                <Row
                    href=Screen::Unsafe.path()
                    label="People you can reach"
                    state=Signal::derive(reach)
                />
                {row(SettingsPage::Storage)}
            </ul>
            <ul class="settings-rows danger-rows">
                <li>
                    <A href=Screen::Setting(SettingsPage::DeleteEverything).path() attr:class="settings-row danger-row">
                        <span class="row-label">{SettingsPage::DeleteEverything.row_label()}</span>
                        <span class="row-go" aria-hidden="true">"\u{203a}"</span>
                    </A>
                </li>
            </ul>
        </Page>
    }
}

/// One row: what it is, its state, and the way in.
#[component]
fn Row(href: &'static str, label: &'static str, state: Signal<String>) -> impl IntoView {
    view! {
        <li>
            <A href=href attr:class="settings-row">
                <span class="row-label">{label}</span>
                <span class="row-state">{move || state.get()}</span>
                <span class="row-go" aria-hidden="true">"\u{203a}"</span>
            </A>
        </li>
    }
}

/// One part of Settings on its own page (`/settings/<part>`), with the way back to the list.
#[component]
pub fn SettingsPart() -> impl IntoView {
    let params = use_params_map();
    let part = Memo::new(move |_| {
        params.with(|p| {
            p.get("part")
                .and_then(|slug| SettingsPage::from_slug(&slug))
        })
    });
    move || match part.get() {
        None => view! { <super::NotFound /> }.into_any(),
        Some(page) => view! {
            <Page screen=Screen::Setting(page) back=Screen::Settings>
                {match page {
                    SettingsPage::Lock => view! { <lock::LockSection /> }.into_any(),
                    SettingsPage::Backups => view! { <backup::BackupSection /> }.into_any(),
                    SettingsPage::Schedule => view! { <schedule::ScheduleSection /> }.into_any(),
                    SettingsPage::Prompts => view! { <prompts::PromptsSection /> }.into_any(),
                    SettingsPage::Display => view! { <display::DisplaySection /> }.into_any(),
                    SettingsPage::OwnWords => view! { <own_words::OwnWordsSection /> }.into_any(),
                    SettingsPage::People => view! { <people::PeopleSection /> }.into_any(),
                    SettingsPage::Storage => {
                        view! { <storage_status::StorageStatusSection /> }.into_any()
                    }
                    SettingsPage::DeleteEverything => {
                        view! { <delete_everything::DeleteEverythingSection /> }.into_any()
                    }
                }}
            </Page>
        }
        .into_any(),
    }
}
