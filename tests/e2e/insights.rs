//! Insights, search and the calendar file, on a seeded journal of 20 weekly sessions whose
//! numbers are worked out by hand below (the expectations do not come from the app's code).

use chrono::{Days, NaiveDate, NaiveTime};
use fantoccini::Locator;
use here_and_now::domain::contacts::Contact;
use here_and_now::domain::emotions::EmotionRating;
use here_and_now::domain::journal::{
    Answer, Boundary, BoundaryKind, Entry, FeedbackReceived, Fit, Session, SessionId,
};
use here_and_now::domain::prompts;
use here_and_now::domain::schedule::{GroupSchedule, Moment, Rhythm};
use here_and_now::domain::schema::JournalSettings;
use serde_json::json;

use crate::support::{stored_journal, Journal};

fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 6).unwrap() + Days::new(7 * n)
}

fn feeling(word: &str, intensity: u8) -> Answer {
    Answer::Emotions {
        emotions: vec![EmotionRating::rated(word, intensity)],
    }
}

fn text(t: &str) -> Answer {
    Answer::Text { text: t.to_owned() }
}

/// Session n (0 to 19, or on to 59 for the longer journal), a week apart from Tuesday 6 January 2026:
/// - arrives anxious 7 in sessions 0-11, hopeful 4 in 12-19;
/// - leaves relieved 6 when n is even, hurt 5 when odd;
/// - one "said no" boundary, respected, when n % 4 == 0 (0, 4, 8, 12, 16);
/// - one piece of feedback from JB that partly matches when n % 5 == 0 (0, 5, 10, 15);
/// - people-pleasing noticed when n < 10, withdrawing when n % 3 == 0 (0, 3, ..., 18);
/// - a risk written about when n >= 14, something held back when n < 8;
/// - session 7's moment: "I noticed the clock ticking and said nothing".
fn fixture(count: u64) -> Vec<Session> {
    (0..count)
        .map(|n| {
            let now = day(n).and_hms_opt(21, 0, 0).unwrap();
            let mut s = Session::new(SessionId::from_millis(1_000 + n), day(n), now);
            let mut before = Entry::default();
            before.set(
                prompts::ARRIVING,
                if n < 12 {
                    feeling("anxious", 7)
                } else {
                    feeling("hopeful", 4)
                },
            );
            before.set(
                prompts::BRING,
                Answer::Bring {
                    text: format!("Something for week {n}"),
                    carried: vec![],
                    only_if_right: false,
                },
            );
            s.put(Moment::Before, before, now);
            let mut after = Entry::default();
            after.set(
                prompts::FEELING_NOW,
                if n % 2 == 0 {
                    feeling("relieved", 6)
                } else {
                    feeling("hurt", 5)
                },
            );
            if n % 4 == 0 {
                after.set(
                    prompts::BOUNDARIES,
                    Answer::Boundaries {
                        boundaries: vec![Boundary {
                            kind: Some(BoundaryKind::SaidNo),
                            what_happened: "Said no".into(),
                            respected: Some(Fit::Yes),
                            how_it_felt: String::new(),
                        }],
                    },
                );
            }
            if n % 5 == 0 {
                after.set(
                    prompts::FEEDBACK_RECEIVED,
                    Answer::Feedback {
                        items: vec![FeedbackReceived {
                            what_was_said: "You go quiet when it matters".into(),
                            from: "JB".into(),
                            matches: Some(Fit::Partly),
                            ..Default::default()
                        }],
                    },
                );
            }
            let mut tags = Vec::new();
            if n < 10 {
                tags.push("people-pleasing".to_owned());
            }
            if n % 3 == 0 {
                tags.push("withdrawing".to_owned());
            }
            after.set(prompts::PATTERNS, Answer::Tags { tags });
            if n >= 14 {
                after.set("risk", text("Told them I was hurt"));
            }
            if n < 8 {
                after.set("held-back", text("How angry I was"));
            }
            if n == 7 {
                after.set(
                    "moment",
                    text("I noticed the clock ticking and said nothing"),
                );
            }
            s.put(Moment::After, after, now);
            s
        })
        .collect()
}

