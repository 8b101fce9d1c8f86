//! Backups: download the whole journal as a file, and bring one back without losing anything.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::backup::{self, Backup, ImportPlan};
use crate::ui::clock;
use crate::ui::display::use_display;
use crate::ui::files::{offer_download, picked_text};
use crate::ui::journal::use_journal;

#[component]
pub fn BackupSection() -> impl IntoView {
    let journal = use_journal();
    let display = use_display();
    let message = RwSignal::new(None::<(bool, String)>);
    let pending = RwSignal::new(None::<ImportPlan>);
    let picker = NodeRef::<leptos::html::Input>::new();

    let download = move |_| {
        let file = Backup::new(
            journal.sessions.get_untracked(),
            journal.settings.get_untracked(),
            journal.carry.get_untracked(),
            display.preferences.get_untracked(),
            clock::now(),
        );
        message.set(
            match offer_download(&file.file_name(), "application/json", &file.to_text()) {
                Ok(()) => Some((
                    true,
                    "Your backup is downloading. Keep it somewhere only you can reach.".to_owned(),
                )),
                Err(_) => Some((
                    false,
                    "The backup file couldn't be made in this browser. Nothing was changed."
                        .to_owned(),
                )),
            },
        );
    };

    let picked = move |_| {
        let Some(input) = picker.get_untracked() else {
            return;
        };
        pending.set(None);
        spawn_local(async move {
            let outcome = match picked_text(&input).await {
                None => return,
                Some(Err(problem)) => Err(problem),
                Some(Ok(text)) => backup::read(&text).map_err(|p| p.message()),
            };
            match outcome {
                Err(problem) => message.set(Some((false, problem))),
                Ok(file) => {
                    let (settings, carry) = (
                        journal.settings.get_untracked(),
                        journal.carry.get_untracked(),
                    );
                    let plan = journal.sessions.with_untracked(|sessions| {
                        backup::plan(sessions, &settings, &carry, &file)
                    });
                    if plan.changes_nothing(&settings, &carry) {
                        message.set(Some((
                            true,
                            format!("{} Nothing to add: it's all here already.", plan.summary()),
                        )));
                    } else {
                        message.set(Some((true, plan.summary())));
                        pending.set(Some(plan));
                    }
                }
            }
            input.set_value("");
        });
    };

    let import = move |_| {
        if let Some(plan) = pending.get_untracked() {
            let added = plan.to_write.len();
            message.set(Some(match journal.apply_import(plan) {
                Ok(()) => (
                    true,
                    format!("Imported. {added} added to your journal; nothing here was replaced."),
                ),
                Err(problem) => (false, problem.message()),
            }));
            pending.set(None);
        }
    };

    view! {
        <section aria-labelledby="backup-heading">
            <h2 id="backup-heading">"Backups"</h2>
            <p>
                "Your journal lives only in this browser. A backup is a file you keep, so you can bring your entries back if this browser's data is ever cleared, or move them to a new phone."
            </p>
            <p class="notice">
                "Backup files are not encrypted: anyone who opens one can read everything you wrote. Keep it somewhere only you can reach."
            </p>
            <button type="button" class="button" on:click=download>
                "Download a backup"
            </button>
            <label class="field restore">
                <span>"Restore from a backup file"</span>
                <input node_ref=picker type="file" accept=".json,application/json" on:change=picked />
            </label>
            <div role="status" aria-live="polite">
                {move || message.get().map(|(ok, text)| view! {
                    <p class=if ok { "notice" } else { "notice problem" }>{text}</p>
                })}
            </div>
            <Show when=move || pending.with(Option::is_some)>
                <div class="inline-actions">
                    <button type="button" class="button button-primary" on:click=import>
                        "Import"
                    </button>
                    <button type="button" class="button" on:click=move |_| {
                        pending.set(None);
                        message.set(Some((true, "Nothing was imported.".to_owned())));
                    }>
                        "Cancel"
                    </button>
                </div>
            </Show>
        </section>
    }
}
