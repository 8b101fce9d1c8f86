//! 7. Offline after one visit: every page opens and a reflection saves with nothing answering.
//!    Chromium is also told it is offline (DevTools); WebKit and Firefox have no such switch
//!    over WebDriver, so there the server simply stops answering, which is what a phone with
//!    no signal meets.

use here_and_now::screens::Screen;

use crate::support::{Engine, Journal};

pub async fn run(engine: Engine) {
    let journal = Journal::open_in(engine).await;
    journal.visit("/").await;
    journal.wait_until_kept_for_offline().await;

    journal.go_offline().await;
    journal.reload().await;
    journal.wait_for_heading(Screen::Home.heading()).await;
    for screen in Screen::ROUTED {
        journal.visit(screen.path()).await;
        journal.wait_for_heading(screen.heading()).await;
    }
    journal
        .quick_reflection("Written on the train, no signal")
        .await;
    let rows = journal.history().rows().await;
    assert!(
        rows.iter().any(|r| r.contains("no signal")),
        "{}: {rows:?}",
        engine.name()
    );
    // The proof that this was offline: the page's own requests fail, and the server was asked
    // (by the service worker, trying the network first for pages) and answered nothing.
    let fetched = journal
        .script(
            "return fetch('/index.html?fresh', { cache: 'no-store' })
               .then(() => 'answered', () => 'failed')",
        )
        .await;
    assert_eq!(fetched, serde_json::json!("failed"), "{}", engine.name());
    assert!(
        journal.requests_unanswered() > 0,
        "nothing even tried the network in {}",
        engine.name()
    );
    journal.finish().await;
}
