//! The Content-Security-Policy's own reports: every `securitypolicyviolation` the page raises,
//! kept in sessionStorage so a reload loses none. In Chromium the watch is installed before any
//! of the page's scripts; WebKit and Firefox have no such hook over WebDriver, so there it is
//! installed as soon as each page has loaded (`visit` does it again after every load).

use serde_json::Value;

use super::{Engine, Journal};

const WATCH_VIOLATIONS: &str = "
    if (!window.__watchingViolations) {
        window.__watchingViolations = true;
        document.addEventListener('securitypolicyviolation', (e) => {
            const seen = JSON.parse(sessionStorage.getItem('test.violations') || '[]');
            seen.push(e.effectiveDirective + ' ' + e.blockedURI);
            sessionStorage.setItem('test.violations', JSON.stringify(seen));
        });
    }";

impl Journal {
    /// From now on, every violation of the policy is kept.
    pub async fn watch_violations(&self) {
        self.watching_violations
            .store(true, std::sync::atomic::Ordering::SeqCst);
        match self.engine {
            Engine::Chromium => self.before_every_page(WATCH_VIOLATIONS).await,
            _ => self.watch_violations_in_this_page().await,
        }
    }

    pub(super) async fn watch_violations_in_this_page(&self) {
        if self.engine != Engine::Chromium
            && self
                .watching_violations
                .load(std::sync::atomic::Ordering::SeqCst)
        {
            self.script(&format!("{WATCH_VIOLATIONS}; return null"))
                .await;
        }
    }

    /// Every violation seen so far, as "directive blocked-uri".
    pub async fn violations(&self) -> Value {
        self.script("return JSON.parse(sessionStorage.getItem('test.violations') || '[]')")
            .await
    }
}
