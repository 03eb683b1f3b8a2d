//! One ingredient in the box: its amount, origin, journey and cooking.

use super::super::Builder;
use super::dom::*;
use crate::components::{BASES, basis_from, basis_label, basis_value, mode_label, origin_label};
use domain::Named;
use domain::meals::Standard;
use domain::meals::input::MAX_LEGS;
use domain::meals::sourcing::leg_over;
use domain::meals::standard::{Leg, METHOD_2, NO_COOKING, Origin, TransportMode};
use i18n::*;
use leptos::prelude::*;
use platform::format::Localized;
use std::sync::Arc;

/// One leg of an item's journey: its mode and distance, and a button that
/// takes it off (the last one off returns to the origin's preset journey).
#[component]
pub(crate) fn LegFields(b: Builder, index: usize, j: usize) -> impl IntoView {
    let i18n = use_i18n();
    let leg = move || {
        b.input.with(|m| {
            m.items
                .get(index)
                .and_then(|it| it.legs.as_ref())
                .and_then(|l| l.get(j))
                .copied()
        })
    };
    let id = move |f: &str| format!("item-{index}-leg-{j}-{f}");
    let update = move |f: Box<dyn FnOnce(&mut Leg)>| {
        b.input.update(|m| {
            if let Some(l) = m
                .items
                .get_mut(index)
                .and_then(|it| it.legs.as_mut())
                .and_then(|l| l.get_mut(j))
            {
                f(l);
            }
        })
    };
    view! {
        <li class="leg">
            <label for=id("mode")>{move || td_string!(i18n.get_locale(), meals.leg_mode, n = j + 1).to_string()}
                <select id=id("mode") on:focus=move |_| b.checkpoint() on:change=move |ev| {
                    if let Some(mode) = TransportMode::parse(&event_target_value(&ev)) {
                        update(Box::new(move |l| l.mode = mode));
                    }
                }>
                    {TransportMode::all().map(|m| view! {
                        <option value=m.as_str() selected=move || leg().map(|l| l.mode) == Some(m)>
                            {move || mode_label(i18n.get_locale(), m)}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <label for=id("km")>{t!(i18n, meals.km)}
                <input id=id("km") type="number" min="0" max="20000" step="0.1" inputmode="decimal"
                    prop:value=move || leg().map(|l| l.km.to_string()).unwrap_or_default()
                    on:focus=move |_| b.checkpoint()
                    on:input=move |ev| {
                        if let Ok(km) = event_target_value(&ev).parse::<f64>() {
                            update(Box::new(move |l| l.km = km));
                        }
                    }/>
            </label>
            <button type="button" class="icon-button"
                aria-label=move || td_string!(i18n.get_locale(), meals.remove_leg, n = j + 1).to_string()
                on:click=move |_| b.change(|m| {
                    if let Some(it) = m.items.get_mut(index) {
                        if let Some(legs) = it.legs.as_mut() && j < legs.len() {
                            legs.remove(j);
                        }
                        if it.legs.as_ref().is_some_and(Vec::is_empty) {
                            it.legs = None;
                        }
                    }
                })>"×"</button>
        </li>
    }
}

#[component]
pub(crate) fn Item(b: Builder, std: Arc<Standard>, index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let item = move || b.input.with(|m| m.items.get(index).cloned());
    let len = move || b.input.with(|m| m.items.len());
    let std_name = StoredValue::new(std.clone());
    let name = move || {
        item()
            .map(|it| std_name.with_value(|s| name_of(s, &it.ingredient_id, i18n.get_locale())))
            .unwrap_or_default()
    };
    let set = move |f: Box<dyn FnOnce(&mut domain::meals::ItemInput)>| {
        b.change(|m| {
            if let Some(it) = m.items.get_mut(index) {
                f(it);
            }
        })
    };
    let move_to = move |to: usize| {
        let n = name();
        b.move_item(index, to);
        b.announce
            .set(td_string!(i18n.get_locale(), meals.announce_moved, name = n, pos = to + 1).to_string());
        focus_later(format!("item-{to}"));
    };
    let remove = move || {
        let n = name();
        b.change(|m| {
            if index < m.items.len() {
                m.items.remove(index);
            }
        });
        b.announce
            .set(td_string!(i18n.get_locale(), meals.announce_removed, name = n).to_string());
        focus_later("palette-search".into());
    };
    let cooking_methods = std.cooking.clone();
    let suppliers = b.suppliers.get_value();
    let leg_count = Memo::new(move |_| item().and_then(|i| i.legs).map(|l| l.len()));
    let fid = move |f: &str| format!("item-{index}-{f}");
    view! {
        <li class="meal-item" id=format!("item-{index}") tabindex="-1"
            aria-label=move || format!("{}. {}", index + 1, name())
            on:keydown=move |ev| {
                if ev.alt_key() {
                    match ev.key().as_str() {
                        "ArrowUp" if index > 0 => { ev.prevent_default(); move_to(index - 1); }
                        "ArrowDown" if index + 1 < len() => { ev.prevent_default(); move_to(index + 1); }
                        _ => {}
                    }
                }
            }>
            <div class="item-head">
                <strong>{move || format!("{}. {}", index + 1, name())}</strong>
                <span>
                    <button type="button" class="icon-button" disabled=move || index == 0
                        aria-label=move || t_string!(i18n, meals.move_up) on:click=move |_| move_to(index.saturating_sub(1))>"↑"</button>
                    <button type="button" class="icon-button" disabled=move || { index + 1 >= len() }
                        aria-label=move || t_string!(i18n, meals.move_down) on:click=move |_| move_to(index + 1)>"↓"</button>
                    <button type="button" class="icon-button"
                        aria-label=move || td_string!(i18n.get_locale(), meals.remove_named, name = name()).to_string()
                        on:click=move |_| remove()>"×"</button>
                </span>
            </div>
            <div class="item-fields">
                <label for=fid("grams")>{t!(i18n, meals.grams)}
                    <input id=fid("grams") type="number" min="1" max="5000" step="1" inputmode="numeric"
                        prop:value=move || item().map(|i| i.grams.to_string()).unwrap_or_default()
                        on:focus=move |_| b.checkpoint()
                        on:input=move |ev| {
                            if let Ok(g) = event_target_value(&ev).parse::<f64>() {
                                b.input.update(|m| if let Some(it) = m.items.get_mut(index) { it.grams = g; });
                            }
                        }/>
                </label>
                {(std.method >= METHOD_2).then(|| view! {
                    <label for=fid("weighed")>{t!(i18n, meals.weighed)}
                        <select id=fid("weighed") on:change=move |ev| {
                            let w = basis_from(&event_target_value(&ev));
                            set(Box::new(move |it| it.weighed = w));
                        }>
                            <option value="" selected=move || item().is_some_and(|i| i.weighed.is_none())>{t!(i18n, meals.weighed_served)}</option>
                            {BASES.into_iter().map(|basis| view! {
                                <option value=basis_value(basis) selected=move || item().is_some_and(|i| i.weighed == Some(basis))>
                                    {move || basis_label(i18n.get_locale(), basis)}
                                </option>
                            }).collect_view()}
                        </select>
                    </label>
                })}
                <label for=fid("origin")>{t!(i18n, meals.origin)}
                    <select id=fid("origin") on:change=move |ev| {
                        let o = Origin::parse(&event_target_value(&ev));
                        set(Box::new(move |it| it.origin = o));
                    }>
                        <option value="" selected=move || item().is_some_and(|i| i.origin.is_none())>{t!(i18n, meals.default_option)}</option>
                        {Origin::all().map(|o| view! {
                            <option value=o.as_str() selected=move || item().is_some_and(|i| i.origin == Some(o))>
                                {move || origin_label(i18n.get_locale(), o)}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
                {(!suppliers.is_empty()).then(|| view! {
                    <label for=fid("supplier")>{t!(i18n, meals.supplier)}
                        <select id=fid("supplier") on:change=move |ev| {
                            let id = event_target_value(&ev).parse::<i64>().ok();
                            let chosen = id.and_then(|id| b.suppliers.with_value(|l| l.iter().find(|s| s.id.get() == id).cloned()));
                            set(Box::new(move |it| {
                                it.supplier = chosen.as_ref().map(|s| s.id.get());
                                if let Some(s) = chosen {
                                    it.origin = Some(if s.locality.is_local() { Origin::TaitungLocal } else { Origin::OtherTaiwan });
                                    it.legs = s.road_km.map(|km| vec![leg_over(km)]);
                                }
                            }));
                        }>
                            <option value="" selected=move || item().is_some_and(|i| i.supplier.is_none())>{t!(i18n, meals.supplier_none)}</option>
                            {suppliers.iter().map(|s| {
                                let (id, name) = (s.id.get(), s.name.clone());
                                view! {
                                    <option value=id.to_string() selected=move || item().and_then(|i| i.supplier) == Some(id)>
                                        {move || name.tr(i18n.get_locale())}
                                    </option>
                                }
                            }).collect_view()}
                        </select>
                    </label>
                })}
                <fieldset class="legs">
                    <legend>{t!(i18n, meals.journey)}</legend>
                    {move || match leg_count.get() {
                        None => view! { <p class="small">{t!(i18n, meals.journey_preset)}</p> }.into_any(),
                        Some(n) => view! {
                            <ol class="leg-list">
                                {(0..n).map(|j| view! { <LegFields b index j/> }).collect_view()}
                            </ol>
                        }.into_any(),
                    }}
                    <button type="button" class="button secondary" id=fid("add-leg")
                        disabled=move || leg_count.get().is_some_and(|n| n >= MAX_LEGS)
                        on:click=move |_| set(Box::new(|it| {
                            let legs = it.legs.get_or_insert_with(Vec::new);
                            if legs.len() < MAX_LEGS {
                                legs.push(Leg { mode: TransportMode::SmallTruck, km: 10.0 });
                            }
                        }))>
                        {t!(i18n, meals.add_leg)}
                    </button>
                </fieldset>
                <label for=fid("cooking")>{t!(i18n, meals.cooking)}
                    <select id=fid("cooking") on:change=move |ev| {
                        let v = event_target_value(&ev);
                        set(Box::new(move |it| it.cooking = (!v.is_empty()).then_some(v)));
                    }>
                        <option value="" selected=move || item().is_some_and(|i| i.cooking.is_none())>{t!(i18n, meals.default_option)}</option>
                        <option value=NO_COOKING selected=move || item().and_then(|i| i.cooking).as_deref() == Some(NO_COOKING)>{t!(i18n, meals.cooking_none)}</option>
                        {cooking_methods.into_iter().map(|c| {
                            let id = c.id.clone();
                            let id2 = c.id.clone();
                            view! {
                                <option value=id selected=move || item().and_then(|i| i.cooking) == Some(id2.clone())>
                                    {move || c.name.tr(i18n.get_locale())}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </label>
            </div>
        </li>
    }
    .into_any()
}
