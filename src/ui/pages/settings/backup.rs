//! Backups: download the whole journal as a file (protected with a passphrase by default
//! while the lock is on), when the last one was made, and bringing one back without losing
//! anything, from a file chosen with a button that names it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::passphrase::PassphraseField;
use crate::crypto;
use crate::domain::backup::{self, Backup, BackupProblem, EncryptedBackup};
use crate::domain::lock::check_new_passphrase;
use crate::domain::settings_rows::last_backup;
use crate::domain::trouble::Said;
use crate::ui::choice::Toggle;
use crate::ui::clock;
use crate::ui::display::use_display;
use crate::ui::files::{offer_download, picked_text};
use crate::ui::journal::use_journal;
use crate::ui::said::SaidLine;
use crate::ui::vault::LockStatus;

#[component]
pub fn BackupSection() -> impl IntoView {
    let journal = use_journal();
    let display = use_display();
    let message = RwSignal::new(None::<Said>);
    // What downloading said, beside its button.
    let made = RwSignal::new(None::<Said>);
    // Trouble noting the backup's day (the download itself went ahead).
    let noted = RwSignal::new(None::<Said>);
    // The backup read and checked, waiting for "Import": planned again against the journal as
    // it is when the member confirms, so nothing changed meanwhile is undone.
    let pending = RwSignal::new(None::<Backup>);
    let picker = NodeRef::<leptos::html::Input>::new();
    let picked_name = RwSignal::new(None::<String>);

    // A backup can carry a passphrase of its own; without one, the file says so plainly. With
    // the lock on, a new backup is protected unless the member chooses otherwise.
    let protect = RwSignal::new(journal.vault.status.get_untracked() != LockStatus::Off);
    let passphrase = RwSignal::new(String::new());
    let repeated = RwSignal::new(String::new());
    let remember_backup = move || {
        let sessions = journal.sessions.with_untracked(Vec::len);
        let today = clock::now().date();
        noted.set(
            journal
                .change_settings(|s| s.backed_up(today, sessions))
                .err()
                .map(Said::trouble),
        );
    };
    let download = move |_| {
        let file = Backup::new(
            journal.sessions.get_untracked(),
            journal.settings.get_untracked(),
            journal.carry.get_untracked(),
            display.preferences.get_untracked(),
            clock::now(),
        );
        noted.set(None);
        if !protect.get_untracked() {
            let offered = offer_download(&file.file_name(), "application/json", &file.to_text());
            if offered.is_ok() {
                remember_backup();
            }
            made.set(Some(Said::of(offered, "Your backup is downloading. It isn't encrypted: anyone who opens the file can read it, so keep it somewhere only you can reach.")));
            return;
        }
        let (typed, again) = (passphrase.get_untracked(), repeated.get_untracked());
        if let Err(problem) = check_new_passphrase(&typed, &again) {
            made.set(Some(Said::trouble(problem)));
            return;
        }
        made.set(Some(Said::working("Encrypting your backup…")));
        spawn_local(async move {
            let sealed = crypto::seal_backup(&typed, &file.to_text()).await;
            made.set(Some(match sealed {
                Ok((kdf, sealed)) => {
                    let protected = EncryptedBackup::new(file.created, kdf, sealed);
                    let offered = offer_download(&protected.file_name(), "application/json", &protected.to_text());
                    if offered.is_ok() {
                        remember_backup();
                    }
                    Said::of(offered, "Your protected backup is downloading. It opens only with the passphrase you just chose.")
                }
                Err(problem) => Said::trouble(problem),
            }));
        });
    };

    // A backup's text, read and checked, becomes a plan to confirm (nothing is written yet).
    let consider = move |text: &str| match backup::read(text) {
        Err(problem) => message.set(Some(Said::trouble(problem))),
        Ok(file) => {
            let plan = journal.import_plan(&file);
            let nothing = journal.settings.with_untracked(|settings| {
                journal
                    .carry
                    .with_untracked(|carry| plan.changes_nothing(settings, carry))
            });
            if nothing {
                message.set(Some(Said::done(format!(
                    "{} Nothing to add: it's all here already.",
                    plan.summary()
                ))));
            } else {
                message.set(Some(Said::done(plan.summary())));
                pending.set(Some(file));
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
        message.set(Some(Said::working("Opening the backup…")));
        spawn_local(async move {
            match crypto::open_backup(&typed, &envelope.kdf, &envelope.sealed).await {
                Ok(text) => {
                    protected_file.set(None);
                    file_passphrase.set(String::new());
                    consider(&text);
                }
                Err(_) => message.set(Some(Said::trouble(BackupProblem::WrongPassphrase))),
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
            let Some((name, text)) = picked_text(&input).await else {
                return;
            };
            picked_name.set(Some(name));
            match text {
                Err(problem) => message.set(Some(Said::trouble(problem))),
                Ok(text) => match backup::read_encrypted(&text) {
                    Err(problem) => message.set(Some(Said::trouble(problem))),
                    Ok(Some(envelope)) => {
                        message.set(Some(Said::done(
                            "This backup is protected with a passphrase. Type it to open the backup.",
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
        if let Some(file) = pending.get_untracked() {
            let plan = journal.import_plan(&file);
            let added = plan.to_write.len();
            message.set(Some(Said::of(
                journal.apply_import(plan),
                format!("Imported. {added} added to your journal; nothing here was replaced."),
            )));
            pending.set(None);
        }
    };

    let choose_file = move |_| {
        if let Some(input) = picker.get_untracked() {
            input.click();
        }
    };
    let reminder = move |ev| {
        let on = event_target_checked(&ev);
        let saved = journal.change_settings(|s| s.backup_reminder = on);
        noted.set(saved.err().map(Said::trouble));
    };
    let last = move || {
        let today = clock::now().date();
        journal.settings.with(|s| last_backup(s.last_backup, today))
    };

    view! {
        <p>
            "Your journal lives only in this browser. A backup is a file you keep, so you can bring your entries back if this browser's data is ever cleared, or move them to a new phone."
        </p>
        <p class="last-backup"><strong>{last}</strong></p>
        <section aria-labelledby="backup-download-heading">
            <h2 id="backup-download-heading">"Make a backup"</h2>
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
            <button type="button" class="button button-primary" on:click=download>
                "Download a backup"
            </button>
            <SaidLine said=made />
            <SaidLine said=noted />
            <label class="choice-option">
                <input
                    type="checkbox"
                    prop:checked=move || journal.settings.with(|s| s.backup_reminder)
                    on:change=reminder
                />
                <span>"Remind me now and then to make a backup"</span>
            </label>
        </section>
        <section aria-labelledby="backup-restore-heading">
            <h2 id="backup-restore-heading">"Bring back a backup"</h2>
            <p class="quiet">"Nothing here is replaced: what the file adds is shown first, and you choose whether to import it."</p>
            <input
                node_ref=picker
                id="backup-file"
                type="file"
                accept=".json,application/json"
                hidden=true
                on:change=picked
            />
            <div class="file-choice">
                <button type="button" class="button" on:click=choose_file>
                    "Choose a backup file"
                </button>
                <p class="file-name">
                    {move || match picked_name.get() {
                        Some(name) => format!("Chosen: {name}"),
                        None => "No file chosen yet.".to_owned(),
                    }}
                </p>
            </div>
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
        </section>
        <div class="backup-status">
            <SaidLine said=message />
        </div>
        <Show when=move || pending.with(Option::is_some)>
            <div class="inline-actions">
                <button type="button" class="button button-primary" on:click=import>
                    "Import"
                </button>
                <button type="button" class="button" on:click=move |_| {
                    pending.set(None);
                    message.set(Some(Said::done("Nothing was imported.")));
                }>
                    "Cancel"
                </button>
            </div>
        </Show>
    }
}
