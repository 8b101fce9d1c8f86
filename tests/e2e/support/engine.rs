//! The three browser engines the member journeys run in, and how each is started: which
//! WebDriver server, which browser, with what options. `./x test` installs them all and names
//! them in the environment (CHROMIUM, CHROMEDRIVER, MINIBROWSER, WEBKIT_DRIVER, FIREFOX,
//! GECKODRIVER); the defaults are Debian's paths.

use std::path::Path;

use serde_json::{json, Map, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Chromium through chromedriver: the whole suite, and DevTools where a test needs it.
    Chromium,
    /// WebKitGTK's MiniBrowser through WebKitWebDriver, on a virtual display: the engine family
    /// of Safari on the iPhone (not Safari itself).
    WebKit,
    /// Firefox ESR through geckodriver, headless.
    Firefox,
}

/// What a test may ask of the browser beyond the engine.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Reach the test server under this name instead of 127.0.0.1 (Chromium only): a plain-http
    /// address that isn't this machine's, where a browser gives no service workers and no
    /// WebCrypto, as on a laptop on the home network.
    pub host_name: Option<&'static str>,
    /// Service workers turned off in the browser's own settings (Firefox only).
    pub no_service_workers: bool,
}

fn setting(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_owned())
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "Chromium",
            Engine::WebKit => "WebKit",
            Engine::Firefox => "Firefox",
        }
    }

    /// The WebDriver server and its arguments; it listens on a port of its own choosing.
    pub fn driver(self) -> (String, Vec<String>) {
        match self {
            Engine::Chromium => (
                setting("CHROMEDRIVER", "/usr/bin/chromedriver"),
                vec!["--port=0".into()],
            ),
            // It needs a display: a virtual one of its own, for as long as the driver lives.
            Engine::WebKit => (
                "xvfb-run".into(),
                vec![
                    "-a".into(),
                    "-s".into(),
                    "-screen 0 1280x1024x24".into(),
                    setting("WEBKIT_DRIVER", "/usr/bin/WebKitWebDriver"),
                    "--port=0".into(),
                ],
            ),
            Engine::Firefox => (
                std::env::var("GECKODRIVER").unwrap_or_else(|_| {
                    // Where ./x installs it, as for axe-core.
                    let tools = std::env::var("HERE_AND_NOW_TOOLS").unwrap_or_else(|_| {
                        format!(
                            "{}/.cache/here-and-now",
                            std::env::var("HOME").unwrap_or_default()
                        )
                    });
                    format!("{tools}/bin/geckodriver")
                }),
                vec!["--port=0".into(), "--log=fatal".into()],
            ),
        }
    }

    /// Where the driver and its browser keep their files: a fresh `profile` per test, where
    /// downloads land in `downloads`.
    pub fn driver_environment(self, profile: &Path, downloads: &Path) -> Vec<(String, String)> {
        match self {
            Engine::Chromium => vec![],
            // MiniBrowser keeps its data under HOME and saves downloads to the XDG download
            // folder.
            Engine::WebKit => {
                let config = profile.join(".config");
                std::fs::create_dir_all(&config).unwrap();
                std::fs::write(
                    config.join("user-dirs.dirs"),
                    format!("XDG_DOWNLOAD_DIR=\"{}\"\n", downloads.display()),
                )
                .unwrap();
                vec![
                    ("HOME".into(), profile.display().to_string()),
                    ("XDG_CONFIG_HOME".into(), config.display().to_string()),
                    (
                        "XDG_DATA_HOME".into(),
                        profile.join(".local").display().to_string(),
                    ),
                    (
                        "XDG_CACHE_HOME".into(),
                        profile.join(".cache").display().to_string(),
                    ),
                ]
            }
            // geckodriver makes its Firefox profile in TMPDIR: inside ours, so it goes with it.
            Engine::Firefox => vec![("TMPDIR".into(), profile.display().to_string())],
        }
    }

    pub fn capabilities(
        self,
        profile: &Path,
        downloads: &Path,
        options: Options,
    ) -> Map<String, Value> {
        assert!(
            options.host_name.is_none() || self == Engine::Chromium,
            "another host name is set up for Chromium only"
        );
        assert!(
            !options.no_service_workers || self == Engine::Firefox,
            "service workers are turned off in Firefox only"
        );
        let capabilities = match self {
            Engine::Chromium => {
                let mut args = vec![
                    "--headless".to_owned(),
                    "--no-sandbox".into(),
                    "--disable-gpu".into(),
                    "--disable-quic".into(),
                    "--no-first-run".into(),
                    "--disable-background-networking".into(),
                    "--disable-component-update".into(),
                    "--disable-sync".into(),
                    "--disable-dev-shm-usage".into(),
                    "--window-size=412,915".into(),
                    format!("--user-data-dir={}", profile.display()),
                ];
                if let Some(name) = options.host_name {
                    args.push(format!("--host-resolver-rules=MAP {name} 127.0.0.1"));
                    // Plain http stays plain http (no attempt at https first).
                    args.push(
                        "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable".into(),
                    );
                }
                json!({
                    "browserName": "chrome",
                    "goog:chromeOptions": {
                        "binary": setting("CHROMIUM", "/usr/bin/chromium"),
                        "args": args,
                    },
                    // Every request the page makes lands in this log; `finish` audits it.
                    "goog:loggingPrefs": { "performance": "ALL" },
                })
            }
            Engine::WebKit => json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": {
                    "binary": setting(
                        "MINIBROWSER",
                        "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
                    ),
                    "args": ["--automation"],
                },
            }),
            Engine::Firefox => {
                let mut firefox = json!({
                    "browserName": "firefox",
                    "moz:firefoxOptions": {
                        "binary": setting("FIREFOX", "/usr/bin/firefox-esr"),
                        "args": ["-headless", "--width=412", "--height=915"],
                        "prefs": {
                            // Downloads go straight to this test's folder, without asking.
                            "browser.download.folderList": 2,
                            "browser.download.dir": downloads.display().to_string(),
                            "browser.download.useDownloadDir": true,
                            "browser.download.always_ask_before_handling_new_types": false,
                            "browser.download.alwaysOpenPanel": false,
                            // Nothing of Firefox's own goes out during a test.
                            "app.update.enabled": false,
                            "browser.shell.checkDefaultBrowser": false,
                            "datareporting.policy.dataSubmissionEnabled": false,
                            "toolkit.telemetry.enabled": false,
                            "network.captive-portal-service.enabled": false,
                            "network.connectivity-service.enabled": false,
                            "browser.safebrowsing.malware.enabled": false,
                            "browser.safebrowsing.phishing.enabled": false,
                            "browser.safebrowsing.downloads.enabled": false,
                        },
                    },
                });
                if options.no_service_workers {
                    firefox["moz:firefoxOptions"]["prefs"]["dom.serviceWorkers.enabled"] =
                        json!(false);
                }
                firefox
            }
        };
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        capabilities
    }
}
