//! The app on the home screen: installable from its manifest, guided by the Install page,
//! working with no connection after one visit, and updating only when the member says so.

use std::time::Duration;

use here_and_now::screens::Screen;
use serde_json::{json, Value};

use crate::support::{self, Engine, Journal, Options};

#[tokio::test]
async fn the_browser_finds_an_installable_app_with_our_name_colours_and_icons() {
    let journal = Journal::open().await;
    journal.visit("/").await;
    journal.wait_until_kept_for_offline().await;

    let manifest = journal.devtools("Page.getAppManifest", json!({})).await;
    assert_eq!(manifest["errors"], json!([]), "{manifest}");
    let data: Value = serde_json::from_str(manifest["data"].as_str().unwrap()).unwrap();
    assert_eq!(data["name"], "Here & Now");
    assert_eq!(data["short_name"], "Here & Now");
    assert_eq!(data["start_url"], "/");
    assert_eq!(data["scope"], "/");
    assert_eq!(data["display"], "standalone");
    // The light paper of style/app.css, so the splash and title bar match the page.
    assert_eq!(data["background_color"], "#fbf8f3");
    assert_eq!(data["theme_color"], "#fbf8f3");

    // Every icon is a real picture of the size it claims, plain and maskable, 192 and 512.
    let checked = journal
        .client
        .execute(
            "const icons = arguments[0];
             return Promise.all(icons.map((icon) => new Promise((done) => {
               const img = new Image();
               img.onload = () => done(icon.purpose + ' ' + icon.sizes + ' ' + img.naturalWidth + 'x' + img.naturalHeight);
               img.onerror = () => done(icon.purpose + ' ' + icon.sizes + ' broken');
               img.src = icon.src;
             })));",
            vec![data["icons"].clone()],
        )
        .await
        .unwrap();
    assert_eq!(
        checked,
        json!([
            "any 192x192 192x192",
            "any 512x512 512x512",
            "maskable 192x192 192x192",
            "maskable 512x512 512x512",
        ])
    );

    let installability = journal
        .devtools("Page.getInstallabilityErrors", json!({}))
        .await;
    assert_eq!(
        installability["installabilityErrors"],
        json!([]),
        "{installability}"
    );
    // The phone's bars take the page's colours, light or dark.
    let theme = journal
        .script(
            "return [...document.querySelectorAll('meta[name=theme-color]')]
               .map((m) => m.media + ' ' + m.content)",
        )
        .await;
    assert_eq!(
        theme,
        json!([
            "(prefers-color-scheme: light) #fbf8f3",
            "(prefers-color-scheme: dark) #141a1b"
        ])
    );
    journal.finish().await;
}

#[tokio::test]
async fn the_install_page_uses_the_browsers_offer_and_explains_iphone() {
    let journal = Journal::open().await;
    journal.visit("/settings").await;
    journal
        .click_text("main a.settings-row .row-label", "Keeping your journal")
        .await;
    journal
        .click_text("main a", "How to put it there, and why")
        .await;
    journal.wait_for_heading(Screen::Install.heading()).await;
    let page = journal.text_of("main").await;
    for words in [
        "Share",
        "Add to Home Screen",
        "keeps its own storage",
        "install first",
        "restore it in the installed app",
    ] {
        assert!(page.contains(words), "no {words:?} in {page}");
    }

    // Chrome's offer, as it sends it (headless Chromium may have sent a real one already: this
    // one takes its place, so the test sees the prompt). The app keeps it and quiets the
    // browser's own banner.
    let quieted = journal
        .script(
            "const offer = new Event('beforeinstallprompt', { cancelable: true });
             window.installAsked = 0;
             offer.prompt = () => { window.installAsked += 1; return Promise.resolve(); };
             offer.userChoice = Promise.resolve({ outcome: 'accepted', platform: 'web' });
             window.dispatchEvent(offer);
             return offer.defaultPrevented;",
        )
        .await;
    assert_eq!(quieted, json!(true));
    journal.screenshot("install-offered").await;
    journal.click_text("main button", "Install").await;
    journal.wait_for_text("main", "Installed.").await;
    assert_eq!(journal.script("return window.installAsked").await, json!(1));
    journal.finish().await;
}

