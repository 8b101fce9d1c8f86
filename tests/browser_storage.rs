//! Layer 2: the storage module against a real browser's localStorage (headless Chromium,
//! through wasm-bindgen-test). Run by `./x test`.
#![cfg(target_arch = "wasm32")]

use here_and_now::domain::preferences::{Preferences, TextSize, Theme};
use here_and_now::domain::storage_problem::StorageProblem;
use here_and_now::domain::stored::kept_key;
use here_and_now::storage;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Each test uses its own key, so the order tests run in does not matter.
fn fresh(key: &str) -> String {
    let key = format!("here-and-now.test.{key}");
    for stale in storage::our_keys().unwrap() {
        if stale.contains(&key) {
            storage::remove(&stale).unwrap();
        }
    }
    key
}

const DARK_AND_LARGE: Preferences = Preferences {
    theme: Theme::Dark,
    text_size: TextSize::Large,
    dates_only: false,
};

#[wasm_bindgen_test]
fn a_saved_value_reads_back_the_same() {
    let key = fresh("round-trip");
    storage::save(&key, &DARK_AND_LARGE).unwrap();
    assert_eq!(storage::load::<Preferences>(&key), Ok(Some(DARK_AND_LARGE)));
    assert!(storage::our_keys().unwrap().contains(&key));
}

#[wasm_bindgen_test]
fn a_missing_key_reads_as_nothing_saved_yet() {
    let key = fresh("missing");
    assert_eq!(storage::load::<Preferences>(&key), Ok(None));
    assert_eq!(storage::read_text(&key), Ok(None));
}

#[wasm_bindgen_test]
fn a_value_it_cannot_parse_is_reported_verbatim_and_left_in_place() {
    let key = fresh("unparsable");
    let garbage = "{\"theme\": \"dark\", \"text_si";
    storage::write_text(&key, garbage).unwrap();
    match storage::load::<Preferences>(&key) {
        Err(StorageProblem::Unreadable { raw, .. }) => assert_eq!(raw, garbage),
        other => panic!("expected unreadable, got {other:?}"),
    }
    assert_eq!(storage::read_text(&key), Ok(Some(garbage.to_owned())));
}

#[wasm_bindgen_test]
fn saving_over_an_unreadable_value_keeps_a_copy_of_it_first() {
    let key = fresh("kept");
    storage::write_text(&key, "not json").unwrap();
    storage::write_text(&kept_key(&key, 0), "an older kept copy").unwrap();

    storage::save(&key, &DARK_AND_LARGE).unwrap();

    assert_eq!(storage::load::<Preferences>(&key), Ok(Some(DARK_AND_LARGE)));
    assert_eq!(
        storage::read_text(&kept_key(&key, 0)),
        Ok(Some("an older kept copy".to_owned())),
        "an earlier kept copy must not be replaced"
    );
    assert_eq!(
        storage::read_text(&kept_key(&key, 1)),
        Ok(Some("not json".to_owned()))
    );
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_and_the_old_value_survives() {
    let key = fresh("quota");
    storage::write_text(&key, "{}").unwrap();
    let filler = fresh("filler");

    // Fill the origin's quota with ever smaller pieces until not one more character fits.
    let mut piece = 1 << 20;
    let mut count = 0;
    while piece > 0 {
        match storage::write_text(&format!("{filler}.{count}"), &"x".repeat(piece)) {
            Ok(()) => count += 1,
            Err(StorageProblem::Full) => piece /= 2,
            Err(other) => panic!("filling storage failed with {other:?}"),
        }
    }

    let outcome = storage::save(&key, &DARK_AND_LARGE);
    let old = storage::read_text(&key);
    for index in 0..count {
        storage::remove(&format!("{filler}.{index}")).unwrap();
    }

    assert_eq!(outcome, Err(StorageProblem::Full));
    assert_eq!(
        old,
        Ok(Some("{}".to_owned())),
        "the old value must be intact"
    );
    assert!(count > 0, "the filler should have written something");
}
