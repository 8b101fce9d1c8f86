//! 2. Typing survives a reload (the draft), and a stored value the app can't read is kept
//!    aside, never written over.

use serde_json::json;

use crate::support::{Engine, Journal};

const DRAFT_SENTENCE: &str = "When R. laughed I went quiet and I want to say so";

pub async fn run(engine: Engine) {
    let journal = Journal::open_in(engine).await;
    journal.visit("/reflect").await;
    let flow = journal.flow();
    flow.go_to_prompt("A moment that stayed with you").await;
    flow.answer(DRAFT_SENTENCE).await;
    journal.reload().await;
    journal.wait_for_heading("After group").await;
    journal
        .wait_for_text("[role=status]", "You have an unfinished reflection")
        .await;
    journal.click_text("button", "Continue it").await;
    assert_eq!(flow.prompt().await, "A moment that stayed with you");
    assert_eq!(
        journal
            .script("return document.querySelector('textarea.answer').value")
            .await,
        json!(DRAFT_SENTENCE),
        "the typing came back in {}",
        engine.name()
    );

    // Display choices that can't be read: explained, and kept aside before a new choice is
    // saved.
    journal
        .script(
            "localStorage.setItem('here-and-now.preferences', '{\"theme\": \"sep'); return null",
        )
        .await;
    journal.visit("/settings/display").await;
    let alert = journal.text_of("[role=alert]").await;
    assert!(alert.contains("couldn't be read"), "{alert}");
    journal.click_text("label.choice-option", "Large").await;
    let stored = journal
        .script("return [localStorage.getItem('here-and-now.kept.preferences'), JSON.parse(localStorage.getItem('here-and-now.preferences')).text_size]")
        .await;
    assert_eq!(stored, json!(["{\"theme\": \"sep", "large"]));
    journal.finish().await;
}
