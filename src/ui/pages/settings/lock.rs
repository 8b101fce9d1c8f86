//! The lock: turning it on (with a plain warning first), locking now, the auto-lock time (and
//! what happens when the member switches to another app), changing the passphrase, and turning
//! it off.

use leptos::prelude::*;
use leptos::task::spawn_local;

use leptos_router::components::A;

use super::passphrase::PassphraseField;
use crate::domain::lock::{
    auto_lock_label, check_new_passphrase, when_away, LockRecord, PassphraseProblem,
    AUTO_LOCK_CHOICES, DEFAULT_AUTO_LOCK_SECONDS,
};
use crate::domain::trouble::Said;
use crate::screens::{Screen, SettingsPage};
use crate::ui::journal::use_journal;
use crate::ui::said::SaidLine;
use crate::ui::vault::LockStatus;

/// What the lock's page says under its forms.
type Saying = RwSignal<Option<Said>>;

fn say(said: Saying, what: Said) {
    said.set(Some(what));
}

#[component]
pub fn LockSection() -> impl IntoView {
    let journal = use_journal();
    let is_on = move || journal.vault.status.get() != LockStatus::Off;
    let said: Saying = RwSignal::new(None);
    view! {
        <Show when=is_on fallback=move || view! { <TurnOn said=said /> }>
            <LockIsOn said=said />
        </Show>
        <SaidLine said=said />
    }
}

#[component]
fn TurnOn(said: Saying) -> impl IntoView {
    let journal = use_journal();
    let passphrase = RwSignal::new(String::new());
    let repeated = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let turn_on = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (typed, again) = (passphrase.get_untracked(), repeated.get_untracked());
        if let Err(problem) = check_new_passphrase(&typed, &again) {
            say(said, Said::trouble(problem));
            return;
        }
        busy.set(true);
        say(
            said,
            Said::working("Encrypting your journal… please keep this page open."),
        );
        spawn_local(async move {
            let turned_on = journal.vault.turn_on(&typed).await;
            say(
                said,
                Said::of(
                    turned_on,
                    "The lock is on. From now on, your passphrase opens the journal.",
                ),
            );
            busy.set(false);
        });
    };
    view! {
        <p>
            "With a lock, everything you write is encrypted on this device and opens only with your passphrase. It locks by itself when you leave it for a while."
        </p>
        <div class="notice">
            <p>
                <strong>"If you forget the passphrase, your entries can't be opened again"</strong>
                " — not by you, not by us, not by anyone. There is no reset."
            </p>
            <p>
                "You might "
                <A href=Screen::Setting(SettingsPage::Backups).path()>"download a backup"</A>
                " first and keep it somewhere safe."
            </p>
        </div>
        <form on:submit=turn_on>
            <PassphraseField label="A passphrase (at least 8 characters)" value=passphrase />
            <PassphraseField label="The same passphrase again" value=repeated />
            <button type="submit" class="button button-primary" disabled=move || busy.get() || journal.vault.busy.get()>
                "Turn on the lock"
            </button>
        </form>
    }
}

