//! Settings: how it looks, the lock, when the group meets, which prompts are asked, own emotion
//! words, the people in the group, the member's own people to reach (a link to their page),
//! how the browser keeps the journal, installing, backups, and deleting everything.

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
use leptos_router::components::A;

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
            <ReachSection />
            <storage_status::StorageStatusSection />
            <install::InstallSection />
            <backup::BackupSection />
            <delete_everything::DeleteEverythingSection />
        </Page>
    }
}

/// Where the member's own people to reach are kept: on their own page, with what they're for.
#[component]
fn ReachSection() -> impl IntoView {
    view! {
        <section aria-labelledby="reach-settings-heading">
            <h2 id="reach-settings-heading">"People you can reach"</h2>
            <p>
                "Your therapist, a friend, your local crisis line: add them, change them or take them off your list on the page about feeling uncomfortable or unsafe."
            </p>
            <p>
                <A href=Screen::Unsafe.path() attr:class="button">
                    "Uncomfortable or unsafe?"
                </A>
            </p>
        </section>
    }
}
