//! Files on the member's device: saving one the app made (a calendar file, a backup) and
//! reading one they picked (a backup to restore). Everything happens in the page; nothing is
//! uploaded anywhere.

use std::time::Duration;

use crate::domain::trouble::FileProblem;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{js_sys, Blob, BlobPropertyBag, HtmlAnchorElement, HtmlInputElement, Url};

/// Offers `text` as a file to download. The browser not making it is a problem of its own.
pub fn offer_download(file_name: &str, mime: &str, text: &str) -> Result<(), FileProblem> {
    make_download(file_name, mime, text).map_err(|_| FileProblem::CouldNotMake)
}

fn make_download(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let link: HtmlAnchorElement = document().create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Give the browser a moment to start the download before letting go of the file.
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        Duration::from_secs(10),
    );
    Ok(())
}

/// The file picked in `input`, if any: its name, and its text (or why it couldn't be read).
pub async fn picked_text(
    input: &HtmlInputElement,
) -> Option<(String, Result<String, FileProblem>)> {
    let file = input.files()?.get(0)?;
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| FileProblem::CouldNotRead)
        .map(|value| value.as_string().unwrap_or_default());
    Some((file.name(), text))
}
