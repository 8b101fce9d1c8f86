//! "Uncomfortable or unsafe?": the line the group's ground rules draw. Discomfort is often where
//! growth happens; being unsafe is different, and then the group can wait. The difference in
//! plain words, the member's own people to reach, and a few steps to steady yourself.

use leptos::prelude::*;

use super::contacts::Contacts;
use crate::screens::Screen;
use crate::ui::page::Page;

#[component]
pub fn UncomfortableOrUnsafe() -> impl IntoView {
    view! {
        <Page screen=Screen::Unsafe>
            <Difference />
            <Contacts />
            <Steadying />
        </Page>
    }
}

/// The same page while the journal is locked: everything but the member's own list, which is
/// sealed with the rest and opens with the passphrase. Someone who isn't safe shouldn't have to
/// type a passphrase to read how to steady themselves.
#[component]
pub fn UncomfortableOrUnsafeWhileLocked(
    /// Show the unlock screen (the member's list is behind it).
    on_unlock: Callback<()>,
) -> impl IntoView {
    view! {
        <Page screen=Screen::Unsafe>
            <Difference />
            <section aria-labelledby="reach-heading">
                <h2 id="reach-heading">"People you can reach"</h2>
                <p>"Your own list is locked with the rest of your journal."</p>
                <button type="button" class="button" on:click=move |_| on_unlock.run(())>
                    "Open my journal to see it"
                </button>
            </section>
            <Steadying />
        </Page>
    }
}

/// Uncomfortable and unsafe, in plain words.
#[component]
fn Difference() -> impl IntoView {
    view! {
            <p class="lead">
                "Group can stir a lot up. Most of the time that's discomfort, and discomfort is often where the work happens. Being unsafe is different."
            </p>
            <section aria-labelledby="uncomfortable-heading">
                <h2 id="uncomfortable-heading">"When it's uncomfortable"</h2>
                <p>
                    "It's hard. You feel stirred up, exposed, maybe angry, ashamed or close to tears. And you can still stay, speak and choose what you do next."
                </p>
                <p>
                    "This is often where growth happens. You don't have to push through all of it at once: it's fine to go at your own pace, and to say so in the group."
                </p>
            </section>
            <section aria-labelledby="unsafe-heading">
                <h2 id="unsafe-heading">"When it's unsafe"</h2>
                <p>
                    "You're in danger, at risk of harming yourself or of being harmed, or you can't stay grounded in where you are."
                </p>
                <p>
                    "Then the group can wait. Reach someone now: someone on your list below, your local emergency number, or a crisis line."
                </p>
            </section>
    }
}

/// A few grounding steps.
#[component]
fn Steadying() -> impl IntoView {
    view! {
            <section aria-labelledby="steady-heading">
                <h2 id="steady-heading">"A few steps to steady yourself"</h2>
                <ol class="steps">
                    <li>"Put both feet flat on the floor, and notice it under you."</li>
                    <li>"Name five things you can see, one at a time."</li>
                    <li>
                        "Breathe in gently, then breathe out a little longer than you breathed in. A few times."
                    </li>
                    <li>"Say to yourself where you are and what day it is."</li>
                </ol>
                <p>"If it's still too much, reach someone. You don't have to wait until it's worse."</p>
            </section>
    }
}
