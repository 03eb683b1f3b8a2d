//! The live footprint of the meal being built, and lower-carbon swaps.

use super::Builder;
use crate::components::FootprintSummary;
use domain::meals::Standard;
use domain::meals::swap::suggest;
use i18n::*;
use leptos::prelude::*;
use platform::error::Refusal;
use platform::format::{Localized, kg};
use std::sync::Arc;

/// Milliseconds from the browser's high-resolution clock (0 on the server).
fn now_ms() -> f64 {
    #[cfg(feature = "hydrate")]
    {
        window().performance().map(|p| p.now()).unwrap_or_default()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        0.0
    }
}

#[component]
pub fn ResultPanel(b: Builder, std: Arc<Standard>) -> impl IntoView {
    let i18n = use_i18n();
    let compute_ms = RwSignal::new(0.0_f64);
    let std_c = std.clone();
    // The same calculation the server runs on save, here on every change.
    let result = Memo::new(move |_| {
        let input = b.input.get();
        if input.items.is_empty() {
            return None;
        }
        let start = now_ms();
        let r = domain::meals::compute(&std_c, &input).map(|f| {
            let swaps = suggest(&std_c, &input, &f, 3);
            let local = b
                .candidates
                .with_value(|c| domain::meals::seasonal::local_swaps(&std_c, &input, c, b.month.get_value()));
            (f, swaps, local)
        });
        compute_ms.set(now_ms() - start);
        Some(r)
    });
    let std_names = std.clone();
    view! {
        <section class="result" aria-labelledby="result-heading">
            <h2 id="result-heading">{t!(i18n, meals.result_heading)}</h2>
            {move || match result.get() {
                None => view! { <p class="note">{t!(i18n, meals.box_empty)}</p> }.into_any(),
                Some(Err(e)) => view! {
                    <p class="error" role="alert">{crate::error::MealsError::from(e).message(i18n.get_locale())}</p>
                }.into_any(),
                Some(Ok((f, swaps, local))) => {
                    let std_names = std_names.clone();
                    view! {
                        <FootprintSummary f=f.clone()/>
                        <h3>{t!(i18n, meals.swaps_heading)}</h3>
                        {swaps.is_empty().then(|| view! { <p>{t!(i18n, meals.no_swaps)}</p> })}
                        <ul class="swaps">
                            {swaps.into_iter().map(|s| {
                                let from = std_names.ingredient(&s.from_id).cloned();
                                let to_id = s.to_id.clone();
                                let item = s.item;
                                view! {
                                    <li>
                                        {move || {
                                            let l = i18n.get_locale();
                                            let from = from.as_ref().map(|i| i.name.tr(l)).unwrap_or_default();
                                            let to = s.to_name.tr(l);
                                            td_string!(l, meals.swap_text, from = from, to = to, kg = kg(s.saving_kg)).to_string()
                                        }}
                                        " "
                                        <button type="button" class="button secondary" on:click=move |_| {
                                            let id = to_id.clone();
                                            b.change(|m| if let Some(it) = m.items.get_mut(item) { it.ingredient_id = id; });
                                        }>{t!(i18n, meals.apply_swap)}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <LocalSwaps b local std=std_names.clone()/>
                    }.into_any()
                }
            }}
            <p class="small" data-testid="compute-ms" data-ms=move || format!("{:.3}", compute_ms.get())>
                {move || td_string!(i18n.get_locale(), meals.compute_time, ms = format!("{:.2}", compute_ms.get())).to_string()}
            </p>
        </section>
    }
    .into_any()
}

/// Local, in-season, certified suppliers for imported or out-of-season
/// items: apply one on the restaurant's list; a directory farm is added on
/// the suppliers page first.
#[component]
fn LocalSwaps(b: Builder, local: Vec<domain::meals::seasonal::LocalSwap>, std: Arc<Standard>) -> impl IntoView {
    let i18n = use_i18n();
    (!local.is_empty()).then(|| {
        let items = local
            .into_iter()
            .map(|s| {
                let supplier = b
                    .suppliers
                    .with_value(|l| l.iter().find(|x| x.id.get() == s.supplier).cloned())
                    .or_else(|| b.directory.with_value(|l| l.iter().find(|x| x.id.get() == s.supplier).cloned()));
                let food = std.ingredient(&s.input.ingredient_id).map(|i| i.name.clone());
                let (item, input, listed, saving) = (s.item, s.input.clone(), s.listed, s.saving_kg);
                view! {
                    <li>
                        {move || {
                            let l = i18n.get_locale();
                            let (name, place, cert) = supplier.as_ref().map(|x| (
                                x.name.tr(l),
                                x.place.tr(l),
                                x.certificate.as_ref().map(|c| crate::components::sourcing::certification_label(l, c.kind)).unwrap_or_default().to_owned(),
                            )).unwrap_or_default();
                            let food = food.as_ref().map(|f| f.tr(l)).unwrap_or_default();
                            td_string!(l, meals.local_swap_text, food = food, supplier = name, place = place, cert = cert, kg = kg(saving)).to_string()
                        }}
                        " "
                        {if listed {
                            view! {
                                <button type="button" class="button secondary" on:click=move |_| {
                                    let it = input.clone();
                                    b.change(|m| if let Some(x) = m.items.get_mut(item) { *x = it; });
                                }>{t!(i18n, meals.apply_swap)}</button>
                            }.into_any()
                        } else {
                            view! {
                                <span class="small">{t!(i18n, meals.local_swap_directory)} " "
                                    <a href="/meals/suppliers">{t!(i18n, common.nav_suppliers)}</a></span>
                            }.into_any()
                        }}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{t!(i18n, meals.local_swaps_heading)}</h3>
            <ul class="swaps" data-testid="local-swaps">{items}</ul>
        }
    })
}
