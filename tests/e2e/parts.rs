//! Pages other than the first come as parts of their own (src/ui/parts.rs, split by
//! scripts/split_wasm.py). When the connection drops between the first page and a tap, the
//! page says so and offers to try again; the rest of the app keeps working.

use here_and_now::screens::Screen;

use crate::support::Journal;

#[tokio::test]
async fn a_page_whose_part_cannot_be_fetched_says_so_and_opens_when_tried_again() {
    let journal = Journal::open().await;
    let server = journal.own_server().clone();
    // The first page comes; every part of the app is refused, as on a dropped connection.
    server.refuse("/split_");
    server.refuse("/chunk_");
    journal.visit("/").await;
    journal.wait_for_heading(Screen::Home.heading()).await;
    let parts_built = std::fs::read_dir(crate::support::dist())
        .unwrap()
        .flatten()
        .any(|f| f.file_name().to_string_lossy().starts_with("split_"));
    assert!(parts_built, "the release build in dist/ has no parts");

    journal
        .click_text("nav.bottom-nav a", Screen::Insights.nav_label())
        .await;
    journal
        .wait_for_text(".part-missing h1", "This page didn't open")
        .await;
    let said = journal.text_of(".part-missing").await;
    assert!(said.contains("Your journal is safe"), "{said}");
    assert!(
        server
            .asked()
            .iter()
            .any(|p| p.starts_with("/split_insights")),
        "Insights' part was never asked for: {:?}",
        server.asked()
    );

    // Nothing stopped: another page opens, and writing still saves.
    journal
        .click_text("nav.bottom-nav a", Screen::Home.nav_label())
        .await;
    journal.wait_for_heading(Screen::Home.heading()).await;
    journal
        .quick_reflection_in_app("Written while the connection was down")
        .await;

    // Still refused: Try again really asks again, and says so again, not a blank page.
    journal.visit(Screen::Insights.path()).await;
    journal
        .wait_for_text(".part-missing h1", "This page didn't open")
        .await;
    let asked_for_insights = || {
        server
            .asked()
            .iter()
            .filter(|p| p.starts_with("/split_insights"))
            .count()
    };
    let before = asked_for_insights();
    journal.click_text("button", "Try again").await;
    let started = std::time::Instant::now();
    while asked_for_insights() == before {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "Try again didn't ask for the part again"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    journal
        .wait_for_text(".part-missing h1", "This page didn't open")
        .await;

    // The connection is back: "Try again" opens the page.
    server.stop_refusing();
    journal.click_text("button", "Try again").await;
    journal.wait_for_heading(Screen::Insights.heading()).await;
    journal.visit(Screen::History.path()).await;
    journal.wait_for_heading(Screen::History.heading()).await;
    let rows = journal.history().rows().await;
    assert!(
        rows.iter().any(|r| r.contains("connection was down")),
        "{rows:?}"
    );
    journal.finish().await;
}
