//! Insights, search and the calendar file, on a seeded journal of 20 weekly sessions whose
//! numbers are worked out by hand below (the expectations do not come from the app's code);
//! insights on a 360 x 740 phone with 1 and 16 sessions, at Standard and Larger text, light
//! and dark: nothing claimed from one session, no chart label over another.

use chrono::{Days, NaiveDate, NaiveTime};
use fantoccini::Locator;
use here_and_now::domain::carry_forward::{CarryForward, CarryItem, CarryStatus};
use here_and_now::domain::contacts::Contact;
use here_and_now::domain::emotions::EmotionRating;
use here_and_now::domain::journal::{
    Answer, Boundary, BoundaryKind, Entry, FeedbackReceived, Fit, Session, SessionId,
};
use here_and_now::domain::prompts;
use here_and_now::domain::schedule::{GroupSchedule, Moment, Rhythm};
use here_and_now::domain::schema::{JournalSettings, CARRY_FORWARD_KEY};
use here_and_now::domain::stored::PREFERENCES_KEY;
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
/// - how connected: 2 + n / 3 (at most 10), left unanswered when n % 4 == 3;
/// - something to bring next time when n % 5 == 2 (2, 7, 12, 17): the third let go, the
///   others brought (`carry_forward`);
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
            if n % 4 != 3 {
                after.set(
                    "connection",
                    Answer::Scale {
                        value: (2 + n / 3).min(10) as u8,
                    },
                );
            }
            if n % 5 == 2 {
                after.set(prompts::BRING_NEXT, text("Ask how they saw me"));
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

/// The carry-forward list of `fixture`: every third thing to bring next time let go, the others
/// brought (none still waiting, so Home and preparing look as they would without it).
fn carry_forward(sessions: &[Session]) -> CarryForward {
    CarryForward {
        items: sessions
            .iter()
            .filter_map(|s| Some((s, s.bring_next()?)))
            .enumerate()
            .map(|(k, (s, text))| CarryItem {
                id: s.id.0.clone(),
                text: text.to_owned(),
                status: if k % 3 == 2 {
                    CarryStatus::LetGo
                } else {
                    CarryStatus::BroughtIt
                },
            })
            .collect(),
    }
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
    let sessions = fixture(count);
    let mut stored = stored_journal(&settings, &sessions);
    stored.push((
        CARRY_FORWARD_KEY.to_owned(),
        serde_json::to_string(&carry_forward(&sessions)).unwrap(),
    ));
    journal.store(&stored).await;
}

async fn summary(journal: &Journal, id: &str) -> String {
    journal.text_of(&format!("#{id}-summary")).await
}

/// The opening sentences, one a paragraph.
async fn opening(journal: &Journal) -> Vec<String> {
    let said = journal
        .script(
            "return [...document.querySelectorAll('.insight-opening p')].map(p => p.textContent)",
        )
        .await;
    serde_json::from_value(said).unwrap()
}

/// Opens every chart's numbers (each table is made when opened) and waits for the tables.
pub(crate) async fn open_numbers(journal: &Journal) {
    journal
        .script(
            "document.querySelectorAll('details.numbers').forEach(d => d.open = true); return null",
        )
        .await;
    journal
        .wait_until(
            "[...document.querySelectorAll('details.numbers')].every(d => d.querySelector('table tbody tr'))",
            "every chart's numbers",
        )
        .await;
}

/// Whether the first element matching `a` comes before the first matching `b`.
async fn comes_before(journal: &Journal, a: &str, b: &str) -> bool {
    journal
        .script(&format!(
            "const a = document.querySelector('{a}'), b = document.querySelector('{b}');
             return !!(a && b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING));"
        ))
        .await
        == json!(true)
}

