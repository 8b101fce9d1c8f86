//! The app shell: routes, navigation, display choices, layout, and the network audit.

use here_and_now::screens::{Screen, SettingsPage};
use serde_json::json;

use crate::support::{self, Journal};

#[tokio::test]
async fn every_screen_opens_at_its_own_address_with_heading_and_title() {
    let journal = Journal::open().await;
    for screen in Screen::ROUTED {
        journal.visit(screen.path()).await;
        journal.wait_for_heading(screen.heading()).await;
        assert_eq!(
            journal.client.title().await.unwrap(),
            screen.document_title(),
            "tab title at {}",
            screen.path()
        );
        let labels = journal
            .script("return [...document.querySelectorAll('nav.bottom-nav a')].map(a => a.textContent.trim())")
            .await;
        // A guided flow fills the screen: its own way out instead of the bars.
        let expected = if Screen::is_flow(screen.path()) {
            json!([])
        } else {
            json!(["Home", "Prepare", "Reflect", "History", "Insights"])
        };
        assert_eq!(labels, expected, "bottom navigation at {}", screen.path());
    }
    assert_eq!(
        journal.script("return document.documentElement.lang").await,
        "en"
    );
    journal.finish().await;
}

#[tokio::test]
async fn the_bottom_navigation_moves_between_pages_and_focus_follows_the_heading() {
    let journal = Journal::open().await;
    journal.visit("/").await;
    for screen in [
        Screen::Reflect,
        Screen::History,
        Screen::Prepare,
        Screen::Insights,
        Screen::Home,
    ] {
        journal
            .click_text("nav.bottom-nav a", screen.nav_label())
            .await;
        journal.wait_for_heading(screen.heading()).await;
        let url = journal.client.current_url().await.unwrap();
        assert_eq!(url.path(), screen.path());
        let focus = journal
            .script("const el = document.activeElement; return el.tagName + ':' + el.textContent")
            .await;
        assert_eq!(
            focus,
            json!(format!("H1:{}", screen.heading())),
            "focus after opening {}",
            screen.path()
        );
        if Screen::is_flow(screen.path()) {
            // A flow fills the screen; its Close leads back Home, where the bar is.
            journal
                .script("document.querySelector('.flow-close').click(); return null")
                .await;
            journal.wait_for_heading(Screen::Home.heading()).await;
            continue;
        }
        let current = journal
            .script("return document.querySelector('nav.bottom-nav a[aria-current=\"page\"]')?.textContent.trim()")
            .await;
        assert_eq!(
            current,
            json!(screen.nav_label()),
            "the bar marks where the member is"
        );
    }
    // The top bar reaches Settings too.
    journal.click_text("header a", "Settings").await;
    journal.wait_for_heading(Screen::Settings.heading()).await;
    journal.finish().await;
}

#[tokio::test]
async fn an_unknown_address_shows_a_friendly_page_with_a_way_home() {
    let journal = Journal::open().await;
    journal.visit("/no/such/page").await;
    journal.wait_for_heading(Screen::NotFound.heading()).await;
    let text = journal.text_of("main").await;
    assert!(
        text.contains("Nothing you've written is affected"),
        "{text}"
    );
    journal.click_text("main a", "Go to your journal").await;
    journal.wait_for_heading(Screen::Home.heading()).await;
    journal.finish().await;
}

#[tokio::test]
async fn display_choices_survive_a_reload() {
    let journal = Journal::open().await;
    journal.visit("/settings/display").await;
    journal.click_text("label.choice-option", "Larger").await;
    journal.click_text("label.choice-option", "Dark").await;

    journal.client.refresh().await.unwrap();
    journal
        .wait_for_heading(Screen::Setting(SettingsPage::Display).heading())
        .await;

    let root = journal
        .script("const r = document.documentElement; return [r.dataset.textSize, r.dataset.theme, getComputedStyle(document.body).fontSize]")
        .await;
    assert_eq!(root, json!(["larger", "dark", "20px"]));
    let checked = journal
        .script("return [...document.querySelectorAll('main input:checked')].map(i => i.parentElement.textContent.trim())")
        .await;
    assert_eq!(
        checked,
        json!(["Larger", "Dark", "Dates, feelings and a line of each"])
    );
    // The phone's status bar is dark too, whatever the phone itself is set to.
    let bar = "return [...document.querySelectorAll('meta[name=theme-color]')].map(m => m.content)";
    assert_eq!(journal.script(bar).await, json!(["#141a1b", "#141a1b"]));
    journal
        .click_text("label.choice-option", "Match my phone")
        .await;
    assert_eq!(journal.script(bar).await, json!(["#fbf8f3", "#141a1b"]));
    journal.click_text("label.choice-option", "Dark").await;
    // And the choice holds on every other page, too.
    journal.visit("/reflect").await;
    assert_eq!(
        journal
            .script("return document.documentElement.dataset.textSize")
            .await,
        "larger"
    );
    journal.finish().await;
}

