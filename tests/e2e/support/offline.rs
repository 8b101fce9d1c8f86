//! Offline after one visit: waiting for the service worker to take charge, then taking the
//! network away for real.

use std::sync::Arc;

use serde_json::json;

use super::server::Server;
use super::{Engine, Journal};

impl Journal {
    /// Waits until the service worker runs this page, so the app would open offline.
    pub async fn wait_until_kept_for_offline(&self) {
        self.wait_until(
            "!!navigator.serviceWorker && !!navigator.serviceWorker.controller",
            "a service worker to take charge of the page",
        )
        .await;
    }

    /// Our server stops answering anyone (the service worker's own requests included); in
    /// Chromium the page is also told it is offline. WebKit and Firefox have no such switch
    /// over WebDriver: there the network is gone only in that nothing answers.
    pub async fn go_offline(&self) {
        if self.engine == Engine::Chromium {
            self.devtools(
                "Network.emulateNetworkConditions",
                json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
            )
            .await;
        }
        self.own_server().go_offline();
    }

    /// How many requests reached our server while it was not answering.
    pub fn requests_unanswered(&self) -> usize {
        self.own_server().requests_unanswered()
    }

    /// From now on our server answers `path` with `body` instead of the file in dist/.
    pub fn serve_instead(&self, path: &str, body: impl Into<Vec<u8>>) {
        self.own_server().serve_instead(path, body);
    }

    pub fn own_server(&self) -> &Arc<Server> {
        self.server.as_ref().expect(
            "this test needs the tests' own server: unset HERE_AND_NOW_E2E_ORIGIN to run it",
        )
    }
}
