//! History: the list of sessions, and search across every entry.

use crate::support::Journal;

pub struct History<'a>(&'a Journal);

impl Journal {
    pub fn history(&self) -> History<'_> {
        History(self)
    }
}

impl History<'_> {
    /// Opens History and returns the text of every session row.
    pub async fn rows(&self) -> Vec<String> {
        self.0.visit("/history").await;
        self.0.wait_for_heading("Your entries").await;
        serde_json::from_value(
            self.0
                .script(
                    "return [...document.querySelectorAll('.session-row')].map(r => r.innerText)",
                )
                .await,
        )
        .unwrap()
    }

    /// On History, searches for `query` and waits until the count reads `count` (for example
    /// "1 place found."); returns the text of every result.
    pub async fn search(&self, query: &str, count: &str) -> Vec<String> {
        let field = self
            .0
            .client
            .find(fantoccini::Locator::Css("#journal-search"))
            .await
            .expect("no search field on this page");
        field.clear().await.unwrap();
        field.send_keys(query).await.unwrap();
        self.0.wait_for_text(".search-count", count).await;
        serde_json::from_value(
            self.0
                .script("return [...document.querySelectorAll('.search-results li')].map(r => r.innerText)")
                .await,
        )
        .unwrap()
    }
}
