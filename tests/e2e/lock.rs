//! The lock: nothing readable in storage once it is on, only the passphrase opens it, a changed
//! byte is caught, it locks by itself, quick hide, protected backups, and two tabs at once.

use std::time::{Duration, Instant};

use fantoccini::Locator;
use serde_json::{json, Value};

use crate::support::{Journal, PATIENCE};

const PASSPHRASE: &str = "quiet river lamp";
const LOCK: &str = "main";

/// Changes one field of the stored lock record, as an older version or a closed tab left it.
async fn change_lock_record(journal: &Journal, field: &str, value: Value) {
    journal
        .script(&format!(
            "const record = JSON.parse(localStorage.getItem('here-and-now.lock'));
             record[{}] = {};
             localStorage.setItem('here-and-now.lock', JSON.stringify(record));
             return null;",
            json!(field),
            value
        ))
        .await;
}

/// A journal with one entry, locked with a short idle time, then opened on History.
async fn open_with_auto_lock(line: &str, seconds: u32) -> Journal {
    let journal = Journal::open().await;
    journal.quick_reflection(line).await;
    journal.lock().turn_on(PASSPHRASE).await;
    change_lock_record(&journal, "auto_lock_seconds", json!(seconds)).await;
    journal.visit("/history").await;
    journal.lock().unlock(PASSPHRASE).await;
    journal.wait_for_text(".session-row", line).await;
    journal
}

/// Stores `value` under `key` as it was before, the way an interrupted job would leave it.
async fn put_back(journal: &Journal, key: &str, value: &Value) {
    journal
        .script(&format!(
            "localStorage.setItem({}, {}); return null;",
            json!(key),
            value
        ))
        .await;
}

async fn session_keys(journal: &Journal) -> Vec<String> {
    let keys = journal
        .script(
            "return Object.keys(localStorage).filter(k => k.startsWith('here-and-now.session.'))",
        )
        .await;
    serde_json::from_value(keys).unwrap()
}

#[tokio::test]
async fn with_the_lock_on_no_stored_value_holds_the_words_and_only_the_passphrase_opens_them() {
    let journal = Journal::open().await;
    let before = "The heron sentence I said before the lock";
    let after = "The kestrel sentence I wrote once locked";
    let unfinished = "An unfinished otter sentence";
    journal.quick_reflection(before).await;
    // An unfinished entry (a draft) and a person's nickname in the settings count too.
    journal.visit("/prepare/quick").await;
    journal
        .go_to_prompt("One line about how it is right now")
        .await;
    journal.type_into("textarea.answer", unfinished).await;
    assert!(journal.everything_stored().await.contains(unfinished));

    journal.lock().turn_on(PASSPHRASE).await;
    let stored = journal.everything_stored().await;
    for words in [before, unfinished] {
        assert!(!stored.contains(words), "{words:?} is readable:\n{stored}");
    }
    let record = journal
        .script("return localStorage.getItem('here-and-now.lock')")
        .await;
    let record: Value = serde_json::from_str(record.as_str().unwrap()).unwrap();
    assert_eq!(record["kdf"]["name"], "PBKDF2-HMAC-SHA256");
    assert!(record["kdf"]["iterations"].as_u64().unwrap() >= 600_000);
    assert_eq!(record["progress"], "on");

    // Writing with the lock on: sealed as it is saved.
    journal.quick_reflection_in_app(after).await;
    journal.wait_until_not_stored(after).await;
    assert_eq!(session_keys(&journal).await.len(), 2);

    // A new visit finds it locked, with nothing of the journal on screen.
    journal.visit("/history").await;
    journal.wait_for_heading("Your journal is locked").await;
    let shown = journal.page_text().await;
    assert!(
        !shown.contains("heron") && !shown.contains("kestrel"),
        "{shown}"
    );

    journal.lock().refused("quiet river lam").await;
    journal.screenshot("lock-wrong-passphrase").await;

    journal.lock().unlock(PASSPHRASE).await;
    journal.wait_for_heading("Your entries").await;
    journal.wait_for_text(".session-row", "heron").await;
    journal.wait_for_text(".session-row", "kestrel").await;
    // The draft comes back too, opened.
    journal.click_text("nav.bottom-nav a", "Prepare").await;
    journal
        .wait_for_text("[role=status]", "You have an unfinished preparation")
        .await;
    journal.screenshot("lock-unlocked").await;
    journal.finish().await;
}

