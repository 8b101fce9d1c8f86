//! The member's three minutes, on a 360 px phone: every step with its question near the top and
//! its next action in view (also with the keyboard open and with Larger text), few taps when
//! tired, one session for one day's entries, a quiet ending, the plan on Home before group, and
//! a list that shows the right line, or only dates.

use chrono::{Local, NaiveDate};
use serde_json::{json, Value};

use here_and_now::domain::journal::{Answer, Entry, Session, SessionId};
use here_and_now::domain::prompts;
use here_and_now::domain::schedule::Moment;
use here_and_now::domain::schema::{draft_key, JournalSettings};
use here_and_now::domain::stored::PREFERENCES_KEY;

use crate::support::{stored_journal, Journal};

/// A phone 360 px wide; 420 px tall is the same phone with its keyboard open.
async fn phone(journal: &Journal, height: u32) {
    journal
        .devtools(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": 360, "height": height, "deviceScaleFactor": 2, "mobile": true }),
        )
        .await;
}

/// A journal that has been used before (the first-use note read), holding `sessions`.
async fn seed(journal: &Journal, sessions: &[Session]) {
    journal.visit("/").await;
    let settings = JournalSettings {
        confidentiality_note_seen: true,
        schedule_offer_dismissed: true,
        ..JournalSettings::default()
    };
    journal.store(&stored_journal(&settings, sessions)).await;
}

fn today() -> NaiveDate {
    Local::now().date_naive()
}

fn text(words: &str) -> Answer {
    Answer::Text { text: words.into() }
}

fn session(id: u64, date: NaiveDate, moment: Moment, answers: &[(&str, Answer)]) -> Session {
    let noon = date.and_hms_opt(12, 0, 0).unwrap();
    let mut session = Session::new(SessionId::from_millis(id), date, noon);
    let mut entry = Entry::default();
    for (prompt, answer) in answers {
        entry.set(prompt, answer.clone());
    }
    session.put(moment, entry, noon);
    session
}

/// axe-core finds nothing on the page as it is, in light and in dark.
async fn no_accessibility_problems(journal: &Journal, what: &str) {
    for theme in ["light", "dark"] {
        journal.show_theme(theme).await;
        let problems = journal.accessibility_problems().await;
        assert!(problems.is_empty(), "{what} in {theme}: {problems:#?}");
    }
    journal.show_theme("device").await;
}

/// Where the step's question and its primary action are, and whether the app's bars show.
async fn step_layout(journal: &Journal) -> Value {
    journal
        .script(
            "const shown = (css) => { const el = document.querySelector(css);
                                      return !!el && el.getClientRects().length > 0; };
             const prompt = document.querySelector('.step h2');
             const next = document.querySelector('.flow-actions .next');
             const p = prompt.getBoundingClientRect(), n = next.getBoundingClientRect();
             return { prompt: prompt.textContent, top: p.top, next_top: n.top,
                      next_bottom: n.bottom, height: innerHeight,
                      next_words: next.textContent.trim(),
                      text_box: !!document.querySelector('textarea.answer'),
                      tab_bar: shown('nav.bottom-nav'), top_bar: shown('header.top-bar') };",
        )
        .await
}

/// Whether the primary action is wholly on screen now.
async fn next_in_view(journal: &Journal) -> bool {
    journal
        .script(
            "const r = document.querySelector('.flow-actions .next').getBoundingClientRect();
             return r.top >= 0 && r.bottom <= innerHeight;",
        )
        .await
        == json!(true)
}

/// The prompt on screen.
async fn prompt(journal: &Journal) -> String {
    journal.flow().prompt().await
}