#[tokio::test]
async fn insights_show_every_chart_with_the_numbers_the_journal_implies() {
    let journal = Journal::open().await;
    seed(&journal).await;
    journal.visit("/insights").await;
    journal
        .wait_for_text(".insight-count", "Looking at 8 sessions.")
        .await;

    // The last 8 sessions are 12 to 19: arriving hopeful (pleasant); leaving relieved when
    // even (stayed), hurt when odd (towards unpleasant); withdrawing in 12, 15 and 18; the
    // things to bring next time from 12 (let go) and 17 (brought).
    assert_eq!(
        opening(&journal).await,
        [
            "Between arriving and leaving you moved towards unpleasant in 4 of 8 sessions and \
             stayed where you were in 4.",
            "What kept coming back: \u{201c}hopeful\u{201d}, named in 8 of 8 sessions, and \
             \u{201c}withdrawing\u{201d}, noticed in 3.",
            "You wrote down something to bring in 8 sessions; of the 2 things you meant to bring \
             next time, you brought 1 and let 1 go."
        ]
    );
    assert_eq!(
        summary(&journal, "most-named").await,
        "You named \u{201c}hopeful\u{201d} most often, in 8 of 8 sessions."
    );
    assert_eq!(
        summary(&journal, "patterns").await,
        "You noticed \u{201c}withdrawing\u{201d} in 3 of 8 sessions.",
        "one pattern alone is not \"most often\""
    );
    assert!(summary(&journal, "boundaries")
        .await
        .starts_with("You practised 2 boundaries across 2 sessions;"));
    // Eight sessions are short of the 12-session mark: then and now comes last.
    assert!(comes_before(&journal, "section.insight", ".look-back").await);

    journal.click_text("label.choice-option", "All").await;
    journal
        .wait_for_text(".insight-count", "Looking at 20 sessions.")
        .await;
    // Towards pleasant in 0, 2, .., 10 (6); towards unpleasant in 13, 15, 17, 19 (4); the
    // rest stayed (10). Anxious in 0-11; people-pleasing in 0-9. Things to bring next time
    // from 2, 7, 12, 17: 12's let go, the others brought.
    assert_eq!(
        opening(&journal).await,
        [
            "Between arriving and leaving you moved towards pleasant in 6 of 20 sessions, \
             towards unpleasant in 4 and stayed where you were in 10.",
            "What kept coming back: \u{201c}anxious\u{201d}, named in 12 of 20 sessions, and \
             \u{201c}people-pleasing\u{201d}, noticed in 10.",
            "You wrote down something to bring in 20 sessions; of the 4 things you meant to \
             bring next time, you brought 3 and let 1 go."
        ]
    );
    // The words come first, then then and now (20 sessions reach the 12-session mark), then
    // the charts.
    assert!(comes_before(&journal, ".insight-opening", ".look-back").await);
    assert!(comes_before(&journal, ".look-back", "section.insight").await);
    // Leaving settled 10 times and heavy 10 times: a tie, said as one.
    assert_eq!(
        summary(&journal, "before-after").await,
        "You named how you arrived and how you left in 20 sessions: you moved towards pleasant \
         in 6, towards unpleasant in 4 and stayed where you were in 10. Most often you arrived \
         stirred up; you left settled as often as heavy."
    );
    // Said in every session but 3, 7, 11, 15 and 19: from 2 (session 0) to 8 (session 18).
    assert_eq!(
        summary(&journal, "connection").await,
        "You said how connected you felt to the group in 15 sessions, between 2 and 8; the last \
         time, 8."
    );
    assert_eq!(
        summary(&journal, "families").await,
        "Of 40 emotions named: lively 8, settled 10, stirred up 12, heavy 10."
    );
    assert_eq!(
        summary(&journal, "most-named").await,
        "You named \u{201c}anxious\u{201d} most often, in 12 of 20 sessions."
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
        "You noticed \u{201c}people-pleasing\u{201d} most often, in 10 of 20 sessions."
    );

    // Twenty sessions fit: every chart keeps one column per session.
    open_numbers(&journal).await;
    assert_eq!(
        journal
            .script("return document.querySelector('.insight-grain')")
            .await,
        json!(null)
    );
    assert_eq!(
        journal
            .script(
                "return document.querySelectorAll('#connection-title ~ details tbody tr').length"
            )
            .await,
        json!(20)
    );
    // Nothing waits any more.
    assert_eq!(
        journal
            .script("return document.querySelector('.insight-waiting')")
            .await,
        json!(null)
    );

    // Every chart is drawn, named by its summary, with its numbers in a table.
    let charts = journal
        .script(
            "return [...document.querySelectorAll('section.insight:has(figure)')].map(s => ({
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
    // Connection over time: a dot for each of the 15 sessions that said, none for the 5 that
    // didn't, joined where they follow each other.
    assert_eq!(
        journal
            .script("return [document.querySelectorAll('#connection-title ~ figure circle.point').length,
                             document.querySelectorAll('#connection-title ~ figure polyline').length]")
            .await,
        json!([15, 5])
    );
    // Risks and things held back are moments to open, newest first, not a score.
    let moments = journal
        .script(
            "return [...document.querySelectorAll('.moment-group')].map(g => ({
               title: g.querySelector('h3').textContent,
               shown: [...g.querySelectorAll(':scope > ul a')].map(a => a.textContent),
               more: g.querySelector('details summary')?.textContent ?? null }))",
        )
        .await;
    assert_eq!(
        moments,
        json!([
            { "title": "Risks you took",
              "shown": ["19 May 2026: Told them I was hurt", "12 May 2026: Told them I was hurt",
                        "5 May 2026: Told them I was hurt"],
              "more": "Show 3 more" },
            { "title": "What you held back",
              "shown": ["24 February 2026: How angry I was", "17 February 2026: How angry I was",
                        "10 February 2026: How angry I was"],
              "more": "Show 5 more" },
            { "title": "Feedback you received",
              "shown": ["21 April 2026: You go quiet when it matters (partly)",
                        "17 March 2026: You go quiet when it matters (partly)",
                        "10 February 2026: You go quiet when it matters (partly)"],
              "more": "Show 1 more" },
        ])
    );
    assert!(!journal
        .text_of("main")
        .await
        .contains(" of 20 sessions, and about"));
    // The rest is one tap away, and a moment opens its session.
    journal
        .click_text(".feedback-items details summary", "Show 1 more")
        .await;
    journal
        .wait_for_text(
            ".feedback-items details a",
            "6 January 2026: You go quiet when it matters",
        )
        .await;
    // From session 12 on, the first preparation sits beside the latest.
    let look = journal
        .wait_for_text(".look-back", "What has changed for you?")
        .await;
    assert!(
        look.contains("Something for week 0") && look.contains("Something for week 19"),
        "{look}"
    );

    // A date range narrows it again: weeks 2 to 4, too few for a pattern.
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
        opening(&journal).await,
        [
            "With three sessions here, there isn't enough yet to show how things move over time.",
            "After four sessions you'll start to see how you arrive and leave, and what keeps \
             coming back."
        ]
    );
    assert_eq!(
        journal
            .script(
                "return [document.querySelectorAll('svg.chart').length,
                             document.querySelectorAll('.insight-waiting li').length]"
            )
            .await,
        json!([0, 7]),
        "no chart; everything but the moments waits"
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
    open_numbers(&journal).await;
    let tables = journal
        .script(
            "const rows = id => [...document.querySelectorAll(`#${id}-title ~ details tbody tr`)]
               .map(tr => [...tr.children].map(c => c.textContent));
             return { families: rows('families'), arriving: rows('before-after'),
                      connection: rows('connection'),
                      dots: document.querySelectorAll('#patterns-title ~ figure circle').length };",
        )
        .await;
    // One row a month; January 2026 holds sessions 0 to 3: anxious four times, relieved
    // twice, hurt twice; connection 2, 2, 2 and one left unanswered.
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
    assert_eq!(
        tables["arriving"][0],
        json!([
            "Jan 2026",
            "unpleasant 4; 7.0 strong on average",
            "unpleasant 2, pleasant 2; 5.5 strong on average",
            "towards pleasant 2, stayed 2"
        ])
    );
    assert_eq!(
        tables["connection"][0],
        json!(["Jan 2026", "2.0 on average (3 sessions answered)"])
    );
    assert_eq!(tables["dots"], json!(28), "two patterns, 14 months");

    // The feedback itself (sessions 0, 5, ..., 55): the newest three, the rest made when
    // opened.
    let feedback = "return document.querySelectorAll('.feedback-items a').length";
    assert_eq!(journal.script(feedback).await, json!(3));
    journal
        .click_text(".feedback-items details summary", "Show 9 more")
        .await;
    journal
        .wait_for_text(".feedback-items details a", "You go quiet when it matters")
        .await;
    assert_eq!(journal.script(feedback).await, json!(12));
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

