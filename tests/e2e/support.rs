//! The end-to-end harness: serves `dist/` on 127.0.0.1, starts chromedriver and a headless
//! Chromium, and — on every test — fails if the page made any request to another origin.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use here_and_now::domain::journal::Session;
use here_and_now::domain::schema::{session_key, JournalSettings, META_KEY, SETTINGS_KEY};
use serde_json::{json, Value};
use tokio::process::{Child, Command};

/// How long to wait for the app to show something before calling it a failure.
pub const PATIENCE: Duration = Duration::from_secs(15);

/// One browser on the built app.
pub struct Journal {
    pub client: Client,
    pub origin: String,
    /// Our own server, when the tests serve dist/ themselves.
    server: Option<Arc<Server>>,
    _driver: Child,
    _profile: TempDir,
}

impl Journal {
    /// Serves `dist/`, starts a fresh browser profile, and opens nothing yet.
    pub async fn open() -> Self {
        // HERE_AND_NOW_E2E_ORIGIN points the tests at a running server (e.g. `./x serve`);
        // by default they serve the release build in dist/ themselves.
        let (origin, server) = match std::env::var("HERE_AND_NOW_E2E_ORIGIN") {
            Ok(origin) => (origin.trim_end_matches('/').to_owned(), None),
            Err(_) => {
                let (origin, server) = serve_dist();
                (origin, Some(server))
            }
        };
        let driver_path =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        // Port 0: chromedriver picks a free port itself and says which, so parallel tests
        // never race for one. A start that fails (it happens rarely under load) is retried.
        let mut attempt = 0;
        let (driver, port) = loop {
            attempt += 1;
            let mut driver = Command::new(&driver_path)
                .arg("--port=0")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::null())
                .kill_on_drop(true)
                // Its own process group, so the browser it starts can be ended with it.
                .process_group(0)
                .spawn()
                .unwrap_or_else(|e| {
                    panic!("could not start {driver_path}: {e} (./x test installs it)")
                });
            match driver_port(&mut driver).await {
                Some(port) => break (driver, port),
                None if attempt < 3 => continue,
                None => panic!("chromedriver did not start after {attempt} tries"),
            }
        };