#[component]
fn LockIsOn(said: Saying) -> impl IntoView {
    let journal = use_journal();
    let chosen = |record: &Option<LockRecord>| {
        record
            .as_ref()
            .map_or(DEFAULT_AUTO_LOCK_SECONDS, |r| r.auto_lock_seconds)
    };
    let seconds = move || journal.vault.record.with(chosen);
    // Choosing a time also makes it the time away (another app in front, the screen off).
    let set = move |seconds: u32| {
        let label = auto_lock_label(seconds);
        let done = format!(
            "It will lock after {label} without use, or when you come back after {label} away."
        );
        say(said, Said::of(journal.vault.set_auto_lock(seconds), done));
    };
    let choose = move |ev| {
        if let Ok(seconds) = event_target_value(&ev).parse::<u32>() {
            set(seconds);
        }
    };
    let away = move || {
        journal
            .vault
            .record
            .with(|r| r.as_ref().map(when_away))
            .unwrap_or_default()
    };
    // Until a time is chosen here, being away locks after half a minute. The time shown (the
    // one chosen before it counted for being away, or the first one) can't be chosen again in
    // the list (no change), so a button says it instead; it goes once it is said.
    let follows = move || {
        journal
            .vault
            .record
            .with(|r| r.as_ref().is_some_and(|r| r.away_follows_auto_lock))
    };
    let select = NodeRef::<leptos::html::Select>::new();
    let use_for_away = move |_| {
        set(journal.vault.record.with_untracked(chosen));
        // The button goes: focus to the list, which now reads "after the same time".
        if let Some(select) = select.get_untracked() {
            let _ = select.focus();
        }
    };
    view! {
        <p>"The lock is on. Your entries are encrypted on this device."</p>
        <div class="inline-actions">
            <button type="button" class="button" on:click=move |_| journal.lock()>
                "Lock now"
            </button>
        </div>
        <label class="field">
            <span>"Lock by itself after"</span>
            <select node_ref=select aria-describedby="lock-when-away" on:change=choose>
                {move || {
                    let current = seconds();
                    let mut choices = AUTO_LOCK_CHOICES.to_vec();
                    if !choices.contains(&current) {
                        choices.insert(0, current);
                    }
                    choices
                        .into_iter()
                        .map(|s| view! {
                            <option value=s.to_string() selected=s == current>
                                {auto_lock_label(s)}
                            </option>
                        })
                        .collect_view()
                }}
            </select>
        </label>
        <p class="hint" id="lock-when-away">{away}</p>
        <Show when=move || !follows()>
            <button type="button" class="text-button" on:click=use_for_away>
                "Use it when I switch away too"
            </button>
        </Show>
        <super::passkeys::Passkeys said=said />
        <ChangePassphrase said=said />
        <TurnOff said=said />
    }
}

#[component]
fn ChangePassphrase(said: Saying) -> impl IntoView {
    let journal = use_journal();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let repeated = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let change = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (old, typed, again) = (
            current.get_untracked(),
            new.get_untracked(),
            repeated.get_untracked(),
        );
        if let Err(problem) = check_new_passphrase(&typed, &again) {
            say(said, Said::trouble(problem));
            return;
        }
        busy.set(true);
        say(said, Said::working("Changing your passphrase…"));
        spawn_local(async move {
            let changed = journal.vault.change_passphrase(&old, &typed).await;
            if changed.is_ok() {
                for field in [current, new, repeated] {
                    field.set(String::new());
                }
            }
            say(
                said,
                Said::of(
                    changed,
                    "Your passphrase is changed. Use the new one from now on.",
                ),
            );
            busy.set(false);
        });
    };
    view! {
        <details>
            <summary>"Change the passphrase"</summary>
            <form on:submit=change>
                <PassphraseField label="Your passphrase now" value=current autocomplete="current-password" />
                <PassphraseField label="A new passphrase" value=new />
                <PassphraseField label="The new passphrase again" value=repeated />
                <button type="submit" class="button" disabled=move || busy.get() || journal.vault.busy.get()>
                    "Change the passphrase"
                </button>
            </form>
        </details>
    }
}

#[component]
fn TurnOff(said: Saying) -> impl IntoView {
    let journal = use_journal();
    let current = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let turn_off = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = current.get_untracked();
        if typed.is_empty() {
            say(said, Said::trouble(PassphraseProblem::Missing));
            return;
        }
        busy.set(true);
        say(said, Said::working("Turning the lock off…"));
        spawn_local(async move {
            let turned_off = journal.vault.turn_off(&typed).await;
            say(
                said,
                Said::of(
                    turned_off,
                    "The lock is off. Your entries are stored on this device without encryption.",
                ),
            );
            busy.set(false);
        });
    };
    view! {
        <details>
            <summary>"Turn the lock off"</summary>
            <p>"Your entries will be stored on this device without encryption, and anyone using this browser could read them."</p>
            <form on:submit=turn_off>
                <PassphraseField label="Your passphrase" value=current autocomplete="current-password" />
                <button type="submit" class="button" disabled=move || busy.get() || journal.vault.busy.get()>
                    "Turn the lock off"
                </button>
            </form>
        </details>
    }
}
