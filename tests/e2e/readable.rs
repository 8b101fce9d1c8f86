//! Sharing with a therapist (a Markdown file, the print view, names replaced) and how the
//! browser keeps the journal (Settings).

use chrono::NaiveDate;
use here_and_now::domain::journal::{Answer, Entry, FeedbackReceived, Fit, Session, SessionId};
use here_and_now::domain::prompts;
use here_and_now::domain::schedule::Moment;
use here_and_now::domain::schema::JournalSettings;
use serde_json::json;

use crate::support::{stored_journal, Journal};

const HOSTILE: &str = "<img src=x onerror=\"window.__ran=1\"><script>window.__ran=2</script>";
const ANONYMIZE: &str = "Replace other members' names with \u{201c}a group member\u{201d}";

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

/// A reflection on 2026-11-`d`: a moment in `words`, and feedback from JB.
fn reflection(d: u32, words: &str) -> Session {
    let now = day(d).and_hms_opt(21, 0, 0).unwrap();
    let mut session = Session::new(SessionId::from_millis(u64::from(d)), day(d), now);
    let mut entry = Entry::default();
    entry.set(
        "moment",
        Answer::Text {
            text: words.to_owned(),
        },
    );
    entry.set(
        prompts::FEEDBACK_RECEIVED,
        Answer::Feedback {
            items: vec![FeedbackReceived {
                what_was_said: "You smile when you're hurt".into(),
                from: "JB".into(),
                matches: Some(Fit::Partly),
                ..Default::default()
            }],
        },
    );
    session.put(Moment::After, entry, now);
    session
}

/// Writes the sessions and a people list holding "JB" straight into storage, then reopens.
async fn seed(journal: &Journal, sessions: &[Session]) {
    journal.visit("/").await;
    let settings = JournalSettings {
        people: vec!["JB".into()],
        confidentiality_note_seen: true,
        ..JournalSettings::default()
    };
    journal.store(&stored_journal(&settings, sessions)).await;
}

async fn open_sharing(journal: &Journal) {
    journal.visit("/history").await;
    journal
        .click_text("details.share summary", "Share with your therapist")
        .await;
}

#[tokio::test]
async fn the_markdown_file_holds_the_chosen_sessions_in_the_members_words() {
    let journal = Journal::open().await;
    seed(
        &journal,
        &[
            reflection(3, "First week, quiet"),
            reflection(10, "JB said I seemed far away"),
            reflection(17, "I told the group I was scared"),
            reflection(24, "Last week of the month"),
        ],
    )
    .await;
    open_sharing(&journal).await;
    journal
        .wait_for_text(".share-count", "4 sessions will be included.")
        .await;
    journal
        .set_value(".share .date-range label:first-child input", "2026-11-10")
        .await;
    journal
        .set_value(".share .date-range label:last-child input", "2026-11-17")
        .await;
    journal
        .wait_for_text(".share-count", "2 sessions will be included.")
        .await;
    journal.screenshot("share-with-your-therapist").await;

    let file = journal.download("Download as a text file (Markdown)").await;
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let dated = name.rsplit("here-and-now-").next().unwrap();
    assert!(
        dated.len() == "2026-11-29.md".len()
            && dated.ends_with(".md")
            && dated[..10].parse::<NaiveDate>().is_ok(),
        "{name}"
    );
    let markdown = std::fs::read_to_string(&file).unwrap();
    let _ = std::fs::remove_file(&file);
    for words in [
        "## Tuesday 10 November 2026",
        "JB said I seemed far away",
        "## Tuesday 17 November 2026",
        "I told the group I was scared",
        "From: JB",
    ] {
        assert!(markdown.contains(words), "{words:?} missing:\n{markdown}");
    }
    for outside in [
        "First week, quiet",
        "Last week of the month",
        "3 November",
        "24 November",
    ] {
        assert!(
            !markdown.contains(outside),
            "{outside:?} is outside the dates:\n{markdown}"
        );
    }

    // With other members' names replaced, JB is gone and the member's own words stay.
    journal.click_text("label.choice-option", ANONYMIZE).await;
    let file = journal.download("Download as a text file (Markdown)").await;
    let markdown = std::fs::read_to_string(&file).unwrap();
    let _ = std::fs::remove_file(&file);
    assert!(!markdown.contains("JB"), "{markdown}");
    for words in [
        "A group member said I seemed far away",
        "From: a group member",
        "You smile when you're hurt",
        "I told the group I was scared",
    ] {
        assert!(markdown.contains(words), "{words:?} missing:\n{markdown}");
    }
    journal.finish().await;
}