/// Writes the 20 sessions and a schedule straight into storage (the accessibility checks use it too).
pub(crate) async fn seed(journal: &Journal) {
    seed_sessions(journal, 20).await;
}

/// Writes the first `count` sessions and a schedule straight into storage.
async fn seed_sessions(journal: &Journal, count: u64) {
    journal.visit("/").await;
    let settings = JournalSettings {
        schedule: Some(GroupSchedule {
            group_name: "Tuesday group".into(),
            start_time: NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
            rhythm: Rhythm::EveryTwoWeeks {
                first_session: day(0),
            },
        }),
        // A number to call and text, and a way to reach someone that is only words.
        contacts: vec![
            Contact {
                label: "My therapist".into(),
                reach: "+44 20 7946 0958".into(),
            },
            Contact {
                label: "A friend from the evening class, who said to ask at work".into(),
                reach: "ask at the front desk for the one with the green scarf".into(),
            },
        ],
        ..JournalSettings::default()
    };
    journal
        .store(&stored_journal(&settings, &fixture(count)))
        .await;
}

async fn summary(journal: &Journal, id: &str) -> String {
    journal.text_of(&format!("#{id}-summary")).await
}

#[tokio::test]
async fn insights_show_every_chart_with_the_numbers_the_journal_implies() {
    let journal = Journal::open().await;
    seed(&journal).await;
    journal.visit("/insights").await;
    journal
        .wait_for_text(".insight-count", "Looking at 8 sessions.")
        .await;

    // The last 8 sessions are 12 to 19.
    assert_eq!(
        summary(&journal, "most-named").await,
        "You named \u{201c}hopeful\u{201d} in 8 of 8 sessions."
    );
    assert_eq!(
        summary(&journal, "patterns").await,
        "You noticed \u{201c}withdrawing\u{201d} in 3 of 8 sessions."
    );
    assert!(summary(&journal, "boundaries")
        .await
        .starts_with("You practised 2 boundaries across 2 sessions;"));

    journal.click_text("label.choice-option", "All").await;
    journal
        .wait_for_text(".insight-count", "Looking at 20 sessions.")
        .await;
    assert_eq!(
        summary(&journal, "before-after").await,
        "You named how you arrived and how you left in 20 sessions. Most often you arrived stirred up and left settled."
    );
    assert_eq!(
        summary(&journal, "families").await,
        "Of 40 emotions named: lively 8, settled 10, stirred up 12, heavy 10."
    );
    assert_eq!(
        summary(&journal, "most-named").await,
        "You named \u{201c}anxious\u{201d} in 12 of 20 sessions."
    );
    assert_eq!(
        summary(&journal, "boundaries").await,
        "You practised 5 boundaries across 5 sessions; most often \u{201c}said no\u{201d} (5). Respected 5 times."
    );
    assert_eq!(
        summary(&journal, "feedback").await,
        "Of the 4 pieces of feedback you received, 4 partly matched."
    );
    assert_eq!(
        summary(&journal, "patterns").await,
        "You noticed \u{201c}people-pleasing\u{201d} in 10 of 20 sessions."
    );
    assert_eq!(
        summary(&journal, "risks").await,
        "You wrote about a risk you took in 6 of 20 sessions, and about something you held back in 8."
    );

    // Twenty sessions fit: every chart keeps one column per session.
    assert_eq!(
        journal
            .script("return document.querySelector('.insight-grain')")
            .await,
        json!(null)
    );
    assert_eq!(
        journal
            .script("return document.querySelectorAll('#risks-title ~ details tbody tr').length")
            .await,
        json!(20)
    );

    // Every chart is drawn, named by its summary, with its numbers in a table.
    let charts = journal
        .script(
            "return [...document.querySelectorAll('section.insight')].map(s => ({
               title: s.querySelector('h2').textContent,
               shapes: s.querySelectorAll('svg.chart rect, svg.chart circle').length,
               labelled: s.querySelector('figure').getAttribute('aria-labelledby') === s.querySelector('.insight-summary').id,
               rows: s.querySelectorAll('table tbody tr').length }))",
        )
        .await;
    let charts = charts.as_array().unwrap();
    assert_eq!(charts.len(), 7, "{charts:?}");
    for chart in charts {
        assert!(
            chart["shapes"].as_u64().unwrap() > 0,
            "nothing drawn: {chart}"
        );
        assert_eq!(chart["labelled"], true, "{chart}");
        assert!(chart["rows"].as_u64().unwrap() > 0, "no numbers: {chart}");
    }
    // The feedback itself is one tap away.
    journal
        .click_text("details.feedback-items summary", "The feedback itself")
        .await;
    journal
        .wait_for_text(".feedback-items a", "You go quiet when it matters")
        .await;
    // From session 12 on, the first preparation sits beside the latest.
    let look = journal
        .wait_for_text(".look-back", "What has changed for you?")
        .await;
    assert!(
        look.contains("Something for week 0") && look.contains("Something for week 19"),
        "{look}"
    );

    // A date range narrows it again: weeks 2 to 4.
    journal
        .click_text("label.choice-option", "Between dates")
        .await;
    journal
        .set_value(".date-range label:first-child input", &day(2).to_string())
        .await;
    journal
        .set_value(".date-range label:last-child input", &day(4).to_string())
        .await;
    journal
        .wait_for_text(".insight-count", "Looking at 3 sessions.")
        .await;
    assert_eq!(
        summary(&journal, "most-named").await,
        "You named \u{201c}anxious\u{201d} in 3 of 3 sessions."
    );

    for (scheme, name) in [("light", "insights-light"), ("dark", "insights-dark")] {
        journal
            .devtools(
                "Emulation.setEmulatedMedia",
                json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
            )
            .await;
        journal
            .devtools(
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": 360, "height": 2400, "deviceScaleFactor": 1, "mobile": true }),
            )
            .await;
        journal.click_text("label.choice-option", "All").await;
        journal.screenshot(name).await;
    }
    journal.finish().await;
}

