use leptos::prelude::*;
use leptos_router::components::A;

use crate::screens::Screen;
use crate::ui::page::Page;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Page screen=Screen::NotFound>
            <p>"This page doesn't exist in Here & Now. Nothing you've written is affected."</p>
            <p>
                <A href=Screen::Home.path() attr:class="button">
                    "Go to your journal"
                </A>
            </p>
        </Page>
    }
}
