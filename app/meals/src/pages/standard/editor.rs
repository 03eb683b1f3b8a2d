//! The county administrator's edits: an ingredient, the grid factor, the rating thresholds.

use crate::components::{BASES, basis_from, basis_label, basis_value, category_label, variant_label};
use crate::error::AppError;
use crate::server_fns::standard::{publish_change, publish_edition_file};
use crate::types::StandardChange;
use domain::Named;
use domain::meals::Standard;
use domain::meals::standard::{Basis, Category, Ingredient, Origin, Source, StageFactors, Variant};
use i18n::*;
use leptos::prelude::*;
use platform::error::ErrorText;
use platform::format::Localized;

/// Reads the chosen file's text into `into` (in the browser; the file never
/// leaves it until the form is sent).
fn read_file(ev: leptos::ev::Event, into: RwSignal<String>) {
    #[cfg(feature = "hydrate")]
    {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        into.set(String::new());
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            let text = file.text();
            leptos::task::spawn_local(async move {
                if let Ok(t) = wasm_bindgen_futures::JsFuture::from(text).await {
                    into.set(t.as_string().unwrap_or_default());
                }
            });
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (ev, into);
}

fn num(s: &RwSignal<String>) -> f64 {
    s.get_untracked().trim().parse().unwrap_or(f64::NAN)
}

/// The county administrator's editor of the newest edition (an island: only
/// the county's own page loads it). Publishing opens the new edition.
#[island(lazy)]
pub fn StandardEditor(locale: Locale, s: Standard) -> impl IntoView {
    let i18n = platform::islands::provide_i18n(locale);
    let on_published = move |n: u32| {
        let path = window().location().pathname().unwrap_or_default();
        let _ = window().location().assign(&format!("{path}?published={n}"));
    };
    let publish = Action::new(move |(c, n): &(StandardChange, String)| publish_change(c.clone(), n.clone()));
    let publish_file = Action::new(move |(file, n): &(String, String)| publish_edition_file(file.clone(), n.clone()));
    let error = RwSignal::new(None::<AppError>);
    let outcome = move |r: Option<Result<u32, AppError>>| match r {
        Some(Ok(n)) => {
            error.set(None);
            on_published(n);
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    };
    Effect::new(move |_| outcome(publish.value().get()));
    Effect::new(move |_| outcome(publish_file.value().get()));
    let edition_file = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let ingredients = s.ingredients.clone();
    let chosen = RwSignal::new(s.ingredients.first().map(|i| i.id.clone()).unwrap_or_default());
    let f = |v: String| RwSignal::new(v);
    let (id, zh, en) = (f(String::new()), f(String::new()), f(String::new()));
    let (farming, processing, packaging, transport, retail) = (
        f(String::new()),
        f(String::new()),
        f(String::new()),
        f(String::new()),
        f(String::new()),
    );
    let (edible, cooked, quality) = (f(String::new()), f(String::new()), f(String::new()));
    let basis = RwSignal::new(Basis::default());
    let choice = f(String::new());
    let (src_name, src_version, src_ref) = (f(String::new()), f(String::new()), f(String::new()));
    let category = RwSignal::new(Category::Vegetable);
    let variant = RwSignal::new(Variant::Conventional);
    let base = RwSignal::new(None::<Ingredient>);
    let all = s.ingredients.clone();
    let load = move |iid: String| {
        let ing = all.iter().find(|i| i.id == iid).cloned();
        if let Some(i) = &ing {
            id.set(i.id.clone());
            zh.set(i.name.zh_tw.clone());
            en.set(i.name.en.clone());
            farming.set(i.stages.farming.to_string());
            processing.set(i.stages.processing.to_string());
            packaging.set(i.stages.packaging.to_string());
            transport.set(i.stages.transport.to_string());
            retail.set(i.stages.retail.to_string());
            edible.set(i.edible_fraction.to_string());
            cooked.set(i.cooked_yield.to_string());
            quality.set(i.data_quality.to_string());
            basis.set(i.basis);
            choice.set(i.choice.clone());
            src_name.set(i.source.name.clone());
            src_version.set(i.source.version.clone());
            src_ref.set(i.source.reference.clone());
            category.set(i.category);
            variant.set(i.variant);
        }
        base.set(ing);
    };
    let first = chosen.get_untracked();
    load(first.clone());
    let load2 = load.clone();
    let submit_ingredient = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let b = base.get_untracked();
        let ing = Ingredient {
            id: id.get_untracked().trim().to_string(),
            name: domain::Bilingual::new(zh.get_untracked(), en.get_untracked()),
            category: category.get_untracked(),
            variant: variant.get_untracked(),
            stages: StageFactors {
                farming: num(&farming),
                processing: num(&processing),
                packaging: num(&packaging),
                transport: num(&transport),
                retail: num(&retail),
            },
            source: Source {
                name: src_name.get_untracked(),
                version: src_version.get_untracked(),
                reference: src_ref.get_untracked(),
                licence: b
                    .as_ref()
                    .map(|b| b.source.licence.clone())
                    .unwrap_or_else(|| "Set by the county".into()),
            },
            data_quality: num(&quality),
            proxy_note: b.as_ref().and_then(|b| b.proxy_note.clone()),
            metadata_note: b
                .as_ref()
                .map(|b| b.metadata_note.clone())
                .unwrap_or_else(|| "Set by the county".into()),
            edible_fraction: num(&edible),
            cooked_yield: num(&cooked),
            refrigerated: b.as_ref().is_some_and(|b| b.refrigerated),
            default_origin: b.as_ref().map(|b| b.default_origin).unwrap_or(Origin::OtherTaiwan),
            default_cooking: b
                .as_ref()
                .map(|b| b.default_cooking.clone())
                .unwrap_or_else(|| "pan-cooking".into()),
            basis: basis.get_untracked(),
            choice: choice.get_untracked().trim().to_string(),
        };
        publish.dispatch((StandardChange::Ingredient(Box::new(ing)), note.get_untracked()));
    };
    let grid = f(s.grid.kg_per_kwh.to_string());
    let grid_year = f(s.grid.year.to_string());
    let green = f(s.rating.bands.first().and_then(|b| b.max_kg).unwrap_or(0.5).to_string());
    let yellow = f(s.rating.bands.get(1).and_then(|b| b.max_kg).unwrap_or(1.0).to_string());
    let target = f(s.rating.target_kg.to_string());
    let field = move |label: &'static str, key: &'static str, sig: RwSignal<String>| {
        view! {
            <label for=format!("std-{key}")>{label}</label>
            <input id=format!("std-{key}") type="text" inputmode="decimal" required bind:value=sig/>
        }
    };
    view! {
        <section class="panel" aria-labelledby="std-edit-heading">
            <h2 id="std-edit-heading">{t!(i18n, meals.edit_heading)}</h2>
            <ErrorText error/>
            <label for="std-note">{t!(i18n, meals.change_note)}</label>
            <input id="std-note" class="field" type="text" required maxlength="300" bind:value=note/>
            <form class="form" on:submit=submit_ingredient>
                <label for="std-choose">{t!(i18n, meals.choose_ingredient)}</label>
                <select id="std-choose" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if v.is_empty() { base.set(None); id.set(String::new()); } else { load2(v); }
                }>
                    <option value="">{t!(i18n, meals.new_ingredient)}</option>
                    {ingredients.into_iter().map(|i| {
                        let sel = i.id == first;
                        view! { <option value=i.id.clone() selected=sel>{move || i.name.tr(i18n.get_locale())}</option> }
                    }).collect_view()}
                </select>
                {move || {
                    let l = i18n.get_locale();
                    view! {
                        {field(td_string!(l, meals.ingredient_id), "id", id)}
                        {field(td_string!(l, meals.name_zh), "zh", zh)}
                        {field(td_string!(l, meals.name_en), "en", en)}
                        <label for="std-category">{td_string!(l, meals.category)}</label>
                        <select id="std-category" on:change=move |ev| if let Some(c) = Category::parse(&event_target_value(&ev)) { category.set(c); }>
                            {Category::all().map(|c| view! { <option value=c.as_str() selected=move || category.get() == c>{category_label(l, c)}</option> }).collect_view()}
                        </select>
                        <label for="std-variant">{td_string!(l, meals.variant)}</label>
                        <select id="std-variant" on:change=move |ev| if let Some(v) = Variant::parse(&event_target_value(&ev)) { variant.set(v); }>
                            {[Variant::Conventional, Variant::Organic, Variant::Local, Variant::Imported, Variant::Greenhouse].into_iter().map(|v| view! {
                                <option value=v.as_str() selected=move || variant.get() == v>{variant_label(l, v)}</option>
                            }).collect_view()}
                        </select>
                        {field(td_string!(l, meals.farming), "farming", farming)}
                        {field(td_string!(l, meals.processing), "processing", processing)}
                        {field(td_string!(l, meals.packaging_stage), "packaging", packaging)}
                        {field(td_string!(l, meals.transport_stage), "transport", transport)}
                        {field(td_string!(l, meals.retail), "retail", retail)}
                        {field(td_string!(l, meals.edible), "edible", edible)}
                        {field(td_string!(l, meals.cooked_yield), "yield", cooked)}
                        {field(td_string!(l, meals.quality), "quality", quality)}
                        {field(td_string!(l, meals.source_name), "src-name", src_name)}
                        {field(td_string!(l, meals.source_version), "src-version", src_version)}
                        {field(td_string!(l, meals.source_reference), "src-ref", src_ref)}
                        <label for="std-basis">{td_string!(l, meals.basis)}</label>
                        <select id="std-basis" on:change=move |ev| if let Some(b) = basis_from(&event_target_value(&ev)) { basis.set(b); }>
                            {BASES.into_iter().map(|b| view! {
                                <option value=basis_value(b) selected=move || basis.get() == b>{basis_label(l, b)}</option>
                            }).collect_view()}
                        </select>
                        <label for="std-choice">{td_string!(l, meals.choice)}</label>
                        <input id="std-choice" type="text" maxlength="600" bind:value=choice/>
                    }
                }}
                <button type="submit" class="button">{t!(i18n, meals.publish)}</button>
            </form>
            <form class="form" on:submit=move |ev| {
                ev.prevent_default();
                let year = grid_year.get_untracked().trim().parse().unwrap_or(0);
                publish.dispatch((StandardChange::Grid { kg_per_kwh: num(&grid), year }, note.get_untracked()));
            }>
                <h3>{t!(i18n, meals.grid_factor)}</h3>
                {move || field(td_string!(i18n.get_locale(), meals.grid_factor), "grid", grid)}
                {move || field(td_string!(i18n.get_locale(), meals.grid_year), "grid-year", grid_year)}
                <button type="submit" class="button">{t!(i18n, meals.publish)}</button>
            </form>
            <form class="form" on:submit=move |ev| {
                ev.prevent_default();
                publish.dispatch((StandardChange::Rating { green_max: num(&green), yellow_max: num(&yellow), target_kg: num(&target) }, note.get_untracked()));
            }>
                <h3>{t!(i18n, meals.rating_bands)}</h3>
                {move || field(td_string!(i18n.get_locale(), meals.green_max), "green", green)}
                {move || field(td_string!(i18n.get_locale(), meals.yellow_max), "yellow", yellow)}
                {move || field(td_string!(i18n.get_locale(), meals.target), "target", target)}
                <button type="submit" class="button">{t!(i18n, meals.publish)}</button>
            </form>
            <form class="form" on:submit=move |ev| {
                ev.prevent_default();
                publish_file.dispatch((edition_file.get_untracked(), note.get_untracked()));
            }>
                <h3>{t!(i18n, meals.edition_file)}</h3>
                <p id="std-file-hint" class="hint">{t!(i18n, meals.edition_file_hint)}</p>
                <label for="std-file">{t!(i18n, meals.edition_file_label)}</label>
                <input id="std-file" class="field" type="file" accept=".json,application/json" required aria-describedby="std-file-hint"
                    on:change=move |ev| read_file(ev, edition_file)/>
                <button type="submit" class="button" disabled=move || edition_file.with(String::is_empty)>{t!(i18n, meals.publish)}</button>
            </form>
        </section>
    }
    .into_any()
}
