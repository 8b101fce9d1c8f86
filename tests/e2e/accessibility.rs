//! Accessibility (WCAG 2.2 AA): axe-core finds nothing on any page, in the guided flows or on
//! the unlock screen, in light and dark, empty and well used; a whole check-in can be done by
//! keyboard alone, focus always shows, targets are big enough, and motion can be turned off.

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use here_and_now::screens::{Screen, SettingsPage};
use serde_json::{json, Value};

use crate::insights::seed;
use crate::support::Journal;

const THEMES: [&str; 2] = ["light", "dark"];

/// Everything axe-core found across many pages, reported together so one run shows it all.
#[derive(Default)]
struct Audit {
    problems: Vec<String>,
    checked: usize,
}

impl Audit {
    /// Checks the page as it is now, in both themes (switched in place, as the Settings choice
    /// does, so whatever is open on the page stays open).
    async fn check(&mut self, journal: &Journal, what: &str) {
        for theme in THEMES {
            journal.show_theme(theme).await;
            for problem in journal.accessibility_problems().await {
                self.problems.push(format!("{what} ({theme}): {problem}"));
            }
            self.checked += 1;
        }
    }

    fn assert_clean(self) {
        assert!(self.checked > 0, "nothing was checked");
        assert!(
            self.problems.is_empty(),
            "{} accessibility problem(s) in {} checks:\n\n{}",
            self.problems.len(),
            self.checked,
            self.problems.join("\n\n")
        );
    }
}

/// The journal's pages, plus a session, the not-found page, and what opens inside them.
async fn check_every_page(journal: &Journal, audit: &mut Audit, journal_kind: &str) {
    for screen in Screen::ROUTED {
        journal.visit(screen.path()).await;
        journal.wait_for_heading(screen.heading()).await;
        audit
            .check(journal, &format!("{} ({journal_kind})", screen.path()))
            .await;
    }
    journal.visit("/no/such/page").await;
    journal.wait_for_heading(Screen::NotFound.heading()).await;
    audit
        .check(journal, &format!("the not-found page ({journal_kind})"))
        .await;
    // Everything folded away on Settings' pages opened, and the question before deleting asked.
    for page in SettingsPage::ALL {
        let path = Screen::Setting(page).path();
        journal.visit(path).await;
        open_every_details(journal).await;
        if page == SettingsPage::DeleteEverything {
            journal.click_text("button", "Delete everything…").await;
            journal
                .wait_for_text("button", "Delete everything now")
                .await;
        }
        audit
            .check(journal, &format!("{path}, all open ({journal_kind})"))
            .await;
    }
}

async fn open_every_details(journal: &Journal) {
    journal
        .script(
            "document.querySelectorAll('main details').forEach(d => d.open = true); return null",
        )
        .await;
}

#[tokio::test]
async fn the_check_notices_faint_words_and_a_field_without_a_label() {
    // The checks below are only worth something if axe-core, as the harness runs it, would
    // notice a problem: plant two.
    let journal = Journal::open().await;
    journal.visit("/").await;
    journal
        .script(
            "const main = document.querySelector('main');
             const faint = document.createElement('p');
             faint.textContent = 'Words too faint to read';
             faint.style.color = '#d8d8d8';
             const field = document.createElement('input');
             field.type = 'text';
             main.append(faint, field);
             return null",
        )
        .await;
    let problems = journal.accessibility_problems().await;
    for rule in ["color-contrast (serious)", "label (critical)"] {
        assert!(
            problems.iter().any(|p| p.starts_with(rule)),
            "{rule} not found in {problems:#?}"
        );
    }
    journal.finish().await;
}

#[tokio::test]
async fn every_page_of_an_empty_journal_passes_axe_in_light_and_dark() {
    let journal = Journal::open().await;
    let mut audit = Audit::default();
    check_every_page(&journal, &mut audit, "empty journal").await;
    audit.assert_clean();
    journal.finish().await;
}