#[tokio::test]
async fn one_changed_byte_in_a_sealed_entry_is_caught_and_the_value_kept() {
    let journal = Journal::open().await;
    journal
        .quick_reflection("Words that must not turn to garbage")
        .await;
    journal
        .quick_reflection("An entry that stays readable")
        .await;
    journal.lock().turn_on(PASSPHRASE).await;

    let key = session_keys(&journal).await[0].clone();
    let flipped = journal
        .script(&format!(
            "const key = {};
             const sealed = localStorage.getItem(key);
             const at = sealed.length - 20;
             const swap = sealed[at] === 'A' ? 'B' : 'A';
             const changed = sealed.slice(0, at) + swap + sealed.slice(at + 1);
             localStorage.setItem(key, changed);
             return changed;",
            json!(key)
        ))
        .await;
    let flipped = flipped.as_str().unwrap().to_owned();
    journal.visit("/history").await;
    journal.lock().unlock(PASSPHRASE).await;
    journal.wait_for_heading("Your entries").await;
    journal
        .wait_for_text(".problems", "changed outside Here & Now")
        .await;
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.session-row').length")
            .await,
        json!(1),
        "the readable entry shows; the changed one is not shown as garbage"
    );
    // Kept exactly as it was, even after more writing.
    journal
        .quick_reflection_in_app("Writing on afterwards")
        .await;
    let still = journal
        .script(&format!(
            "return Object.values(localStorage).includes({})",
            json!(flipped)
        ))
        .await;
    assert_eq!(
        still,
        json!(true),
        "the changed value must be kept verbatim"
    );
    journal.finish().await;
}

#[tokio::test]
async fn it_locks_by_itself_after_the_idle_time_and_clears_the_screen() {
    // Settings offer minutes; two seconds keeps the test short.
    let journal = open_with_auto_lock("A pelican sentence", 2).await;
    let started = Instant::now();
    journal.wait_for_heading("Your journal is locked").await;
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(!journal.page_text().await.contains("pelican"));
    journal.finish().await;
}

#[tokio::test]
async fn quick_hide_covers_the_journal_at_once_and_locks_it_when_a_lock_is_set() {
    let journal = Journal::open().await;
    journal.quick_reflection("A sentence about the swan").await;
    journal.visit("/history").await;
    journal.wait_for_text(".session-row", "swan").await;

    // The control, without a lock: a plain screen, and back.
    journal.click_text("button", "Hide").await;
    journal
        .client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css("main.neutral-screen"))
        .await
        .unwrap();
    let shown = journal.page_text().await;
    assert!(
        !shown.contains("swan") && !shown.contains("Your entries"),
        "{shown}"
    );
    journal.click_text("button", "Open").await;
    journal.wait_for_text(".session-row", "swan").await;

    // The keyboard: Shift three times.
    for _ in 0..3 {
        for kind in ["keyDown", "keyUp"] {
            journal
                .devtools(
                    "Input.dispatchKeyEvent",
                    json!({ "type": kind, "key": "Shift", "code": "ShiftLeft", "windowsVirtualKeyCode": 16 }),
                )
                .await;
        }
    }
    journal
        .client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css("main.neutral-screen"))
        .await
        .unwrap();
    journal.click_text("button", "Open").await;

    // With a lock: hiding locks, so coming back needs the passphrase.
    journal.lock().turn_on(PASSPHRASE).await;
    journal.click_text("button", "Hide").await;
    journal
        .client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css("main.neutral-screen"))
        .await
        .unwrap();
    journal.click_text("button", "Open").await;
    journal.lock().unlock(PASSPHRASE).await;
    journal.wait_for_heading("Lock").await;
    journal.finish().await;
}

