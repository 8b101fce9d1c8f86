//! 3. The lock: turned on, no stored value holds the member's words, a wrong passphrase is
//!    refused, the right one opens the journal. Each engine's unlock time is written to
//!    target/unlock-times/ (`./x test` prints them).

use std::time::Duration;

use crate::support::{Engine, Journal};

const PASSPHRASE: &str = "quiet river lamp";
const WORDS: &str = "The wren sentence I kept to myself";

pub async fn run(engine: Engine) {
    let journal = Journal::open_in(engine).await;
    journal.quick_reflection(WORDS).await;
    journal.lock().turn_on(PASSPHRASE).await;
    let stored = journal.everything_stored().await;
    assert!(
        !stored.contains("wren") && stored.contains("here-and-now.lock"),
        "{} keeps the words readable:\n{stored}",
        engine.name()
    );

    journal.visit("/history").await;
    journal.wait_for_heading("Your journal is locked").await;
    assert!(!journal.page_text().await.contains("wren"));
    journal.lock().refused("quiet river lam").await;

    let took = journal
        .lock()
        .timed_unlock(PASSPHRASE, "Your entries")
        .await;
    journal.wait_for_text(".session-row", "wren").await;
    assert!(!journal.everything_stored().await.contains("wren"));
    record_unlock_time(engine, took);
    journal.finish().await;
}

fn record_unlock_time(engine: Engine, took: Duration) {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/unlock-times");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join(engine.name()),
        format!("{} ms\n", took.as_millis()),
    )
    .unwrap();
}
