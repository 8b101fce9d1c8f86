//! Only what the member said: a boundary's kind, "was it respected?", "does it match how I come
//! across?", a feeling's strength and the connection scale start unanswered, a choice made by
//! mistake can be cleared, and what was left alone is stored, shown and counted nowhere.

use serde_json::{json, Value};

use crate::support::Journal;

/// How many radio buttons in `css` are checked.
async fn checked(journal: &Journal, css: &str) -> Value {
    journal
        .script(&format!(
            "return document.querySelectorAll({}).length",
            json!(format!("{css} input[type=radio]:checked"))
        ))
        .await
}

/// The one session stored, as the app wrote it.
async fn stored_session(journal: &Journal) -> Value {
    let stored = journal
        .script(
            "const keys = Object.keys(localStorage).filter(k => k.startsWith('here-and-now.session.'));
             return keys.map(k => localStorage.getItem(k));",
        )
        .await;
    let stored = stored.as_array().unwrap();
    assert_eq!(stored.len(), 1, "one session: {stored:?}");
    serde_json::from_str(stored[0].as_str().unwrap()).unwrap()
}

#[tokio::test]
async fn what_the_member_left_alone_is_stored_shown_and_counted_nowhere() {
    let journal = Journal::open().await;
    journal.visit("/reflect").await;
    journal.wait_for_heading("After group").await;
    // A word for how it feels, without saying how strong.
    journal.flow().name_emotion("reli", "relieved", None).await;

    // A boundary: no kind and no answer to "was it respected?" until chosen.
    journal.go_to_prompt("Boundaries you practised").await;
    journal.click_text("button", "Add a boundary").await;
    assert_eq!(
        journal
            .script("const s = document.querySelector('.card select'); return [s.value, s.selectedOptions[0].textContent]")
            .await,
        json!(["", "Choose…"])
    );
    assert_eq!(checked(&journal, ".card").await, json!(0));
    journal
        .type_into(".card textarea", "Asked for a minute before answering")
        .await;
    // A choice made by mistake goes back to unanswered.
    journal.click_text(".card label.choice-option", "Yes").await;
    assert_eq!(checked(&journal, ".card").await, json!(1));
    journal.screenshot("boundary-respected-chosen").await;
    journal.click_text(".card button", "Clear").await;
    assert_eq!(checked(&journal, ".card").await, json!(0));
    assert_eq!(
        journal
            .script("return document.activeElement.closest('fieldset')?.querySelector('legend')?.textContent ?? ''")
            .await,
        json!("Was it respected?"),
        "focus stays with the question that was cleared"
    );
    // So does a kind, by choosing "Choose…" again.
    journal.set_value(".card select", "Took space").await;
    journal.set_value(".card select", "").await;

    // Feedback: "does it match?" unanswered until chosen.
    journal.go_to_prompt("Feedback you received").await;
    journal
        .click_text("button", "Add feedback you received")
        .await;
    assert_eq!(checked(&journal, ".card").await, json!(0));
    journal
        .type_into(".card textarea", "You go quiet when it matters")
        .await;

    // The connection scale shows no value until one is chosen, and can be cleared.
    journal
        .go_to_prompt("How connected did you feel to the group today?")
        .await;
    assert_eq!(checked(&journal, ".scale").await, json!(0));
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.scale input[type=radio]').length")
            .await,
        json!(11)
    );
    assert!(journal.text_of(".scale").await.contains("Not answered"));
    journal.click_text(".scale label", "4").await;
    journal.wait_for_text(".scale", "4 out of 10").await;
    assert_eq!(checked(&journal, ".scale").await, json!(1));
    journal.screenshot("connection-scale-chosen").await;
    journal.click_text(".scale button", "Clear").await;
    journal.wait_for_text(".scale", "Not answered").await;
    assert_eq!(checked(&journal, ".scale").await, json!(0));

    journal.flow().go_to_end().await;
    journal.flow().save_and_read().await;

    // Stored: only what was given.
    let session = stored_session(&journal).await;
    let answers = &session["reflection"]["answers"];
    assert_eq!(
        answers["feeling-now"]["emotions"],
        json!([{ "word": "relieved" }])
    );
    assert_eq!(
        answers["boundaries"]["boundaries"],
        json!([{ "what_happened": "Asked for a minute before answering", "how_it_felt": "" }])
    );
    let feedback = &answers["feedback-received"]["items"][0];
    assert_eq!(
        feedback["what_was_said"],
        json!("You go quiet when it matters")
    );
    assert!(feedback.get("matches").is_none(), "{feedback}");
    assert!(answers.get("connection").is_none(), "{answers}");

    // The session as read back says nothing the member didn't.
    journal
        .wait_for_text("main", "Asked for a minute before answering")
        .await;
    let read = journal.text_of("main").await;
    assert!(read.contains("You go quiet when it matters"), "{read}");
    for never in [
        "Not sure",
        "Spoke up",
        "Respected",
        "Matches how",
        "out of 10",
    ] {
        assert!(!read.contains(never), "{never:?} shown:\n{read}");
    }

    // Insights: one session is too few to count anything; the feedback is there to open
    // again, with nothing said of whether it matches.
    journal.visit("/insights").await;
    journal
        .wait_for_text(".insight-count", "Looking at 1 session.")
        .await;
    assert_eq!(
        journal
            .script("return document.querySelector('#boundaries-summary, #feedback-summary')")
            .await,
        json!(null)
    );
    let moments = journal
        .script("return [...document.querySelectorAll('.moment-list a')].map(a => a.textContent)")
        .await;
    let moments = moments.as_array().unwrap();
    assert_eq!(moments.len(), 1, "{moments:?}");
    assert!(
        moments[0]
            .as_str()
            .unwrap()
            .ends_with(": You go quiet when it matters"),
        "{moments:?}"
    );

    // Three earlier copies of the session make four: enough to count the boundaries and the
    // feedback, under no kind and no answer.
    journal
        .script(
            "const key = Object.keys(localStorage).find(k => k.startsWith('here-and-now.session.'));
             const session = JSON.parse(localStorage.getItem(key));
             for (let n = 1; n <= 3; n++) {
               const date = new Date(session.date + 'T12:00:00Z');
               date.setUTCDate(date.getUTCDate() - 7 * n);
               const copy = { ...session, id: session.id + n, date: date.toISOString().slice(0, 10) };
               localStorage.setItem('here-and-now.session.' + copy.id, JSON.stringify(copy));
             }
             return null;",
        )
        .await;
    journal.visit("/insights").await;
    journal
        .wait_for_text(".insight-count", "Looking at 4 sessions.")
        .await;
    assert_eq!(
        journal.text_of("#boundaries-summary").await,
        "You practised 4 boundaries across 4 sessions."
    );
    assert_eq!(
        journal.text_of("#feedback-summary").await,
        "You noted 4 pieces of feedback you received."
    );
    // Nothing was placed as "not sure" or otherwise: no chart of zeros, no table of them.
    assert_eq!(
        journal
            .script("return document.querySelectorAll('#feedback-title ~ figure, #feedback-title ~ details').length")
            .await,
        json!(0)
    );
    let insights = journal.text_of("main").await;
    for never in ["unsure", "weren't sure", "Spoke up", "spoke up"] {
        assert!(!insights.contains(never), "{never:?} in:\n{insights}");
    }
    journal.finish().await;
}
