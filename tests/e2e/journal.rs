//! The journal, used as a member would: a schedule, a preparation, a reflection, reading back,
//! carrying something forward, drafts that survive a reload, skipping, deleting and undoing.

use chrono::{Days, Local, NaiveTime};
use here_and_now::domain::journal::long_date;
use here_and_now::domain::schedule::{progress_label, GroupSchedule, Rhythm};
use serde_json::json;

use crate::support::Journal;

#[tokio::test]
async fn a_fortnightly_schedule_shows_the_next_session_and_the_count() {
    let journal = Journal::open().await;
    journal.visit("/").await;
    journal
        .wait_for_text("#schedule-offer", "When does your group meet?")
        .await;
    journal.click_text("a.button", "Add the schedule").await;
    journal.wait_for_heading("Group schedule").await;
    assert_eq!(
        journal.script("return location.pathname").await,
        json!("/settings/schedule")
    );

    let today = Local::now().date_naive();
    let first = today.checked_sub_days(Days::new(14)).unwrap();
    journal
        .type_into("main input[type=text]", "Thursday group")
        .await;
    journal
        .click_text("main label.choice-option", "Every two weeks")
        .await;
    journal
        .set_value("main input[type=date]", &first.to_string())
        .await;
    journal.set_value("main input[type=time]", "23:59").await;
    journal.click_text("main button", "Save schedule").await;
    journal
        .wait_for_text("main [role=status]", "Schedule saved.")
        .await;

    journal.client.refresh().await.unwrap();
    journal.wait_for_heading("Group schedule").await;
    assert_eq!(
        journal
            .script("return document.querySelector('main input[type=date]').value")
            .await,
        json!(first.to_string()),
        "the saved schedule is shown again after a reload"
    );
    journal.visit("/").await;
    let schedule = GroupSchedule {
        group_name: "Thursday group".into(),
        start_time: NaiveTime::from_hms_opt(23, 59, 0).unwrap(),
        rhythm: Rhythm::EveryTwoWeeks {
            first_session: first,
        },
    };
    let now = Local::now().naive_local();
    let next = schedule.next_after(now).unwrap();
    journal
        .wait_for_text(".next-session", &long_date(next.starts.date()))
        .await;
    let progress = journal.text_of(".progress-note").await;
    assert_eq!(
        progress,
        progress_label(schedule.latest_started(now).unwrap().number)
    );
    assert_eq!(progress, "Session 1 of 12");
    let name = journal.text_of(".group-name").await;
    assert_eq!(name, "Thursday group");
    journal.finish().await;
}

#[tokio::test]
async fn a_preparation_and_a_reflection_are_kept_read_back_and_carried_forward() {
    let journal = Journal::open().await;
    journal.visit("/prepare").await;
    journal.wait_for_heading("Before group").await;
    journal.flow().name_emotion("anx", "anxious", Some(8)).await;
    journal
        .flow()
        .name_emotion("hope", "hopeful", Some(3))
        .await;
    journal
        .go_to_prompt("What do you want to bring into the room?")
        .await;
    journal
        .type_into(
            "textarea.answer",
            "How I shut down when J. raised her voice",
        )
        .await;
    journal.screenshot("prepare-bring").await;
    journal.flow().save().await;

    journal.visit("/reflect").await;
    journal.wait_for_heading("After group").await;
    journal.wait_for_text(".arrived", "anxious 8").await;
    journal
        .flow()
        .name_emotion("reli", "relieved", Some(6))
        .await;
    // Browsing a family works too.
    journal
        .script(
            "document.querySelectorAll('details.family').forEach(d => d.open = true); return null",
        )
        .await;
    journal
        .click_text("details.family .chips button", "hurt")
        .await;
    journal.screenshot("reflect-emotions").await;

    journal.go_to_prompt("Boundaries you practised").await;
    journal.click_text("button", "Add a boundary").await;
    journal.set_value(".card select", "Said no").await;
    journal
        .type_into(".card textarea", "Said no when asked to go first again")
        .await;
    journal.click_text(".card label.choice-option", "Yes").await;

    journal.go_to_prompt("Feedback you received").await;
    journal
        .click_text("button", "Add feedback you received")
        .await;
    journal
        .type_into(".card textarea", "I smile when I'm angry")
        .await;
    journal
        .type_into(".card input[list=group-people]", "JB")
        .await;
    journal
        .click_text(".card label.choice-option", "Partly")
        .await;
    journal.screenshot("reflect-feedback").await;

    journal
        .go_to_prompt("Patterns you noticed in yourself")
        .await;
    journal
        .click_text("label.chip-toggle", "people-pleasing")
        .await;

    journal
        .go_to_prompt("What do you want to bring next time?")
        .await;
    journal
        .type_into("textarea.answer", "Ask M. about the silence")
        .await;
    journal.flow().save_and_read().await;

    // Everything survives a reload and reads back in the session view.
    journal.client.refresh().await.unwrap();
    journal
        .wait_for_text("main", "Ask M. about the silence")
        .await;
    let read = journal.text_of("main").await;
    for expected in [
        "anxious 8 of 10",
        "hopeful 3 of 10",
        "How I shut down when J. raised her voice",
        "relieved 6 of 10",
        "hurt",
        "Said no",
        "Said no when asked to go first again",
        "Respected: Yes",
        "I smile when I'm angry",
        "From: JB",
        "Matches how I think I come across: Partly",
        "people-pleasing",
    ] {
        assert!(
            read.contains(expected),
            "the read view lacks {expected:?}:\n{read}"
        );
    }
    journal.screenshot("session-view").await;

    journal.visit("/history").await;
    let rows = journal
        .wait_for_text(".session-row", "Before and after")
        .await;
    assert!(
        rows.contains(&long_date(Local::now().date_naive())),
        "{rows}"
    );
    assert!(
        rows.contains("anxious"),
        "main emotions in the list: {rows}"
    );
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.session-row').length")
            .await,
        json!(1),
        "the reflection joined the day's preparation"
    );

    // What to bring next time is waiting on Home and in the next preparation.
    journal.visit("/").await;
    journal
        .wait_for_text(".carry-item", "Ask M. about the silence")
        .await;
    journal.visit("/prepare").await;
    journal
        .go_to_prompt("What do you want to bring into the room?")
        .await;
    journal
        .wait_for_text(".carried label", "Ask M. about the silence")
        .await;
    journal
        .click_text(".carried label", "Ask M. about the silence")
        .await;
    journal.flow().save_and_read().await;
    let read = journal.text_of("main").await;
    assert!(
        read.contains("From last time: Ask M. about the silence"),
        "{read}"
    );

    // Marked as brought, it stops waiting.
    journal.visit("/").await;
    journal.click_text(".carry-item button", "Brought it").await;
    journal.client.refresh().await.unwrap();
    journal.wait_for_heading("Your journal").await;
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.carry-item').length")
            .await,
        json!(0)
    );
    journal.finish().await;
}

