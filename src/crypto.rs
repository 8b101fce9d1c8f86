//! The browser's WebCrypto, and nothing of our own: the one module that holds keys.
//!
//! - The passphrase's key: PBKDF2-HMAC-SHA256 (600,000 rounds, random salt) → AES-256-GCM,
//!   usable only to wrap and unwrap the data key.
//! - The data key: a random AES-256-GCM key, never extractable once in use; it seals every
//!   value that holds the member's words, each with a fresh random IV and bound to its key.
//! - A passkey's key: HKDF-SHA256 over the secret the passkey's PRF gave → AES-256-GCM, usable
//!   only to wrap and unwrap the data key (a second wrap beside the passphrase's).
//! - A protected backup: sealed with a key derived from its own passphrase.

use js_sys::{Array, Object, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, AesKeyGenParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

use crate::domain::lock::{bound_to, Kdf, LockRecord, Sealed, IV_BYTES, LOCK_KEY, SALT_BYTES};
use crate::domain::passkeys::{wrap_bound_to, PasskeyProblem, PasskeyWrap, HKDF_INFO};

pub use crate::domain::trouble::CryptoProblem;

fn failed(error: JsValue) -> CryptoProblem {
    CryptoProblem::Failed(
        error
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| format!("{error:?}")),
    )
}

/// The data key in use. Cheap to clone; the key itself stays inside the browser.
#[derive(Clone)]
pub struct DataKey(CryptoKey);

/// `name` on `object` when it is there and an object; a browser without WebCrypto has no
/// `crypto` at all (very old) or no `crypto.subtle` (any page at a plain-http address that
/// isn't this device).
fn present(object: &JsValue, name: &str) -> Result<JsValue, CryptoProblem> {
    js_sys::Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .filter(JsValue::is_object)
        .ok_or(CryptoProblem::Unavailable)
}

fn window_crypto() -> Result<web_sys::Crypto, CryptoProblem> {
    let window = web_sys::window().ok_or(CryptoProblem::Unavailable)?;
    Ok(present(&window, "crypto")?.unchecked_into())
}

fn subtle() -> Result<SubtleCrypto, CryptoProblem> {
    Ok(present(window_crypto()?.as_ref(), "subtle")?.unchecked_into())
}

/// Bytes from the browser's cryptographic random source.
pub fn random_bytes(count: usize) -> Result<Vec<u8>, CryptoProblem> {
    let mut bytes = vec![0u8; count];
    window_crypto()?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| CryptoProblem::Unavailable)?;
    Ok(bytes)
}

async fn resolve(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|usage| JsValue::from_str(usage))
        .collect::<Array>()
        .into()
}

fn bytes_of(buffer: &JsValue) -> Vec<u8> {
    Uint8Array::new(buffer).to_vec()
}

fn gcm(iv: &[u8], binding: &[u8]) -> AesGcmParams {
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv));
    params.set_additional_data(&Uint8Array::from(binding));
    params
}

fn aes_256() -> Object {
    AesKeyGenParams::new("AES-GCM", 256).into()
}

/// The key a passphrase gives with these parameters (slow on purpose: that is the protection).
async fn passphrase_key(
    passphrase: &str,
    kdf: &Kdf,
    usage: &[&str],
) -> Result<CryptoKey, CryptoProblem> {
    let subtle = subtle()?;
    let salt = kdf.salt_bytes().ok_or(CryptoProblem::WrongPassphrase)?;
    let material = resolve(subtle.import_key_with_str(
        "raw",
        &Uint8Array::from(passphrase.as_bytes()),
        "PBKDF2",
        false,
        &usages(&["deriveKey"]),
    ))
    .await
    .map_err(failed)?;
    let params = Pbkdf2Params::new_with_str(
        "PBKDF2",
        "SHA-256",
        kdf.iterations,
        &Uint8Array::from(salt.as_slice()),
    );
    let key = resolve(subtle.derive_key_with_object_and_object(
        &params,
        material.unchecked_ref(),
        &aes_256(),
        false,
        &usages(usage),
    ))
    .await
    .map_err(failed)?;
    Ok(key.unchecked_into())
}

async fn seal_with(key: &CryptoKey, binding: &[u8], text: &str) -> Result<String, CryptoProblem> {
    let iv = random_bytes(IV_BYTES)?;
    let sealed = resolve(subtle()?.encrypt_with_object_and_u8_array(
        &gcm(&iv, binding),
        key,
        text.as_bytes(),
    ))
    .await
    .map_err(failed)?;
    Ok(Sealed {
        iv,
        ciphertext: bytes_of(&sealed),
    }
    .to_text())
}

