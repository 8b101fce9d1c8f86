//! Layer 3: the release build driven as a member would use it: the whole suite in headless
//! Chromium, and the journeys that matter most (journeys/) in WebKit and Firefox too. `./x test`
//! builds dist/ first. Every test ends with `finish`, which fails the test if the page made any
//! request off this device.
#![cfg(not(target_arch = "wasm32"))]

mod accessibility;
mod backup;
mod calm_flow;
mod confidentiality;
mod feelings;
mod insights;
mod installed_app;
mod journal;
mod journeys;
mod lock;
mod only_said;
mod parts;
mod passkeys;
mod readable;
mod security;
mod settings;
mod shell;
mod storage_faults;
mod support;
mod unsafe_page;