#[tokio::test]
async fn every_step_has_its_question_near_the_top_and_its_next_action_in_view() {
    let journal = Journal::open().await;
    seed(&journal, &[]).await;
    for size in ["standard", "larger"] {
        journal
            .store(&[(
                PREFERENCES_KEY.to_owned(),
                json!({ "text_size": size }).to_string(),
            )])
            .await;
        for height in [740, 420] {
            phone(&journal, height).await;
            for path in ["/prepare", "/reflect", "/prepare/quick", "/reflect/quick"] {
                journal.visit(path).await;
                journal
                    .wait_until("!!document.querySelector('.step h2')", "a step")
                    .await;
                let mut steps = 0;
                loop {
                    let at = step_layout(&journal).await;
                    let place = format!("{path}, {size} text, {height} px tall, {at}");
                    journal
                        .screenshot(&format!(
                            "flow{}-{size}-{height}-{steps}",
                            path.replace('/', "-")
                        ))
                        .await;
                    let top = at["top"].as_f64().unwrap();
                    assert!(
                        top >= 0.0 && top <= 0.3 * f64::from(height),
                        "the question starts too low: {place}"
                    );
                    assert!(
                        at["next_top"].as_f64().unwrap() >= 0.0
                            && at["next_bottom"].as_f64().unwrap() <= f64::from(height),
                        "the next action is not wholly on screen: {place}"
                    );
                    assert_eq!(at["tab_bar"], json!(false), "the tab bar shows: {place}");
                    assert_eq!(at["top_bar"], json!(false), "the top bar shows: {place}");
                    if at["text_box"] == json!(true) {
                        // Typing: the action stays in view with the field focused.
                        journal
                            .script(
                                "document.querySelector('textarea.answer').focus(); return null",
                            )
                            .await;
                        journal.next_frame().await;
                        assert!(
                            next_in_view(&journal).await,
                            "typing hides the action: {place}"
                        );
                        journal
                            .script(
                                "document.activeElement.blur(); window.scrollTo(0, 0); return null",
                            )
                            .await;
                    }
                    steps += 1;
                    if at["next_words"] == json!("Done") {
                        break;
                    }
                    let before = prompt(&journal).await;
                    journal
                        .script(
                            "document.querySelector('.flow-actions .next').click(); return null",
                        )
                        .await;
                    journal.flow().wait_for_prompt_after(&before).await;
                }
                assert!(steps >= 2, "{path} had {steps} steps");
            }
        }
    }
    journal.finish().await;
}

/// Taps, counted as a member would: every press of a button, a link or a field.
struct Taps<'a> {
    journal: &'a Journal,
    count: u32,
}

impl<'a> Taps<'a> {
    fn new(journal: &'a Journal) -> Self {
        Taps { journal, count: 0 }
    }

    async fn tap(&mut self, css: &str, words: &str) {
        self.journal.click_text(css, words).await;
        self.count += 1;
    }

    /// Taps into the answer field and writes there.
    async fn write(&mut self, words: &str) {
        self.journal.type_into("textarea.answer", words).await;
        self.count += 1;
    }
}

#[tokio::test]
async fn a_quick_check_in_after_group_takes_five_taps_and_a_full_reflection_fourteen() {
    let journal = Journal::open().await;
    phone(&journal, 740).await;
    seed(&journal, &[]).await;
    journal.visit("/").await;
    // Nothing written today and no schedule: the app asks rather than guesses.
    journal
        .wait_for_text("h2.ask", "Before or after group?")
        .await;
    no_accessibility_problems(&journal, "Home asking before or after").await;
    let mut taps = Taps::new(&journal);
    taps.tap(".quick-links a", "after").await;
    journal
        .wait_for_text(".step h2", "How are you feeling now?")
        .await;
    taps.tap(".usual-words .chip", "tired").await;
    taps.tap(".flow-actions button", "Next").await;
    journal
        .wait_for_text(".step h2", "One line about how it is right now")
        .await;
    taps.write("Heavy, but glad I went").await;
    taps.tap(".flow-actions button", "Done").await;
    journal.wait_for_text(".saved", "kept on this device").await;
    assert!(taps.count <= 5, "a quick check-in took {} taps", taps.count);
    let stored = journal.everything_stored().await;
    assert!(stored.contains("Heavy, but glad I went") && stored.contains("\"tired\""));

    // A full reflection, on a new day's journal: one step answered, the rest skipped.
    let journal2 = Journal::open().await;
    phone(&journal2, 740).await;
    seed(&journal2, &[]).await;
    journal2.visit("/").await;
    let mut taps = Taps::new(&journal2);
    taps.tap(".either a", "After: reflect").await;
    journal2
        .wait_for_text(".step h2", "How are you feeling now?")
        .await;
    taps.tap(".usual-words .chip", "calm").await;
    taps.tap(".flow-actions button", "Next").await;
    loop {
        let words = journal2
            .script("return document.querySelector('.flow-actions .next').textContent.trim()")
            .await;
        if words == json!("Done") {
            break;
        }
        let before = prompt(&journal2).await;
        taps.tap(".flow-actions button", "Skip").await;
        journal2.flow().wait_for_prompt_after(&before).await;
    }
    taps.tap(".flow-actions button", "Done").await;
    journal2
        .wait_for_text(".saved", "kept on this device")
        .await;
    assert!(
        taps.count <= 14,
        "a skipped-through reflection took {} taps",
        taps.count
    );
    journal2.finish().await;
    journal.finish().await;
}