#[tokio::test]
async fn a_longer_journal_is_shown_by_month_with_the_same_totals() {
    // 60 weekly sessions, 6 January 2026 to 23 February 2027: 14 months.
    let journal = Journal::open().await;
    seed_sessions(&journal, 60).await;
    journal.visit("/insights").await;
    journal.click_text("label.choice-option", "All").await;
    journal
        .wait_for_text(".insight-count", "Looking at 60 sessions.")
        .await;
    assert_eq!(
        journal.text_of(".insight-grain").await,
        "The charts show these sessions by month, so they fit on the screen. Choose fewer to \
         see each session."
    );
    // Summaries still count every session: anxious 12 times, hopeful 48, relieved and hurt
    // 30 each; a boundary in sessions 0, 4, ..., 56.
    assert_eq!(
        summary(&journal, "families").await,
        "Of 120 emotions named: lively 48, settled 30, stirred up 12, heavy 30."
    );
    assert_eq!(
        summary(&journal, "boundaries").await,
        "You practised 15 boundaries across 15 sessions; most often \u{201c}said no\u{201d} (15). Respected 15 times."
    );
    let tables = journal
        .script(
            "const rows = id => [...document.querySelectorAll(`#${id}-title ~ details tbody tr`)]
               .map(tr => [...tr.children].map(c => c.textContent));
             return { families: rows('families'), risks: rows('risks'),
                      dots: document.querySelectorAll('#risks-title ~ figure circle').length };",
        )
        .await;
    // One row a month; January 2026 holds sessions 0 to 3: anxious four times, relieved
    // twice, hurt twice; no risk yet, something held back each time.
    let families = tables["families"].as_array().unwrap();
    assert_eq!(families.len(), 14, "{families:?}");
    assert_eq!(families[0], json!(["Jan 2026", "0", "2", "4", "2"]));
    assert_eq!(families[13][0], "Feb 2027");
    let total: u64 = families
        .iter()
        .flat_map(|row| row.as_array().unwrap()[1..].to_vec())
        .map(|n| n.as_str().unwrap().parse::<u64>().unwrap())
        .sum();
    assert_eq!(total, 120, "the months add up to the sessions' emotions");
    assert_eq!(tables["risks"][0], json!(["Jan 2026", "0 of 4", "4 of 4"]));
    assert_eq!(tables["dots"], json!(28), "two rows of 14 months");

    // The feedback itself (sessions 0, 5, ..., 55) is drawn when opened.
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.feedback-items li').length")
            .await,
        json!(0)
    );
    journal
        .click_text("details.feedback-items summary", "The feedback itself")
        .await;
    journal
        .wait_for_text(".feedback-items a", "You go quiet when it matters")
        .await;
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.feedback-items li').length")
            .await,
        json!(12)
    );
    journal
        .script(
            "document.querySelectorAll('main details').forEach(d => d.open = true); return null",
        )
        .await;
    let problems = journal.accessibility_problems().await;
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
    journal
        .devtools(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": 360, "height": 2400, "deviceScaleFactor": 1, "mobile": true }),
        )
        .await;
    journal.screenshot("insights-by-month").await;
    journal.finish().await;
}

