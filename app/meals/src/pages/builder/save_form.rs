//! Saving the meal to the restaurant's menu (the server computes it again, authoritatively).

use super::Builder;
use crate::error::AppError;
use crate::server_fns::menu::save_meal;
use crate::types::{MealSummary, SaveMealForm};
use i18n::*;
use leptos::prelude::*;
use platform::error::ErrorText;

#[component]
pub fn SaveForm(
    b: Builder,
    names: (RwSignal<String>, RwSignal<String>),
    meal_id: Option<domain::ids::MealId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = RwSignal::new(meal_id);
    let save = Action::new(move |f: &SaveMealForm| save_meal(f.clone()));
    let error = RwSignal::new(None::<AppError>);
    let saved = RwSignal::new(None::<MealSummary>);
    Effect::new(move |_| match save.value().get() {
        Some(Ok(s)) => {
            error.set(None);
            id.set(Some(s.id));
            saved.set(Some(s));
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    view! {
        <section aria-labelledby="save-heading">
            <h2 id="save-heading">{t!(i18n, meals.save_heading)}</h2>
            <form class="form" on:submit=move |ev| {
                ev.prevent_default();
                save.dispatch(SaveMealForm {
                    id: id.get_untracked(),
                    name: domain::Bilingual::new(names.0.get_untracked(), names.1.get_untracked()),
                    input: b.input.get_untracked(),
                });
            }>
                <ErrorText error/>
                {move || saved.get().map(|s| view! {
                    <p class="success" role="status">
                        {t!(i18n, meals.saved_meal)} " "
                        <a href=format!("/m/{}", s.slug)>{t!(i18n, meals.open_public)}</a> " · "
                        <a href=format!("/m/{}/label", s.slug)>{t!(i18n, meals.open_label)}</a>
                    </p>
                })}
                <label for="meal-name-zh">{t!(i18n, meals.meal_name_zh)}</label>
                <input id="meal-name-zh" type="text" required maxlength="40" bind:value=names.0/>
                <label for="meal-name-en">{t!(i18n, meals.meal_name_en)}</label>
                <input id="meal-name-en" type="text" maxlength="40" bind:value=names.1/>
                <button type="submit" class="button" disabled=move || save.pending().get()>{t!(i18n, meals.save_meal)}</button>
            </form>
        </section>
    }
    .into_any()
}
