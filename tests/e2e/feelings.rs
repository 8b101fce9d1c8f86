//! Words for feelings, as a member reaches for them after group: their usual words first, a
//! search that knows the words people use, chips that stay compact, and nothing set for them.

use chrono::{Days, Local, NaiveDate};
use here_and_now::domain::emotions::EmotionRating;
use here_and_now::domain::journal::{Answer, Entry, Session, SessionId};
use here_and_now::domain::prompts;
use here_and_now::domain::schema::JournalSettings;
use serde_json::{json, Value};

use crate::support::{stored_journal, Journal};

/// Three past sessions, each leaving "drained" (and one word that comes only once).
fn three_drained_sessions() -> Vec<Session> {
    let today = Local::now().date_naive();
    (1..=3u64)
        .map(|n| {
            let date: NaiveDate = today.checked_sub_days(Days::new(7 * n)).unwrap();
            let mut session = Session::new(
                SessionId::from_millis(5_000 + n),
                date,
                date.and_hms_opt(21, 0, 0).unwrap(),
            );
            let mut after = Entry::default();
            let once = ["tense", "hurt", "calm"][n as usize - 1];
            after.set(
                prompts::FEELING_NOW,
                Answer::Emotions {
                    emotions: vec![EmotionRating::new("drained"), EmotionRating::new(once)],
                },
            );
            session.reflection = Some(after);
            session
        })
        .collect()
}

/// Opens the app and writes those sessions into its storage.
async fn seed_drained(journal: &Journal) {
    journal.visit("/").await;
    journal
        .store(&stored_journal(
            &JournalSettings::default(),
            &three_drained_sessions(),
        ))
        .await;
}

/// A 360 × 740 phone.
async fn phone(journal: &Journal) {
    journal
        .devtools(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": true }),
        )
        .await;
}

/// Whether the primary action of the step (Next, Skip or Save) is wholly on screen.
async fn action_in_view(journal: &Journal) -> Value {
    journal
        .script(
            "const button = [...document.querySelectorAll('.flow-actions button')]
               .find((b) => ['Next', 'Skip', 'Done'].includes(b.textContent.trim()));
             const r = button.getBoundingClientRect();
             const nav = document.querySelector('nav.bottom-nav')?.getBoundingClientRect();
             const floor = nav && getComputedStyle(document.querySelector('nav.bottom-nav')).position === 'fixed'
               ? nav.top : innerHeight;
             return r.top >= 0 && r.bottom <= floor;",
        )
        .await
}

#[tokio::test]
async fn the_usual_words_come_first_and_two_chosen_words_leave_the_action_in_view() {
    let journal = Journal::open().await;
    phone(&journal).await;
    seed_drained(&journal).await;
    journal.visit("/").await;
    journal.click_text("nav.bottom-nav a", "Reflect").await;
    journal.wait_for_heading("After group").await;
    // Without typing anything: the word named three times is one tap away; once is not usual.
    let usual = journal.wait_for_text(".usual-words", "drained").await;
    for once in ["tense", "hurt", "calm"] {
        assert!(!usual.contains(once), "{once} is not usual: {usual}");
    }
    assert_eq!(journal.text_of("#emotion-search-count").await, "");
    journal.click_text(".usual-words .chip", "drained").await;
    journal
        .flow()
        .name_emotion("wiped", "exhausted", None)
        .await;
    assert_eq!(
        journal
            .script(
                "return [...document.querySelectorAll('.chosen-emotions .chip')]
                   .map((c) => [c.textContent, c.getAttribute('aria-pressed')])"
            )
            .await,
        json!([["drained", "true"], ["exhausted", "true"]])
    );
    assert_eq!(
        action_in_view(&journal).await,
        json!(true),
        "the step's action is off screen"
    );
    journal.screenshot("feelings-two-words").await;
    journal.finish().await;
}