        let profile = TempDir::new("profile");
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let capabilities = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=412,915",
                    format!("--user-data-dir={}", profile.0.display()),
                ],
            },
            // Every request the page makes lands in this log; `finish` audits it.
            "goog:loggingPrefs": { "performance": "ALL" },
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("chromedriver did not start a Chromium session");
        Journal {
            client,
            origin,
            server,
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
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css("main h1"))
            .await
            .unwrap_or_else(|_| panic!("the app drew no page heading at {path}"));
    }

    /// Waits until the page heading reads `expected`, and returns it.
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
                "nothing matching {css:?} came to contain {text:?}"
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

    /// Clicks the button reading `button` and returns the file it downloads (the browser saves
    /// it into a fresh folder of this test's own).
    pub async fn download(&self, button: &str) -> PathBuf {
        let folder = TempDir::new("downloads");
        self.devtools(
            "Browser.setDownloadBehavior",
            json!({ "behavior": "allow", "downloadPath": folder.0.to_str().unwrap() }),
        )
        .await;
        self.click_text("button", button).await;
        let started = Instant::now();
        loop {
            // A finished download has its own name; Chromium writes .crdownload files first.
            let done = std::fs::read_dir(&folder.0)
                .unwrap()
                .flatten()
                .map(|entry| entry.path())
                .find(|path| path.extension().is_some_and(|e| e != "crdownload"));
            if let Some(file) = done {
                // Keep the file beyond the folder's life: copy it next to the profile.
                let kept = std::env::temp_dir().join(format!(
                    "here-and-now-download-{}-{}",
                    std::process::id(),
                    file.file_name().unwrap().to_string_lossy()
                ));
                std::fs::copy(&file, &kept).unwrap();
                return kept;
            }
            assert!(
                started.elapsed() < PATIENCE,
                "{button:?} downloaded nothing"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Saves a picture of the page when HERE_AND_NOW_SCREENSHOTS names a folder.
    pub async fn screenshot(&self, name: &str) {
        if let Ok(folder) = std::env::var("HERE_AND_NOW_SCREENSHOTS") {
            let png = self.client.screenshot().await.expect("screenshot failed");
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(Path::new(&folder).join(format!("{name}.png")), png).unwrap();
        }
    }

    /// A quick reflection with one line, saved (loads the page afresh).
    pub async fn quick_reflection(&self, line: &str) {
        self.visit("/reflect/quick").await;
        self.save_quick_line(line).await;
    }

    /// The same, moving through the app rather than loading a page (which would lock it).
    pub async fn quick_reflection_in_app(&self, line: &str) {
        self.click_text("nav.bottom-nav a", "Reflect").await;
        self.click_text(".quiet-link", "Just a quick check-in")
            .await;
        self.save_quick_line(line).await;
    }

    async fn save_quick_line(&self, line: &str) {
        self.go_to_prompt("One line about how it is right now")
            .await;
        self.type_into("textarea.answer", line).await;
        self.click_text(".flow-actions button", "Save").await;
        self.wait_for_text("[role=status]", "Saved.").await;
    }

    /// In a guided flow, skips ahead until the prompt reads `title`.
    pub async fn go_to_prompt(&self, title: &str) {
        for _ in 0..20 {
            let current = self
                .script("return document.querySelector('.step h2')?.textContent ?? ''")
                .await;
            if current == title {
                return;
            }
            self.script(
                "[...document.querySelectorAll('.flow-actions button')]
                   .find(b => ['Skip', 'Next'].includes(b.textContent.trim()))?.click(); return null",
            )
            .await;
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the flow never reached the prompt {title:?}");
    }

    /// Sends a Chrome DevTools command (emulation, network conditions).
    pub async fn devtools(&self, command: &str, params: Value) -> Value {
        let session = self.session().await;
        self.client
            .issue_cmd(DriverCommand {
                path: format!("session/{session}/goog/cdp/execute"),
                body: json!({ "cmd": command, "params": params }),
            })
            .await
            .unwrap_or_else(|e| panic!("DevTools {command} failed: {e}"))
    }

    /// Checks the page as it stands against WCAG 2.0, 2.1 and 2.2 (A and AA) with axe-core,
    /// and returns each problem as a readable paragraph (none when the page passes).
    pub async fn accessibility_problems(&self) -> Vec<String> {
        // Evaluated through DevTools, as if typed into the console: the page's CSP governs what
        // the page loads, not this, and nothing is requested from anywhere.
        if self.script("return typeof window.axe").await != json!("object") {
            let evaluated = self
                .devtools(
                    "Runtime.evaluate",
                    json!({ "expression": axe_source(), "returnByValue": true }),
                )
                .await;
            assert!(
                evaluated.get("exceptionDetails").is_none(),
                "axe-core did not load: {evaluated}"
            );
        }
        let violations = self
            .script(
                "return axe.run(document, {
                   runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
                   resultTypes: ['violations'],
                 }).then((results) => results.violations.map((v) => ({
                   id: v.id, impact: v.impact, help: v.help,
                   nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
                 })));",
            )
            .await;
        violations
            .as_array()
            .expect("axe.run gave no list of violations")
            .iter()
            .map(|violation| {
                let nodes: Vec<String> = violation["nodes"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|node| {
                        format!(
                            "    at {}\n      {}",
                            node["target"].as_str().unwrap_or("?"),
                            node["summary"]
                                .as_str()
                                .unwrap_or("")
                                .replace('\n', "\n      ")
                        )
                    })
                    .collect();
                format!(
                    "{} ({}): {}\n{}",
                    violation["id"].as_str().unwrap_or("?"),
                    violation["impact"].as_str().unwrap_or("?"),
                    violation["help"].as_str().unwrap_or(""),
                    nodes.join("\n")
                )
            })
            .collect()
    }

    /// Every URL the page requested since the last call.
    pub async fn requested_urls(&self) -> Vec<String> {
        let session = self.session().await;
        let entries = self
            .client
            .issue_cmd(DriverCommand {
                path: format!("session/{session}/se/log"),
                body: json!({ "type": "performance" }),
            })
            .await
            .expect("could not read the browser's network log");
        entries
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|entry| entry["message"].as_str())
            .filter_map(|message| serde_json::from_str::<Value>(message).ok())
            .filter(|message| message["message"]["method"] == "Network.requestWillBeSent")
            .filter_map(|message| {
                message["message"]["params"]["request"]["url"]
                    .as_str()
                    .map(str::to_owned)
            })
            .collect()
    }

    /// Ends the test: fails if any request left our own origin, then closes the browser.
    pub async fn finish(self) {
        let urls = self.requested_urls().await;
        assert!(
            urls.iter().any(|url| url.starts_with(&self.origin)),
            "the network log saw none of our own requests, so it cannot vouch for the others"
        );
        let foreign: Vec<_> = urls
            .iter()
            .filter(|url| goes_off_device(url, &self.origin))
            .collect();
        assert!(
            foreign.is_empty(),
            "the page made requests off this device: {foreign:?}"
        );
        let _ = self.client.clone().close().await;
    }

    /// Waits until the service worker runs this page, so the app would open offline.
    pub async fn wait_until_kept_for_offline(&self) {
        let started = Instant::now();
        while self
            .script("return !!navigator.serviceWorker.controller")
            .await
            != json!(true)
        {
            assert!(
                started.elapsed() < PATIENCE,
                "no service worker took charge of the page"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Takes the network away for real: the page is told it is offline, and our server stops
    /// answering anyone (the service worker's own requests are not the page's to emulate).
    pub async fn go_offline(&self) {
        self.devtools(
            "Network.emulateNetworkConditions",
            json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
        )
        .await;
        self.own_server().offline.store(true, Ordering::SeqCst);
    }

    /// How many requests reached our server while it was not answering.
    pub fn requests_unanswered(&self) -> usize {
        self.own_server().unanswered.load(Ordering::SeqCst)
    }

    /// From now on our server answers `path` with `body` instead of the file in dist/ (a new
    /// version of one file, as after a deploy).
    pub fn serve_instead(&self, path: &str, body: impl Into<Vec<u8>>) {
        self.own_server()
            .replaced
            .lock()
            .unwrap()
            .insert(path.to_owned(), body.into());
    }

    fn own_server(&self) -> &Server {
        self.server.as_deref().expect(
            "this test needs the tests' own server: unset HERE_AND_NOW_E2E_ORIGIN to run it",
        )
    }

    async fn session(&self) -> String {
        self.client
            .session_id()
            .await
            .ok()
            .flatten()
            .expect("no WebDriver session")
    }
}

/// axe-core's script (HERE_AND_NOW_AXE, which ./x sets; by default where ./x installs it).
fn axe_source() -> &'static str {
    static SOURCE: OnceLock<String> = OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = std::env::var("HERE_AND_NOW_AXE").unwrap_or_else(|_| {
            let tools = std::env::var("HERE_AND_NOW_TOOLS").unwrap_or_else(|_| {
                format!(
                    "{}/.cache/here-and-now",
                    std::env::var("HOME").unwrap_or_default()
                )
            });
            format!("{tools}/npm/node_modules/axe-core/axe.min.js")
        });
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("no axe-core at {path}: {e} (./x test installs it)"))
    })
}