/// From a part of Settings back to the list, by the page's own link (loading a page afresh
/// would lock the journal).
async fn back_to_settings(journal: &Journal) {
    journal
        .script("document.querySelector('main a.back-link').click(); return null")
        .await;
    journal.wait_for_heading("Settings").await;
}

#[tokio::test]
async fn a_protected_backup_brings_everything_back_after_deleting_everything() {
    let journal = Journal::open().await;
    journal.quick_reflection("The first wren sentence").await;
    journal.quick_reflection("The second wren sentence").await;
    journal.lock().turn_on(PASSPHRASE).await;

    // Open (moving through the app: loading a page would lock it), and with the lock on a new
    // backup is protected unless the member says otherwise.
    back_to_settings(&journal).await;
    journal
        .click_text("main a.settings-row .row-label", "Backups")
        .await;
    journal.wait_for_heading("Backups").await;
    assert_eq!(
        journal
            .script("return [...document.querySelectorAll('label.choice-option')].find(l => l.textContent.includes('Protect the backup')).querySelector('input').checked")
            .await,
        json!(true),
        "protected by default while the lock is on"
    );
    let fields = "main input[type=password]";
    journal.type_into_nth(fields, 0, "backup words here").await;
    journal.type_into_nth(fields, 1, "backup words here").await;
    let file = journal.download("Download a backup").await;
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("here-and-now-encrypted-backup"));
    assert!(!text.contains("wren"), "the protected file shows the words");
    assert!(file.to_str().unwrap().ends_with("-protected.json"));

    back_to_settings(&journal).await;
    journal
        .click_text("a.danger-row .row-label", "Delete everything…")
        .await;
    journal.click_text("button", "Delete everything…").await;
    journal
        .click_text(
            "label",
            "I understand my entries will be gone from this browser",
        )
        .await;
    journal.click_text("button", "Delete everything now").await;
    journal.wait_for_heading("Your journal").await;
    assert!(
        !journal
            .everything_stored()
            .await
            .contains("here-and-now.lock"),
        "the lock went with everything else"
    );

    journal.visit("/settings/backups").await;
    let picker = journal
        .client
        .find(Locator::Css("input[type=file]"))
        .await
        .unwrap();
    picker.send_keys(file.to_str().unwrap()).await.unwrap();
    let status = ".backup-status [role=status]";
    journal
        .wait_for_text(status, "protected with a passphrase")
        .await;
    journal
        .type_into("#backup-file-passphrase", "backup words her")
        .await;
    journal.click_text("button", "Open the backup").await;
    journal
        .wait_for_text(status, "That passphrase doesn't open this backup")
        .await;
    journal.type_into("#backup-file-passphrase", "e").await;
    journal.click_text("button", "Open the backup").await;
    journal.wait_for_text(status, "2 new").await;
    journal.click_text("button", "Import").await;
    journal.wait_for_text(status, "Imported.").await;
    journal.visit("/history").await;
    journal.wait_for_text(".session-row", "first wren").await;
    journal.wait_for_text(".session-row", "second wren").await;

    // The same file again adds nothing.
    journal.visit("/settings/backups").await;
    let picker = journal
        .client
        .find(Locator::Css("input[type=file]"))
        .await
        .unwrap();
    picker.send_keys(file.to_str().unwrap()).await.unwrap();
    journal
        .wait_for_text(status, "protected with a passphrase")
        .await;
    journal
        .type_into("#backup-file-passphrase", "backup words here")
        .await;
    journal.click_text("button", "Open the backup").await;
    journal.wait_for_text(status, "Nothing to add").await;
    journal.finish().await;
}