#[tokio::test]
async fn search_counts_what_it_found_and_offers_an_own_word_only_when_nothing_fits() {
    let journal = Journal::open().await;
    journal.visit("/reflect/quick").await;
    journal.type_into("#emotion-search", "exh").await;
    journal
        .wait_for_text("#emotion-search-count", "words found.")
        .await;
    assert_eq!(
        journal
            .script("return document.querySelector('.found-words .chip').textContent")
            .await,
        json!("exhausted"),
        "the nearest word first"
    );
    let offers_own = "return [...document.querySelectorAll('.find-word button')]
        .some((b) => b.textContent.includes('as your own word'))";
    assert_eq!(journal.script(offers_own).await, json!(false));

    journal.set_value("#emotion-search", "").await;
    journal.type_into("#emotion-search", "qv").await;
    journal
        .wait_for_text("#emotion-search-count", "No word of ours matches yet.")
        .await;
    assert_eq!(
        journal.script(offers_own).await,
        json!(false),
        "two letters are still a search"
    );
    journal.type_into("#emotion-search", "<b>ing").await;
    journal
        .click_text(".find-word button", "Add “qv<b>ing” as your own word")
        .await;
    assert_eq!(
        journal
            .script("return [document.querySelector('.chosen-emotions .chip').textContent, document.querySelectorAll('.chosen-emotions b').length]")
            .await,
        json!(["qv<b>ing", 0]),
        "an own word is only ever shown as text"
    );
    journal.finish().await;
}

#[tokio::test]
async fn a_word_saved_alone_stores_no_strength_and_removing_one_can_be_undone() {
    let journal = Journal::open().await;
    journal.visit("/reflect/quick").await;
    let flow = journal.flow();
    flow.name_emotion("rel", "relieved", None).await;
    flow.name_emotion("ten", "tender", Some(7)).await;
    flow.name_emotion("knack", "exhausted", None).await;

    // One tap lets a word go; Undo puts it back where it was, with what was said about it.
    journal.click_text(".chosen-emotions .chip", "tender").await;
    journal
        .wait_for_text(".undo-line", "Removed “tender”.")
        .await;
    journal.click_text(".undo-line button", "Undo").await;
    let chosen = journal
        .script("return [...document.querySelectorAll('.chosen-emotions .chip')].map((c) => c.textContent)")
        .await;
    assert_eq!(chosen, json!(["relieved", "tender", "exhausted"]));
    journal
        .wait_for_text(".chosen-emotion:nth-child(2) summary", "7 of 10")
        .await;

    flow.go_to_prompt("One line about how it is right now")
        .await;
    flow.answer("Home now").await;
    flow.save_and_read().await;
    let stored = journal
        .script(
            "return Object.keys(localStorage).filter((k) => k.startsWith('here-and-now.session.'))
               .map((k) => JSON.parse(localStorage.getItem(k)).reflection.answers['feeling-now'].emotions)[0]",
        )
        .await;
    assert_eq!(
        stored,
        json!([
            { "word": "relieved" },
            { "word": "tender", "intensity": 7 },
            { "word": "exhausted" }
        ]),
        "only the strength the member gave is kept"
    );
    let read = journal.text_of("main").await;
    assert!(read.contains("tender 7 of 10"), "{read}");
    assert!(!read.contains("relieved 5"), "{read}");
    journal.finish().await;
}

#[tokio::test]
async fn the_picker_passes_axe_in_light_and_dark_with_everything_open() {
    let journal = Journal::open().await;
    seed_drained(&journal).await;
    journal.visit("/reflect").await;
    journal.wait_for_text(".usual-words", "drained").await;
    let flow = journal.flow();
    flow.name_emotion("sad", "teary", Some(4)).await;
    flow.name_emotion("scar", "scared", None).await;
    journal.click_text(".chosen-emotions .chip", "scared").await;
    journal.set_value("#emotion-search", "").await;
    journal.type_into("#emotion-search", "wip").await;
    journal
        .wait_for_text("#emotion-search-count", "found")
        .await;
    journal
        .script(
            "document.querySelectorAll('main details').forEach((d) => d.open = true); return null",
        )
        .await;
    let mut problems = Vec::new();
    for theme in ["light", "dark"] {
        journal.show_theme(theme).await;
        for problem in journal.accessibility_problems().await {
            problems.push(format!("{theme}: {problem}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
    journal.finish().await;
}
