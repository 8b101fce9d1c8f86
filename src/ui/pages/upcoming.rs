//! Pages whose contents are still being built (the insights issue fills them).
//! Each says plainly what it will be for, so the app never looks broken.

use leptos::prelude::*;

use crate::screens::Screen;
use crate::ui::page::Page;

#[component]
pub fn Insights() -> impl IntoView {
    view! {
        <Page screen=Screen::Insights>
            <p class="lead">"Over the sessions, the feelings and patterns you keep meeting."</p>
            <p class="quiet">"This part of the journal is still being built."</p>
        </Page>
    }
}
