//! The end-to-end harness, one job per file:
//! - `engine`: the three browser engines and how each is started; `driver`: the WebDriver
//!   server of a test's own; `server`: the one test server (also the benchmark's);
//! - here: `Journal`, one browser on the built app, with the few moves every test makes
//!   (visit, read, click, type, wait until something holds);
//! - `pages`: page objects for the member's flows (the guided flow, lock, backups, history);
//! - `network` (nothing leaves the device), `policy` (CSP reports), `downloads`, `offline`,
//!   `devtools` (Chromium's extensions), `axe` (accessibility), `fixtures` (stored journals),
//!   `temp` (folders of a test's own).

mod axe;
mod devtools;
mod downloads;
mod driver;
mod engine;
mod fixtures;
mod network;
mod offline;
mod pages;
mod policy;
pub mod server;
mod temp;

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

pub use engine::{Engine, Options};
pub use fixtures::stored_journal;
pub use network::goes_off_device;
pub use server::{dist, Server};

use driver::Driver;
use temp::TempDir;

/// How long to wait for the app to show something before calling it a failure.
pub const PATIENCE: Duration = Duration::from_secs(15);

/// One browser on the built app.
pub struct Journal {
    pub client: Client,
    pub origin: String,
    pub engine: Engine,
    /// Our own server, when the tests serve dist/ themselves.
    server: Option<Arc<Server>>,
    watching_violations: AtomicBool,
    downloads: TempDir,
    // Dropped after the client: the driver's whole process group, then the profile folder.
    _driver: Driver,
    _profile: TempDir,
}

impl Journal {
    /// Chromium on the built app, with a fresh profile; opens nothing yet.
    pub async fn open() -> Self {
        Self::open_with(Engine::Chromium, Options::default()).await
    }

    pub async fn open_in(engine: Engine) -> Self {
        Self::open_with(engine, Options::default()).await
    }

    pub async fn open_with(engine: Engine, options: Options) -> Self {
        // HERE_AND_NOW_E2E_ORIGIN points the tests at a running server (e.g. `./x serve`, or
        // the benchmark's); by default they serve the release build in dist/ themselves.
        let (origin, server) = match std::env::var("HERE_AND_NOW_E2E_ORIGIN") {
            Ok(origin) => (origin.trim_end_matches('/').to_owned(), None),
            Err(_) => {
                let server = Server::start();
                (server.origin.clone(), Some(server))
            }
        };
        let origin = match options.host_name {
            Some(name) => origin.replace("127.0.0.1", name),
            None => origin,
        };
        let profile = TempDir::new("profile");
        let downloads = TempDir::new("downloads");
        let driver = Driver::start(
            engine,
            &engine.driver_environment(profile.path(), downloads.path()),
        )
        .await;
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(engine.capabilities(profile.path(), downloads.path(), options))
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
            .unwrap_or_else(|e| panic!("{} did not start a browser: {e}", engine.name()));
        if engine == Engine::WebKit {
            // A phone-sized window, as Chromium and Firefox get from their arguments.
            client
                .set_window_size(412, 915)
                .await
                .expect("could not size the window");
        }
        Journal {
            client,
            origin,
            engine,
            server,
            watching_violations: AtomicBool::new(false),
            downloads,
            _driver: driver,
            _profile: profile,
        }
    }