#[tokio::test]
async fn skipping_every_prompt_still_saves() {
    let journal = Journal::open().await;
    journal.visit("/reflect").await;
    journal
        .go_to_prompt("What do you want to bring next time?")
        .await;
    journal.click_text(".flow-actions button", "Done").await;
    journal.wait_for_text(".saved", "kept on this device").await;
    journal
        .wait_for_text("main", "No answers this time, and that's allowed")
        .await;
    journal.visit("/history").await;
    journal.wait_for_text(".session-row", "After").await;
    journal.finish().await;
}

#[tokio::test]
async fn a_deleted_session_comes_back_with_undo() {
    let journal = Journal::open().await;
    journal.visit("/reflect/quick").await;
    journal
        .go_to_prompt("One line about how it is right now")
        .await;
    journal
        .type_into("textarea.answer", "Tired but glad I went")
        .await;
    journal.flow().save_and_read().await;
    journal.click_text("button", "Delete this session").await;
    journal.click_text("button", "Delete").await;
    journal.wait_for_heading("Your entries").await;
    journal
        .wait_for_text("[role=status]", "Session deleted.")
        .await;
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.session-row').length")
            .await,
        json!(0)
    );
    journal.click_text("button", "Undo").await;
    journal
        .wait_for_text(".session-row", "Tired but glad I went")
        .await;
    journal.client.refresh().await.unwrap();
    journal
        .wait_for_text(".session-row", "Tired but glad I went")
        .await;
    journal.finish().await;
}