#[tokio::test]
async fn a_new_version_waits_until_the_member_chooses_to_reload() {
    let journal = Journal::open().await;
    journal.visit("/reflect").await;
    journal.wait_until_kept_for_offline().await;
    journal.go_to_prompt("A moment that stayed with you").await;
    journal
        .type_into("textarea.answer", "Half a thought, still typing")
        .await;

    // A deploy: the same app with a new build number.
    let worker = std::fs::read_to_string(support::dist().join("sw.js")).unwrap();
    let build = worker
        .split("const BUILD = \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("sw.js names its build")
        .to_owned();
    let next = format!("{build}-next");
    journal.serve_instead("/sw.js", worker.replace(&build, &next));
    journal
        .script(
            "window.stillThisPage = true;
             return navigator.serviceWorker.getRegistration().then((r) => r.update()).then(() => null)",
        )
        .await;

    let notice = journal
        .wait_for_text("[role=status]", "A new version is ready")
        .await;
    assert!(
        notice.contains("keeps everything you've written"),
        "{notice}"
    );
    journal.screenshot("update-ready").await;
    // Nothing happens by itself: the page stays, the new version waits.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let state = journal
        .script(
            "return navigator.serviceWorker.getRegistration()
               .then((r) => [window.stillThisPage === true, !!r.waiting])",
        )
        .await;
    assert_eq!(state, json!([true, true]));

    journal.click_text(".update-status button", "Reload").await;
    journal
        .wait_until("window.stillThisPage !== true", "Reload to reload the page")
        .await;
    journal.wait_for_heading("After group").await;
    let after = journal.script("return caches.keys()").await;
    assert_eq!(
        after,
        json!([format!("here-and-now-{next}")]),
        "the new version's files replaced the old"
    );
    assert_eq!(
        journal.text_of(".update-status").await,
        "",
        "the notice is gone once the new version runs"
    );
    // And the half-written reflection is still there to continue.
    journal
        .wait_for_text("[role=status]", "You have an unfinished reflection")
        .await;
    journal.finish().await;
}

/// Kept in sessionStorage so reloads lose none; installed before any of the page's scripts.
const WATCH_ERRORS: &str = "
    const keep = (what) => {
        const seen = JSON.parse(sessionStorage.getItem('test.errors') || '[]');
        seen.push(String(what));
        sessionStorage.setItem('test.errors', JSON.stringify(seen));
    };
    addEventListener('error', (e) => keep(e.message || e.error));
    addEventListener('unhandledrejection', (e) => keep(e.reason && (e.reason.stack || e.reason)));";

#[tokio::test]
async fn without_service_workers_a_full_flow_raises_no_error_and_settings_say_why() {
    // Plain http at a name that isn't this machine, as a laptop on the home network would be
    // reached: the browser gives no service workers (nor WebCrypto) there.
    let journal = Journal::open_with(
        Engine::Chromium,
        Options {
            host_name: Some("journal.test"),
            ..Options::default()
        },
    )
    .await;
    journal.before_every_page(WATCH_ERRORS).await;
    journal.visit("/").await;
    assert_eq!(
        journal
            .script("return [isSecureContext, 'serviceWorker' in navigator]")
            .await,
        json!([false, false]),
        "the test must run where service workers are missing"
    );

    journal.visit("/reflect").await;
    let flow = journal.flow();
    flow.name_emotion("tir", "tired", None).await;
    flow.go_to_prompt("A moment that stayed with you").await;
    flow.answer("Written where nothing is kept offline").await;
    flow.go_to_end().await;
    flow.save().await;
    let rows = journal.history().rows().await;
    assert!(rows[0].contains("nothing is kept offline"), "{rows:?}");
    for screen in Screen::ROUTED {
        journal.visit(screen.path()).await;
        journal.wait_for_heading(screen.heading()).await;
    }
    journal.visit("/settings").await;
    journal
        .wait_for_text("main a.settings-row", "Not available offline here")
        .await;
    journal.visit("/install").await;
    journal.wait_for_text(".offline-note", "http://").await;

    assert_eq!(
        journal
            .script("return JSON.parse(sessionStorage.getItem('test.errors') || '[]')")
            .await,
        json!([]),
        "uncaught errors without service workers"
    );
    journal.finish().await;
}

#[tokio::test]
async fn with_service_workers_turned_off_the_journal_works_and_settings_say_so() {
    // Firefox with service workers turned off in its settings, at a secure address. Firefox
    // can't run a script before the page's own over WebDriver, so errors are watched from the
    // first page on (a failure while loading would also leave no heading to find).
    let journal = Journal::open_with(
        Engine::Firefox,
        Options {
            no_service_workers: true,
            ..Options::default()
        },
    )
    .await;
    journal.visit("/").await;
    assert_eq!(
        journal
            .script("return [isSecureContext, !!navigator.serviceWorker]")
            .await,
        json!([true, false])
    );
    journal
        .script(&format!("{WATCH_ERRORS}; return null"))
        .await;
    journal
        .quick_reflection_in_app("Kept here, not offline")
        .await;
    journal.click_text("a.top-link", "Settings").await;
    journal
        .wait_for_text("main a.settings-row", "Not available offline here")
        .await;
    journal
        .click_text("main a.settings-row .row-label", "Keeping your journal")
        .await;
    let said = journal
        .wait_for_text(".offline-note", "doesn't let sites keep")
        .await;
    assert!(said.contains("can't open without a connection"), "{said}");
    assert_eq!(
        journal
            .script("return JSON.parse(sessionStorage.getItem('test.errors') || '[]')")
            .await,
        json!([]),
        "uncaught errors with service workers turned off"
    );
    journal.finish().await;
}

#[tokio::test]
async fn where_service_workers_work_settings_say_nothing_about_offline() {
    let journal = Journal::open().await;
    journal.visit("/settings").await;
    journal
        .wait_for_text("main a.settings-row", "of about 5 MB")
        .await;
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.offline-note').length")
            .await,
        json!(0)
    );
    journal
        .click_text("main a.settings-row .row-label", "Keeping your journal")
        .await;
    journal
        .wait_for_text("main", "It isn't on your home screen on this device yet.")
        .await;
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.offline-note').length")
            .await,
        json!(0)
    );
    journal.finish().await;
}
