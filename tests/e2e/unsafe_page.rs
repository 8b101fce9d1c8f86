//! "Uncomfortable or unsafe?": reached from Home; the member's own contacts, with Call and Text
//! only for what looks like a phone number (anything else plain text); kept through a reload,
//! changed and removed in place, sealed by the lock, and in a backup. Laid out for a phone.

use here_and_now::screens::Screen;
use serde_json::{json, Value};

use crate::accessibility::SMALL_TARGETS;
use crate::support::Journal;

const PASSPHRASE: &str = "quiet river lamp";
const STATUS: &str = "section[aria-labelledby=reach-heading] [role=status]";

const THERAPIST: (&str, &str) = ("My therapist", "+44 20 7946 0958");
const FRIEND: (&str, &str) = ("Friend", "ask at work");

async fn add_contact(journal: &Journal, (label, reach): (&str, &str)) {
    journal.type_into("#new-contact-label", label).await;
    journal.type_into("#new-contact-reach", reach).await;
    journal.click_text(".add-contact button", "Add").await;
    journal
        .wait_for_text(STATUS, &format!("Added \u{201c}{label}\u{201d}."))
        .await;
}

/// Every contact on the page: what it shows, and each link's address, name and words.
async fn shown(journal: &Journal) -> Value {
    journal
        .script(
            "return [...document.querySelectorAll('main .contact-list > li')].map(li => ({
               name: li.querySelector('.contact-name')?.textContent ?? null,
               reach: li.querySelector('.contact-reach')?.textContent ?? null,
               links: [...li.querySelectorAll('a')].map(a =>
                 [a.getAttribute('href'), a.getAttribute('aria-label'), a.textContent.trim()]),
             }))",
        )
        .await
}

fn the_two() -> Value {
    json!([
        {
            "name": "My therapist",
            "reach": "+44 20 7946 0958",
            "links": [
                ["tel:+442079460958", "Call My therapist (+44 20 7946 0958)", "Call"],
                ["sms:+442079460958", "Text My therapist", "Text"],
            ],
        },
        { "name": "Friend", "reach": "ask at work", "links": [] },
    ])
}

/// Clicks the button whose accessible name is `name` and waits a frame.
async fn press(journal: &Journal, name: &str) {
    let found = journal
        .script(&format!(
            "const b = document.querySelector('main button[aria-label={}]');
             b?.scrollIntoView({{ block: 'center' }}); b?.click(); return !!b",
            json!(name)
        ))
        .await;
    assert_eq!(found, json!(true), "no button named {name:?}");
    journal.next_frame().await;
}

async fn focused(journal: &Journal) -> Value {
    journal
        .script(
            "const el = document.activeElement;
             return el.id || el.getAttribute('aria-label') || el.textContent.trim()",
        )
        .await
}

