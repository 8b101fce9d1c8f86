//! Chromium's own WebDriver extensions: DevTools commands (emulation, network conditions,
//! scripts that run before the page's own) and the performance log of every request. Only
//! Chromium has them; a journey that runs in every engine does without.

use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{json, Value};

use super::{Engine, Journal};

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

impl Journal {
    /// Sends a Chrome DevTools command (emulation, network conditions).
    pub async fn devtools(&self, command: &str, params: Value) -> Value {
        assert_eq!(
            self.engine,
            Engine::Chromium,
            "DevTools ({command}) is Chromium's alone"
        );
        let session = self.session().await;
        self.client
            .issue_cmd(DriverCommand {
                path: format!("session/{session}/goog/cdp/execute"),
                body: json!({ "cmd": command, "params": params }),
            })
            .await
            .unwrap_or_else(|e| panic!("DevTools {command} failed: {e}"))
    }

    /// Runs `source` in every page from now on, before any of the page's own scripts.
    pub async fn before_every_page(&self, source: &str) {
        self.devtools(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": source }),
        )
        .await;
    }

    /// Every URL the page requested since the last call (Chromium's performance log).
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

    async fn session(&self) -> String {
        self.client
            .session_id()
            .await
            .ok()
            .flatten()
            .expect("no WebDriver session")
    }
}