/// Whether a requested URL would travel over a network to somewhere other than our server.
/// Schemes that never touch a network (data:, blob:, about:, the browser's own chrome: pages
/// such as the new-tab page it opens at start) are not.
pub fn goes_off_device(url: &str, origin: &str) -> bool {
    let scheme = url.split(':').next().unwrap_or("").to_ascii_lowercase();
    let networked = matches!(scheme.as_str(), "http" | "https" | "ws" | "wss" | "ftp");
    let own = url == origin || url.starts_with(&format!("{origin}/"));
    networked && !own
}

#[derive(Debug)]
struct DriverCommand {
    path: String,
    body: Value,
}

impl WebDriverCompatibleCommand for DriverCommand {
    fn endpoint(
        &self,
        base_url: &url::Url,
        _session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&self.path)
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

// --- A static server for dist/, with the SPA fallback a real host needs ---------------------

/// The built app's folder.
/// A journal as the app stores it (version marker, settings, one key per session), for `store`.
pub fn stored_journal(settings: &JournalSettings, sessions: &[Session]) -> Vec<(String, String)> {
    let mut pairs = vec![
        (META_KEY.to_owned(), "{\"schema\":1}".to_owned()),
        (
            SETTINGS_KEY.to_owned(),
            serde_json::to_string(settings).unwrap(),
        ),
    ];
    for session in sessions {
        pairs.push((
            session_key(&session.id.0),
            serde_json::to_string(session).unwrap(),
        ));
    }
    pairs
}

pub fn dist() -> PathBuf {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "no release build in dist/: run ./x test, which builds it first"
    );
    dist
}

