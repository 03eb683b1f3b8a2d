//! The box: where ingredients are dropped, edited, reordered and removed.

use super::Builder;
use super::settings::MealSettings;
use domain::meals::Standard;
use i18n::*;
use leptos::prelude::*;
use std::sync::Arc;
mod item;
use item::*;
mod dom;
#[cfg(feature = "hydrate")]
use dom::{name_of, over_dropzone};

#[component]
pub fn MealBox(b: Builder, std: Arc<Standard>) -> impl IntoView {
    let i18n = use_i18n();
    let std_drop = std.clone();
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        {
            let std_drop = std_drop.clone();
            let handle = window_event_listener(leptos::ev::pointerup, move |ev| {
                let Some(id) = b.dragging.get_untracked() else { return };
                b.dragging.set(None);
                if over_dropzone(ev.client_x(), ev.client_y()) {
                    let Some(ing) = std_drop.ingredient(&id) else { return };
                    b.add(&id, super::palette::default_grams(ing.category));
                    let l = i18n.get_locale_untracked();
                    let n = b.input.with_untracked(|m| m.items.len());
                    b.announce.set(
                        td_string!(l, meals.announce_added, name = name_of(&std_drop, &id, l), count = n).to_string(),
                    );
                }
            });
            on_cleanup(move || handle.remove());
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = &std_drop;
    });
    let count = move || b.input.with(|m| m.items.len());
    let keys = move || {
        b.input.with(|m| {
            m.items
                .iter()
                .enumerate()
                .map(|(i, it)| (i, it.ingredient_id.clone()))
                .collect::<Vec<_>>()
        })
    };
    let std_items = std.clone();
    view! {
        <section aria-labelledby="box-heading">
            <h2 id="box-heading">{t!(i18n, meals.box_heading)}</h2>
            <div class=move || if b.dragging.get().is_some() { "dropzone over" } else { "dropzone" }
                role="region" aria-label=move || t_string!(i18n, meals.dropzone_label) data-testid="dropzone">
                {move || (count() == 0).then(|| view! { <p class="note">{t!(i18n, meals.box_empty)}</p> })}
                <ol>
                    <For each=keys key=|k| k.clone() let:k>
                        <Item b std=std_items.clone() index=k.0/>
                    </For>
                </ol>
            </div>
            <p class="button-row">
                <button type="button" class="button secondary" disabled=move || !b.can_undo()
                    on:click=move |_| { b.undo(); b.announce.set(t_string!(i18n, meals.announce_undone).to_string()); }>
                    {t!(i18n, meals.undo)}
                </button>
            </p>
            <MealSettings b std/>
        </section>
    }
    .into_any()
}