#[tokio::test]
async fn two_tabs_show_each_others_entries_and_an_edit_in_both_keeps_both() {
    let journal = Journal::open().await;
    journal.quick_reflection("Started in the first tab").await;
    let first = journal.client.window().await.unwrap();
    journal.visit("/history").await;
    let session_link = journal
        .script("return document.querySelector('.session-row a').getAttribute('href')")
        .await;
    let session_path = session_link.as_str().unwrap().to_owned();
    let edit_path = session_path.replace("/history/", "/reflect/session/");

    // A second tab saves an entry: the first shows it without reloading.
    let second = journal.client.new_window(true).await.unwrap().handle;
    journal
        .client
        .switch_to_window(second.clone())
        .await
        .unwrap();
    journal.quick_reflection("Written in the second tab").await;
    journal
        .client
        .switch_to_window(first.clone())
        .await
        .unwrap();
    journal
        .wait_for_text(".session-row", "Written in the second tab")
        .await;

    // Both tabs edit the same reflection; the second saves first.
    journal.visit(&edit_path).await;
    journal
        .go_to_prompt("One line about how it is right now")
        .await;
    journal
        .type_into("textarea.answer", " (first tab's edit)")
        .await;
    journal
        .client
        .switch_to_window(second.clone())
        .await
        .unwrap();
    journal.visit(&edit_path).await;
    journal
        .go_to_prompt("One line about how it is right now")
        .await;
    journal
        .type_into("textarea.answer", " (second tab's edit)")
        .await;
    journal.click_text(".flow-actions button", "Done").await;
    journal.wait_for_text(".saved", "kept on this device").await;

    journal.client.switch_to_window(first).await.unwrap();
    journal.click_text(".flow-actions button", "Done").await;
    journal
        .wait_for_text("main", "both versions are kept")
        .await;
    journal.visit("/history").await;
    journal
        .wait_for_text(".session-row", "first tab's edit")
        .await;
    journal
        .wait_for_text(".session-row", "second tab's edit")
        .await;
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.session-row').length")
            .await,
        json!(3)
    );
    journal.finish().await;
}

#[tokio::test]
async fn with_the_lock_on_a_second_tab_opens_with_the_passphrase_and_both_stay_in_step() {
    let journal = Journal::open().await;
    journal.quick_reflection("Written before the lock").await;
    journal.lock().turn_on(PASSPHRASE).await;
    let first = journal.client.window().await.unwrap();
    journal.click_text("nav.bottom-nav a", "History").await;
    journal
        .wait_for_text(".session-row", "before the lock")
        .await;

    let second = journal.client.new_window(true).await.unwrap().handle;
    journal.client.switch_to_window(second).await.unwrap();
    journal.visit("/history").await;
    journal.lock().unlock(PASSPHRASE).await;
    journal
        .wait_for_text(".session-row", "before the lock")
        .await;
    journal
        .quick_reflection_in_app("Sealed in the second tab")
        .await;
    journal
        .wait_until_not_stored("Sealed in the second tab")
        .await;

    // The first tab opens the sealed value it was told about, and shows it.
    journal.client.switch_to_window(first).await.unwrap();
    journal
        .wait_for_text(".session-row", "Sealed in the second tab")
        .await;
    journal.finish().await;
}

#[tokio::test]
async fn coming_back_after_a_while_away_finds_it_locked() {
    // A time not chosen in Settings (the record is edited, as an older version left it): away
    // is half a minute, but never longer than the idle time, so 6 seconds here.
    let journal = open_with_auto_lock("A sentence about the crane", 6).await;
    // The page goes out of sight; touches keep it from counting as idle, so only the time
    // away can lock it.
    journal
        .script(
            "window.__away = true;
             Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => window.__away ? 'hidden' : 'visible' });
             document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
             window.__touches = setInterval(() => window.dispatchEvent(new Event('pointerdown')), 500);
             return null;",
        )
        .await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        journal.heading().await,
        "Your entries",
        "not yet: only 3 s away"
    );
    tokio::time::sleep(Duration::from_secs(4)).await;
    journal
        .script(
            "window.__away = false;
             document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
             return null;",
        )
        .await;
    journal.wait_for_heading("Your journal is locked").await;
    assert!(!journal.page_text().await.contains("crane"));
    journal.finish().await;
}