#[tokio::test]
async fn prepare_reflect_and_a_quick_check_in_on_one_day_are_one_session_with_a_quiet_ending() {
    let journal = Journal::open().await;
    phone(&journal, 740).await;
    seed(&journal, &[]).await;
    journal.visit("/").await;

    // Before group: the sentence to try, and something to bring.
    journal.click_text(".either a", "Before: prepare").await;
    journal
        .flow()
        .go_to_prompt("What do you want to bring into the room?")
        .await;
    journal
        .type_into("textarea", "That I've been quiet on purpose")
        .await;
    journal
        .flow()
        .go_to_prompt("A here-and-now sentence you might try")
        .await;
    journal
        .flow()
        .answer("When you looked away, I felt small")
        .await;
    journal.flow().save().await;
    // The closing screen: calm, not a warning; what was kept; the plan; a way to the line
    // between uncomfortable and unsafe.
    let kept = journal.text_of("main").await;
    assert!(
        kept.contains("A here-and-now sentence you might try"),
        "{kept}"
    );
    assert!(
        kept.contains("You might say: \u{201c}When you looked away, I felt small\u{201d}")
            || kept.contains("You might say: When you looked away, I felt small"),
        "{kept}"
    );
    assert!(kept.contains("You don't have to say any of it"), "{kept}");
    assert_eq!(
        journal
            .script("return document.querySelector('.saved').closest('.notice') === null")
            .await,
        json!(true),
        "saved is said calmly, not as a warning"
    );
    journal
        .wait_for_text("a.quiet-link", "Uncomfortable or unsafe?")
        .await;
    no_accessibility_problems(&journal, "the closing screen").await;
    journal.click_text(".actions a", "Home").await;

    // Home before group: the plan in front of the member; reflecting comes next.
    let plan = journal.wait_for_text(".plan", "You might say").await;
    assert!(
        plan.contains("When you looked away, I felt small"),
        "{plan}"
    );
    assert!(plan.contains("That I've been quiet on purpose"), "{plan}");
    no_accessibility_problems(&journal, "Home with the plan").await;
    journal
        .click_text(".actions a", "Reflect after group")
        .await;
    journal
        .flow()
        .go_to_prompt("A moment that stayed with you")
        .await;
    journal.flow().answer("R. listened without fixing").await;
    journal.flow().save().await;
    journal
        .wait_for_text("main", "That's enough for today")
        .await;
    journal.click_text(".actions a", "Home").await;

    // After a reflection today: Home says so, and a quick check-in is an after-group one that
    // joins it.
    journal
        .wait_for_text(".today-note", "You wrote a reflection today")
        .await;
    assert!(
        !journal.page_text().await.contains("You might say"),
        "the plan is past"
    );
    journal
        .wait_for_text(".actions .button-primary", "Add to today's reflection")
        .await;
    journal
        .click_text(".actions a", "Just a quick check-in after group")
        .await;
    journal
        .wait_for_text(".step h2", "How are you feeling now?")
        .await;
    journal
        .wait_for_text(".joins", "Adds to the reflection")
        .await;
    journal
        .flow()
        .go_to_prompt("One line about how it is right now")
        .await;
    journal.flow().answer("Tired and lighter").await;
    journal.flow().save().await;

    // One session, numbered once, holding everything.
    let sessions = journal
        .script(
            "return Object.keys(localStorage).filter(k => k.startsWith('here-and-now.session.'))
                 .map(k => JSON.parse(localStorage.getItem(k)))",
        )
        .await;
    let sessions = sessions.as_array().unwrap();
    assert_eq!(sessions.len(), 1, "{sessions:?}");
    let reflection = &sessions[0]["reflection"]["answers"];
    assert_eq!(
        reflection["moment"]["text"],
        json!("R. listened without fixing")
    );
    assert_eq!(
        reflection[prompts::ONE_LINE]["text"],
        json!("Tired and lighter")
    );
    assert_eq!(
        sessions[0]["preparation"]["answers"][prompts::SENTENCE]["text"],
        json!("When you looked away, I felt small")
    );
    journal.click_text(".actions a", "Home").await;
    journal
        .wait_for_text(".progress-note", "Session 1 of 12")
        .await;
    journal.visit("/history").await;
    journal
        .wait_for_text(".session-row", "R. listened without fixing")
        .await;
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.session-row').length")
            .await,
        json!(1)
    );
    journal.finish().await;
}

