//! The meal builder: drag ingredients into the box (mouse or finger), or add
//! them with the keyboard; the footprint is recomputed in the browser on every
//! change with the same code the server uses when the meal is saved.

mod meal_box;
mod palette;
mod result_panel;
mod save_form;
mod settings;

use crate::server_fns::menu::my_meal;
use crate::server_fns::public::current_standard;
use domain::ids::MealId;
use domain::meals::{ItemInput, MealInput};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::layout::Loaded;

/// The meal being built, with an undo history and a message for screen readers.
#[derive(Clone, Copy)]
pub struct Builder {
    pub input: RwSignal<MealInput>,
    history: RwSignal<Vec<MealInput>>,
    pub announce: RwSignal<String>,
    /// The ingredient being dragged, if any.
    pub dragging: RwSignal<Option<String>>,
    /// The restaurant's suppliers (none for a visitor who is not signed in).
    pub suppliers: StoredValue<Vec<crate::types::SupplierView>>,
    /// The county's directory farms the restaurant has not picked.
    pub directory: StoredValue<Vec<crate::types::SupplierView>>,
    /// The products the builder may propose as local, in-season alternatives.
    pub candidates: StoredValue<Vec<domain::meals::seasonal::Candidate>>,
    /// This month in Taipei.
    pub month: StoredValue<u32>,
}

impl Builder {
    fn new() -> Self {
        Self {
            input: RwSignal::new(MealInput::default()),
            history: RwSignal::new(Vec::new()),
            announce: RwSignal::new(String::new()),
            dragging: RwSignal::new(None),
            suppliers: StoredValue::new(Vec::new()),
            directory: StoredValue::new(Vec::new()),
            candidates: StoredValue::new(Vec::new()),
            month: StoredValue::new(1),
        }
    }

    /// Remembers the current meal so that the next change can be undone.
    pub fn checkpoint(&self) {
        let now = self.input.get_untracked();
        self.history.update(|h| {
            if h.last() != Some(&now) {
                h.push(now);
                if h.len() > 100 {
                    h.remove(0);
                }
            }
        });
    }

    /// A change that can be undone.
    pub fn change(&self, f: impl FnOnce(&mut MealInput)) {
        self.checkpoint();
        self.input.update(f);
    }

    pub fn can_undo(&self) -> bool {
        self.history.with(|h| !h.is_empty())
    }

    pub fn undo(&self) {
        if let Some(prev) = self.history.try_update(|h| h.pop()).flatten() {
            self.input.set(prev);
        }
    }

    pub fn add(&self, id: &str, grams: f64) {
        self.change(|m| m.items.push(ItemInput::new(id, grams)));
    }

    pub fn move_item(&self, from: usize, to: usize) {
        self.change(|m| {
            if from < m.items.len() && to < m.items.len() {
                let it = m.items.remove(from);
                m.items.insert(to, it);
            }
        });
    }
}

/// Every product of the restaurant's suppliers and of the directory that
/// names one of the standard's ingredients.
fn candidates(lists: &crate::types::SupplierLists) -> Vec<domain::meals::seasonal::Candidate> {
    let of = |s: &crate::types::SupplierView, listed: bool| {
        s.produce
            .iter()
            .filter_map(|p| {
                Some(domain::meals::seasonal::Candidate {
                    supplier: s.id.get(),
                    ingredient_id: p.produce.ingredient_id.clone()?,
                    local: s.locality.is_local(),
                    certified: s.certified,
                    season: p.produce.season,
                    road_km: s.road_km.unwrap_or(0.0),
                    listed,
                })
            })
            .collect::<Vec<_>>()
    };
    lists
        .mine
        .iter()
        .flat_map(|s| of(s, true))
        .chain(lists.directory.iter().flat_map(|s| of(s, false)))
        .collect()
}

#[island(lazy)]
fn MealBuilder(locale: Locale, editing: Option<MealId>) -> impl IntoView {
    platform::islands::provide_i18n(locale);
    let i18n = use_i18n();
    // The standard to compute with, and the meal being edited, if any.
    let loaded = Resource::new(
        move || editing,
        |id| async move {
            let standard = current_standard().await?;
            let existing = match id {
                Some(id) => Some(my_meal(id).await?),
                None => None,
            };
            // A visitor who is not a restaurant's staff builds without suppliers.
            let suppliers = crate::server_fns::sourcing::my_suppliers().await.ok();
            Ok::<_, crate::error::AppError>((standard, existing, suppliers))
        },
    );
    let b = Builder::new();
    let names = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    view! {
        <h1>{t!(i18n, meals.builder_heading)}</h1>
        <p class="note">{t!(i18n, meals.builder_help)}</p>
        <div class="visually-hidden" aria-live="polite" role="status">{move || b.announce.get()}</div>
        <Loaded data=loaded let:loaded>
            {
                let (standard, existing, suppliers) = loaded;
                if let Some(lists) = suppliers {
                    b.candidates.set_value(candidates(&lists));
                    b.month.set_value(lists.month);
                    b.suppliers.set_value(lists.mine);
                    b.directory.set_value(lists.directory);
                }
                let std = std::sync::Arc::new(standard);
                if let Some(d) = existing {
                    b.input.set(d.input.clone());
                    names.0.set(d.summary.name.zh_tw.clone());
                    names.1.set(d.summary.name.en.clone());
                }
                let meal_id = editing;
                view! {
                    <div class="builder">
                        <palette::Palette b std=std.clone()/>
                        <meal_box::MealBox b std=std.clone()/>
                        <result_panel::ResultPanel b std=std.clone()/>
                    </div>
                    <save_form::SaveForm b names meal_id/>
                }
            }
        </Loaded>
    }
    .into_any()
}

/// The page: its title from the server, its content an island.
#[component]
pub fn BuilderPage() -> impl IntoView {
    let i18n = use_i18n();
    let editing = use_query_map().with_untracked(|q| q.get("meal").and_then(|m| m.parse::<MealId>().ok()));
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), meals.builder_title).to_string()/>
        <MealBuilder locale=platform::islands::page_locale() editing/>
    }
}