/// A 360 x 740 phone, with `size` text ("standard" or "larger") chosen in Settings (stored, as
/// choosing it does), on the insights page in `theme`.
async fn insights_on_a_phone(journal: &Journal, size: &str, theme: &str) {
    journal
        .devtools(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": true }),
        )
        .await;
    journal
        .store(&[(
            PREFERENCES_KEY.to_owned(),
            json!({ "text_size": size }).to_string(),
        )])
        .await;
    journal.visit("/insights").await;
    journal.show_theme(theme).await;
}

/// Every pair of `<text>` in a chart whose boxes overlap, and any text outside its chart.
const OVERLAPS: &str = "
    const problems = [];
    document.querySelectorAll('svg.chart').forEach((svg, n) => {
      const chart = svg.closest('section').querySelector('h2').textContent + ' #' + n;
      const frame = svg.getBoundingClientRect();
      const boxes = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()]);
      boxes.forEach(([text, b], i) => {
        if (b.left < frame.left - 1 || b.right > frame.right + 1) problems.push(`${chart}: '${text}' outside`);
        boxes.slice(i + 1).forEach(([other, c]) => {
          const apart = b.right <= c.left + 0.5 || c.right <= b.left + 0.5
                     || b.bottom <= c.top + 0.5 || c.bottom <= b.top + 0.5;
          if (!apart) problems.push(`${chart}: '${text}' over '${other}'`);
        });
      });
    });
    return problems;";

