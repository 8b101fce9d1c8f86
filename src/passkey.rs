//! The browser's passkeys (WebAuthn), and nothing of our own: making a passkey for this
//! journal and asking one for its PRF secret. No server is involved: the challenge is random
//! and checked by no one, because nothing here proves who the member is to anybody; the only
//! thing taken from a passkey is the PRF secret that unwraps the journal's key.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::crypto::random_bytes;
use crate::domain::passkeys::{base64url, PasskeyProblem, PasskeyWrap, PRF_OUTPUT_BYTES};

/// How long the browser's passkey prompt may stay open.
const PROMPT_MILLISECONDS: u32 = 120_000;

fn get(object: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

fn object(fields: &[(&str, JsValue)]) -> Object {
    let made = Object::new();
    for (name, value) in fields {
        // Setting a field on a plain new object can't fail.
        let _ = Reflect::set(&made, &JsValue::from_str(name), value);
    }
    made
}

fn bytes(of: &[u8]) -> JsValue {
    Uint8Array::from(of).into()
}

/// `navigator.credentials`, when this browser has passkeys here (a secure context with
/// WebAuthn).
fn credentials() -> Result<JsValue, PasskeyProblem> {
    let window = web_sys::window().ok_or(PasskeyProblem::NotHere)?;
    if !window.is_secure_context() || get(&window, "PublicKeyCredential").is_none() {
        return Err(PasskeyProblem::NotHere);
    }
    get(&window.navigator(), "credentials").ok_or(PasskeyProblem::NotHere)
}

/// Whether to offer passkeys at all. Whether they can unlock is only known once one is made
/// (`create()` says whether its PRF works).
pub fn offered() -> bool {
    credentials().is_ok()
}

/// What a refusal means: the member cancelled or no passkey answered (`NotAllowedError`), or
/// something else the browser says.
fn refused(error: JsValue) -> PasskeyProblem {
    let name = get(&error, "name").and_then(|n| n.as_string());
    match name.as_deref() {
        Some("NotAllowedError") | Some("AbortError") => PasskeyProblem::NotUsed,
        Some("NotSupportedError") | Some("SecurityError") => PasskeyProblem::NotHere,
        _ => PasskeyProblem::Failed(
            get(&error, "message")
                .and_then(|m| m.as_string())
                .unwrap_or_else(|| format!("{error:?}")),
        ),
    }
}

async fn call(method: &str, options: &Object) -> Result<JsValue, PasskeyProblem> {
    let credentials = credentials()?;
    let function = get(&credentials, method)
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or(PasskeyProblem::NotHere)?;
    let promise = function
        .call1(&credentials, options)
        .map_err(refused)?
        .dyn_into::<js_sys::Promise>()
        .map_err(|_| PasskeyProblem::NotHere)?;
    JsFuture::from(promise).await.map_err(refused)
}

fn buffer_bytes(value: &JsValue) -> Vec<u8> {
    Uint8Array::new(value).to_vec()
}

/// The PRF's first result in a credential's extension results, if it gave one.
fn prf_result(credential: &JsValue) -> (bool, Option<Vec<u8>>) {
    let results = get(credential, "getClientExtensionResults")
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(credential).ok());
    let prf = results.as_ref().and_then(|r| get(r, "prf"));
    let enabled = prf
        .as_ref()
        .and_then(|p| get(p, "enabled"))
        .and_then(|e| e.as_bool())
        .unwrap_or(false);
    let first = prf
        .as_ref()
        .and_then(|p| get(p, "results"))
        .and_then(|r| get(&r, "first"))
        .map(|f| buffer_bytes(&f))
        .filter(|secret| secret.len() == PRF_OUTPUT_BYTES);
    (enabled || first.is_some(), first)
}

/// A new passkey made for this journal: its id and its PRF secret for our input.
pub struct Made {
    pub credential: Vec<u8>,
    pub secret: Vec<u8>,
}

