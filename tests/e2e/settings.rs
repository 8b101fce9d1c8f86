//! Settings on a phone: a first screen of rows that show their state and open no form, each
//! opening its own page at its own address (Back works, and so does opening one by its address
//! while locked); the iPhone card in Safari and not from the Home Screen; and troubles said in
//! their own words (no encryption here).

use chrono::{Days, Local, NaiveDate, NaiveTime};
use fantoccini::Locator;
use serde_json::json;

use here_and_now::domain::prompts::{CATALOGUE, ONE_LINE};
use here_and_now::domain::schedule::{GroupSchedule, Rhythm};
use here_and_now::domain::schema::JournalSettings;
use here_and_now::screens::{Screen, SettingsPage};

use crate::support::{stored_journal, Journal, Options};

const PASSPHRASE: &str = "quiet river lamp";

/// A phone of 360 × 740 CSS pixels.
async fn phone(journal: &Journal) {
    journal
        .devtools(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": true }),
        )
        .await;
}

/// The next Tuesday on or after today, so the group below meets on Tuesdays.
fn a_tuesday() -> NaiveDate {
    let mut day = Local::now().date_naive();
    while day.format("%A").to_string() != "Tuesday" {
        day = day.succ_opt().unwrap();
    }
    day
}

/// Every row of the first screen: its label and the state it shows.
async fn rows(journal: &Journal) -> Vec<(String, String)> {
    let found = journal
        .script(
            "return [...document.querySelectorAll('main a.settings-row')].map(a => [
               a.querySelector('.row-label').textContent.replace(/:\\s*$/, '').trim(),
               a.querySelector('.row-state')?.textContent.trim() ?? '',
               a.getAttribute('href')])",
        )
        .await;
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row[0].as_str().unwrap().to_owned(),
                row[1].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_first_screen_shows_every_row_with_its_state_and_no_open_form() {
    let journal = Journal::open().await;
    phone(&journal).await;
    journal.visit("/").await;
    let hidden: Vec<String> = CATALOGUE
        .iter()
        .filter(|p| p.id != ONE_LINE)
        .take(2)
        .map(|p| p.id.to_owned())
        .collect();
    let settings = JournalSettings {
        schedule: Some(GroupSchedule {
            group_name: "The Tuesday group".into(),
            start_time: NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
            rhythm: Rhythm::EveryTwoWeeks {
                first_session: a_tuesday(),
            },
        }),
        hidden_prompts: hidden,
        people: vec!["JB".into()],
        last_backup: Local::now().date_naive().checked_sub_days(Days::new(21)),
        ..JournalSettings::default()
    };
    journal.store(&stored_journal(&settings, &[])).await;
    journal.visit("/settings").await;
    journal.wait_for_heading("Settings").await;
    let seen = rows(&journal).await;
    let expect = [
        ("Lock", "Off"),
        ("Backups", "Last backup: 3 weeks ago"),
        ("Group", "Tuesdays 18:30, every two weeks"),
        ("Prompts", "2 hidden"),
        ("Text size and colours", "Standard, match my phone"),
        ("Your own emotion words", "None yet"),
        ("People in my group", "1 person"),
        ("People you can reach", "None yet"),
    ];
    for (label, state) in expect {
        assert!(
            seen.iter().any(|(l, s)| l == label && s == state),
            "no row {label:?} saying {state:?} in {seen:#?}"
        );
    }
    assert!(
        seen.iter()
            .any(|(l, s)| l == "Keeping your journal" && s.ends_with("of about 5 MB")),
        "{seen:#?}"
    );
    // No form open on the first screen: only rows.
    assert_eq!(
        journal
            .script("return document.querySelectorAll('main form, main input, main select, main textarea, main button').length")
            .await,
        json!(0)
    );
    // Deleting everything is last, apart, and looks like no other row.
    let last = journal
        .script(
            "const rows = [...document.querySelectorAll('main a.settings-row')];
             const last = rows[rows.length - 1], first = rows[0];
             return [last.textContent.trim(), last.closest('ul') !== first.closest('ul'),
                     getComputedStyle(last).color !== getComputedStyle(first).color]",
        )
        .await;
    assert_eq!(last, json!(["Delete everything…\u{203a}", true, true]));
    // All of it on the first screen at Standard text: no row under the tab bar or below the
    // fold.
    let below = journal
        .script(
            "const fold = document.querySelector('.bottom-nav').getBoundingClientRect().top;
             return [...document.querySelectorAll('main a.settings-row')]
               .filter(a => a.getBoundingClientRect().bottom > fold)
               .map(a => a.textContent.trim())",
        )
        .await;
    assert_eq!(below, json!([]), "rows not on the first screen");
    journal.screenshot("settings-rows-360").await;
    journal.finish().await;
}

