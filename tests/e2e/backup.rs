//! Backups: download the journal, lose the browser's data, bring it all back; and files that
//! are damaged, from a newer version, or hostile change nothing and run nothing.

use std::path::PathBuf;

use serde_json::{json, Value};

use here_and_now::domain::schema::SCHEMA_VERSION;

use crate::insights::seed;
use crate::support::Journal;

async fn row_count(journal: &Journal) -> Value {
    journal.visit("/history").await;
    journal.wait_for_heading("Your entries").await;
    journal
        .script("return document.querySelectorAll('.session-row').length")
        .await
}

fn folder(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("here-and-now-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

#[tokio::test]
async fn a_backup_brings_everything_back_and_twice_adds_nothing() {
    let journal = Journal::open().await;
    journal.quick_reflection("Tired but glad I went").await;
    journal.quick_reflection("Said the hard thing to R.").await;

    journal.visit("/settings/backups").await;
    let file = journal.download("Download a backup").await;
    let downloads = folder("backup-files");
    let name = file.file_name().unwrap().to_str().unwrap().to_owned();
    assert!(
        name.contains("here-and-now-backup-") && name.ends_with(".json"),
        "{name}"
    );

    // Delete everything, deliberately: only this app's keys go.
    journal
        .script("localStorage.setItem('another-app.note', 'not ours'); return null")
        .await;
    journal.visit("/settings/delete").await;
    journal.click_text("button", "Delete everything…").await;
    assert_eq!(
        journal.script("return [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Delete everything now').disabled").await,
        json!(true),
        "nothing is deleted until the member says they understand"
    );
    journal
        .click_text(
            "label.choice-option",
            "I understand my entries will be gone from this browser",
        )
        .await;
    journal.click_text("button", "Delete everything now").await;
    journal
        .wait_for_text("[role=status]", "Everything was deleted from this browser")
        .await;
    assert_eq!(
        journal
            .script("return Object.keys(localStorage).sort()")
            .await,
        json!(["another-app.note"])
    );
    assert_eq!(row_count(&journal).await, json!(0));

    let said = journal.backups().choose(&file).await;
    assert_eq!(said, "This backup has 2 new sessions and 0 already here.");
    journal.click_text("button", "Import").await;
    journal
        .wait_for_text(".backup-status [role=status]", "Imported. 2 added")
        .await;
    assert_eq!(row_count(&journal).await, json!(2));
    journal
        .wait_for_text(".session-row", "Said the hard thing to R.")
        .await;
    journal
        .wait_for_text(".session-row", "Tired but glad I went")
        .await;

    // The same file again adds nothing.
    let said = journal.backups().choose(&file).await;
    assert!(
        said.contains("0 new sessions and 2 already here") && said.contains("Nothing to add"),
        "{said}"
    );
    assert_eq!(journal.script("return [...document.querySelectorAll('button')].some(b => b.textContent.trim() === 'Import')").await, json!(false));
    assert_eq!(row_count(&journal).await, json!(2));

    // A damaged file and one from a newer version change nothing.
    let text = std::fs::read_to_string(&file).unwrap();
    let damaged = downloads.join("damaged.json");
    std::fs::write(&damaged, &text[..text.len() / 2]).unwrap();
    let said = journal.backups().choose(&damaged).await;
    assert!(
        said.contains("isn't a Here & Now backup")
            && said.contains("Nothing in your journal was changed"),
        "{said}"
    );
    let newer = downloads.join("newer.json");
    std::fs::write(
        &newer,
        text.replacen(&format!("\"schema\": {SCHEMA_VERSION}"), "\"schema\": 7", 1),
    )
    .unwrap();
    let said = journal.backups().choose(&newer).await;
    assert!(said.contains("newer version of Here & Now"), "{said}");
    assert_eq!(row_count(&journal).await, json!(2));
    let _ = std::fs::remove_dir_all(&downloads);
    let _ = std::fs::remove_file(&file);
    journal.finish().await;
}

#[tokio::test]
async fn hostile_text_in_an_imported_file_is_shown_as_text_and_never_runs() {
    let journal = Journal::open().await;
    let hostile = "<img src=x onerror=\"window.__ran=1\"><script>window.__ran=2</script><a href=\"javascript:window.__ran=3\">link</a>";
    let file = json!({
        "format": "here-and-now-backup", "format_version": 1, "app_version": "0.1.0", "schema": 1,
        "created": "2026-11-01T20:00:00",
        "sessions": [{
            "id": "s42", "date": "2026-11-01", "updated": "2026-11-01T20:00:00", "revision": 1,
            "reflection": { "answers": {
                "moment": { "kind": "text", "text": hostile },
                "feedback-received": { "kind": "feedback", "items": [{ "what_was_said": hostile, "from": "<b>JB</b>" }] },
                "patterns": { "kind": "tags", "tags": [hostile] }
            } }
        }]
    });
    let path = folder("hostile").join("hostile.json");
    std::fs::write(&path, file.to_string()).unwrap();
    journal.visit("/").await;
    let said = journal.backups().choose(&path).await;
    assert_eq!(said, "This backup has 1 new session and 0 already here.");
    journal.click_text("button", "Import").await;
    journal.visit("/history/s42").await;
    let shown = journal.wait_for_text("main", "onerror").await;
    assert!(
        shown.contains("<script>window.__ran=2</script>") && shown.contains("From: <b>JB</b>"),
        "{shown}"
    );
    journal.visit("/history").await;
    journal.type_into("#journal-search", "onerror").await;
    journal.wait_for_text(".search-count", "places found").await;
    assert_eq!(
        journal.script("return [window.__ran ?? null, document.querySelectorAll('main img, main script, main a[href^=javascript]').length]").await,
        json!([null, 0]),
        "nothing from the file ran or became an element"
    );
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
    journal.finish().await;
}

/// Opens Home and says whether a backup is offered there.
async fn offered(journal: &Journal) -> bool {
    journal.visit("/").await;
    journal.wait_for_heading("Your journal").await;
    journal
        .text_of("main")
        .await
        .contains("A backup, when you have a moment")
}

/// The settings as stored now.
async fn stored_settings(journal: &Journal) -> Value {
    let raw = journal
        .script("return localStorage.getItem('here-and-now.settings')")
        .await;
    serde_json::from_str(raw.as_str().unwrap_or("{}")).unwrap()
}

#[tokio::test]
async fn after_four_sessions_without_a_backup_home_offers_one_once() {
    let journal = Journal::open().await;
    // Twenty sessions, never backed up.
    seed(&journal).await;
    assert!(offered(&journal).await, "20 sessions and no backup");
    journal
        .click_text(
            "#backup-offer-heading + p + .inline-actions button",
            "Not now",
        )
        .await;
    journal
        .wait_until(
            "!document.querySelector('#backup-offer-heading')",
            "the offer to go",
        )
        .await;
    assert_eq!(
        stored_settings(&journal).await["backup_offer_dismissed"],
        json!(true)
    );
    assert!(!offered(&journal).await, "\"Not now\" is for good");
    journal.reload().await;
    assert!(!offered(&journal).await, "still gone after a reload");
    journal.finish().await;
}

#[tokio::test]
async fn a_backup_answers_the_offer_and_settings_say_when_the_last_one_was() {
    let journal = Journal::open().await;
    seed(&journal).await;
    journal.visit("/settings").await;
    journal
        .wait_for_text("a.settings-row", "Last backup: never")
        .await;
    assert!(offered(&journal).await);
    journal.click_text("a.button", "Make a backup").await;
    journal.wait_for_heading("Backups").await;
    journal
        .wait_for_text(".last-backup", "Last backup: never")
        .await;
    journal.download("Download a backup").await;
    journal
        .wait_for_text(".last-backup", "Last backup: today")
        .await;
    let today = chrono::Local::now().date_naive().to_string();
    assert_eq!(stored_settings(&journal).await["last_backup"], json!(today));
    journal.visit("/settings").await;
    journal
        .wait_for_text("a.settings-row", "Last backup: today")
        .await;
    assert!(!offered(&journal).await, "a backup was just made");
    journal.finish().await;
}

#[tokio::test]
async fn a_reminder_the_member_asked_for_keeps_coming_after_a_few_sessions() {
    let journal = Journal::open().await;
    seed(&journal).await;
    // Asked for before this version: the choice is kept, and it comes back after "Not now".
    journal.visit("/settings/backups").await;
    journal
        .click_text("label", "Remind me now and then to make a backup")
        .await;
    assert!(offered(&journal).await);
    assert!(journal
        .text_of("main")
        .await
        .contains("You asked to be reminded now and then."));
    journal
        .click_text(
            "#backup-offer-heading + p + .inline-actions button",
            "Not now",
        )
        .await;
    assert!(!offered(&journal).await);
    let settings = stored_settings(&journal).await;
    assert_eq!(settings["sessions_at_last_backup"], json!(20));
    assert_eq!(settings["backup_offer_dismissed"], json!(false));
    journal.finish().await;
}