#[tokio::test]
async fn a_new_date_with_a_session_offers_to_join_it_or_keep_apart_and_overwrites_nothing() {
    let journal = Journal::open().await;
    phone(&journal, 740).await;
    let earlier = today() - chrono::Days::new(7);
    seed(
        &journal,
        &[session(
            1,
            earlier,
            Moment::After,
            &[(prompts::MOMENT, text("Old words, kept"))],
        )],
    )
    .await;
    // Joined first (to the one session there), then kept apart as a different meeting.
    for (choice, line) in [
        (None, "Added later"),
        (
            Some("No, a different meeting: keep it apart"),
            "Another meeting",
        ),
    ] {
        journal.visit("/reflect/quick").await;
        journal
            .wait_for_text(".date-button", &today().format("%B").to_string())
            .await;
        journal
            .script("document.querySelector('.date-button').click(); return null")
            .await;
        journal
            .set_value("#session-date-panel input[type=date]", &earlier.to_string())
            .await;
        journal
            .wait_for_text(
                "#session-date-panel legend",
                "There's already an entry on this date",
            )
            .await;
        if let Some(choice) = choice {
            journal
                .click_text("#session-date-panel label", choice)
                .await;
            journal.wait_for_text(".joins", "Kept apart").await;
        } else {
            journal
                .wait_for_text(".joins", "Adds to the reflection")
                .await;
        }
        journal
            .flow()
            .go_to_prompt("One line about how it is right now")
            .await;
        journal.flow().answer(line).await;
        journal.flow().save().await;
    }
    let sessions = journal
        .script(
            "return Object.keys(localStorage).filter(k => k.startsWith('here-and-now.session.'))
                 .map(k => JSON.parse(localStorage.getItem(k))).sort((a, b) => a.id < b.id ? -1 : 1)",
        )
        .await;
    let sessions = sessions.as_array().unwrap();
    assert_eq!(
        sessions.len(),
        2,
        "kept apart once, joined once: {sessions:?}"
    );
    let first = &sessions[0]["reflection"]["answers"];
    assert_eq!(first["moment"]["text"], json!("Old words, kept"));
    assert_eq!(first[prompts::ONE_LINE]["text"], json!("Added later"));
    assert_eq!(
        sessions[1]["reflection"]["answers"][prompts::ONE_LINE]["text"],
        json!("Another meeting")
    );
    assert_eq!(sessions[1]["date"], json!(earlier.to_string()));
    journal.finish().await;
}

fn long(date: NaiveDate) -> String {
    here_and_now::domain::journal::long_date(date)
}

#[tokio::test]
async fn a_draft_from_the_old_flow_opens_in_the_new_one_with_every_answer() {
    let journal = Journal::open().await;
    seed(&journal, &[]).await;
    // As the flow before this one stored it: no "apart", a boundary with every part chosen.
    let old_draft = json!({
        "moment": "after",
        "session": null,
        "date": today().to_string(),
        "entry": { "answers": {
            "moment": { "kind": "text", "text": "Kept from before" },
            "boundaries": { "kind": "boundaries", "boundaries": [
                { "kind": "spoke-up", "what_happened": "Said I was hurt",
                  "respected": "not-sure", "how_it_felt": "shaky" } ] }
        }, "quick": false },
        "step": 2,
        "base_revision": null,
        "base_entry": null
    });
    journal
        .store(&[(draft_key(Moment::After, None), old_draft.to_string())])
        .await;
    journal.visit("/reflect").await;
    journal.click_text(".notice button", "Continue it").await;
    assert_eq!(prompt(&journal).await, "Boundaries you practised");
    assert!(journal.page_text().await.contains("shaky") || journal.script("return [...document.querySelectorAll('textarea')].some(t => t.value === 'shaky')").await == json!(true));
    journal.click_text(".flow-actions button", "Back").await;
    journal
        .wait_for_text(".step h2", "A moment that stayed with you")
        .await;
    assert_eq!(
        journal
            .script("return document.querySelector('textarea.answer').value")
            .await,
        json!("Kept from before")
    );
    journal.flow().save().await;
    let stored = journal.everything_stored().await;
    assert!(
        stored.contains("Kept from before") && stored.contains("Said I was hurt"),
        "{stored}"
    );
    journal.finish().await;
}

#[tokio::test]
async fn history_shows_the_moment_that_stayed_never_what_was_held_back_or_only_dates() {
    let journal = Journal::open().await;
    let day = today() - chrono::Days::new(3);
    seed(
        &journal,
        &[
            session(
                1,
                day,
                Moment::After,
                &[
                    ("held-back", text("How angry I was with the therapist.")),
                    (prompts::MOMENT, text("J. asked how I was, and meant it")),
                ],
            ),
            session(
                2,
                day - chrono::Days::new(7),
                Moment::After,
                &[("held-back", text("What I really think of P."))],
            ),
        ],
    )
    .await;
    journal.visit("/history").await;
    let list = journal
        .wait_for_text(".sessions", "J. asked how I was, and meant it")
        .await;
    assert!(
        !list.contains("angry") && !list.contains("really think"),
        "{list}"
    );
    // Dates only, for reading in company.
    journal.visit("/settings/display").await;
    journal
        .click_text("label.choice-option", "Dates only, for reading in company")
        .await;
    journal.visit("/history").await;
    let list = journal.wait_for_text(".sessions", &long(day)).await;
    assert!(!list.contains("J. asked"), "{list}");
    journal.finish().await;
}