#[tokio::test]
async fn each_row_opens_its_own_page_at_its_own_address_and_back_returns() {
    let journal = Journal::open().await;
    phone(&journal).await;
    journal.visit("/settings").await;
    for page in SettingsPage::ALL {
        let screen = Screen::Setting(page);
        let row = journal
            .client
            .find(Locator::Css(&format!(
                "main a.settings-row[href=\"{}\"]",
                screen.path()
            )))
            .await
            .unwrap_or_else(|_| panic!("no row for {page:?}"));
        // Scrolled to the middle of the screen first, as a thumb would, clear of the bar.
        journal
            .client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center' })",
                vec![serde_json::to_value(&row).unwrap()],
            )
            .await
            .unwrap();
        row.click().await.unwrap();
        journal.wait_for_heading(screen.heading()).await;
        assert_eq!(
            journal.script("return location.pathname").await,
            json!(screen.path())
        );
        // Back, as the browser's button does.
        journal.script("history.back(); return null").await;
        journal.wait_for_heading("Settings").await;
        // And the page's own way back.
        journal.visit(screen.path()).await;
        journal.wait_for_heading(screen.heading()).await;
        journal
            .client
            .find(Locator::Css("main a.back-link"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        journal.wait_for_heading("Settings").await;
    }
    // An address under Settings that is no page.
    journal.visit("/settings/backup-heading").await;
    journal.wait_for_heading(Screen::NotFound.heading()).await;
    journal.finish().await;
}

#[tokio::test]
async fn a_settings_page_opened_by_its_address_while_locked_opens_after_the_unlock_screen() {
    let journal = Journal::open().await;
    journal.lock().turn_on(PASSPHRASE).await;
    journal.visit("/settings/backups").await;
    journal.wait_for_heading("Your journal is locked").await;
    assert!(!journal.page_text().await.contains("Download a backup"));
    journal.lock().unlock(PASSPHRASE).await;
    journal.wait_for_heading("Backups").await;
    assert_eq!(
        journal.script("return location.pathname").await,
        json!("/settings/backups")
    );
    journal.finish().await;
}

#[tokio::test]
async fn turning_the_lock_on_where_there_is_no_webcrypto_says_so_in_its_own_words() {
    // A plain-http address that isn't this device: the browser gives no WebCrypto there.
    let journal = Journal::open_with(
        crate::support::Engine::Chromium,
        Options {
            host_name: Some("journal.test"),
            ..Options::default()
        },
    )
    .await;
    journal.quick_reflection("A line that stays readable").await;
    journal.visit("/settings/lock").await;
    assert_eq!(
        journal
            .script("return window.isSecureContext && !!crypto.subtle")
            .await,
        json!(false)
    );
    let fields = "main input[type=password]";
    journal.type_into_nth(fields, 0, PASSPHRASE).await;
    journal.type_into_nth(fields, 1, PASSPHRASE).await;
    journal.click_text("button", "Turn on the lock").await;
    let said = journal
        .wait_for_text("main [role=status]", "can't encrypt")
        .await;
    assert!(
        said.contains("This browser can't encrypt here, so the lock can't be used."),
        "{said}"
    );
    assert!(!said.contains("didn't let us save"), "{said}");
    let stored = journal.everything_stored().await;
    assert!(!stored.contains("here-and-now.lock"), "no lock was made");
    assert!(
        stored.contains("A line that stays readable"),
        "nothing changed"
    );
    journal.finish().await;
}

const IPHONE_SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

/// Makes the page believe it is Safari on an iPhone (and, when `standalone`, opened from the
/// Home Screen), before any of its own scripts run.
async fn pretend_iphone(journal: &Journal, standalone: bool) {
    journal
        .before_every_page(&format!(
            "Object.defineProperty(Navigator.prototype, 'userAgent', {{ get: () => {ua} }});
             Object.defineProperty(Navigator.prototype, 'maxTouchPoints', {{ get: () => 5 }});
             if ({standalone}) {{
               const real = window.matchMedia.bind(window);
               window.matchMedia = (query) => query.includes('display-mode: standalone')
                 ? real('(min-width: 0px)') : real(query);
               Object.defineProperty(Navigator.prototype, 'standalone', {{ get: () => true }});
             }}",
            ua = json!(IPHONE_SAFARI),
        ))
        .await;
}

async fn card_shown(journal: &Journal) -> bool {
    journal
        .script("return !!document.querySelector('#keep-iphone-heading')")
        .await
        == json!(true)
}

#[tokio::test]
async fn in_safari_on_an_iphone_the_card_shows_on_home_and_before_the_first_entry() {
    let journal = Journal::open().await;
    phone(&journal).await;
    pretend_iphone(&journal, false).await;
    journal.visit("/").await;
    let card = journal
        .wait_for_text(".keep-iphone", "Keeping your journal on this iPhone")
        .await;
    for words in [
        "cleared after 7 days without a visit",
        "Share",
        "Add to Home Screen",
        "open Here & Now from your Home Screen",
    ] {
        assert!(card.contains(words), "no {words:?} in {card}");
    }
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.keep-iphone ol li').length")
            .await,
        json!(3),
        "three steps"
    );
    journal.screenshot("iphone-card-home").await;
    // Before the first entry, in the flow too; gone from the flow once something is written.
    journal.visit("/reflect/quick").await;
    assert!(card_shown(&journal).await, "before the first entry");
    journal.quick_reflection("The first line").await;
    journal.visit("/reflect/quick").await;
    assert!(!card_shown(&journal).await, "only before the first entry");
    // On Home it stays while this is Safari, now offering a backup to move the entries.
    journal.visit("/").await;
    journal
        .wait_for_text(".keep-iphone", "A backup can bring them")
        .await;
    journal.finish().await;
}

#[tokio::test]
async fn from_the_home_screen_the_iphone_card_is_gone() {
    let journal = Journal::open().await;
    pretend_iphone(&journal, true).await;
    journal.visit("/").await;
    assert_eq!(
        journal
            .script("return [navigator.userAgent.includes('iPhone'), matchMedia('(display-mode: standalone)').matches]")
            .await,
        json!([true, true])
    );
    assert!(!card_shown(&journal).await, "on the Home Screen");
    journal.visit("/reflect/quick").await;
    assert!(!card_shown(&journal).await);
    journal.finish().await;
}

#[tokio::test]
async fn without_an_iphone_there_is_no_card() {
    let journal = Journal::open().await;
    journal.visit("/").await;
    assert!(!card_shown(&journal).await);
    journal.finish().await;
}