#[tokio::test]
async fn every_page_of_a_well_used_journal_passes_axe_in_light_and_dark() {
    let journal = Journal::open().await;
    seed(&journal).await;
    let mut audit = Audit::default();
    check_every_page(&journal, &mut audit, "20 sessions").await;

    // A session read back, and the print view of all of them.
    journal.visit("/history").await;
    let session = journal
        .script("return document.querySelector('.session-row a').getAttribute('href')")
        .await;
    journal.visit(session.as_str().unwrap()).await;
    journal.wait_for_text("main", "Before group").await;
    audit.check(&journal, "a session").await;
    journal.visit("/history/print").await;
    journal.wait_for_text("main", "Something for week 19").await;
    audit.check(&journal, "the print view of 20 sessions").await;

    // History: sharing opened, then a search.
    journal.visit("/history").await;
    open_every_details(&journal).await;
    journal
        .wait_for_text(".share-count", "20 sessions will be included.")
        .await;
    audit.check(&journal, "sharing with a therapist").await;
    journal.type_into("#journal-search", "hurt").await;
    journal.wait_for_text(".search-count", "places found").await;
    audit.check(&journal, "search results").await;

    // Insights over everything, the feedback opened, then between two dates.
    journal.visit("/insights").await;
    journal.click_text("label.choice-option", "All").await;
    journal
        .wait_for_text(".insight-count", "Looking at 20 sessions.")
        .await;
    open_every_details(&journal).await;
    audit.check(&journal, "insights over all 20 sessions").await;
    journal
        .click_text("label.choice-option", "Between dates")
        .await;
    audit.check(&journal, "insights between dates").await;

    // Deleting a session: the question, then the offer to undo.
    journal.visit(session.as_str().unwrap()).await;
    journal.click_text("button", "Delete this session").await;
    journal
        .wait_for_text("main", "You'll have a few seconds to undo.")
        .await;
    audit
        .check(&journal, "a session, asking before deleting")
        .await;
    journal.click_text("button", "Delete").await;
    journal
        .wait_for_text("[role=status]", "Session deleted.")
        .await;
    audit.check(&journal, "History, offering to undo").await;
    audit.assert_clean();
    journal.finish().await;
}

/// Names `word` in the emotions step, as a member would find it.
async fn name_emotion(journal: &Journal, search: &str, word: &str) {
    journal
        .script("const f = document.querySelector('#emotion-search'); f.value = ''; f.dispatchEvent(new Event('input', { bubbles: true })); return null")
        .await;
    journal.type_into("#emotion-search", search).await;
    journal
        .wait_for_text(".find-word .chips button", word)
        .await;
    journal.click_text(".find-word .chips button", word).await;
}