#[tokio::test]
async fn the_members_own_contacts_call_and_text_only_phone_numbers_and_stay_private() {
    let journal = Journal::open().await;
    journal.visit("/").await;
    journal
        .click_text("main a", "Uncomfortable or unsafe?")
        .await;
    journal.wait_for_heading(Screen::Unsafe.heading()).await;
    assert_eq!(
        journal.client.current_url().await.unwrap().path(),
        Screen::Unsafe.path()
    );
    let text = journal.text_of("main").await;
    for words in [
        "When it's uncomfortable",
        "at your own pace",
        "When it's unsafe",
        "the group can wait",
        "Name five things you can see",
        "Your list is empty for now",
        "your local crisis line",
    ] {
        assert!(text.contains(words), "{words:?} not in:\n{text}");
    }
    let links_to_dial =
        "return document.querySelectorAll('a[href^=\"tel:\"], a[href^=\"sms:\"]').length";
    assert_eq!(
        journal.script(links_to_dial).await,
        json!(0),
        "no numbers of our own"
    );

    add_contact(&journal, THERAPIST).await;
    add_contact(&journal, FRIEND).await;
    assert_eq!(shown(&journal).await, the_two());
    let stored = journal.everything_stored().await;
    assert!(
        stored.contains(THERAPIST.1) && stored.contains(FRIEND.1),
        "{stored}"
    );

    // Something hostile is kept as typed and shown as text, never as a link; changed in
    // place (focus goes to the form and comes back), then removed.
    add_contact(&journal, ("Odd", "javascript:alert(1)")).await;
    let odd = &shown(&journal).await[2];
    assert_eq!(
        odd,
        &json!({ "name": "Odd", "reach": "javascript:alert(1)", "links": [] })
    );
    press(&journal, "Change Odd").await;
    assert_eq!(focused(&journal).await, json!("change-contact-label"));
    journal.type_into("#change-contact-label", " one").await;
    journal.click_text(".contact button", "Save").await;
    journal.wait_for_text(STATUS, "Saved.").await;
    assert_eq!(focused(&journal).await, json!("Change Odd one"));
    press(&journal, "Change Odd one").await;
    journal.click_text(".contact button", "Remove").await;
    journal
        .wait_for_text(STATUS, "Removed \u{201c}Odd one\u{201d}.")
        .await;
    assert_eq!(focused(&journal).await, json!("reach-heading"));
    assert_eq!(shown(&journal).await, the_two());

    // An older copy of the app, open in another tab, saves the settings as it knows them
    // (without contacts): the contacts live under their own key and stay.
    let settings = journal
        .script("return localStorage.getItem('here-and-now.settings')")
        .await;
    assert!(
        !settings.as_str().unwrap_or_default().contains("therapist"),
        "the settings key holds no contacts: {settings}"
    );
    journal
        .script(
            "localStorage.setItem('here-and-now.settings', '{\"confidentiality_note_seen\":true}');
             return null",
        )
        .await;
    journal.reload().await;
    journal.wait_for_heading(Screen::Unsafe.heading()).await;
    assert_eq!(shown(&journal).await, the_two(), "after a reload");

    // A phone: nothing sideways, every control big enough to tap, with a form open too, and
    // nothing for axe to find in either theme.
    journal
        .devtools(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": true }),
        )
        .await;
    journal.visit(Screen::Unsafe.path()).await;
    for (state, picture) in [
        ("the list", "unsafe-list"),
        ("a contact's form open", "unsafe-form"),
    ] {
        if picture == "unsafe-form" {
            press(&journal, "Change My therapist").await;
        }
        let sideways = journal
            .script("const d = document.scrollingElement; return d.scrollWidth - d.clientWidth")
            .await;
        assert_eq!(sideways, json!(0), "sideways scrolling with {state}");
        assert_eq!(
            journal.script(SMALL_TARGETS).await,
            json!([]),
            "targets under 44 px with {state}"
        );
        for theme in ["light", "dark"] {
            journal.show_theme(theme).await;
            let problems = journal.accessibility_problems().await;
            assert!(problems.is_empty(), "{state} ({theme}):\n{problems:#?}");
        }
        journal
            .script("document.querySelector('.contact').scrollIntoView(); return null")
            .await;
        journal.screenshot(picture).await;
    }

    // An unprotected backup holds them.
    let file = journal.backups().download(None).await;
    let backup: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(
        backup["settings"]["contacts"],
        json!([
            { "label": THERAPIST.0, "reach": THERAPIST.1 },
            { "label": FRIEND.0, "reach": FRIEND.1 },
        ])
    );

    // With the lock on, no stored value holds them; the passphrase brings them back.
    journal.lock().turn_on(PASSPHRASE).await;
    let stored = journal.everything_stored().await;
    for words in [THERAPIST.0, THERAPIST.1, FRIEND.1] {
        assert!(!stored.contains(words), "{words:?} is readable:\n{stored}");
    }
    // Locked, the page still opens from the unlock screen, without the passphrase: its words
    // and steps, and none of the member's own list.
    journal.visit("/").await;
    journal.wait_for_heading("Your journal is locked").await;
    journal
        .click_text("a.quiet-link", "Uncomfortable or unsafe?")
        .await;
    journal.wait_for_heading(Screen::Unsafe.heading()).await;
    let page = journal.text_of("main").await;
    assert!(page.contains("A few steps to steady yourself"), "{page}");
    assert!(page.contains("Your own list is locked"), "{page}");
    for words in [THERAPIST.0, THERAPIST.1, FRIEND.1] {
        assert!(
            !page.contains(words),
            "{words:?} shows while locked:\n{page}"
        );
    }
    for theme in ["light", "dark"] {
        journal.show_theme(theme).await;
        let problems = journal.accessibility_problems().await;
        assert!(problems.is_empty(), "locked ({theme}):\n{problems:#?}");
    }
    journal
        .click_text("button", "Open my journal to see it")
        .await;
    journal.lock().unlock(PASSPHRASE).await;
    journal.wait_for_heading(Screen::Unsafe.heading()).await;
    assert_eq!(shown(&journal).await, the_two(), "once unlocked");
    journal.finish().await;
}
