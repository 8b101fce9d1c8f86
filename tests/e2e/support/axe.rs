//! axe-core, evaluated in the page through DevTools (as if typed into the console, so the
//! page's Content-Security-Policy governs nothing of it and nothing is requested), against
//! WCAG 2.0, 2.1 and 2.2, A and AA.

use std::sync::OnceLock;

use serde_json::json;

use super::Journal;

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

impl Journal {
    /// Shows the page in `theme` ("light" or "dark"), exactly as choosing it in Settings →
    /// Display does, once the colours have finished changing (axe would otherwise judge a
    /// colour halfway there).
    pub async fn show_theme(&self, theme: &str) {
        let still = self
            .script(&format!(
                "document.documentElement.dataset.theme = '{theme}';
                 const changing = document.getAnimations().filter(a => a instanceof CSSTransition);
                 const done = Promise.all(changing.map(a => a.finished.catch(() => null)));
                 const late = new Promise(r => setTimeout(r, 3000));
                 return Promise.race([done, late]).then(() => document.getAnimations()
                   .filter(a => a.playState === 'running')
                   .map(a => a.constructor.name + ' ' + (a.transitionProperty || a.animationName) + ' on ' + a.effect?.target?.outerHTML?.slice(0, 80)))"
            ))
            .await;
        assert_eq!(still, json!([]), "still changing after 3 s");
    }

    /// Checks the page as it stands and returns each problem as a readable paragraph (none
    /// when the page passes).
    pub async fn accessibility_problems(&self) -> Vec<String> {
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
}
