//! Layer 2: the lock's cryptography against the real WebCrypto of headless Chromium
//! (wasm-bindgen-test). Run by `./x test`.
#![cfg(target_arch = "wasm32")]

use here_and_now::crypto::{self, CryptoProblem};
use here_and_now::domain::backup::{read_encrypted, EncryptedBackup};
use here_and_now::domain::lock::{Sealed, ITERATIONS, KDF_NAME};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const SESSION: &str = "here-and-now.session.s1";
const WORDS: &str = "I told M. I felt dismissed, and my voice shook.";

#[wasm_bindgen_test]
async fn a_sealed_value_opens_with_the_key_and_hides_the_words() {
    let (record, key) = crypto::new_lock("quiet river lamp").await.unwrap();
    assert!(record.usable());
    assert_eq!(record.kdf.name, KDF_NAME);
    assert!(record.kdf.iterations >= ITERATIONS);
    let sealed = crypto::seal(&key, SESSION, WORDS).await.unwrap();
    assert!(
        !sealed.contains("dismissed"),
        "the words must not show: {sealed}"
    );
    assert!(Sealed::parse(&sealed).is_some());
    assert_eq!(crypto::open(&key, SESSION, &sealed).await.unwrap(), WORDS);
    // A fresh IV every time: the same words never look the same twice.
    let again = crypto::seal(&key, SESSION, WORDS).await.unwrap();
    assert_ne!(sealed, again);
}

#[wasm_bindgen_test]
async fn the_passphrase_opens_the_lock_and_a_wrong_one_does_not() {
    let (record, key) = crypto::new_lock("quiet river lamp").await.unwrap();
    let sealed = crypto::seal(&key, SESSION, WORDS).await.unwrap();
    assert_eq!(
        crypto::unlock(&record, "quiet river lamb").await.err(),
        Some(CryptoProblem::WrongPassphrase)
    );
    let reopened = crypto::unlock(&record, "quiet river lamp").await.unwrap();
    assert_eq!(
        crypto::open(&reopened, SESSION, &sealed).await.unwrap(),
        WORDS
    );
}

#[wasm_bindgen_test]
async fn one_changed_byte_or_a_moved_value_is_caught() {
    let (_, key) = crypto::new_lock("quiet river lamp").await.unwrap();
    let sealed = crypto::seal(&key, SESSION, WORDS).await.unwrap();
    let mut parsed = Sealed::parse(&sealed).unwrap();
    parsed.ciphertext[3] ^= 1;
    assert_eq!(
        crypto::open(&key, SESSION, &parsed.to_text()).await.err(),
        Some(CryptoProblem::CannotOpen)
    );
    // Bound to its key: the same value under the settings key does not open.
    assert_eq!(
        crypto::open(&key, "here-and-now.settings", &sealed)
            .await
            .err(),
        Some(CryptoProblem::CannotOpen)
    );
    assert_eq!(
        crypto::open(&key, SESSION, "sealed:1:garbage").await.err(),
        Some(CryptoProblem::CannotOpen)
    );
}

#[wasm_bindgen_test]
async fn a_new_passphrase_keeps_the_same_data_key() {
    let (record, key) = crypto::new_lock("quiet river lamp").await.unwrap();
    let sealed = crypto::seal(&key, SESSION, WORDS).await.unwrap();
    let changed = crypto::change_passphrase(&record, "quiet river lamp", "green door seven")
        .await
        .unwrap();
    assert_ne!(changed.kdf.salt, record.kdf.salt, "a new salt");
    assert_eq!(
        crypto::unlock(&changed, "quiet river lamp").await.err(),
        Some(CryptoProblem::WrongPassphrase)
    );
    let key = crypto::unlock(&changed, "green door seven").await.unwrap();
    assert_eq!(crypto::open(&key, SESSION, &sealed).await.unwrap(), WORDS);
    assert_eq!(
        crypto::change_passphrase(&record, "not it at all", "x")
            .await
            .err(),
        Some(CryptoProblem::WrongPassphrase)
    );
}

#[wasm_bindgen_test]
async fn a_protected_backup_opens_only_with_its_passphrase() {
    let (kdf, sealed) = crypto::seal_backup("backup words here", WORDS)
        .await
        .unwrap();
    let file = EncryptedBackup::new(Default::default(), kdf, sealed).to_text();
    assert!(!file.contains("dismissed"));
    let envelope = read_encrypted(&file).unwrap().unwrap();
    assert_eq!(
        crypto::open_backup("wrong words", &envelope.kdf, &envelope.sealed)
            .await
            .err(),
        Some(CryptoProblem::WrongPassphrase)
    );
    assert_eq!(
        crypto::open_backup("backup words here", &envelope.kdf, &envelope.sealed)
            .await
            .unwrap(),
        WORDS
    );
}

/// A passkey's PRF secret, as an authenticator would give it (32 bytes).
const SECRET: [u8; 32] = [42; 32];
const CREDENTIAL: [u8; 16] = [7; 16];
const PRF_INPUT: [u8; 32] = [9; 32];

fn passkey(wrapped_key: String, credential: &[u8]) -> here_and_now::domain::passkeys::PasskeyWrap {
    here_and_now::domain::passkeys::PasskeyWrap::new(
        credential,
        &PRF_INPUT,
        wrapped_key,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
    )
}

#[wasm_bindgen_test]
async fn a_passkeys_secret_opens_the_same_key_and_nothing_else_does() {
    use here_and_now::domain::passkeys::PasskeyProblem;
    let (record, key) = crypto::new_lock("quiet river lamp").await.unwrap();
    let sealed = crypto::seal(&key, SESSION, WORDS).await.unwrap();
    // Only the passphrase lets the key be wrapped again.
    assert_eq!(
        crypto::open_to_rewrap(&record, "quiet river lamb")
            .await
            .err(),
        Some(CryptoProblem::WrongPassphrase)
    );
    let rewrap = crypto::open_to_rewrap(&record, "quiet river lamp")
        .await
        .unwrap();
    let added = crypto::wrap_for_passkey(
        &rewrap,
        &CREDENTIAL,
        &PRF_INPUT,
        &SECRET,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
    )
    .await
    .unwrap();
    let wrapped = added.wrapped_key.clone();
    assert!(Sealed::parse(&wrapped).is_some());
    assert_eq!(added, passkey(wrapped.clone(), &CREDENTIAL));
    // The passkey's secret opens the very key the passphrase does.
    let opened = crypto::unlock_with_passkey(&passkey(wrapped.clone(), &CREDENTIAL), &SECRET)
        .await
        .unwrap();
    assert_eq!(
        crypto::open(&opened, SESSION, &sealed).await.unwrap(),
        WORDS
    );
    // Another authenticator's secret, or the wrap moved to another passkey's entry: nothing.
    assert!(matches!(
        crypto::unlock_with_passkey(&passkey(wrapped.clone(), &CREDENTIAL), &[43; 32]).await,
        Err(PasskeyProblem::DidNotOpen)
    ));
    assert!(matches!(
        crypto::unlock_with_passkey(&passkey(wrapped.clone(), &[8; 16]), &SECRET).await,
        Err(PasskeyProblem::DidNotOpen)
    ));
    // A damaged entry says so.
    assert!(matches!(
        crypto::unlock_with_passkey(&passkey("sealed:1:nope".into(), &CREDENTIAL), &SECRET).await,
        Err(PasskeyProblem::Damaged)
    ));
    // The passphrase still opens it, untouched.
    let again = crypto::unlock(&record, "quiet river lamp").await.unwrap();
    assert_eq!(crypto::open(&again, SESSION, &sealed).await.unwrap(), WORDS);
}