#[tokio::test]
async fn a_320_pixel_phone_gets_readable_text_and_no_sideways_scrolling_at_any_text_size() {
    // Tap targets on this phone: accessibility.rs.
    let journal = Journal::open().await;
    // A well-used journal: long lists, charts and tables are what would push sideways.
    crate::insights::seed(&journal).await;
    journal
        .devtools(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": 320, "height": 640, "deviceScaleFactor": 2, "mobile": true }),
        )
        .await;
    // Our text sizes, the browser's own at 200 % (the root doubled), and both: base text of
    // at least 16 px, no sideways scrolling, and nothing (the fixed bottom bar included)
    // past the right edge (WCAG 1.4.4, 1.4.10). Tables of numbers scroll in their own box.
    for (choice, root, base) in [
        ("Standard", "100%", 16.0),
        ("Larger", "125%", 20.0),
        ("Standard", "200%", 32.0),
        ("Larger", "250%", 40.0),
    ] {
        journal.visit("/settings/display").await;
        journal.click_text("label.choice-option", choice).await;
        for screen in Screen::ROUTED {
            journal.visit(screen.path()).await;
            let layout = journal
                .script(&format!(
                    "document.documentElement.style.fontSize = '{root}';
                     const d = document.scrollingElement;
                     const out = [...document.body.querySelectorAll('*')]
                       .filter(el => el.getBoundingClientRect().right > d.clientWidth + 0.5)
                       .filter(el => !el.closest('.numbers, .visually-hidden, svg'))
                       .map(el => el.outerHTML.slice(0, 80));
                     return {{ overflow: d.scrollWidth - d.clientWidth,
                              font: parseFloat(getComputedStyle(document.body).fontSize),
                              out: out.slice(0, 5) }};"
                ))
                .await;
            let at = format!("{} with {choice} text, the root at {root}", screen.path());
            assert_eq!(layout["font"].as_f64(), Some(base), "{at}");
            assert_eq!(layout["out"], json!([]), "past the right edge at {at}");
            assert_eq!(layout["overflow"], 0, "sideways scrolling at {at}");
        }
    }
    journal.finish().await;
}

#[tokio::test]
async fn colours_follow_the_phone_unless_the_member_chooses() {
    let journal = Journal::open().await;
    let background = "const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number); return (r + g + b) / 3";
    for (scheme, dark) in [("dark", true), ("light", false)] {
        journal
            .devtools(
                "Emulation.setEmulatedMedia",
                json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
            )
            .await;
        journal.visit("/").await;
        let brightness = journal.script(background).await.as_f64().unwrap();
        assert_eq!(
            brightness < 128.0,
            dark,
            "{scheme} phone gave brightness {brightness}"
        );
    }
    // The phone says light, the member says dark: the member wins.
    journal.visit("/settings/display").await;
    journal.click_text("label.choice-option", "Dark").await;
    let brightness = journal.script(background).await.as_f64().unwrap();
    assert!(
        brightness < 128.0,
        "chosen dark gave brightness {brightness}"
    );
    journal.finish().await;
}

#[tokio::test]
async fn the_network_audit_notices_a_request_to_another_origin() {
    // The audit in `finish` is only worth something if it sees such requests: make one to
    // another origin on this machine (localhost is not 127.0.0.1; port 1 refuses at once).
    let journal = Journal::open().await;
    journal.visit("/").await;
    journal
        .script("new Image().src = 'http://localhost:1/tracker.png'; return null")
        .await;
    // The log fills as the browser gets to it: read until the request shows (or time is up).
    let started = std::time::Instant::now();
    let mut urls = journal.requested_urls().await;
    while !urls.iter().any(|url| url.contains("tracker")) && started.elapsed() < support::PATIENCE {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        urls.extend(journal.requested_urls().await);
    }
    let foreign: Vec<_> = urls
        .iter()
        .filter(|url| support::goes_off_device(url, &journal.origin))
        .collect();
    assert_eq!(foreign, ["http://localhost:1/tracker.png"]);
    assert!(!support::goes_off_device(
        &format!("{}/index.html", journal.origin),
        &journal.origin
    ));
    assert!(!support::goes_off_device(
        "data:image/png;base64,AAAA",
        &journal.origin
    ));
    assert!(support::goes_off_device(
        &format!("{}.evil.example/", journal.origin),
        &journal.origin
    ));
}
