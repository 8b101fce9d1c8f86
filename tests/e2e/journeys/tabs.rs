//! 5. Two tabs: what one saves shows in the other, without reloading it.

use crate::support::{Engine, Journal};

pub async fn run(engine: Engine) {
    let journal = Journal::open_in(engine).await;
    journal.quick_reflection("Started in the first tab").await;
    let first = journal.client.window().await.unwrap();
    journal.visit("/history").await;
    journal
        .wait_for_text(".session-row", "Started in the first tab")
        .await;
    journal
        .script("window.notReloaded = true; return null")
        .await;

    let second = journal.client.new_window(true).await.unwrap().handle;
    journal.client.switch_to_window(second).await.unwrap();
    journal.quick_reflection("Written in the second tab").await;

    journal.client.switch_to_window(first).await.unwrap();
    journal
        .wait_for_text(".session-row", "Written in the second tab")
        .await;
    assert_eq!(
        journal.script("return window.notReloaded === true").await,
        true,
        "the first tab in {} was reloaded rather than told",
        engine.name()
    );
    journal.finish().await;
}