/// Makes a passkey on this device and asks it for its PRF secret for `prf_input`. Refused
/// with `CannotUnlock` when the passkey can't give one (it may stay on the device, unused).
pub async fn make(prf_input: &[u8]) -> Result<Made, PasskeyProblem> {
    let random = |count| random_bytes(count).map_err(|_| PasskeyProblem::NotHere);
    let eval = object(&[("first", bytes(prf_input))]);
    let public_key = object(&[
        ("challenge", bytes(&random(32)?)),
        ("rp", object(&[("name", "Here & Now".into())]).into()),
        (
            "user",
            object(&[
                ("id", bytes(&random(16)?)),
                // Discreet, as the app is: what the phone's passkey list shows.
                ("name", "Here & Now".into()),
                ("displayName", "Here & Now".into()),
            ])
            .into(),
        ),
        (
            "pubKeyCredParams",
            [-7, -257]
                .into_iter()
                .map(|alg| object(&[("type", "public-key".into()), ("alg", alg.into())]))
                .collect::<Array>()
                .into(),
        ),
        (
            "authenticatorSelection",
            object(&[
                ("userVerification", "required".into()),
                ("residentKey", "preferred".into()),
            ])
            .into(),
        ),
        ("timeout", PROMPT_MILLISECONDS.into()),
        (
            "extensions",
            object(&[("prf", object(&[("eval", eval.into())]).into())]).into(),
        ),
    ]);
    let made = call("create", &object(&[("publicKey", public_key.into())]))
        .await
        .map_err(PasskeyProblem::while_adding)?;
    let credential = get(&made, "rawId")
        .map(|id| buffer_bytes(&id))
        .ok_or(PasskeyProblem::CannotUnlock)?;
    let (works, secret) = prf_result(&made);
    if !works {
        return Err(PasskeyProblem::CannotUnlock);
    }
    // Some authenticators only say the PRF works when the passkey is made, and give the
    // secret when it is used: ask it once now.
    let secret = match secret {
        Some(secret) => secret,
        None => {
            let (used, secret) = ask([(credential.clone(), prf_input.to_vec())])
                .await
                .map_err(PasskeyProblem::while_adding)?;
            if used != credential {
                return Err(PasskeyProblem::NotThisJournal);
            }
            secret
        }
    };
    Ok(Made { credential, secret })
}

/// The journal's passkeys as `ask` takes them: each credential's id and our PRF input for it.
pub fn askable<'a>(passkeys: impl IntoIterator<Item = &'a PasskeyWrap>) -> Vec<(Vec<u8>, Vec<u8>)> {
    passkeys
        .into_iter()
        .filter_map(|p| Some((p.credential_bytes()?, p.prf_input_bytes()?)))
        .collect()
}

/// Asks the member's passkeys (any of `passkeys`: credential id and PRF input) for their PRF
/// secret: which credential answered, and its secret for that passkey's input.
pub async fn ask(
    passkeys: impl IntoIterator<Item = (Vec<u8>, Vec<u8>)>,
) -> Result<(Vec<u8>, Vec<u8>), PasskeyProblem> {
    let asked: Vec<(Vec<u8>, Vec<u8>)> = passkeys.into_iter().collect();
    let allow = Array::new();
    let by_credential = Object::new();
    for (id, input) in &asked {
        let url_id = base64url(id);
        allow.push(&object(&[("type", "public-key".into()), ("id", bytes(id))]).into());
        let _ = Reflect::set(
            &by_credential,
            &JsValue::from_str(&url_id),
            &object(&[("first", bytes(input))]).into(),
        );
    }
    if allow.length() == 0 {
        return Err(PasskeyProblem::Damaged);
    }
    // With one passkey, its input is also given as plain `eval` (the same result): some
    // passkey providers answer only that form.
    let mut prf = vec![("evalByCredential", JsValue::from(by_credential))];
    if let [(_, input)] = asked.as_slice() {
        prf.push(("eval", object(&[("first", bytes(input))]).into()));
    }
    let challenge = random_bytes(32).map_err(|_| PasskeyProblem::NotHere)?;
    let public_key = object(&[
        ("challenge", bytes(&challenge)),
        ("allowCredentials", allow.into()),
        ("userVerification", "required".into()),
        ("timeout", PROMPT_MILLISECONDS.into()),
        ("extensions", object(&[("prf", object(&prf).into())]).into()),
    ]);
    let used = call("get", &object(&[("publicKey", public_key.into())])).await?;
    let credential = get(&used, "rawId")
        .map(|id| buffer_bytes(&id))
        .ok_or(PasskeyProblem::NotThisJournal)?;
    match prf_result(&used) {
        (_, Some(secret)) => Ok((credential, secret)),
        _ => Err(PasskeyProblem::NoSecret),
    }
}
