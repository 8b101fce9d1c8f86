//! 1. A full preparation and a full reflection on the same day, saved, joined into one session,
//!    and found again in History and in search.

use crate::support::{Engine, Journal};

pub async fn run(engine: Engine) {
    let journal = Journal::open_in(engine).await;

    journal.visit("/prepare").await;
    journal.wait_for_heading("Before group").await;
    let flow = journal.flow();
    flow.name_emotion("anx", "anxious", None).await;
    flow.go_to_prompt("What do you want to bring into the room?")
        .await;
    flow.answer("How I shut down when J. raised her voice")
        .await;
    flow.go_to_prompt("A here-and-now sentence you might try")
        .await;
    flow.answer("I notice I go quiet when voices rise").await;
    flow.go_to_end().await;
    flow.save().await;

    journal.visit("/reflect").await;
    journal.wait_for_heading("After group").await;
    flow.name_emotion("reli", "relieved", None).await;
    flow.go_to_prompt("A moment that stayed with you").await;
    flow.answer("When M. said she noticed my silence").await;
    flow.go_to_prompt("What do you want to bring next time?")
        .await;
    flow.answer("Ask M. what she saw").await;
    flow.go_to_end().await;
    flow.save_and_read().await;
    journal
        .wait_for_text("main", "When M. said she noticed my silence")
        .await;

    let rows = journal.history().rows().await;
    assert_eq!(
        rows.len(),
        1,
        "the reflection joined the day's preparation in {}: {rows:?}",
        engine.name()
    );
    assert!(rows[0].contains("Before and after"), "{rows:?}");

    let found = journal
        .history()
        .search("noticed my silence", "1 place found.")
        .await;
    assert!(found[0].contains("noticed my silence"), "{found:?}");
    let found = journal
        .history()
        .search("shut down", "1 place found.")
        .await;
    assert!(found[0].contains("shut down"), "{found:?}");
    let found = journal.history().search("anxious", "1 place found.").await;
    assert!(found[0].contains("anxious"), "{found:?}");
    journal.finish().await;
}