/// Moves the page's clock on by `minutes` while the member keeps touching the screen (so only
/// the time away can count), as if that long went by.
async fn minutes_go_by(journal: &Journal, minutes: u32) {
    journal
        .script(&format!(
            "window.__shift += {minutes} * 60000;
             window.dispatchEvent(new Event('pointerdown'));
             return null;"
        ))
        .await;
    // A few of the app's one-second checks, with the clock moved.
    tokio::time::sleep(Duration::from_millis(2500)).await;
}

/// Another app comes in front (`true`) or the journal comes back (`false`).
async fn away(journal: &Journal, away: bool) {
    journal
        .script(&format!(
            "window.__away = {away};
             document.dispatchEvent(new Event('visibilitychange', {{ bubbles: true }}));
             return null;"
        ))
        .await;
}

#[tokio::test]
async fn with_fifteen_minutes_chosen_being_away_two_minutes_keeps_it_open_and_sixteen_locks_it() {
    let journal = Journal::open().await;
    journal
        .quick_reflection("A sentence about the patient heron")
        .await;
    journal.lock().turn_on(PASSPHRASE).await;
    // Nothing chosen yet: away is half a minute, and the time shown can be used for it too.
    journal
        .wait_for_text("#lock-when-away", "it locks after 30 seconds")
        .await;
    journal
        .wait_for_text("main button", "Use it when I switch away too")
        .await;

    // The member chooses 15 minutes in the list.
    journal.set_value("main select", "900").await;
    journal
        .wait_for_text(
            "main [role=status]",
            "It will lock after 15 minutes without use, or when you come back after 15 minutes away.",
        )
        .await;
    journal
        .wait_for_text("#lock-when-away", "it locks after the same time")
        .await;
    assert!(!journal
        .page_text()
        .await
        .contains("Use it when I switch away too"));
    let record = journal
        .script("return JSON.parse(localStorage.getItem('here-and-now.lock'))")
        .await;
    assert_eq!(record["auto_lock_seconds"], json!(900));
    assert_eq!(record["away_follows_auto_lock"], json!(true));
    assert_eq!(record["version"], json!(1), "older versions still open it");

    // The page's clock, movable by the test (the app reads Date.now when it checks); the page
    // can be sent out of sight, and touches keep it from counting as idle.
    journal
        .script(
            "const real = Date.now.bind(Date);
             window.__shift = 0;
             Date.now = () => real() + window.__shift;
             window.__away = false;
             Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => window.__away ? 'hidden' : 'visible' });
             window.__touches = setInterval(() => window.dispatchEvent(new Event('pointerdown')), 500);
             return null;",
        )
        .await;
    journal.click_text("nav.bottom-nav a", "History").await;
    journal.wait_for_text(".session-row", "patient heron").await;

    // Two minutes in another app: still open on return.
    away(&journal, true).await;
    minutes_go_by(&journal, 2).await;
    away(&journal, false).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        journal.heading().await,
        "Your entries",
        "2 minutes away with 15 chosen"
    );
    assert!(journal.page_text().await.contains("patient heron"));

    // Sixteen minutes: locked on return, with nothing of the journal on screen.
    away(&journal, true).await;
    minutes_go_by(&journal, 16).await;
    away(&journal, false).await;
    journal.wait_for_heading("Your journal is locked").await;
    assert!(!journal.page_text().await.contains("heron"));
    journal.finish().await;
}

#[tokio::test]
async fn the_time_already_shown_can_be_used_for_being_away_too() {
    // Choosing the time the list already shows is no change, so a button says it instead.
    let journal = Journal::open().await;
    journal.lock().turn_on(PASSPHRASE).await;
    journal
        .wait_for_text("#lock-when-away", "it locks after 30 seconds")
        .await;
    journal
        .click_text("main button", "Use it when I switch away too")
        .await;
    journal
        .wait_for_text(
            "main [role=status]",
            "It will lock after 5 minutes without use, or when you come back after 5 minutes away.",
        )
        .await;
    journal
        .wait_for_text("#lock-when-away", "it locks after the same time")
        .await;
    assert!(!journal
        .page_text()
        .await
        .contains("Use it when I switch away too"));
    assert_eq!(
        journal
            .script("return document.activeElement.tagName")
            .await,
        json!("SELECT"),
        "focus goes to the list, not lost with the button"
    );
    let record = journal
        .script("return JSON.parse(localStorage.getItem('here-and-now.lock'))")
        .await;
    assert_eq!(record["auto_lock_seconds"], json!(300));
    assert_eq!(record["away_follows_auto_lock"], json!(true));
    journal.finish().await;
}

