//! The one module that touches the browser's storage (localStorage, and the storage manager
//! that says whether the browser keeps it). Everything else asks it.
//!
//! Rules it keeps: a value it cannot read is never overwritten (it is copied to a "kept" key
//! first); a failed write leaves the old value in place; every fault comes back as a
//! [`StorageProblem`] the UI can explain, never as a panic.

use std::cell::RefCell;

use gloo_storage::{LocalStorage, Storage};
use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::storage_problem::StorageProblem;
use crate::domain::storage_status;
use crate::domain::stored::{self, decode, encode};

fn local_storage() -> Result<web_sys::Storage, StorageProblem> {
    // gloo's handle throws when storage is blocked; ask the window first so we can say so.
    let window = web_sys::window().ok_or(StorageProblem::Unavailable)?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        _ => Err(StorageProblem::Unavailable),
    }
}

fn write_problem(error: JsValue) -> StorageProblem {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(exception) => {
            StorageProblem::from_write_error(&exception.name(), &exception.message())
        }
        None => StorageProblem::Refused {
            detail: error
                .as_string()
                .unwrap_or_else(|| "unknown error".to_owned()),
        },
    }
}

/// The stored text under `key`, if any.
pub fn read_text(key: &str) -> Result<Option<String>, StorageProblem> {
    local_storage()?
        .get_item(key)
        .map_err(|_| StorageProblem::Unavailable)
}

/// Stores `text` under `key`. On failure the previous value is untouched.
pub fn write_text(key: &str, text: &str) -> Result<(), StorageProblem> {
    local_storage()?.set_item(key, text).map_err(write_problem)
}

/// Removes `key`. Removing what is not there is fine.
pub fn remove(key: &str) -> Result<(), StorageProblem> {
    local_storage()?
        .remove_item(key)
        .map_err(|_| StorageProblem::Unavailable)
}

/// Every key this app has written, in storage order.
pub fn our_keys() -> Result<Vec<String>, StorageProblem> {
    let storage = local_storage()?;
    let count = storage.length().map_err(|_| StorageProblem::Unavailable)?;
    Ok((0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| stored::is_ours(key))
        .collect())
}

/// Removes every key of this app (and nothing of any other). Returns how many were removed.
pub fn remove_all_of_ours() -> Result<usize, StorageProblem> {
    let keys = our_keys()?;
    for key in &keys {
        remove(key)?;
    }
    Ok(keys.len())
}

/// Every key of this app with its stored text.
pub fn snapshot() -> Result<std::collections::BTreeMap<String, String>, StorageProblem> {
    let mut all = std::collections::BTreeMap::new();
    for key in our_keys()? {
        if let Some(text) = read_text(&key)? {
            all.insert(key, text);
        }
    }
    Ok(all)
}

/// Reads and understands the value under `key`. `Ok(None)` when nothing was saved yet;
/// [`StorageProblem::Unreadable`] (with the raw text) when something is there we cannot read.
pub fn load<T: DeserializeOwned>(key: &str) -> Result<Option<T>, StorageProblem> {
    match read_text(key)? {
        None => Ok(None),
        Some(raw) => decode(key, &raw).map(Some),
    }
}

/// Saves `value` under `key`. If what is there now cannot be read as a `T`, it is kept under a
/// "kept" key first: we never overwrite something we could not read.
pub fn save<T: Serialize + DeserializeOwned>(key: &str, value: &T) -> Result<(), StorageProblem> {
    if let Some(raw) = read_text(key)? {
        let ours = LAST_SAVED.with_borrow(|last| {
            last.as_ref()
                .is_some_and(|(saved_key, text)| saved_key == key && *text == raw)
        });
        if !ours && decode::<T>(key, &raw).is_err() {
            keep_unreadable(key, &raw)?;
        }
    }
    let text = encode(value);
    write_text(key, &text)?;
    LAST_SAVED.set(Some((key.to_owned(), text)));
    Ok(())
}

thread_local! {
    /// What `save` wrote last, and where. A stored value still equal to it is one we wrote from
    /// a `T`, so it is readable without decoding it again: typing saves a draft on every key,
    /// and a long draft would otherwise be read back whole each time.
    static LAST_SAVED: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// Copies unreadable text to the first free "kept" key (or finds it already kept there).
/// Returns the key it is kept under.
pub fn keep_unreadable(key: &str, raw: &str) -> Result<String, StorageProblem> {
    let mut attempt = 0;
    loop {
        let kept = stored::kept_key(key, attempt);
        match read_text(&kept)? {
            None => return write_text(&kept, raw).map(|()| kept),
            Some(existing) if existing == raw => return Ok(kept),
            Some(_) => attempt += 1,
        }
    }
}

/// The room this app's keys take in localStorage, in bytes as Chromium counts them.
pub fn bytes_used() -> Result<u64, StorageProblem> {
    let stored = snapshot()?;
    Ok(storage_status::bytes_used(
        stored
            .iter()
            .map(|(key, value)| (key.as_str(), value.as_str())),
    ))
}

/// The browser's storage manager, where it has one (not in every browser, nor on plain http).
fn storage_manager() -> Option<web_sys::StorageManager> {
    let manager = web_sys::window()?.navigator().storage();
    (!manager.is_undefined() && !manager.is_null()).then_some(manager)
}

/// Asks the browser to keep this website's data even when the device runs low on space, and
/// returns its answer (`None` when it can't be asked). Chromium decides by itself; Firefox
/// asks the member.
pub async fn ask_to_keep() -> Option<bool> {
    let promise = storage_manager()?.persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// What the browser reports for this website as a whole: bytes used and its quota.
pub async fn estimate() -> Option<(f64, f64)> {
    let promise = storage_manager()?.estimate().ok()?;
    let estimate: web_sys::StorageEstimate = JsFuture::from(promise).await.ok()?.unchecked_into();
    Some((estimate.get_usage()?, estimate.get_quota()?))
}