/// The step's heading, once the flow shows it.
async fn step_title(journal: &Journal) -> String {
    journal
        .script("return document.querySelector('.step h2')?.textContent ?? ''")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Goes through every step of a flow, answering each kind as a member would, and checks each.
async fn check_every_step(journal: &Journal, audit: &mut Audit, path: &str) {
    journal.visit(path).await;
    for _ in 0..20 {
        let title = step_title(journal).await;
        let kind = journal
            .script(
                "const step = document.querySelector('.step');
                 if (step.querySelector('#emotion-search')) return 'emotions';
                 if (step.querySelector('.tags')) return 'tags';
                 if (step.querySelector('.scale')) return 'scale';
                 const add = [...step.querySelectorAll('button')].map(b => b.textContent.trim());
                 if (add.includes('Add a boundary')) return 'boundaries';
                 if (add.includes('Add feedback you received')) return 'feedback';
                 return 'text';",
            )
            .await;
        audit
            .check(journal, &format!("{path}: {title:?}, unanswered"))
            .await;
        match kind.as_str().unwrap() {
            "emotions" => {
                name_emotion(journal, "anx", "anxious").await;
                name_emotion(journal, "hope", "hopeful").await;
                journal
                    .click_text("details.word-help summary", "Help me find the word")
                    .await;
                journal
                    .click_text("details.word-help label", "Pleasant")
                    .await;
                journal.click_text("details.word-help label", "A lot").await;
                open_every_details(journal).await;
                journal.type_into("#emotion-search", "glimmery").await;
                journal
                    .wait_for_text(".find-word button", "as your own word")
                    .await;
            }
            "boundaries" => {
                journal.click_text("button", "Add a boundary").await;
                journal
                    .type_into(".card textarea", "Said no when asked to go first")
                    .await;
                // Answered, so its Clear shows too.
                journal.click_text(".card label.choice-option", "Yes").await;
            }
            "feedback" => {
                journal
                    .click_text("button", "Add feedback you received")
                    .await;
                // A full name, so the gentle nudge shows too.
                journal
                    .type_into(".card input[list=group-people]", "Jane Brown")
                    .await;
            }
            "tags" => {
                journal.click_text("label.chip-toggle", "withdrawing").await;
            }
            "scale" => journal.click_text(".scale label", "7").await,
            _ => {
                if journal
                    .script("return document.querySelectorAll('.starters button').length")
                    .await
                    != json!(0)
                {
                    journal.click_text(".starters button", "I notice…").await;
                }
                journal
                    .type_into("textarea.answer", " Sarah Jones looked away")
                    .await;
            }
        }
        audit
            .check(journal, &format!("{path}: {title:?}, answered"))
            .await;
        let next = journal
            .script(
                "const next = [...document.querySelectorAll('.flow-actions button')]
                   .find(b => ['Skip', 'Next'].includes(b.textContent.trim()));
                 next?.click(); return !!next",
            )
            .await;
        if next == json!(false) {
            // The last step: saved, it reads back.
            journal.click_text(".flow-actions button", "Done").await;
            journal.wait_for_text(".saved", "kept on this device").await;
            audit.check(journal, &format!("{path}: saved")).await;
            return;
        }
        journal
            .wait_until(
                &format!(
                    "document.querySelector('.step h2')?.textContent !== {}",
                    json!(title)
                ),
                &format!("the step after {title:?}"),
            )
            .await;
    }
    panic!("{path} never reached its last step");
}

#[tokio::test]
async fn every_step_of_the_guided_flows_passes_axe_in_light_and_dark() {
    let journal = Journal::open().await;
    seed(&journal).await;
    let mut audit = Audit::default();
    check_every_step(&journal, &mut audit, "/prepare").await;
    check_every_step(&journal, &mut audit, "/reflect").await;
    check_every_step(&journal, &mut audit, "/reflect/quick").await;
    // An unfinished reflection, offered back after a reload.
    journal.visit("/reflect").await;
    journal.type_into("#emotion-search", "calm").await;
    journal.click_text(".find-word .chips button", "calm").await;
    journal.visit("/reflect").await;
    journal
        .wait_for_text("[role=status]", "You have an unfinished reflection")
        .await;
    audit
        .check(&journal, "an unfinished reflection offered back")
        .await;
    audit.assert_clean();
    journal.finish().await;
}

const PASSPHRASE: &str = "quiet river lamp";

#[tokio::test]
async fn the_unlock_screen_passes_axe_in_light_and_dark() {
    let journal = Journal::open().await;
    journal.visit("/settings/lock").await;
    let lock = "main input[type=password]";
    for field in journal
        .client
        .find_all(fantoccini::Locator::Css(lock))
        .await
        .unwrap()
    {
        field.send_keys(PASSPHRASE).await.unwrap();
    }
    journal.click_text("button", "Turn on the lock").await;
    journal
        .wait_for_text("main [role=status]", "The lock is on.")
        .await;
    let mut audit = Audit::default();
    audit.check(&journal, "Settings with the lock on").await;

    journal.visit("/").await;
    journal.wait_for_heading("Your journal is locked").await;
    audit.check(&journal, "the unlock screen").await;
    journal
        .type_into(".lock-screen input[type=password]", "not it")
        .await;
    journal.click_text("button", "Open my journal").await;
    journal.wait_for_text(".unlock-problem", "passphrase").await;
    journal
        .click_text("details.forgotten summary", "Forgotten your passphrase?")
        .await;
    audit
        .check(&journal, "the unlock screen after a wrong passphrase")
        .await;

    journal
        .set_value(".lock-screen input[type=password]", "")
        .await;
    journal
        .type_into(".lock-screen input[type=password]", PASSPHRASE)
        .await;
    journal.click_text("button", "Open my journal").await;
    journal.wait_for_heading("Your journal").await;
    journal.click_text("button", "Hide").await;
    journal.wait_for_text("main", "Open").await;
    audit
        .check(&journal, "the plain screen of quick hide")
        .await;
    audit.assert_clean();
    journal.finish().await;
}

// --- By keyboard alone ----------------------------------------------------------------------

/// Presses `key` (with Shift held when `shift`), as a keyboard would.
async fn press(journal: &Journal, key: Key, shift: bool) {
    let key: char = key.into();
    let mut keys = KeyActions::new("keyboard".into());
    if shift {
        keys = keys.then(KeyAction::Down {
            value: Key::Shift.into(),
        });
    }
    keys = keys
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    if shift {
        keys = keys.then(KeyAction::Up {
            value: Key::Shift.into(),
        });
    }
    journal
        .client
        .perform_actions(keys)
        .await
        .expect("key press failed");
    // Let the app draw what the key changed.
    journal.next_frame().await;
}

/// Types `text` into whatever has focus, key by key.
async fn type_keys(journal: &Journal, text: &str) {
    let mut keys = KeyActions::new("keyboard".into());
    for c in text.chars() {
        keys = keys
            .then(KeyAction::Down { value: c })
            .then(KeyAction::Up { value: c });
    }
    journal
        .client
        .perform_actions(keys)
        .await
        .expect("typing failed");
    journal.next_frame().await;
}

/// Describes what has focus: its tag, text or label, so a test can look for it.
const FOCUSED: &str = "const el = document.activeElement;
    return [el.tagName, el.id, (el.getAttribute('aria-label') || el.textContent || '').trim()].join('|')";

/// Presses Tab (or Shift+Tab) until what has focus contains `wanted`, 40 times at most.
async fn tab_to(journal: &Journal, wanted: &str, backwards: bool) {
    let mut seen = Vec::new();
    for _ in 0..40 {
        press(journal, Key::Tab, backwards).await;
        let focused = journal.script(FOCUSED).await;
        let focused = focused.as_str().unwrap_or_default().to_owned();
        if focused.contains(wanted) {
            return;
        }
        seen.push(focused);
    }
    panic!("Tab never reached {wanted:?}; it went through {seen:#?}");
}

#[tokio::test]
async fn a_quick_reflection_can_be_written_and_saved_by_keyboard_alone() {
    let journal = Journal::open().await;
    journal.visit("/").await;
    // From the top of Home, Tab reaches the bottom bar's Reflect and Enter opens it.
    tab_to(&journal, "Reflect", false).await;
    press(&journal, Key::Enter, false).await;
    journal.wait_for_heading(Screen::Reflect.heading()).await;
    tab_to(&journal, "Short on energy? Just a quick check-in", false).await;
    press(&journal, Key::Enter, false).await;
    journal.wait_for_text(".flow-progress", "1 of 2").await;

    // Find a word, choose it with Enter, then set how strong with the arrow keys.
    tab_to(&journal, "emotion-search", false).await;
    type_keys(&journal, "relie").await;
    tab_to(&journal, "relieved", false).await;
    press(&journal, Key::Enter, false).await;
    // How strong is a folded, optional row on the chosen word: open it, then the slider.
    tab_to(&journal, "How strong?", true).await;
    press(&journal, Key::Enter, false).await;
    tab_to(&journal, "How strong is relieved", false).await;
    for _ in 0..3 {
        press(&journal, Key::Right, false).await;
    }
    assert_eq!(
        journal
            .script("return document.querySelector('.chosen-emotion .intensity span').textContent")
            .await,
        "How strong: 8 of 10"
    );
    // Next (a button: Space presses it), and focus goes to the new prompt.
    tab_to(&journal, "Next", false).await;
    press(&journal, Key::Space, false).await;
    journal.wait_for_text(".flow-progress", "2 of 2").await;
    assert_eq!(
        journal.script(FOCUSED).await,
        json!("H2|prompt-title|One line about how it is right now"),
        "focus moves to the new prompt so it is read out"
    );
    tab_to(&journal, "TEXTAREA", false).await;
    type_keys(&journal, "Lighter than I expected").await;
    tab_to(&journal, "Done", false).await;
    press(&journal, Key::Enter, false).await;
    journal.wait_for_text(".saved", "kept on this device").await;
    tab_to(&journal, "Read it back", false).await;
    press(&journal, Key::Enter, false).await;
    journal
        .wait_for_text("main", "Lighter than I expected")
        .await;
    let read = journal.text_of("main").await;
    for expected in ["relieved 8 of 10", "Lighter than I expected"] {
        assert!(read.contains(expected), "{expected:?} missing:\n{read}");
    }
    journal.finish().await;
}

/// Notes every element that takes focus, and whether it shows a ring (an outline at least 2 px
/// wide, or a shadow) the moment it does.
const WATCH_FOCUS: &str = "
    window.__stops = [];
    if (!window.__watchingFocus) {
      window.__watchingFocus = true;
      document.addEventListener('focusin', (event) => {
        const el = event.target;
        const s = getComputedStyle(el);
        const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
        window.__stops.push({ el, at: el.outerHTML.slice(0, 100), ring });
      });
    }
    return null;";

/// Tabs through the whole page once and returns every stop that shows no focus indicator.
async fn stops_without_a_ring(journal: &Journal) -> Vec<String> {
    journal.script(WATCH_FOCUS).await;
    for _ in 0..25 {
        // Forty presses at a time: one round trip each would take minutes on a long page.
        let mut keys = KeyActions::new("keyboard".into());
        for _ in 0..40 {
            let tab: char = Key::Tab.into();
            keys = keys
                .then(KeyAction::Down { value: tab })
                .then(KeyAction::Up { value: tab });
        }
        journal
            .client
            .perform_actions(keys)
            .await
            .expect("Tab failed");
        let round = journal
            .script(
                "const stops = window.__stops;
                 const again = stops.findIndex((s, i) => i > 0 && s.el === stops[0].el);
                 if (again < 0) return null;
                 return stops.slice(0, again).filter(s => !s.ring).map(s => s.at);",
            )
            .await;
        if let Value::Array(missing) = round {
            return missing
                .into_iter()
                .map(|at| at.as_str().unwrap_or_default().to_owned())
                .collect();
        }
    }
    panic!("the tab order never came round again");
}

#[tokio::test]
async fn every_control_reached_by_tab_shows_where_focus_is() {
    let journal = Journal::open().await;
    seed(&journal).await;
    let mut missing = Vec::new();
    for path in [
        "/",
        "/reflect",
        "/history",
        "/insights",
        "/settings",
        "/settings/lock",
        "/settings/backups",
        "/settings/schedule",
        "/no/such/page",
    ] {
        journal.visit(path).await;
        open_every_details(&journal).await;
        if path == "/reflect" {
            name_emotion(&journal, "reli", "relieved").await;
        }
        for theme in THEMES {
            journal.show_theme(theme).await;
            for stop in stops_without_a_ring(&journal).await {
                missing.push(format!("{path} ({theme}): {stop}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "no focus indicator:\n{}",
        missing.join("\n")
    );
    journal.finish().await;
}

#[tokio::test]
async fn nothing_focused_hides_behind_the_bottom_bar() {
    // WCAG 2.2's "focus not obscured": the bar is fixed over the page's foot, so whatever takes
    // focus must be scrolled clear of it.
    let journal = Journal::open().await;
    seed(&journal).await;
    let mut hidden = Vec::new();
    for path in [
        "/",
        "/reflect",
        "/history",
        "/insights",
        "/settings",
        "/settings/backups",
        "/settings/schedule",
        "/settings/prompts",
    ] {
        journal.visit(path).await;
        open_every_details(&journal).await;
        let found = journal
            .script(
                "// In a guided flow the step's own action bar is what stays over the page's foot.
                 const barEl = document.querySelector('nav.bottom-nav') ?? document.querySelector('.flow-actions');
                 const bar = barEl.getBoundingClientRect();
                 return [...document.querySelectorAll('main a, main button, main input, main select, main textarea, main summary')]
                   .filter(el => el.offsetParent !== null)
                   .filter(el => !barEl.contains(el)
                     && (el.compareDocumentPosition(barEl) & Node.DOCUMENT_POSITION_FOLLOWING))
                   .filter(el => {
                     el.focus();
                     return document.activeElement === el && el.getBoundingClientRect().top >= bar.top - 1;
                   })
                   .map(el => el.outerHTML.slice(0, 90));",
            )
            .await;
        for at in found.as_array().unwrap() {
            hidden.push(format!("{path}: {}", at.as_str().unwrap()));
        }
    }
    assert!(
        hidden.is_empty(),
        "focused but behind the bar:\n{}",
        hidden.join("\n")
    );
    journal.finish().await;
}

// --- Targets, reflow, motion ----------------------------------------------------------------

/// Every control on the page smaller than 44 × 44 px. A radio button or checkbox counts by
/// the label around it (the whole label is the target); links inside a sentence are exempt.
pub(crate) const SMALL_TARGETS: &str = "
    return [...document.querySelectorAll('a, button, input, select, textarea, summary')]
      .filter(el => el.offsetParent !== null || getComputedStyle(el).position === 'fixed')
      .filter(el => !(el.tagName === 'A' && el.closest('p, li') && !el.classList.contains('button')
                      && el.closest('p, li').textContent.trim() !== el.textContent.trim()))
      .map(el => (el.matches('input[type=radio], input[type=checkbox]') && el.closest('label')) || el)
      .filter(el => { const r = el.getBoundingClientRect(); return r.width < 44 || r.height < 44; })
      .map(el => { const r = el.getBoundingClientRect();
                   return `${Math.round(r.width)}×${Math.round(r.height)} ${el.outerHTML.slice(0, 90)}`; });";

#[tokio::test]
async fn controls_in_the_main_flows_are_at_least_44_pixels_each_way_on_a_small_phone() {
    let journal = Journal::open().await;
    seed(&journal).await;
    journal
        .devtools(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": 320, "height": 640, "deviceScaleFactor": 2, "mobile": true }),
        )
        .await;
    let mut small = Vec::new();
    let mut look = |path: String, found: Value| {
        for target in found.as_array().unwrap() {
            small.push(format!("{path}: {}", target.as_str().unwrap()));
        }
    };
    for screen in Screen::ROUTED {
        journal.visit(screen.path()).await;
        open_every_details(&journal).await;
        look(
            screen.path().to_owned(),
            journal.script(SMALL_TARGETS).await,
        );
    }
    for path in ["/prepare", "/reflect"] {
        journal.visit(path).await;
        name_emotion(&journal, "reli", "relieved").await;
        open_every_details(&journal).await;
        for _ in 0..15 {
            let title = step_title(&journal).await;
            for add in ["Add a boundary", "Add feedback you received"] {
                if journal.text_of(".step").await.contains(add) {
                    journal.click_text("button", add).await;
                    // Answered, so its Clear shows too.
                    journal
                        .click_text(".card label.choice-option", "Partly")
                        .await;
                }
            }
            if journal.text_of(".step").await.contains("How connected") {
                journal.click_text(".scale label", "6").await;
            }
            look(
                format!("{path}: {title}"),
                journal.script(SMALL_TARGETS).await,
            );
            let next = journal
                .script(
                    "const next = [...document.querySelectorAll('.flow-actions button')]
                       .find(b => ['Skip', 'Next'].includes(b.textContent.trim()));
                     next?.click(); return !!next",
                )
                .await;
            if next == json!(false) {
                break;
            }
            journal.next_frame().await;
        }
    }
    journal.visit("/history").await;
    let session = journal
        .script("return document.querySelector('.session-row a').getAttribute('href')")
        .await;
    journal.visit(session.as_str().unwrap()).await;
    look("a session".into(), journal.script(SMALL_TARGETS).await);
    assert!(
        small.is_empty(),
        "targets under 44 × 44 px:\n{}",
        small.join("\n")
    );
    journal.finish().await;
}

#[tokio::test]
async fn asking_for_less_motion_turns_transitions_off() {
    let css =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/app.css")).unwrap();
    assert!(
        css.contains("@media (prefers-reduced-motion: reduce)"),
        "the stylesheet has a reduced-motion block"
    );
    let journal = Journal::open().await;
    journal.visit("/reflect").await;
    let durations = "return [...document.querySelectorAll('.chip, .choice-option, .button')]
        .map(el => getComputedStyle(el).transitionDuration)
        .filter(d => d.split(',').some(part => parseFloat(part) > 0)).length";
    assert!(
        journal.script(durations).await.as_u64().unwrap() > 0,
        "chips and buttons move gently by default"
    );
    journal
        .devtools(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-reduced-motion", "value": "reduce" }] }),
        )
        .await;
    assert_eq!(
        journal.script(durations).await,
        json!(0),
        "nothing moves when the phone asks for less motion"
    );
    let animated = journal
        .script(
            "return [...document.querySelectorAll('*')].filter(el => {
               const s = getComputedStyle(el);
               return s.animationName !== 'none' || s.transitionDuration.split(',').some(d => parseFloat(d) > 0);
             }).map(el => el.outerHTML.slice(0, 80))",
        )
        .await;
    assert_eq!(animated, json!([]));
    journal.finish().await;
}
