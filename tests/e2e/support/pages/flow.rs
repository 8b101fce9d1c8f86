//! The guided flows (before and after group, and the quick check-in): moving between prompts,
//! answering, naming feelings, saving.

use fantoccini::Locator;

use crate::support::Journal;

pub struct Flow<'a>(&'a Journal);

impl Journal {
    pub fn flow(&self) -> Flow<'_> {
        Flow(self)
    }

    /// A quick reflection with one line, saved (loads the page afresh). Each is a session of
    /// its own, as for another group meeting: a day's entries join one session unless the
    /// member says otherwise, and the tests that use this want one session each.
    pub async fn quick_reflection(&self, line: &str) {
        self.visit("/reflect/quick").await;
        self.flow().save_quick_line(line).await;
    }

    /// The same, moving through the app rather than loading a page (which would lock it).
    pub async fn quick_reflection_in_app(&self, line: &str) {
        self.click_text("nav.bottom-nav a", "Reflect").await;
        self.click_text(".quiet-link", "Short on energy? Just a quick check-in")
            .await;
        self.flow().save_quick_line(line).await;
    }

    /// In a guided flow, skips ahead until the prompt reads `title`.
    pub async fn go_to_prompt(&self, title: &str) {
        self.flow().go_to_prompt(title).await;
    }
}

impl Flow<'_> {
    /// The prompt on screen.
    pub async fn prompt(&self) -> String {
        self.0
            .script("return document.querySelector('.step h2')?.textContent ?? ''")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Skips ahead (Skip, or Next where something was answered) until the prompt reads
    /// `title`.
    pub async fn go_to_prompt(&self, title: &str) {
        for _ in 0..20 {
            let current = self.prompt().await;
            if current == title {
                return;
            }
            self.go_to_prompt_after(&current).await;
        }
        panic!("the flow never reached the prompt {title:?}");
    }

    /// Moves through every remaining prompt to the last one (where Save is).
    pub async fn go_to_end(&self) {
        for _ in 0..20 {
            let more = self
                .0
                .script(
                    "return [...document.querySelectorAll('.flow-actions button')]
                       .some(b => ['Skip', 'Next'].includes(b.textContent.trim()))",
                )
                .await;
            if more != serde_json::json!(true) {
                return;
            }
            let current = self.prompt().await;
            self.go_to_prompt_after(&current).await;
        }
        panic!("the flow never came to its last prompt");
    }

    /// Presses Skip or Next once and waits for the prompt after `current`.
    async fn go_to_prompt_after(&self, current: &str) {
        self.0
            .script(
                "[...document.querySelectorAll('.flow-actions button')]
                   .find(b => ['Skip', 'Next'].includes(b.textContent.trim()))?.click(); return null",
            )
            .await;
        self.wait_for_prompt_after(current).await;
    }

    /// Waits until the prompt on screen is no longer `current`.
    pub async fn wait_for_prompt_after(&self, current: &str) {
        self.0
            .wait_until(
                &format!(
                    "(document.querySelector('.step h2')?.textContent ?? '') !== {}",
                    serde_json::to_string(current).unwrap()
                ),
                "the next prompt",
            )
            .await;
    }

    /// Writes `text` into the prompt's answer field.
    pub async fn answer(&self, text: &str) {
        self.0.type_into("textarea.answer", text).await;
    }

    /// Finds a feeling by typing `search`, chooses `word`, and sets its intensity when given.
    pub async fn name_emotion(&self, search: &str, word: &str, intensity: Option<u8>) {
        self.0
            .client
            .find(Locator::Css("#emotion-search"))
            .await
            .expect("no word search on this step")
            .clear()
            .await
            .unwrap();
        self.0.type_into("#emotion-search", search).await;
        self.0.wait_for_text(".find-word .chips button", word).await;
        self.0.click_text(".find-word .chips button", word).await;
        if let Some(intensity) = intensity {
            self.0
                .set_value(
                    &format!("input[aria-label='How strong is {word}, from 0 to 10']"),
                    &intensity.to_string(),
                )
                .await;
        }
    }

    /// Saves (Done on the last prompt, "Save now and finish" before it) and waits for the
    /// closing screen.
    pub async fn save(&self) {
        self.0
            .script(
                "[...document.querySelectorAll('button')]
                   .find(b => ['Done', 'Save now and finish'].includes(b.textContent.trim()))?.click(); return null",
            )
            .await;
        self.0.wait_for_text(".saved", "kept on this device").await;
    }

    /// Saves, then opens what was saved from the closing screen ("Read it back").
    pub async fn save_and_read(&self) {
        self.save().await;
        self.0.click_text(".actions a", "Read it back").await;
        self.0
            .wait_until("!!document.querySelector('section.half')", "the session")
            .await;
    }

    /// Says this entry was a different group meeting from the session already on its date.
    pub async fn keep_apart(&self) {
        self.0
            .script("document.querySelector('.date-button').click(); return null")
            .await;
        self.0
            .click_text(
                "#session-date-panel label",
                "No, a different meeting: keep it apart",
            )
            .await;
        self.0.wait_for_text(".joins", "Kept apart").await;
    }

    /// When the date already has a session, says this one was a different group meeting.
    pub async fn keep_apart_if_asked(&self) {
        self.0
            .wait_until("!!document.querySelector('.date-button')", "the date")
            .await;
        let asked = self
            .0
            .script(
                "return !!document.querySelector('#session-date-panel input[name=same-meeting]')",
            )
            .await;
        if asked == serde_json::json!(true) {
            self.keep_apart().await;
        }
    }

    async fn save_quick_line(&self, line: &str) {
        self.keep_apart_if_asked().await;
        self.go_to_prompt("One line about how it is right now")
            .await;
        self.answer(line).await;
        self.0.click_text(".flow-actions button", "Done").await;
        self.0.wait_for_text(".saved", "kept on this device").await;
    }
}
