//! Unlocking with a passkey, on Chromium's virtual authenticator (with the PRF extension), the
//! app served from `http://localhost:PORT` (an IP address can't be a passkey's site): it opens
//! the journal with no passphrase typed; without the authenticator, with another one, with the
//! prompt cancelled or the record's entry damaged, the member is told and the passphrase opens
//! it; a new passphrase keeps the passkey; turning the lock off leaves no wrap behind.

use serde_json::{json, Value};

use crate::support::{Engine, Journal, Options};

const PASSPHRASE: &str = "quiet river lamp";
const WORDS: &str = "A sentence about the lapwing, for no one else";
const PASSKEY_BUTTON: &str = "Open with Face ID or fingerprint";
const LOCK_KEY: &str = "here-and-now.lock";

/// A journal at localhost with a virtual platform authenticator that has the PRF extension.
async fn with_authenticator() -> (Journal, String) {
    let journal = Journal::open_with(
        Engine::Chromium,
        Options {
            host_name: Some("localhost"),
            ..Options::default()
        },
    )
    .await;
    journal.devtools("WebAuthn.enable", json!({})).await;
    let authenticator = add_authenticator(&journal).await;
    (journal, authenticator)
}

async fn add_authenticator(journal: &Journal) -> String {
    let added = journal
        .devtools(
            "WebAuthn.addVirtualAuthenticator",
            json!({ "options": {
                "protocol": "ctap2", "ctap2Version": "ctap2_1", "transport": "internal",
                "hasResidentKey": true, "hasUserVerification": true, "isUserVerified": true,
                "hasPrf": true
            }}),
        )
        .await;
    added["authenticatorId"]
        .as_str()
        .expect("no authenticator")
        .to_owned()
}

/// One entry written, the lock turned on, and a passkey added in Settings → Lock.
async fn locked_with_a_passkey(journal: &Journal) {
    journal.quick_reflection(WORDS).await;
    journal.lock().turn_on(PASSPHRASE).await;
    add_passkey(journal, PASSPHRASE).await;
}

async fn add_passkey(journal: &Journal, passphrase: &str) {
    let field = "#passkeys-heading ~ form input[type=password]";
    journal.set_value(field, "").await;
    journal.type_into(field, passphrase).await;
    journal.click_text("button", "Add a passkey").await;
    journal
        .wait_for_text("main [role=status]", "Passkey added.")
        .await;
}

async fn lock_record(journal: &Journal) -> Value {
    let text = journal
        .script(&format!("return localStorage.getItem('{LOCK_KEY}')"))
        .await;
    match text.as_str() {
        Some(text) => serde_json::from_str(text).unwrap(),
        None => Value::Null,
    }
}

/// 32 bytes of 7, in base64: a PRF input of the right shape, not the one used.
const BASE64_OF_32_SEVENS: &str = "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=";

async fn store_record(journal: &Journal, record: &Value) {
    journal
        .script(&format!(
            "localStorage.setItem('{LOCK_KEY}', {}); return null",
            json!(record.to_string())
        ))
        .await;
}

/// Reloads (which locks) and waits for the unlock screen.
async fn locked_again(journal: &Journal) {
    journal.reload().await;
    journal.wait_for_heading("Your journal is locked").await;
}

async fn open_with_passkey(journal: &Journal) {
    journal.click_text("button", PASSKEY_BUTTON).await;
}

/// The passkey was refused with these words; still locked, nothing stored changed.
async fn told(journal: &Journal, words: &str, record_before: &Value) {
    let said = journal.wait_for_text("#unlock-problem", words).await;
    assert!(said.contains("passphrase"), "the way back is said: {said}");
    assert_eq!(journal.heading().await, "Your journal is locked");
    assert_eq!(&lock_record(journal).await, record_before);
    assert!(!journal.everything_stored().await.contains(WORDS));
}

async fn opens_with_the_passphrase(journal: &Journal) {
    journal.lock().unlock(PASSPHRASE).await;
    journal.visit_in_app_history().await;
    journal.wait_for_text(".session-row", WORDS).await;
}

/// axe finds nothing, in light and dark.
async fn no_accessibility_problems(journal: &Journal, what: &str) {
    for theme in ["light", "dark"] {
        journal.show_theme(theme).await;
        let problems = journal.accessibility_problems().await;
        assert!(
            problems.is_empty(),
            "{what} ({theme}):\n{}",
            problems.join("\n\n")
        );
    }
}

