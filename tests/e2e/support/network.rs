//! The promise that nothing leaves the device: every test ends by checking that the page asked
//! nothing of any origin but ours. Chromium reports every request in its performance log;
//! WebKit and Firefox have no such log over WebDriver, so there the page's own record of what
//! it loaded (Resource Timing) is read, and the Content-Security-Policy journey shows that a
//! request elsewhere would be refused in the first place.

use super::{Engine, Journal};

/// Whether a requested URL would travel over a network to somewhere other than our server.
/// Schemes that never touch a network (data:, blob:, about:, the browser's own chrome: pages
/// such as the new-tab page it opens at start) are not.
pub fn goes_off_device(url: &str, origin: &str) -> bool {
    let scheme = url.split(':').next().unwrap_or("").to_ascii_lowercase();
    let networked = matches!(scheme.as_str(), "http" | "https" | "ws" | "wss" | "ftp");
    let own = url == origin || url.starts_with(&format!("{origin}/"));
    networked && !own
}

impl Journal {
    /// What the page has requested: since the last call in Chromium, since the page was
    /// loaded elsewhere.
    pub async fn requests_seen(&self) -> Vec<String> {
        match self.engine {
            Engine::Chromium => self.requested_urls().await,
            _ => serde_json::from_value(
                self.script(
                    "return [location.href].concat(performance.getEntriesByType('resource').map((e) => e.name))",
                )
                .await,
            )
            .unwrap_or_default(),
        }
    }

    /// Ends the test: fails if any request left our own origin, then closes the browser.
    pub async fn finish(self) {
        let urls = self.requests_seen().await;
        assert!(
            urls.iter().any(|url| url.starts_with(&self.origin)),
            "the network record saw none of our own requests, so it cannot vouch for the others"
        );
        let foreign: Vec<_> = urls
            .iter()
            .filter(|url| goes_off_device(url, &self.origin))
            .collect();
        assert!(
            foreign.is_empty(),
            "the page made requests off this device: {foreign:?}"
        );
        if let Some(server) = &self.server {
            assert!(
                !server.asked().is_empty(),
                "our server was asked nothing, so the app came from somewhere else"
            );
        }
        let _ = self.client.clone().close().await;
    }
}