#[tokio::test]
async fn the_print_view_shows_hostile_text_as_text_and_prints_only_the_words() {
    let journal = Journal::open().await;
    seed(
        &journal,
        &[reflection(10, HOSTILE), reflection(17, "JB laughed")],
    )
    .await;
    // A dark phone: paper is still black on white.
    journal
        .devtools(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": "dark" }] }),
        )
        .await;
    open_sharing(&journal).await;
    journal.click_text("button", "Open print view").await;
    journal.wait_for_heading("My group journal").await;
    let url = journal.client.current_url().await.unwrap();
    assert_eq!(url.path(), "/history/print");
    let shown = journal.wait_for_text("main", "onerror").await;
    assert!(shown.contains(HOSTILE), "{shown}");
    assert!(shown.contains("From: JB"), "{shown}");
    journal.screenshot("print-view").await;
    assert_eq!(
        journal
            .script("return [window.__ran ?? null, document.querySelectorAll('main img, main script').length]")
            .await,
        json!([null, 0]),
        "nothing the member wrote ran or became an element"
    );
    let headings = journal
        .script("return [...document.querySelectorAll('main h1, main h2, main h3')].map(h => h.tagName + ' ' + h.textContent)")
        .await;
    assert_eq!(
        headings,
        json!([
            "H1 My group journal",
            "H2 Tuesday 10 November 2026 · Session 1 of 12",
            "H3 After group",
            "H2 Tuesday 17 November 2026 · Session 2 of 12",
            "H3 After group",
        ])
    );

    let on_screen = "return ['.top-bar', '.bottom-nav', 'main button']
        .map(css => getComputedStyle(document.querySelector(css)).display)";
    assert_eq!(
        journal.script(on_screen).await,
        json!(["flex", "block", "flex"])
    );
    journal
        .devtools(
            "Emulation.setEmulatedMedia",
            json!({ "media": "print",
                    "features": [{ "name": "prefers-color-scheme", "value": "dark" }] }),
        )
        .await;
    assert_eq!(
        journal.script(on_screen).await,
        json!(["none", "none", "none"]),
        "on paper: no navigation, no buttons"
    );
    let paper = journal
        .script(
            "const sessions = document.querySelectorAll('.print-session');
             return [getComputedStyle(document.body).backgroundColor,
                     getComputedStyle(document.querySelector('.print-session p')).color,
                     getComputedStyle(sessions[0]).breakBefore,
                     getComputedStyle(sessions[1]).breakBefore]",
        )
        .await;
    assert_eq!(
        paper,
        json!(["rgb(255, 255, 255)", "rgb(0, 0, 0)", "auto", "page"]),
        "black on white, each session on its own page"
    );

    // The choice is in the address: reopened with names replaced, JB is gone.
    journal
        .devtools("Emulation.setEmulatedMedia", json!({ "media": "" }))
        .await;
    journal
        .visit("/history/print?from=2026-11-17&anonymize=1")
        .await;
    let shown = journal.wait_for_text("main", "laughed").await;
    assert!(
        shown.contains("A group member laughed") && !shown.contains("JB"),
        "{shown}"
    );
    assert!(!shown.contains("onerror"), "the 10th is outside: {shown}");
    journal.finish().await;
}

#[tokio::test]
async fn settings_say_whether_the_browser_keeps_the_journal_and_how_much_room_it_takes() {
    let journal = Journal::open().await;
    // About 50,000 characters: 100 KB as the browser counts (two bytes each), give or take
    // the few hundred characters around them.
    seed(
        &journal,
        &[reflection(10, &"I kept writing. ".repeat(3125))],
    )
    .await;
    journal.visit("/settings/storage").await;
    let section = "main";
    let keeping = journal
        .wait_for_text(&format!("{section} .keeping"), "browser")
        .await;
    assert!(
        keeping.contains("has agreed to keep your journal")
            || keeping.contains("may clear website data"),
        "the browser's answer, in plain words: {keeping}"
    );
    let usage = journal
        .wait_for_text(&format!("{section} .usage"), "Your journal takes up")
        .await;
    let kilobytes: u32 = usage
        .trim_start_matches("Your journal takes up ")
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no figure in {usage:?}"));
    assert!((98..=100).contains(&kilobytes), "{usage}");
    assert!(
        usage.ends_with("roughly 5 MB this browser sets aside for it (about 2%)."),
        "{usage}"
    );
    journal
        .wait_for_text(section, "For this website as a whole")
        .await;
    journal
        .script(&format!(
            "document.querySelector('{section}').scrollIntoView(); return null"
        ))
        .await;
    journal.screenshot("storage-status").await;
    journal
        .wait_for_text(
            section,
            "add Here & Now to your Home Screen before you start writing",
        )
        .await;
    journal.finish().await;
}