#[tokio::test]
async fn a_tab_closed_half_way_through_turning_the_lock_on_or_off_leaves_it_on_and_sealed() {
    let journal = Journal::open().await;
    journal.quick_reflection("The first plover line").await;
    journal.quick_reflection("The second plover line").await;
    let keys = session_keys(&journal).await;
    let plain = journal
        .script(&format!("return localStorage.getItem({})", json!(keys[0])))
        .await;
    journal.lock().turn_on(PASSPHRASE).await;

    // As if the tab closed while sealing: one value still plain, the record not yet "on".
    put_back(&journal, &keys[0], &plain).await;
    change_lock_record(&journal, "progress", json!("sealing")).await;
    journal.visit("/history").await;
    journal.lock().unlock(PASSPHRASE).await;
    journal.wait_for_text(".session-row", "first plover").await;
    journal.wait_for_text(".session-row", "second plover").await;
    journal.wait_until_not_stored("plover").await;
    let record = journal
        .script("return JSON.parse(localStorage.getItem('here-and-now.lock')).progress")
        .await;
    assert_eq!(record, json!("on"));

    // As if the tab closed while turning it off, with one value already plain again. The record
    // isn't proof the member asked (anyone at the browser could edit it), so the lock stays on:
    // the plain value is sealed again and the member is told.
    put_back(&journal, &keys[0], &plain).await;
    change_lock_record(&journal, "progress", json!("unsealing")).await;
    journal.visit("/history").await;
    journal.lock().unlock(PASSPHRASE).await;
    journal.wait_for_text(".session-row", "second plover").await;
    journal
        .wait_for_text(".problems", "Turning the lock off didn't finish")
        .await;
    journal.wait_until_not_stored("plover").await;
    let record = journal
        .script("return JSON.parse(localStorage.getItem('here-and-now.lock')).progress")
        .await;
    assert_eq!(record, json!("on"));
    journal.finish().await;
}

#[tokio::test]
async fn hiding_while_the_lock_is_being_turned_off_loses_nothing() {
    let journal = Journal::open().await;
    journal.quick_reflection("A line about the curlew").await;
    journal
        .quick_reflection("Another line about the curlew")
        .await;
    journal.lock().turn_on(PASSPHRASE).await;
    journal.click_text("summary", "Turn the lock off").await;
    journal
        .type_into(
            &format!("{LOCK} details[open] input[type=password]"),
            PASSPHRASE,
        )
        .await;
    // Turn off, and hide while the key is still being worked out (600,000 rounds take a
    // good part of a second here).
    journal
        .script(
            "const button = text => [...document.querySelectorAll('button')].find(b => b.textContent.trim() === text);
             button('Turn the lock off').click();
             setTimeout(() => button('Hide').click(), 50);
             return null;",
        )
        .await;
    journal
        .client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css("main.neutral-screen"))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_secs(2)).await;
    journal.click_text("button", "Open").await;
    journal.lock().unlock(PASSPHRASE).await;
    journal.wait_for_heading("Lock").await;
    journal.click_text("nav.bottom-nav a", "History").await;
    journal
        .wait_for_text(".session-row", "A line about the curlew")
        .await;
    journal
        .wait_for_text(".session-row", "Another line about the curlew")
        .await;
    // Still locked as a whole: every value sealed, the record there.
    let stored = journal.everything_stored().await;
    assert!(stored.contains("here-and-now.lock="), "{stored}");
    assert!(!stored.contains("curlew"), "{stored}");
    journal.finish().await;
}