#[tokio::test]
async fn the_member_shapes_prompts_and_words_and_can_edit_what_they_wrote() {
    let journal = Journal::open().await;
    journal.visit("/settings/prompts").await;
    journal
        .click_text(
            "label.choice-option",
            "What scares you about saying it? (before group)",
        )
        .await;
    journal
        .script(
            "const field = [...document.querySelectorAll('label.field')].find(l => l.textContent.startsWith('A prompt of your own')).querySelector('input');
             field.focus(); return null",
        )
        .await;
    journal
        .client
        .active_element()
        .await
        .unwrap()
        .send_keys("What did my body do?")
        .await
        .unwrap();
    journal.set_value("main select", "both").await;
    journal.click_text("button", "Add prompt").await;
    journal
        .wait_for_text(".own-list", "What did my body do?")
        .await;
    journal.visit("/settings/words").await;
    journal
        .script(
            "[...document.querySelectorAll('label.field')].find(l => l.textContent.startsWith('A word of your own')).querySelector('input').focus(); return null",
        )
        .await;
    journal
        .client
        .active_element()
        .await
        .unwrap()
        .send_keys("fizzy")
        .await
        .unwrap();
    journal.set_value("main select", "Lively").await;
    journal.click_text("button", "Add word").await;
    journal.wait_for_text(".own-list", "fizzy").await;

    journal.visit("/prepare").await;
    // "Help me find the word": two questions, then a short list of that family's words.
    journal
        .click_text("details.word-help summary", "Help me find the word")
        .await;
    journal
        .click_text("details.word-help label", "Pleasant")
        .await;
    journal.click_text("details.word-help label", "A lot").await;
    let expected: Vec<_> = here_and_now::domain::emotions::suggestions(true, true, 8)
        .iter()
        .map(|w| w.word)
        .collect();
    journal
        .wait_for_text("details.word-help .chips", expected[0])
        .await;
    let offered = journal
        .script("return [...document.querySelectorAll('details.word-help .chips button')].map(b => b.textContent.trim())")
        .await;
    assert_eq!(offered, json!(expected));
    journal
        .click_text("details.word-help .chips button", expected[0])
        .await;
    // The member's own word is found like ours, and the body note is kept.
    journal.flow().name_emotion("fizz", "fizzy", Some(7)).await;
    // Where in the body sits in the word's folded row, beside how strong.
    journal
        .click_text(".chosen-emotion:last-child summary", "7 of 10")
        .await;
    journal
        .type_into(".chosen-emotion:last-child .body-note input", "in my chest")
        .await;

    let mut titles = Vec::new();
    for _ in 0..10 {
        let title = journal
            .script("return document.querySelector('.step h2').textContent")
            .await;
        titles.push(title.as_str().unwrap().to_owned());
        if title == "What did my body do?" {
            journal
                .type_into("textarea.answer", "My shoulders went up to my ears")
                .await;
            break;
        }
        journal
            .script("[...document.querySelectorAll('.flow-actions button')].find(b => b.textContent.trim() === 'Skip' || b.textContent.trim() === 'Next').click(); return null")
            .await;
    }
    assert!(
        !titles
            .iter()
            .any(|t| t == "What scares you about saying it?"),
        "{titles:?}"
    );
    assert_eq!(titles.len(), 5, "four of ours and one of mine: {titles:?}");
    let progress = journal.text_of(".flow-progress").await;
    assert_eq!(
        progress.split_whitespace().collect::<Vec<_>>().join(" "),
        "Step 5 of 5"
    );
    journal.flow().save_and_read().await;
    let read = journal.text_of("main").await;
    // A word chosen without saying how strong is kept without a strength.
    assert!(
        !read.contains(&format!("{} 5 of 10", expected[0])),
        "{read}"
    );
    for expected in [
        format!("{} (Lively)", expected[0]),
        "fizzy 7 of 10 (your own word), felt in: in my chest".to_owned(),
        "What did my body do?".to_owned(),
        "My shoulders went up to my ears".to_owned(),
    ] {
        assert!(
            read.contains(&expected),
            "the read view lacks {expected:?}:\n{read}"
        );
    }

    // An edit left unfinished is offered back, never loaded silently.
    let session_url = journal.client.current_url().await.unwrap();
    journal.click_text("a.button", "Edit the preparation").await;
    journal.go_to_prompt("What did my body do?").await;
    journal.type_into("textarea.answer", " (unfinished)").await;
    // Closing it and choosing Prepare starts a new entry, not the edit still on screen.
    journal
        .script("document.querySelector('.flow-close').click(); return null")
        .await;
    journal.click_text("nav.bottom-nav a", "Prepare").await;
    journal
        .wait_for_text(".quiet-link", "Just a quick check-in")
        .await;
    assert_eq!(
        journal
            .script("return document.querySelector('.step h2').textContent")
            .await,
        "How are you arriving?"
    );
    journal.client.goto(session_url.as_str()).await.unwrap();
    journal.click_text("a.button", "Edit the preparation").await;
    journal
        .wait_for_text("[role=status]", "You have an unfinished preparation")
        .await;
    journal
        .click_text("button", "Start from the saved version")
        .await;

    // Editing changes that session, and no other appears.
    journal.go_to_prompt("What did my body do?").await;
    assert_eq!(
        journal
            .script("return document.querySelector('textarea.answer').value")
            .await,
        "My shoulders went up to my ears",
        "starting from the saved version drops the unfinished words"
    );
    journal
        .type_into("textarea.answer", ", then came down")
        .await;
    journal.flow().save_and_read().await;
    journal
        .wait_for_text("main", "My shoulders went up to my ears, then came down")
        .await;
    journal.visit("/history").await;
    journal.wait_for_text(".session-row", "Before").await;
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.session-row').length")
            .await,
        json!(1)
    );
    journal.finish().await;
}
