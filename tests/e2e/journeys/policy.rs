//! 6. The Content-Security-Policy: writing, saving and reading back raise no violation, and a
//!    script slipped into the page does not run.

use here_and_now::screens::Screen;
use serde_json::{json, Value};

use crate::support::{Engine, Journal};

pub async fn run(engine: Engine) {
    let journal = Journal::open_in(engine).await;
    journal.watch_violations().await;
    journal.visit("/reflect/quick").await;
    let flow = journal.flow();
    flow.name_emotion("cal", "calm", None).await;
    flow.go_to_prompt("One line about how it is right now")
        .await;
    flow.answer("Calmer than I expected").await;
    flow.save().await;
    journal.visit("/history").await;
    journal
        .script("document.querySelector('.session-row a').click(); return null")
        .await;
    journal
        .wait_for_text("main .written", "Calmer than I expected")
        .await;
    journal.visit("/settings/display").await;
    journal.click_text("label.choice-option", "Dark").await;
    for screen in Screen::ROUTED {
        journal.visit(screen.path()).await;
        journal.wait_for_heading(screen.heading()).await;
    }
    journal.wait_until_kept_for_offline().await;
    assert_eq!(
        journal.violations().await,
        json!([]),
        "{} reported violations",
        engine.name()
    );

    journal
        .script(
            "const script = document.createElement('script');
             script.textContent = 'window.slipped = \"script\"';
             document.body.append(script);
             return null;",
        )
        .await;
    journal
        .wait_until(
            "JSON.parse(sessionStorage.getItem('test.violations') || '[]').length > 0",
            "the browser to report the slipped-in script",
        )
        .await;
    assert_eq!(
        journal.script("return window.slipped ?? null").await,
        Value::Null,
        "the slipped-in script ran in {}",
        engine.name()
    );
    let reported = journal.violations().await;
    assert!(
        reported[0].as_str().unwrap_or("").starts_with("script-src"),
        "{reported}"
    );
    journal.finish().await;
}