impl Journal {
    /// History, reached through the app (loading a page would lock it again).
    async fn visit_in_app_history(&self) {
        self.wait_until(
            "document.querySelector('main h1')?.textContent !== 'Your journal is locked'",
            "the journal to open",
        )
        .await;
        self.click_text(".bottom-nav a", "History").await;
        self.wait_for_heading("Your entries").await;
    }
}

#[tokio::test]
async fn a_passkey_opens_the_journal_with_no_passphrase_typed_and_nothing_readable_is_stored() {
    let (journal, _) = with_authenticator().await;
    locked_with_a_passkey(&journal).await;
    let record = lock_record(&journal).await;
    assert_eq!(record["passkeys"].as_array().map(Vec::len), Some(1));
    assert!(!journal.everything_stored().await.contains(WORDS));
    journal.screenshot("passkey-added").await;
    no_accessibility_problems(&journal, "Settings → Lock with a passkey").await;

    locked_again(&journal).await;
    // The passkey is offered first, and has the focus; the passphrase is there too.
    assert_eq!(
        journal
            .script("return document.activeElement.textContent.trim()")
            .await,
        json!(PASSKEY_BUTTON)
    );
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.lock-screen input[type=password]').length")
            .await,
        json!(1)
    );
    journal.screenshot("passkey-unlock").await;
    no_accessibility_problems(&journal, "the unlock screen with a passkey").await;
    open_with_passkey(&journal).await;
    journal.visit_in_app_history().await;
    journal.wait_for_text(".session-row", WORDS).await;
    // No passphrase was typed anywhere.
    assert_eq!(
        journal
            .script("return [...document.querySelectorAll('input[type=password]')].filter(i => i.value).length")
            .await,
        json!(0)
    );
    assert!(!journal.everything_stored().await.contains(WORDS));
    journal.finish().await;
}

#[tokio::test]
async fn with_a_wrong_secret_without_the_passkey_or_on_another_authenticator_the_passphrase_opens_it(
) {
    let (journal, authenticator) = with_authenticator().await;
    locked_with_a_passkey(&journal).await;
    let record = lock_record(&journal).await;
    let credentials = journal
        .devtools(
            "WebAuthn.getCredentials",
            json!({ "authenticatorId": authenticator }),
        )
        .await;
    let credential = credentials["credentials"][0].clone();
    assert!(credential.is_object(), "{credentials}");

    // A PRF result that doesn't unwrap the key: the passkey asked with another input than the
    // one its wrap was made with, so its secret is another.
    let mut other_input = record.clone();
    other_input["passkeys"][0]["prf_input"] = json!(BASE64_OF_32_SEVENS);
    store_record(&journal, &other_input).await;
    locked_again(&journal).await;
    open_with_passkey(&journal).await;
    told(&journal, "didn't open this journal", &other_input).await;
    opens_with_the_passphrase(&journal).await;
    store_record(&journal, &record).await;

    // The passkey removed from the device: the device's authenticator is there, without it.
    journal
        .devtools(
            "WebAuthn.removeVirtualAuthenticator",
            json!({ "authenticatorId": authenticator }),
        )
        .await;
    let other = add_authenticator(&journal).await;
    locked_again(&journal).await;
    open_with_passkey(&journal).await;
    told(&journal, "isn't on this device any more", &record).await;
    opens_with_the_passphrase(&journal).await;

    // That authenticator given the same credential (moved to another device, as it were): it
    // answers, but without the passkey's PRF secret.
    journal
        .devtools(
            "WebAuthn.addCredential",
            json!({ "authenticatorId": other, "credential": credential }),
        )
        .await;
    locked_again(&journal).await;
    open_with_passkey(&journal).await;
    told(&journal, "without what's needed", &record).await;
    opens_with_the_passphrase(&journal).await;

    journal.finish().await;
}