#[tokio::test]
async fn with_one_session_no_chart_claims_a_pattern() {
    let journal = Journal::open().await;
    seed_sessions(&journal, 1).await;
    for (size, theme) in [
        ("standard", "light"),
        ("standard", "dark"),
        ("larger", "light"),
        ("larger", "dark"),
    ] {
        let at = format!("{size} text, {theme}");
        insights_on_a_phone(&journal, size, theme).await;
        journal
            .wait_for_text(".insight-count", "Looking at 1 session.")
            .await;
        assert_eq!(
            opening(&journal).await,
            [
                "With one session here, there isn't enough yet to show how things move over time.",
                "After four sessions you'll start to see how you arrive and leave, and what keeps \
                 coming back."
            ],
            "{at}"
        );
        // No chart, no figure, no sentence with a count of one, no "most often".
        assert_eq!(
            journal
                .script(
                    "return [document.querySelectorAll('svg.chart').length,
                                 document.querySelectorAll('main figure').length]"
                )
                .await,
            json!([0, 0]),
            "{at}"
        );
        let page = journal.text_of("main").await;
        for claim in ["most often", "of 1 session", "in 1 of", "kept coming back"] {
            assert!(
                !page.contains(claim),
                "{claim:?} with one session, {at}: {page}"
            );
        }
        // What will appear, and when.
        let waiting = journal
            .script("return [...document.querySelectorAll('.insight-waiting li')].map(li => li.textContent)")
            .await;
        let waiting = waiting.as_array().unwrap();
        assert_eq!(waiting.len(), 7, "{at}: {waiting:?}");
        assert_eq!(
            waiting[0],
            "After four sessions where you name how you arrive and how you leave, you'll start \
             to see what shifts in between."
        );
        // What was written is there to open again: what was held back, the feedback.
        assert_eq!(
            journal
                .script("return [...document.querySelectorAll('.moment-list a')].map(a => a.textContent)")
                .await,
            json!([
                "6 January 2026: How angry I was",
                "6 January 2026: You go quiet when it matters (partly)"
            ]),
            "{at}"
        );
        let problems = journal.accessibility_problems().await;
        assert!(problems.is_empty(), "{at}:\n{}", problems.join("\n\n"));
    }
    // A moment opens its session, in the page.
    journal
        .click_text(".moment-list a", "6 January 2026: How angry I was")
        .await;
    journal.wait_for_text("main", "How angry I was").await;
    journal.wait_for_text("main", "Before group").await;
    journal.finish().await;
}