    /// Loads `path` afresh and waits until the app has drawn a page heading.
    pub async fn visit(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.origin))
            .await
            .expect("navigation failed");
        self.wait_for_page(path).await;
    }

    /// Loads the page again, as the browser's reload button does. (Through the page rather
    /// than WebDriver's Refresh, which in Firefox also passes the service worker by, as a
    /// forced reload would.)
    pub async fn reload(&self) {
        self.script(
            "window.__notReloadedYet = true; setTimeout(() => location.reload()); return null",
        )
        .await;
        self.wait_until(
            "!window.__notReloadedYet && document.querySelector('main h1')",
            "the page to load again",
        )
        .await;
        self.wait_for_page("(reloaded)").await;
    }

    async fn wait_for_page(&self, what: &str) {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css("main h1"))
            .await
            .unwrap_or_else(|_| panic!("the app drew no page heading at {what}"));
        self.watch_violations_in_this_page().await;
    }

    /// Waits until the JavaScript expression `condition` holds in the page; `what` says what
    /// was awaited when it never does.
    pub async fn wait_until(&self, condition: &str, what: &str) {
        let check = format!("return !!({condition})");
        let started = Instant::now();
        while self.client.execute(&check, vec![]).await.ok() != Some(json!(true)) {
            assert!(
                started.elapsed() < PATIENCE,
                "waited {PATIENCE:?} in {} for {what}",
                self.engine.name()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the page has drawn its next frame (and run what that frame queued): what a
    /// key or a click just changed is on screen.
    pub async fn next_frame(&self) {
        self.script("return new Promise((done) => requestAnimationFrame(() => setTimeout(done)))")
            .await;
    }

    /// Waits until the page heading reads `expected`.
    pub async fn wait_for_heading(&self, expected: &str) {
        let started = Instant::now();
        loop {
            let seen = self.heading().await;
            if seen == expected {
                return;
            }
            assert!(
                started.elapsed() < PATIENCE,
                "expected the heading {expected:?}, still {seen:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The text of the first element `css` finds (empty when there is none).
    pub async fn text_of(&self, css: &str) -> String {
        match self.client.find(Locator::Css(css)).await {
            Ok(element) => element.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    pub async fn heading(&self) -> String {
        self.text_of("main h1").await
    }

    /// Runs a script in the page and returns its result.
    pub async fn script(&self, source: &str) -> Value {
        self.client
            .execute(source, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{source}"))
    }

    /// Clicks the element that `css` finds and whose text is `text`, scrolled to the middle of
    /// the screen first as a thumb would (so the fixed bottom bar is not in the way).
    pub async fn click_text(&self, css: &str, text: &str) {
        for element in self.client.find_all(Locator::Css(css)).await.unwrap() {
            if element.text().await.unwrap_or_default().trim() == text {
                self.client
                    .execute(
                        "arguments[0].scrollIntoView({ block: 'center' })",
                        vec![serde_json::to_value(&element).unwrap()],
                    )
                    .await
                    .expect("scroll failed");
                element.click().await.expect("click failed");
                return;
            }
        }
        panic!("nothing matching {css:?} reads {text:?}");
    }

    /// Waits until `css` finds an element whose text contains `text`, and returns its text.
    pub async fn wait_for_text(&self, css: &str, text: &str) -> String {
        let started = Instant::now();
        loop {
            for element in self
                .client
                .find_all(Locator::Css(css))
                .await
                .unwrap_or_default()
            {
                let seen = element.text().await.unwrap_or_default();
                if seen.contains(text) {
                    return seen;
                }
            }
            assert!(
                started.elapsed() < PATIENCE,
                "nothing matching {css:?} came to contain {text:?} in {}",
                self.engine.name()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Writes keys and values straight into localStorage, as another copy of the app would.
    pub async fn store(&self, pairs: &[(String, String)]) {
        self.client
            .execute(
                "for (const [k, v] of arguments[0]) localStorage.setItem(k, v); return null",
                vec![json!(pairs)],
            )
            .await
            .expect("could not write into localStorage");
    }

    /// Every value the app keeps in localStorage, joined (to look for words in).
    pub async fn everything_stored(&self) -> String {
        self.script(
            "return Object.keys(localStorage).filter(k => k.startsWith('here-and-now.'))
                 .map(k => k + '=' + localStorage.getItem(k)).join('\\n')",
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// Waits until storage no longer holds `words` (sealed writes land a moment after a save).
    pub async fn wait_until_not_stored(&self, words: &str) {
        let started = Instant::now();
        loop {
            let stored = self.everything_stored().await;
            if !stored.contains(words) {
                return;
            }
            assert!(
                started.elapsed() < PATIENCE,
                "storage still holds {words:?} in {}:\n{stored}",
                self.engine.name()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Everything the page shows, as text.
    pub async fn page_text(&self) -> String {
        self.script("return document.body.innerText")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Types into the element `css` finds (appending to what is there).
    pub async fn type_into(&self, css: &str, text: &str) {
        let field = self
            .client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("no {css:?} to type into"));
        field.send_keys(text).await.expect("typing failed");
    }

    /// Types into the `index`th element `css` finds.
    pub async fn type_into_nth(&self, css: &str, index: usize, text: &str) {
        let fields = self.client.find_all(Locator::Css(css)).await.unwrap();
        fields
            .get(index)
            .unwrap_or_else(|| panic!("no field {index} of {css:?}"))
            .send_keys(text)
            .await
            .expect("typing failed");
    }

    /// Sets a value the way a picker would (date, time, range, select) and fires the events.
    pub async fn set_value(&self, css: &str, value: &str) {
        let done = self
            .client
            .execute(
                "const el = document.querySelector(arguments[0]);
                 if (!el) return false;
                 el.value = arguments[1];
                 el.dispatchEvent(new Event('input', { bubbles: true }));
                 el.dispatchEvent(new Event('change', { bubbles: true }));
                 return true;",
                vec![json!(css), json!(value)],
            )
            .await
            .expect("script failed");
        assert_eq!(done, json!(true), "nothing matches {css:?}");
    }

    /// Chooses `file` in the page's file picker (`css`), as the member would in the dialog.
    pub async fn choose_file(&self, css: &str, file: &Path) {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("no file picker {css:?}"))
            .send_keys(file.to_str().unwrap())
            .await
            .expect("choosing a file failed");
    }

    /// Saves a picture of the page when HERE_AND_NOW_SCREENSHOTS names a folder.
    pub async fn screenshot(&self, name: &str) {
        if let Ok(folder) = std::env::var("HERE_AND_NOW_SCREENSHOTS") {
            let png = self.client.screenshot().await.expect("screenshot failed");
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(Path::new(&folder).join(format!("{name}.png")), png).unwrap();
        }
    }
}
