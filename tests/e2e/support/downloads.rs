//! Files the app saves on the device: the browser saves them into this test's own folder
//! (Chromium through DevTools, Firefox through its preferences, WebKit through the XDG
//! download folder of its HOME), and the test reads them from there.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::json;

use super::{Engine, Journal, PATIENCE};

/// What browsers name a file still being written.
const UNFINISHED: [&str; 4] = ["crdownload", "part", "download", "wkdownload"];

impl Journal {
    /// Clicks the button reading `button` and returns the file it downloads.
    pub async fn download(&self, button: &str) -> PathBuf {
        let folder = self.downloads.path().to_owned();
        if self.engine == Engine::Chromium {
            self.devtools(
                "Browser.setDownloadBehavior",
                json!({ "behavior": "allow", "downloadPath": folder.to_str().unwrap() }),
            )
            .await;
        }
        // A file counts as downloaded when it is new or rewritten: a second download of the same
        // name may replace the first.
        let before = files_in(&folder);
        self.click_text("button", button).await;
        let started = Instant::now();
        loop {
            let done = files_in(&folder)
                .into_iter()
                .find(|file| {
                    let extension = file.0.extension().and_then(|e| e.to_str());
                    !before.contains(file)
                        && !matches!(extension, Some(e) if UNFINISHED.contains(&e))
                })
                .map(|(path, _)| path);
            if let Some(file) = done {
                // Written whole: the size holds still for a moment.
                let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
                tokio::time::sleep(Duration::from_millis(100)).await;
                if size > 0 && std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0) == size {
                    // Keep the file beyond the folder's life, under a name of its own: tests
                    // running side by side download files of the same name.
                    static KEPT: AtomicUsize = AtomicUsize::new(0);
                    let kept = std::env::temp_dir().join(format!(
                        "here-and-now-download-{}-{}-{}",
                        std::process::id(),
                        KEPT.fetch_add(1, Ordering::SeqCst),
                        file.file_name().unwrap().to_string_lossy()
                    ));
                    std::fs::copy(&file, &kept).unwrap();
                    return kept;
                }
            }
            assert!(
                started.elapsed() < PATIENCE,
                "{button:?} downloaded nothing in {}",
                self.engine.name()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// Every file in `folder`, with when it was last written.
fn files_in(folder: &std::path::Path) -> Vec<(PathBuf, Option<std::time::SystemTime>)> {
    std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .map(|entry| {
                    let written = entry.metadata().and_then(|m| m.modified()).ok();
                    (entry.path(), written)
                })
                .collect()
        })
        .unwrap_or_default()
}