#[tokio::test]
async fn a_cancelled_prompt_or_a_damaged_entry_changes_nothing_and_the_passphrase_opens_it() {
    let (journal, authenticator) = with_authenticator().await;
    locked_with_a_passkey(&journal).await;
    let record = lock_record(&journal).await;

    // The member cancels (no face, no finger).
    journal
        .devtools(
            "WebAuthn.setUserVerified",
            json!({ "authenticatorId": authenticator, "isUserVerified": false }),
        )
        .await;
    locked_again(&journal).await;
    open_with_passkey(&journal).await;
    told(&journal, "No passkey was used", &record).await;
    opens_with_the_passphrase(&journal).await;
    journal
        .devtools(
            "WebAuthn.setUserVerified",
            json!({ "authenticatorId": authenticator, "isUserVerified": true }),
        )
        .await;

    // The record's entry for the passkey damaged: the passphrase still opens it, the entry
    // is kept as it was and listed as unreadable, and can be removed.
    let mut damaged = record.clone();
    damaged["passkeys"][0]["wrapped_key"] = json!("sealed:1:not-a-seal");
    store_record(&journal, &damaged).await;
    locked_again(&journal).await;
    open_with_passkey(&journal).await;
    told(&journal, "can't be read", &damaged).await;
    opens_with_the_passphrase(&journal).await;
    journal
        .click_text(".bottom-nav a, a.top-link", "Settings")
        .await;
    journal
        .click_text("main a.settings-row .row-label", "Lock")
        .await;
    journal
        .wait_for_text("main .own-list", "A passkey whose details can't be read")
        .await;
    assert_eq!(lock_record(&journal).await, damaged);
    journal
        .click_text(
            "main .own-list button",
            "Remove \u{201c}A passkey whose details can't be read\u{201d}",
        )
        .await;
    journal
        .wait_for_text("main [role=status]", "Passkey removed:")
        .await;
    assert!(lock_record(&journal).await.get("passkeys").is_none());
    journal.finish().await;
}

#[tokio::test]
async fn a_new_passphrase_keeps_the_passkey_and_turning_the_lock_off_leaves_no_wrap() {
    let (journal, _) = with_authenticator().await;
    locked_with_a_passkey(&journal).await;
    let new_passphrase = "heron over the weir";
    journal.click_text("summary", "Change the passphrase").await;
    let fields = "details[open] input[type=password]";
    journal.type_into_nth(fields, 0, PASSPHRASE).await;
    journal.type_into_nth(fields, 1, new_passphrase).await;
    journal.type_into_nth(fields, 2, new_passphrase).await;
    journal
        .click_text("details[open] button", "Change the passphrase")
        .await;
    journal
        .wait_for_text("main [role=status]", "Your passphrase is changed.")
        .await;
    assert_eq!(
        lock_record(&journal).await["passkeys"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );

    locked_again(&journal).await;
    open_with_passkey(&journal).await;
    journal.visit_in_app_history().await;
    journal.wait_for_text(".session-row", WORDS).await;

    journal.click_text("a.top-link", "Settings").await;
    journal
        .click_text("main a.settings-row .row-label", "Lock")
        .await;
    journal.click_text("summary", "Turn the lock off").await;
    journal
        .type_into("details[open] input[type=password]", new_passphrase)
        .await;
    journal
        .click_text("details[open] button", "Turn the lock off")
        .await;
    journal
        .wait_for_text("main [role=status]", "The lock is off.")
        .await;
    assert_eq!(lock_record(&journal).await, Value::Null);
    let stored = journal.everything_stored().await;
    assert!(!stored.contains("wrapped"), "{stored}");
    assert!(!stored.contains("passkeys"), "{stored}");
    assert!(stored.contains(WORDS), "the entry is readable again");
    journal.finish().await;
}

#[tokio::test]
async fn a_tab_closed_half_way_through_adding_a_passkey_leaves_one_that_opens_with_the_passphrase()
{
    let (journal, _) = with_authenticator().await;
    journal.quick_reflection(WORDS).await;
    journal.lock().turn_on(PASSPHRASE).await;
    let record = lock_record(&journal).await;
    // "Add a passkey", and the page starts again before it can finish (the passphrase is
    // still being worked out).
    let field = "#passkeys-heading ~ form input[type=password]";
    journal.type_into(field, PASSPHRASE).await;
    journal
        .script(
            "[...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Add a passkey').click();
             location.reload();
             return null",
        )
        .await;
    journal.wait_for_heading("Your journal is locked").await;
    assert_eq!(lock_record(&journal).await, record, "nothing half-added");
    // No passkey to offer; the passphrase opens it.
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.passkey-unlock').length")
            .await,
        json!(0)
    );
    opens_with_the_passphrase(&journal).await;
    journal.finish().await;
}