/// What a test can change about our server.
#[derive(Default)]
struct Server {
    /// Drops every connection unanswered, as a host out of reach would.
    offline: AtomicBool,
    unanswered: AtomicUsize,
    replaced: Mutex<HashMap<String, Vec<u8>>>,
}

/// Starts a server on a free loopback port for the rest of the test process.
fn serve_dist() -> (String, Arc<Server>) {
    let root = dist();
    let listener = TcpListener::bind("127.0.0.1:0").expect("no free port");
    let origin = format!("http://{}", listener.local_addr().unwrap());
    let server = Arc::new(Server::default());
    let shared = server.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (root, server) = (root.clone(), shared.clone());
            std::thread::spawn(move || answer(stream, &root, &server));
        }
    });
    (origin, server)
}

fn answer(mut stream: TcpStream, root: &Path, server: &Server) {
    let mut request_line = String::new();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    if server.offline.load(Ordering::SeqCst) {
        server.unanswered.fetch_add(1, Ordering::SeqCst);
        let _ = stream.shutdown(std::net::Shutdown::Both);
        return;
    }
    // Drain the headers; we answer every request the same way.
    let mut header = String::new();
    while reader
        .read_line(&mut header)
        .map(|n| n > 2)
        .unwrap_or(false)
    {
        header.clear();
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let replaced = server.replaced.lock().unwrap().get(path).cloned();
    let (status, body, kind) = match (replaced, resolve(root, path)) {
        (Some(body), _) => ("200 OK", body, content_type(Path::new(path))),
        (None, Some(file)) => (
            "200 OK",
            std::fs::read(&file).unwrap_or_default(),
            content_type(&file),
        ),
        (None, None) => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// A file under `root`; for an app route (no file extension) the app shell, index.html.
pub fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    if path.split('/').any(|part| part == "..") {
        return None;
    }
    let file = root.join(path.trim_start_matches('/'));
    if file.is_file() {
        return Some(file);
    }
    let last = path.rsplit('/').next().unwrap_or("");
    (!last.contains('.')).then(|| root.join("index.html"))
}

pub fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript",
        "wasm" => "application/wasm",
        "css" => "text/css",
        "svg" => "image/svg+xml",
        "json" | "webmanifest" => "application/json",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}

/// Reads chromedriver's "started successfully on port N", then keeps draining its output.
async fn driver_port(driver: &mut Child) -> Option<u16> {
    use tokio::io::{AsyncBufReadExt, BufReader as AsyncBufReader};
    let mut lines = AsyncBufReader::new(driver.stdout.take().expect("piped stdout")).lines();
    let port = tokio::time::timeout(PATIENCE, async {
        while let Ok(Some(line)) = lines.next_line().await {
            if let Some(port) = line
                .split("on port ")
                .nth(1)
                .filter(|_| line.contains("started successfully"))
            {
                return port.trim_end_matches('.').parse::<u16>().ok();
            }
        }
        None
    })
    .await
    .ok()
    .flatten()?;
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Some(port)
}

impl Drop for Journal {
    /// Ends chromedriver's whole process group, the browser included, even when a test
    /// failed half-way (chromedriver alone would leave Chromium running).
    fn drop(&mut self) {
        if let Some(group) = self._driver.id() {
            let _ = std::process::Command::new("kill")
                .args(["-KILL", "--", &format!("-{group}")])
                .stderr(std::process::Stdio::null())
                .status();
        }
    }
}

/// A browser profile folder, removed when the test ends.
struct TempDir(PathBuf);

impl TempDir {
    fn new(label: &str) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let path = std::env::temp_dir().join(format!(
            "here-and-now-{label}-{}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
