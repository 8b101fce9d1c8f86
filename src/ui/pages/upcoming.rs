//! Pages whose contents are still being built (the journal and insights issues fill them).
//! Each says plainly what it will be for, so the app never looks broken.

use leptos::prelude::*;

use crate::screens::Screen;
use crate::ui::page::Page;

#[component]
fn Upcoming(screen: Screen, purpose: &'static str) -> impl IntoView {
    view! {
        <Page screen=screen>
            <p class="lead">{purpose}</p>
            <p class="quiet">"This part of the journal is still being built."</p>
        </Page>
    }
}

#[component]
pub fn Prepare() -> impl IntoView {
    view! {
        <Upcoming
            screen=Screen::Prepare
            purpose="Before group: notice how you're arriving, and what you might want to bring into the room."
        />
    }
}

#[component]
pub fn Reflect() -> impl IntoView {
    view! {
        <Upcoming
            screen=Screen::Reflect
            purpose="After group: what you felt, what you said and held back, and what you want to bring next time."
        />
    }
}

#[component]
pub fn History() -> impl IntoView {
    view! {
        <Upcoming
            screen=Screen::History
            purpose="Every session you've written about, newest first."
        />
    }
}

#[component]
pub fn Insights() -> impl IntoView {
    view! {
        <Upcoming
            screen=Screen::Insights
            purpose="Over the sessions, the feelings and patterns you keep meeting."
        />
    }
}
