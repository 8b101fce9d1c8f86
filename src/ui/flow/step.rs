//! One prompt: its words, its help, and the way it is answered.

use leptos::prelude::*;

use super::{boundaries, bring, emotions, feedback, scale, tags, text};
use crate::domain::journal::Draft;
use crate::domain::prompts::{PromptKind, Step};

#[component]
pub fn StepView(
    step: Step,
    draft: RwSignal<Draft>,
    /// Focus the prompt so it is read out (after Back, Skip or Next; not on arrival).
    focus: bool,
    /// Shown under the help (how the member arrived, beside how they feel now).
    aside: Option<AnyView>,
) -> impl IntoView {
    let id = step.id().to_owned();
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let (true, Some(heading)) = (focus, heading.get()) {
            let _ = heading.focus();
        }
    });
    let editor = match step.kind() {
        PromptKind::Text => {
            view! { <text::TextAnswer id=id starters=step.starters() draft=draft /> }.into_any()
        }
        PromptKind::Emotions => view! { <emotions::EmotionsAnswer id=id draft=draft /> }.into_any(),
        PromptKind::Bring => view! { <bring::BringAnswer id=id draft=draft /> }.into_any(),
        PromptKind::Boundaries => {
            view! { <boundaries::BoundariesAnswer id=id draft=draft /> }.into_any()
        }
        PromptKind::Feedback => view! { <feedback::FeedbackAnswer id=id draft=draft /> }.into_any(),
        PromptKind::Tags => view! { <tags::TagsAnswer id=id draft=draft /> }.into_any(),
        PromptKind::Scale => view! { <scale::ScaleAnswer id=id draft=draft /> }.into_any(),
    };
    view! {
        <section class="step" aria-labelledby="prompt-title">
            <h2 id="prompt-title" tabindex="-1" node_ref=heading>
                {step.text().to_owned()}
            </h2>
            <Show when={
                let help = step.help().to_owned();
                move || !help.is_empty()
            }>
                <p id="prompt-help" class="help">
                    {step.help().to_owned()}
                </p>
            </Show>
            {aside}
            {editor}
        </section>
    }
}
