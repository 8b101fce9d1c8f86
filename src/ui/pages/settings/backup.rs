//! Backups: download the whole journal as a file, and bring one back without losing anything.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::passphrase::PassphraseField;
use crate::crypto;
use crate::domain::backup::{self, Backup, BackupProblem, EncryptedBackup, ImportPlan};
use crate::domain::lock::check_new_passphrase;
use crate::ui::choice::Toggle;
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

    // A backup can carry a passphrase of its own; without one, the file says so plainly.
    let protect = RwSignal::new(false);
    let passphrase = RwSignal::new(String::new());
    let repeated = RwSignal::new(String::new());
    let remember_backup = move || {
        let sessions = journal.sessions.with_untracked(Vec::len);
        let _ = journal.change_settings(|s| s.sessions_at_last_backup = sessions);
    };
    let download = move |_| {
        let file = Backup::new(
            journal.sessions.get_untracked(),
            journal.settings.get_untracked(),
            journal.carry.get_untracked(),
            display.preferences.get_untracked(),
            clock::now(),
        );
        let could_not = || {
            Some((
                false,
                "The backup file couldn't be made in this browser. Nothing was changed.".to_owned(),
            ))
        };
        if !protect.get_untracked() {
            message.set(
                match offer_download(&file.file_name(), "application/json", &file.to_text()) {
                    Ok(()) => {
                        remember_backup();
                        Some((true, "Your backup is downloading. It isn't encrypted: anyone who opens the file can read it, so keep it somewhere only you can reach.".to_owned()))
                    }
                    Err(_) => could_not(),
                },
            );
            return;
        }
        let (typed, again) = (passphrase.get_untracked(), repeated.get_untracked());
        if let Err(problem) = check_new_passphrase(&typed, &again) {
            message.set(Some((false, problem.message())));
            return;
        }
        message.set(Some((true, "Encrypting your backup…".to_owned())));
        spawn_local(async move {
            let sealed = crypto::seal_backup(&typed, &file.to_text()).await;
            message.set(match sealed {
                Ok((kdf, sealed)) => {
                    let protected = EncryptedBackup::new(file.created, kdf, sealed);
                    match offer_download(&protected.file_name(), "application/json", &protected.to_text()) {
                        Ok(()) => {
                            remember_backup();
                            Some((true, "Your protected backup is downloading. It opens only with the passphrase you just chose.".to_owned()))
                        }
                        Err(_) => could_not(),
                    }
                }
                Err(problem) => Some((false, problem.message())),
            });
        });
    };

    // A backup's text, read and checked, becomes a plan to confirm (nothing is written yet).
    let consider = move |text: &str| match backup::read(text) {
        Err(problem) => message.set(Some((false, problem.message()))),
        Ok(file) => {
            let (settings, carry) = (
                journal.settings.get_untracked(),
                journal.carry.get_untracked(),
            );
            let plan = journal
                .sessions
                .with_untracked(|sessions| backup::plan(sessions, &settings, &carry, &file));
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
    };
    let protected_file = RwSignal::new(None::<EncryptedBackup>);
    let file_passphrase = RwSignal::new(String::new());
    let opening = RwSignal::new(false);
    let open_file = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(envelope) = protected_file.get_untracked() else {
            return;
        };
        let typed = file_passphrase.get_untracked();
        if opening.get_untracked() {
            return;
        }
        opening.set(true);
        message.set(Some((true, "Opening the backup…".to_owned())));
        spawn_local(async move {
            match crypto::open_backup(&typed, &envelope.kdf, &envelope.sealed).await {
                Ok(text) => {
                    protected_file.set(None);
                    file_passphrase.set(String::new());
                    consider(&text);
                }
                Err(_) => message.set(Some((false, BackupProblem::WrongPassphrase.message()))),
            }
            opening.set(false);
        });
    };

    let picked = move |_| {
        let Some(input) = picker.get_untracked() else {
            return;
        };
        pending.set(None);
        protected_file.set(None);
        spawn_local(async move {
            match picked_text(&input).await {
                None => return,
                Some(Err(problem)) => message.set(Some((false, problem))),
                Some(Ok(text)) => match backup::read_encrypted(&text) {
                    Err(problem) => message.set(Some((false, problem.message()))),
                    Ok(Some(envelope)) => {
                        message.set(Some((
                            true,
                            "This backup is protected with a passphrase. Type it to open the backup.".to_owned(),
                        )));
                        protected_file.set(Some(envelope));
                    }
                    Ok(None) => consider(&text),
                },
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
            <Toggle label="Protect the backup with a passphrase" checked=protect />
            <Show
                when=move || protect.get()
                fallback=|| view! {
                    <p class="notice">
                        "Without a passphrase, the backup file is not encrypted: anyone who opens it can read everything you wrote."
                    </p>
                }
            >
                <p class="hint">"Choose a passphrase for this file (it can differ from the lock's). Without it the backup can't be opened."</p>
                <PassphraseField label="Backup passphrase (at least 8 characters)" value=passphrase />
                <PassphraseField label="The same passphrase again" value=repeated />
            </Show>
            <button type="button" class="button" on:click=download>
                "Download a backup"
            </button>
            <label class="choice-option">
                <input
                    type="checkbox"
                    prop:checked=move || journal.settings.with(|s| s.backup_reminder)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let _ = journal.change_settings(|s| s.backup_reminder = on);
                    }
                />
                <span>"Remind me now and then to make a backup"</span>
            </label>
            <label class="field restore">
                <span>"Restore from a backup file"</span>
                <input node_ref=picker type="file" accept=".json,application/json" on:change=picked />
            </label>
            <Show when=move || protected_file.with(Option::is_some)>
                <form on:submit=open_file>
                    <PassphraseField
                        label="The backup's passphrase"
                        value=file_passphrase
                        autocomplete="off"
                        id="backup-file-passphrase"
                    />
                    <button type="submit" class="button" disabled=move || opening.get()>
                        "Open the backup"
                    </button>
                </form>
            </Show>
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
