//! The group's confidentiality, helped along gently: a first-use note, a list of initials and
//! nicknames, and a nudge when something looks like a full name.

use serde_json::json;

use crate::support::Journal;

#[tokio::test]
async fn the_first_note_the_people_list_and_full_name_nudges() {
    let journal = Journal::open().await;
    journal.visit("/").await;
    let note = journal
        .wait_for_text("#first-note", "Before you begin")
        .await;
    assert_eq!(note, "Before you begin");
    journal.click_text(".first-note button", "Got it").await;
    journal.client.refresh().await.unwrap();
    journal.wait_for_heading("Your journal").await;
    assert_eq!(
        journal
            .script("return document.querySelector('#first-note')")
            .await,
        json!(null),
        "read once, then gone"
    );

    journal.visit("/settings/people").await;
    let field = "main input";
    journal.type_into(field, "Sarah Jones").await;
    journal.wait_for_text("main .nudge", "full name").await;
    journal
        .client
        .find(fantoccini::Locator::Css(field))
        .await
        .unwrap()
        .clear()
        .await
        .unwrap();
    journal.type_into(field, "JB").await;
    journal.click_text("main button", "Add").await;
    journal.wait_for_text("main .own-list", "JB").await;
    assert_eq!(
        journal
            .script("return document.querySelectorAll('main .nudge').length")
            .await,
        json!(0),
        "initials get no nudge"
    );

    journal.visit("/reflect").await;
    journal.go_to_prompt("A moment that stayed with you").await;
    journal
        .type_into(
            "textarea.answer",
            "When Sarah Jones said I was cold, I froze",
        )
        .await;
    journal
        .wait_for_text(".step .nudge", "Initials or a nickname")
        .await;
    journal.go_to_prompt("Feedback you received").await;
    journal
        .click_text("button", "Add feedback you received")
        .await;
    assert_eq!(
        journal
            .script(
                "return [...document.querySelectorAll('#group-people option')].map(o => o.value)"
            )
            .await,
        json!(["JB"]),
        "the people list is offered for who said it"
    );
    journal
        .type_into(".card input[list=group-people]", "Tom Baker")
        .await;
    journal.wait_for_text(".card .nudge", "full name").await;
    journal.finish().await;
}
