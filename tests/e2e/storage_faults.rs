//! Damaged storage: whatever is found, the app starts, every readable entry shows, each
//! unreadable value stays exactly as it was, and the member is told, with a way to take a copy.

use serde_json::json;

use crate::support::Journal;

const GOOD: &str = r#"{"id":"s1","date":"2026-11-03","updated":"2026-11-03T20:00:00","revision":1,"reflection":{"answers":{"moment":{"kind":"text","text":"A good entry that must survive"}}}}"#;

/// (key, damaged value, where the member is told, what they are told)
const CASES: [(&str, &str, &str, &str); 12] = [
    (
        "here-and-now.session.s9",
        r#"{"id":"s9","date":"2026-"#,
        "/history",
        "couldn't be read",
    ),
    (
        "here-and-now.session.s9",
        r#"{"id":9,"date":true,"updated":[]}"#,
        "/history",
        "couldn't be read",
    ),
    (
        "here-and-now.session.s9",
        "\u{1}\u{7}ÿ☃\u{fffd}garbage",
        "/history",
        "couldn't be read",
    ),
    (
        "here-and-now.session.s9",
        "",
        "/history",
        "couldn't be read",
    ),
    (
        "here-and-now.session.s9",
        "[1,2,3]",
        "/history",
        "couldn't be read",
    ),
    (
        "here-and-now.session.s9",
        r#"{"hello":"world"}"#,
        "/history",
        "couldn't be read",
    ),
    (
        "here-and-now.settings",
        r#"{"schedule":{"kind":"weekly""#,
        "/",
        "couldn't be read",
    ),
    (
        "here-and-now.carry-forward",
        r#""just a string""#,
        "/",
        "couldn't be read",
    ),
    (
        "here-and-now.preferences",
        r#"{"theme":"sepia"}"#,
        "/settings/display",
        "couldn't be read",
    ),
    (
        "here-and-now.meta",
        r#"{"schema":99}"#,
        "/",
        "newer version of Here & Now",
    ),
    ("here-and-now.meta", r#"{"sch"#, "/", "couldn't be read"),
    (
        "here-and-now.draft.after",
        r#"{"moment":"after","date":"nope"}"#,
        "/reflect",
        "couldn't be read",
    ),
];

#[tokio::test]
async fn twelve_kinds_of_damage_leave_the_app_running_and_the_values_kept() {
    let journal = Journal::open().await;
    journal.visit("/").await;
    for (key, damaged, page, told) in CASES {
        journal
            .client
            .execute(
                "localStorage.clear();
                 localStorage.setItem('here-and-now.meta', '{\"schema\":1}');
                 localStorage.setItem('here-and-now.session.s1', arguments[0]);
                 localStorage.setItem(arguments[1], arguments[2]);
                 return null",
                vec![json!(GOOD), json!(key), json!(damaged)],
            )
            .await
            .unwrap();
        journal.visit(page).await;
        journal.wait_for_text("main", told).await;
        journal.visit("/history").await;
        journal
            .wait_for_text(".session-row", "A good entry that must survive")
            .await;
        let kept = journal
            .client
            .execute(
                "return localStorage.getItem(arguments[0])",
                vec![json!(key)],
            )
            .await
            .unwrap();
        assert_eq!(kept, json!(damaged), "{key} must be kept exactly as it was");
    }

    // Taking a copy of what couldn't be read.
    journal
        .client
        .execute(
            "localStorage.setItem('here-and-now.session.s9', arguments[0]); return null",
            vec![json!(CASES[0].1)],
        )
        .await
        .unwrap();
    journal.visit("/").await;
    let copy = journal.download("Download what couldn't be read").await;
    let text: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&copy).unwrap()).unwrap();
    let _ = std::fs::remove_file(&copy);
    assert_eq!(text["here-and-now.session.s9"], json!(CASES[0].1));
    journal.finish().await;
}

#[tokio::test]
async fn a_damaged_draft_is_kept_aside_before_new_typing_is_saved() {
    let journal = Journal::open().await;
    journal.visit("/").await;
    journal
        .script("localStorage.setItem('here-and-now.draft.after', '{\"moment\":\"after\",\"date\":\"nope\"}'); return null")
        .await;
    journal.visit("/reflect").await;
    journal.go_to_prompt("A moment that stayed with you").await;
    journal.type_into("textarea.answer", "New words").await;
    assert_eq!(
        journal
            .script("return localStorage.getItem('here-and-now.kept.draft.after')")
            .await,
        json!("{\"moment\":\"after\",\"date\":\"nope\"}"),
        "the unreadable draft was copied aside, not overwritten"
    );
    journal.finish().await;
}

#[tokio::test]
async fn a_full_storage_keeps_the_typed_text_and_every_old_entry() {
    let journal = Journal::open().await;
    journal.visit("/").await;
    journal
        .client
        .execute(
            "localStorage.setItem('here-and-now.meta', '{\"schema\":1}');
             localStorage.setItem('here-and-now.session.s1', arguments[0]); return null",
            vec![json!(GOOD)],
        )
        .await
        .unwrap();
    journal.visit("/reflect").await;
    journal.go_to_prompt("A moment that stayed with you").await;
    // Another app on this origin has used up the space.
    journal
        .script(
            "let piece = 'x'.repeat(1 << 20), n = 0;
             while (piece.length > 0) {
               try { localStorage.setItem('filler.' + n++, piece); }
               catch (e) { piece = piece.slice(0, Math.floor(piece.length / 2)); }
             }
             return null",
        )
        .await;
    journal
        .type_into("textarea.answer", "Words typed when the phone is full")
        .await;
    journal
        .wait_for_text("[role=alert]", "space for Here & Now is full")
        .await;
    journal.click_text(".flow-actions button", "Next").await;
    journal.click_text("button", "Save now and finish").await;
    journal
        .wait_for_text("[role=alert]", "space for Here & Now is full")
        .await;
    assert_eq!(
        journal
            .script("return document.querySelector('.step h2').textContent")
            .await,
        json!("Boundaries you practised"),
        "still in the flow, nothing thrown away"
    );
    journal.click_text(".flow-actions button", "Back").await;
    assert_eq!(
        journal
            .script("return document.querySelector('textarea.answer').value")
            .await,
        json!("Words typed when the phone is full"),
        "the typed text is still on screen"
    );
    assert_eq!(
        journal
            .script("return localStorage.getItem('here-and-now.session.s1')")
            .await,
        json!(GOOD),
        "the old entry is intact"
    );
    // Space comes back: the same words save.
    journal
        .script("Object.keys(localStorage).filter(k => k.startsWith('filler.')).forEach(k => localStorage.removeItem(k)); return null")
        .await;
    journal.click_text("button", "Save now and finish").await;
    journal.wait_for_text(".saved", "kept on this device").await;
    journal.visit("/history").await;
    journal
        .wait_for_text(".sessions", "Words typed when the phone is full")
        .await;
    assert_eq!(
        journal
            .script("return document.querySelectorAll('.session-row').length")
            .await,
        json!(2)
    );
    journal.finish().await;
}