#[tokio::test]
async fn with_sixteen_sessions_on_a_phone_no_chart_label_overlaps_another() {
    let journal = Journal::open().await;
    seed_sessions(&journal, 16).await;
    let mut sizes = Vec::new();
    for (size, theme) in [
        ("standard", "light"),
        ("standard", "dark"),
        ("larger", "light"),
        ("larger", "dark"),
    ] {
        insights_on_a_phone(&journal, size, theme).await;
        for (span, count) in [("All", 16), ("Last 12", 12), ("Last 8", 8)] {
            let at = format!("{span}, {size} text, {theme}");
            journal.click_text("label.choice-option", span).await;
            journal
                .wait_for_text(".insight-count", &format!("Looking at {count} sessions."))
                .await;
            // Other sessions chosen with the numbers open: nothing is left open and empty.
            journal.next_frame().await;
            assert_eq!(
                journal
                    .script("return [...document.querySelectorAll('main details[open]')].filter(d => !d.querySelector('li, table')).length")
                    .await,
                json!(0),
                "{at}"
            );
            journal
                .script("document.querySelectorAll('main details').forEach(d => d.open = true); return null")
                .await;
            open_numbers(&journal).await;
            journal.next_frame().await;
            let overlaps = journal.script(OVERLAPS).await;
            assert_eq!(overlaps, json!([]), "{at}");
            // Every chart keeps its sentence and its numbers.
            let charts = journal
                .script(
                    "return [...document.querySelectorAll('section.insight:has(figure)')].map(s =>
                       s.querySelector('.insight-summary').textContent.length > 0
                       && s.querySelectorAll('svg.chart text').length > 0
                       && s.querySelectorAll('table tbody tr').length > 0)",
                )
                .await;
            assert_eq!(charts, json!(vec![true; 7]), "{at}");
            // Connection over time is drawn: a dot for each session that said (sessions 3, 7,
            // 11 and 15 didn't).
            let answered = match span {
                "All" => 12,
                "Last 12" => 9,
                _ => 6,
            };
            assert_eq!(
                journal
                    .script("return document.querySelectorAll('#connection-title ~ figure circle.point').length")
                    .await,
                json!(answered),
                "{at}"
            );
            let problems = journal.accessibility_problems().await;
            assert!(problems.is_empty(), "{at}:\n{}", problems.join("\n\n"));
        }
        // The charts' colours are the app's own: the first fill is the accent, as links are.
        let colours = journal
            .script(
                "return [getComputedStyle(document.querySelector('#series-0 rect')).fill,
                         getComputedStyle(document.querySelector('.moment-list a')).color]",
            )
            .await;
        assert_eq!(colours[0], colours[1], "{size} text, {theme}");
        // Chart text grows with the text size chosen (as drawn on the screen, in px).
        sizes.push(
            journal
                .script("return parseFloat(getComputedStyle(document.querySelector('svg.chart text')).fontSize)
                                * document.querySelector('svg.chart').getBoundingClientRect().width / 320")
                .await
                .as_f64()
                .unwrap(),
        );
        journal
            .screenshot(&format!("insights-16-{size}-{theme}"))
            .await;
    }
    assert!(sizes[0] >= 12.0, "{sizes:?}");
    assert!(sizes[2] >= sizes[0] * 1.2, "{sizes:?}");
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
