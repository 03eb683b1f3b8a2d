//! The searchable, categorised list of ingredients. Each can be dragged (mouse,
//! pen or finger, through pointer events) or added with its button.

use super::Builder;
use crate::components::category_label;
use domain::Named;
use domain::meals::Standard;
use domain::meals::standard::Category;
use i18n::*;
use leptos::prelude::*;
use platform::format::Localized;
use std::sync::Arc;

/// Grams a new item starts with: a portion of its kind.
pub fn default_grams(c: Category) -> f64 {
    match c {
        Category::Staple => 200.0,
        Category::Protein => 100.0,
        Category::Vegetable => 80.0,
        Category::Fruit => 80.0,
        Category::Fat => 10.0,
        Category::Seasoning => 5.0,
        Category::Drink => 250.0,
    }
}

#[component]
pub fn Palette(b: Builder, std: Arc<Standard>) -> impl IntoView {
    let i18n = use_i18n();
    let search = RwSignal::new(String::new());
    let category = RwSignal::new(None::<Category>);
    let std_list = std.clone();
    let visible = move || {
        let q = search.get().trim().to_lowercase();
        std_list
            .ingredients
            .iter()
            .filter(|i| category.get().is_none_or(|c| i.category == c))
            .filter(|i| {
                q.is_empty() || i.name.zh_tw.to_lowercase().contains(&q) || i.name.en.to_lowercase().contains(&q)
            })
            .cloned()
            .collect::<Vec<_>>()
    };
    view! {
        <section class="palette" aria-labelledby="palette-heading">
            <h2 id="palette-heading">{t!(i18n, meals.palette_heading)}</h2>
            <label for="palette-search">{t!(i18n, meals.search)}</label>
            <input id="palette-search" class="field" type="search" bind:value=search/>
            <label for="palette-category">{t!(i18n, meals.category)}</label>
            <select id="palette-category" class="field" on:change=move |ev| category.set(Category::parse(&event_target_value(&ev)))>
                <option value="">{t!(i18n, meals.all_categories)}</option>
                {Category::all().map(|c| view! {
                    <option value=c.as_str()>{category_label(i18n.get_locale_untracked(), c)}</option>
                }).collect_view()}
            </select>
            <ul>
                <For each=visible key=|i| i.id.clone() let:ing>
                    {
                        // The island's language is fixed for the page (a change of
                        // language loads the page again), so names and labels are
                        // plain text: no reactive effect per ingredient to set up
                        // while the page hydrates.
                        let locale = i18n.get_locale_untracked();
                        let name = ing.name.tr(locale);
                        let label = td_string!(locale, meals.add_named, name = name.as_str()).to_string();
                        let shown = name.clone();
                        let id = ing.id.clone();
                        let id_add = ing.id.clone();
                        let grams = default_grams(ing.category);
                        let factor = format!("{:.2}", ing.kg_co2e_per_kg());
                        let announce = move |count: usize| td_string!(locale, meals.announce_added, name = name.as_str(), count = count).to_string();
                        view! {
                            <li data-ingredient=ing.id.clone()>
                                <span class="chip" data-ingredient=ing.id.clone()
                                    on:pointerdown=move |ev| {
                                        ev.prevent_default();
                                        b.dragging.set(Some(id.clone()));
                                    }>
                                    {shown}
                                    " " <span class="small">{factor}</span>
                                </span>
                                <button type="button" class="icon-button" aria-label=label
                                    on:click=move |_| {
                                        b.add(&id_add, grams);
                                        let n = b.input.with_untracked(|m| m.items.len());
                                        b.announce.set(announce(n));
                                    }>
                                    "+"
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
    .into_any()
}