#[tokio::test]
async fn search_finds_a_phrase_an_emotion_a_tag_and_initials() {
    let journal = Journal::open().await;
    seed(&journal).await;
    journal.visit("/history").await;
    for (query, count, marked) in [
        ("clock ticking", "1 place found.", "clock ticking"),
        ("hurt", "16 places found.", "hurt"),
        ("people-pleasing", "10 places found.", "people-pleasing"),
        ("jb", "4 places found.", "JB"),
    ] {
        let field = journal
            .client
            .find(Locator::Css("#journal-search"))
            .await
            .unwrap();
        field.clear().await.unwrap();
        field.send_keys(query).await.unwrap();
        journal.wait_for_text(".search-count", count).await;
        let first_mark = journal
            .script("return document.querySelector('.search-results mark').textContent")
            .await;
        assert_eq!(first_mark, marked, "{query}");
    }
    // A result opens its session.
    let field = journal
        .client
        .find(Locator::Css("#journal-search"))
        .await
        .unwrap();
    field.clear().await.unwrap();
    field.send_keys("clock ticking").await.unwrap();
    journal
        .wait_for_text(".search-count", "1 place found.")
        .await;
    // The result opens in the page, without loading the app again.
    journal.script("window.stillHere = true; return null").await;
    journal
        .click_text(
            ".search-results a",
            &journal.text_of(".search-results a").await,
        )
        .await;
    journal
        .wait_for_text("main", "I noticed the clock ticking and said nothing")
        .await;
    assert_eq!(
        journal.script("return window.stillHere === true").await,
        true
    );
    journal.finish().await;
}

#[tokio::test]
async fn the_schedule_downloads_as_a_calendar_file() {
    let journal = Journal::open().await;
    seed(&journal).await;
    journal.visit("/settings/schedule").await;
    let file = journal.download("Download calendar file (.ics)").await;
    assert!(
        file.to_string_lossy().ends_with("group-sessions.ics"),
        "{file:?}"
    );
    let ics = std::fs::read_to_string(&file).unwrap();
    let _ = std::fs::remove_file(&file);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(
        ics.contains("\r\nRRULE:FREQ=WEEKLY;INTERVAL=2\r\n"),
        "{ics}"
    );
    assert!(
        ics.contains(&format!(
            "\r\nDTSTART:{}T183000\r\n",
            day(0).format("%Y%m%d")
        )),
        "{ics}"
    );
    assert!(
        ics.contains("\r\nSUMMARY:Group\r\n"),
        "private title by default: {ics}"
    );
    journal.finish().await;
}