async fn open_with(key: &CryptoKey, binding: &[u8], sealed: &str) -> Result<String, CryptoProblem> {
    let sealed = Sealed::parse(sealed).ok_or(CryptoProblem::CannotOpen)?;
    let plain = resolve(subtle()?.decrypt_with_object_and_u8_array(
        &gcm(&sealed.iv, binding),
        key,
        &sealed.ciphertext,
    ))
    .await
    // GCM's tag check failed: the value or its key name was changed.
    .map_err(|_| CryptoProblem::CannotOpen)?;
    String::from_utf8(bytes_of(&plain)).map_err(|_| CryptoProblem::CannotOpen)
}

async fn unwrap(
    record: &LockRecord,
    passphrase: &str,
    extractable: bool,
) -> Result<CryptoKey, CryptoProblem> {
    let wrapping = passphrase_key(passphrase, &record.kdf, &["unwrapKey"]).await?;
    let wrapped = Sealed::parse(&record.wrapped_key).ok_or(CryptoProblem::WrongPassphrase)?;
    let key = resolve(subtle()?.unwrap_key_with_u8_array_and_object_and_object(
        "raw",
        &wrapped.ciphertext,
        &wrapping,
        &gcm(&wrapped.iv, &bound_to(LOCK_KEY)),
        &aes_256(),
        extractable,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await
    .map_err(|_| CryptoProblem::WrongPassphrase)?;
    Ok(key.unchecked_into())
}

async fn wrap(data_key: &CryptoKey, passphrase: &str) -> Result<(Kdf, String), CryptoProblem> {
    let kdf = Kdf::new(&random_bytes(SALT_BYTES)?);
    let wrapping = passphrase_key(passphrase, &kdf, &["wrapKey"]).await?;
    let iv = random_bytes(IV_BYTES)?;
    let wrapped = resolve(subtle()?.wrap_key_with_object(
        "raw",
        data_key,
        &wrapping,
        &gcm(&iv, &bound_to(LOCK_KEY)),
    ))
    .await
    .map_err(failed)?;
    let sealed = Sealed {
        iv,
        ciphertext: bytes_of(&wrapped),
    };
    Ok((kdf, sealed.to_text()))
}

/// A new lock: a fresh data key, wrapped by the passphrase. The record starts as "sealing";
/// the caller seals the journal and then marks it on.
pub async fn new_lock(passphrase: &str) -> Result<(LockRecord, DataKey), CryptoProblem> {
    let generated = resolve(subtle()?.generate_key_with_object(
        &aes_256(),
        true,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await
    .map_err(failed)?;
    let (kdf, wrapped_key) = wrap(generated.unchecked_ref(), passphrase).await?;
    let record = LockRecord::new(kdf, wrapped_key);
    // Use the key as unwrapped from the record, not extractable: this also proves the record
    // opens with the passphrase before anything is sealed with it.
    let key = unwrap(&record, passphrase, false).await?;
    Ok((record, DataKey(key)))
}

/// Opens the lock record with the passphrase.
pub async fn unlock(record: &LockRecord, passphrase: &str) -> Result<DataKey, CryptoProblem> {
    unwrap(record, passphrase, false).await.map(DataKey)
}

/// The same data key under a new passphrase (with a new salt). Nothing else changes.
pub async fn change_passphrase(
    record: &LockRecord,
    current: &str,
    new: &str,
) -> Result<LockRecord, CryptoProblem> {
    let key = unwrap(record, current, true).await?;
    let (kdf, wrapped_key) = wrap(&key, new).await?;
    Ok(LockRecord {
        kdf,
        wrapped_key,
        ..record.clone()
    })
}

/// Seals the text stored under `key`.
pub async fn seal(data_key: &DataKey, key: &str, text: &str) -> Result<String, CryptoProblem> {
    seal_with(&data_key.0, &bound_to(key), text).await
}

/// Opens a value sealed under `key`.
pub async fn open(data_key: &DataKey, key: &str, sealed: &str) -> Result<String, CryptoProblem> {
    open_with(&data_key.0, &bound_to(key), sealed).await
}

/// Seals a backup file's text with its own passphrase; returns the parameters and the seal.
pub async fn seal_backup(passphrase: &str, text: &str) -> Result<(Kdf, String), CryptoProblem> {
    let kdf = Kdf::new(&random_bytes(SALT_BYTES)?);
    let key = passphrase_key(passphrase, &kdf, &["encrypt"]).await?;
    let binding = crate::domain::backup::ENCRYPTED_BACKUP_BINDING.as_bytes();
    Ok((kdf, seal_with(&key, binding, text).await?))
}

/// Opens a protected backup; a wrong passphrase and a changed file look the same to GCM.
pub async fn open_backup(
    passphrase: &str,
    kdf: &Kdf,
    sealed: &str,
) -> Result<String, CryptoProblem> {
    let key = passphrase_key(passphrase, kdf, &["decrypt"]).await?;
    let binding = crate::domain::backup::ENCRYPTED_BACKUP_BINDING.as_bytes();
    open_with(&key, binding, sealed)
        .await
        .map_err(|_| CryptoProblem::WrongPassphrase)
}

/// The key a passkey's PRF secret gives: HKDF-SHA256 (our PRF input as its salt, the purpose
/// as its info) to an AES-256-GCM key that can only wrap or unwrap.
async fn passkey_key(
    secret: &[u8],
    prf_input: &[u8],
    usage: &str,
) -> Result<CryptoKey, CryptoProblem> {
    let subtle = subtle()?;
    let material = resolve(subtle.import_key_with_str(
        "raw",
        &Uint8Array::from(secret),
        "HKDF",
        false,
        &usages(&["deriveKey"]),
    ))
    .await
    .map_err(failed)?;
    let params = Object::new();
    for (name, value) in [
        ("name", JsValue::from_str("HKDF")),
        ("hash", JsValue::from_str("SHA-256")),
        ("salt", Uint8Array::from(prf_input).into()),
        ("info", Uint8Array::from(HKDF_INFO.as_bytes()).into()),
    ] {
        js_sys::Reflect::set(&params, &JsValue::from_str(name), &value).map_err(failed)?;
    }
    let key = resolve(subtle.derive_key_with_object_and_object(
        &params,
        material.unchecked_ref(),
        &aes_256(),
        false,
        &usages(&[usage]),
    ))
    .await
    .map_err(failed)?;
    Ok(key.unchecked_into())
}

/// The data key, opened with the passphrase so it can be wrapped once more (for a passkey).
/// Held only for as long as that takes.
pub struct RewrapKey(CryptoKey);

/// Opens the data key with the passphrase, to wrap it again.
pub async fn open_to_rewrap(
    record: &LockRecord,
    passphrase: &str,
) -> Result<RewrapKey, CryptoProblem> {
    unwrap(record, passphrase, true).await.map(RewrapKey)
}

/// The data key wrapped for a new passkey with its PRF secret, as the record keeps it. The new
/// wrap is opened once before it is returned, so a passkey is only ever kept when it is known
/// to open the journal.
pub async fn wrap_for_passkey(
    data_key: &RewrapKey,
    credential: &[u8],
    prf_input: &[u8],
    secret: &[u8],
    added: chrono::NaiveDate,
) -> Result<PasskeyWrap, CryptoProblem> {
    let wrapping = passkey_key(secret, prf_input, "wrapKey").await?;
    let iv = random_bytes(IV_BYTES)?;
    let wrapped = resolve(subtle()?.wrap_key_with_object(
        "raw",
        &data_key.0,
        &wrapping,
        &gcm(&iv, &wrap_bound_to(credential)),
    ))
    .await
    .map_err(failed)?;
    let sealed = Sealed {
        iv,
        ciphertext: bytes_of(&wrapped),
    };
    let passkey = PasskeyWrap::new(credential, prf_input, sealed.to_text(), added);
    unlock_with_passkey(&passkey, secret)
        .await
        .map_err(|_| CryptoProblem::Failed("the new passkey's wrap didn't open".into()))?;
    Ok(passkey)
}

/// Opens the data key with a passkey's PRF secret. A wrong secret (another authenticator) and
/// a changed entry look the same to GCM: neither opens anything.
pub async fn unlock_with_passkey(
    passkey: &PasskeyWrap,
    secret: &[u8],
) -> Result<DataKey, PasskeyProblem> {
    let (Some(credential), Some(prf_input), Some(wrapped)) = (
        passkey.credential_bytes(),
        passkey.prf_input_bytes(),
        Sealed::parse(&passkey.wrapped_key),
    ) else {
        return Err(PasskeyProblem::Damaged);
    };
    let not_opened = |problem: CryptoProblem| match problem {
        CryptoProblem::Unavailable => PasskeyProblem::NotHere,
        _ => PasskeyProblem::DidNotOpen,
    };
    let unwrapping = passkey_key(secret, &prf_input, "unwrapKey")
        .await
        .map_err(not_opened)?;
    let key = resolve(
        subtle()
            .map_err(not_opened)?
            .unwrap_key_with_u8_array_and_object_and_object(
                "raw",
                &wrapped.ciphertext,
                &unwrapping,
                &gcm(&wrapped.iv, &wrap_bound_to(&credential)),
                &aes_256(),
                false,
                &usages(&["encrypt", "decrypt"]),
            ),
    )
    .await
    .map_err(|_| PasskeyProblem::DidNotOpen)?;
    Ok(DataKey(key.unchecked_into()))
}
