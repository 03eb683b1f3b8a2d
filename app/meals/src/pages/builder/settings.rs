//! The meal's settings below the box: kind, packaging, food waste.

use super::Builder;
use crate::components::gas_label;
use domain::Named;
use domain::meals::standard::KitchenGas;
use domain::meals::{MealKind, PackagingUse, Standard};
use i18n::*;
use leptos::prelude::*;
use platform::format::Localized;
use std::sync::Arc;

/// The kind of meal, its packaging and the share of food wasted.
#[component]
pub fn MealSettings(b: Builder, std: Arc<Standard>) -> impl IntoView {
    let i18n = use_i18n();
    let has_gases = !std.gases.is_empty();
    let containers: Vec<_> = std
        .packaging
        .iter()
        .filter(|p| p.id != "plastic-bag")
        .cloned()
        .collect();
    let container = move || {
        b.input.with(|m| {
            m.packaging
                .as_ref()
                .and_then(|p| p.iter().find(|u| u.id != "plastic-bag"))
                .map(|u| u.id.clone())
        })
    };
    let bag = move || {
        b.input.with(|m| {
            m.packaging
                .as_ref()
                .is_some_and(|p| p.iter().any(|u| u.id == "plastic-bag"))
        })
    };
    let set_packaging = move |container: Option<String>, bag: bool| {
        b.change(|m| {
            m.packaging = container.map(|c| {
                let mut v = vec![PackagingUse { id: c, count: 1 }];
                if bag {
                    v.push(PackagingUse {
                        id: "plastic-bag".into(),
                        count: 1,
                    });
                }
                v
            });
        })
    };
    view! {
        <fieldset class="meal-settings">
            <legend>{t!(i18n, meals.kind)}</legend>
            {[MealKind::LunchBox, MealKind::Dish].into_iter().map(|k| view! {
                <label class="choice">
                    <input type="radio" name="meal-kind" prop:checked=move || b.input.with(|m| m.kind == k)
                        on:change=move |_| b.change(|m| m.kind = k)/>
                    {move || match k { MealKind::LunchBox => t_string!(i18n, meals.kind_lunch_box), MealKind::Dish => t_string!(i18n, meals.kind_dish) }}
                </label>
            }).collect_view()}
            <label for="packaging">{t!(i18n, meals.packaging)}</label>
            <select id="packaging" class="field" on:change=move |ev| {
                let v = event_target_value(&ev);
                set_packaging((!v.is_empty()).then_some(v), bag());
            }>
                <option value="" selected=move || container().is_none()>{t!(i18n, meals.packaging_default)}</option>
                {containers.into_iter().map(|p| {
                    let (id, id2) = (p.id.clone(), p.id.clone());
                    view! {
                        <option value=id selected=move || container() == Some(id2.clone())>
                            {move || p.name.tr(i18n.get_locale())}
                        </option>
                    }
                }).collect_view()}
            </select>
            <label class="choice">
                <input type="checkbox" prop:checked=bag disabled=move || container().is_none()
                    on:change=move |ev| set_packaging(container(), event_target_checked(&ev))/>
                {move || std.packaging_item("plastic-bag").map(|p| p.name.tr(i18n.get_locale())).unwrap_or_default()}
            </label>
            <label for="waste">{t!(i18n, meals.waste_share)}</label>
            <input id="waste" class="field" type="number" min="0" max="89" step="1" aria-describedby="waste-hint"
                prop:value=move || b.input.with(|m| m.waste_share.map(|w| format!("{:.0}", w * 100.0)).unwrap_or_default())
                on:focus=move |_| b.checkpoint()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    let w = v.trim().parse::<f64>().ok().map(|p| p / 100.0);
                    b.input.update(|m| m.waste_share = w);
                }/>
            <p id="waste-hint" class="hint">{t!(i18n, meals.waste_default)}</p>
            {has_gases.then(|| view! {
                <label for="gas">{t!(i18n, meals.gas)}</label>
                <select id="gas" class="field" on:change=move |ev| {
                    let g = KitchenGas::parse(&event_target_value(&ev));
                    b.change(|m| m.gas = g);
                }>
                    <option value="" selected=move || b.input.with(|m| m.gas.is_none())>{t!(i18n, meals.default_option)}</option>
                    {KitchenGas::all().map(|g| view! {
                        <option value=g.as_str() selected=move || b.input.with(|m| m.gas == Some(g))>
                            {move || gas_label(i18n.get_locale(), g)}
                        </option>
                    }).collect_view()}
                </select>
            })}
        </fieldset>
    }
    .into_any()
}
