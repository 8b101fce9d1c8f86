//! The Content-Security-Policy: the page runs our own files and the one loader script Trunk
//! writes into it, nothing else; and the app itself never trips it.

use serde_json::{json, Value};

use crate::support::Journal;

/// The policy we promise in README.md, with the hashes of the page's inline scripts.
fn expected_policy(hashes: &[String]) -> String {
    [
        "default-src 'none'".to_owned(),
        format!("script-src 'self' {} 'wasm-unsafe-eval'", hashes.join(" ")),
        "style-src 'self'".to_owned(),
        "img-src 'self' data: blob:".to_owned(),
        "font-src 'self'".to_owned(),
        "connect-src 'self'".to_owned(),
        "manifest-src 'self'".to_owned(),
        "worker-src 'self'".to_owned(),
        "base-uri 'none'".to_owned(),
        "form-action 'none'".to_owned(),
    ]
    .join("; ")
}

#[tokio::test]
async fn the_page_allows_only_its_own_files_and_its_loader_by_hash() {
    let journal = Journal::open().await;
    journal.visit("/").await;
    // The browser's own digest of each inline script, exactly as it will check it.
    let page = journal
        .script(
            "const meta = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]');
             const inline = [...document.scripts].filter((s) => !s.src);
             const digest = (s) => crypto.subtle
               .digest('SHA-256', new TextEncoder().encode(s.textContent))
               .then((d) => \"'sha256-\" + btoa(String.fromCharCode(...new Uint8Array(d))) + \"'\");
             return Promise.all(inline.map(digest)).then((hashes) => ({
               policy: meta && meta.content,
               hashes,
               beforeEveryScript: !!meta && [...document.scripts].every((s) =>
                 meta.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING),
               inHead: !!meta && meta.parentElement === document.head,
             }));",
        )
        .await;
    let hashes: Vec<String> = serde_json::from_value(page["hashes"].clone()).unwrap();
    assert_eq!(hashes.len(), 1, "Trunk's loader is the one inline script");
    assert_eq!(page["policy"], json!(expected_policy(&hashes)));
    assert_eq!(page["inHead"], json!(true));
    assert_eq!(page["beforeEveryScript"], json!(true));
    journal.finish().await;
}

#[tokio::test]
async fn a_script_slipped_into_the_page_does_not_run() {
    let journal = Journal::open().await;
    journal.watch_violations().await;
    journal.visit("/").await;
    // As an injected piece of HTML would try it: a script element, an inline event handler,
    // and an inline style.
    journal
        .script(
            "const script = document.createElement('script');
             script.textContent = 'window.slipped = \"script\"';
             document.body.append(script);
             const holder = document.createElement('div');
             holder.innerHTML = '<img src=\"/icon-192.png?again\" onload=\"window.slipped = \\'handler\\'\">'
               + '<p id=\"painted\" style=\"color: rgb(255, 0, 0)\">painted</p>';
             document.body.append(holder);
             return null;",
        )
        .await;
    journal
        .wait_until(
            "JSON.parse(sessionStorage.getItem('test.violations') || '[]').length >= 3",
            "three reports of the policy's refusals",
        )
        .await;
    let outcome = journal
        .script(
            "return [window.slipped ?? null,
                     getComputedStyle(document.getElementById('painted')).color]",
        )
        .await;
    assert_eq!(outcome[0], Value::Null, "the slipped-in script ran");
    assert_ne!(
        outcome[1],
        json!("rgb(255, 0, 0)"),
        "the inline style applied"
    );
    let mut directives: Vec<String> = journal
        .violations()
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().split(' ').next().unwrap().to_owned())
        .collect();
    directives.sort();
    assert_eq!(
        directives,
        ["script-src-attr", "script-src-elem", "style-src-attr"]
    );
    journal.finish().await;
}
