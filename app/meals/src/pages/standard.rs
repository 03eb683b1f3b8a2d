//! The emission-factor standard: every edition readable by everyone; the county
//! administrator publishes changes as new editions.

mod editor;

use crate::components::{band_label, basis_label, category_label, gas_label, mode_label, variant_label};
use crate::error::AppError;
use crate::server_fns::public::{list_editions, standard_edition};
use domain::meals::Standard;
use domain::meals::standard::METHOD_2;
use domain::platform::Role;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_query_map};
use platform::format::{self, Localized};
use platform::layout::{Loaded, TableRegion};

/// Where a rating band ends: at most a weight, or (the last) above the one before.
#[derive(Clone, Copy)]
enum Limit {
    UpTo(f64),
    Above(f64),
}

fn band_limits(bands: &[domain::meals::standard::RatingBand]) -> Vec<(domain::meals::Band, Limit)> {
    let mut previous = 0.0;
    bands
        .iter()
        .map(|b| match b.max_kg {
            Some(kg) => {
                previous = kg;
                (b.band, Limit::UpTo(kg))
            }
            None => (b.band, Limit::Above(previous)),
        })
        .collect()
}

#[component]
fn StandardTables(s: Standard) -> impl IntoView {
    let i18n = use_i18n();
    let fmt = |x: f64| format!("{x:.3}");
    let s2 = s.clone();
    let s3 = std::sync::Arc::new(s.clone());
    let method_2 = s.method >= METHOD_2;
    let bands = band_limits(&s.rating.bands);
    let target = s.rating.target_kg;
    view! {
        <h2>{move || td_string!(i18n.get_locale(), meals.edition, n = s2.edition).to_string()}</h2>
        <TableRegion>
            <table>
                <thead><tr>
                    <th scope="col">{t!(i18n, meals.ingredient)}</th>
                    <th scope="col">{t!(i18n, meals.category)}</th>
                    <th scope="col">{t!(i18n, meals.factor)}</th>
                    <th scope="col">{t!(i18n, meals.farming)}</th>
                    <th scope="col">{t!(i18n, meals.processing)}</th>
                    <th scope="col">{t!(i18n, meals.packaging_stage)}</th>
                    <th scope="col">{t!(i18n, meals.transport_stage)}</th>
                    <th scope="col">{t!(i18n, meals.retail)}</th>
                    <th scope="col">{t!(i18n, meals.edible)}</th>
                    <th scope="col">{t!(i18n, meals.cooked_yield)}</th>
                    <th scope="col">{t!(i18n, meals.quality)}</th>
                    {method_2.then(|| view! { <th scope="col">{t!(i18n, meals.basis)}</th> })}
                    <th scope="col">{t!(i18n, meals.source)}</th>
                </tr></thead>
                <tbody>
                    {s.ingredients.iter().cloned().map(|i| {
                        let name = i.name.clone();
                        view! {
                            <tr>
                                <td>{move || name.tr(i18n.get_locale())}
                                    <br/><span class="small">{i.id.clone()} " · " {move || variant_label(i18n.get_locale(), i.variant)}</span></td>
                                <td>{move || category_label(i18n.get_locale(), i.category)}</td>
                                <td>{fmt(i.kg_co2e_per_kg())}</td>
                                <td>{fmt(i.stages.farming)}</td>
                                <td>{fmt(i.stages.processing)}</td>
                                <td>{fmt(i.stages.packaging)}</td>
                                <td>{fmt(i.stages.transport)}</td>
                                <td>{fmt(i.stages.retail)}</td>
                                <td>{format!("{:.2}", i.edible_fraction)}</td>
                                <td>{format!("{:.3}", i.cooked_yield)}</td>
                                <td>{format!("{:.1}", i.data_quality)}</td>
                                {method_2.then(|| view! { <td>{move || basis_label(i18n.get_locale(), i.basis)}</td> })}
                                <td class="small source-cell">{format!("{} {} - {}", i.source.name, i.source.version, i.source.reference)}
                                    <br/>{i.source.licence.clone()}
                                    {i.proxy_note.clone().map(|p| view! { <br/><em>{p}</em> })}
                                    {(!i.choice.is_empty()).then(|| {
                                        let choice = i.choice.clone();
                                        view! { <br/><strong>{t!(i18n, meals.choice)} ": "</strong>{choice} }
                                    })}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </TableRegion>
        <h3>{t!(i18n, meals.grid_factor)}</h3>
        <p>{format!("{} kg CO2e/kWh ({}) - {}", s.grid.kg_per_kwh, s.grid.year, s.grid.source.name)}</p>
        {if s.gases.is_empty() {
            view! {
                <h3>{t!(i18n, meals.gas_factor)}</h3>
                <p>{format!("{} kg CO2e/MJ - {}", s.gas.kg_per_mj, s.gas.source.name)}</p>
            }.into_any()
        } else {
            view! {
                <h3>{t!(i18n, meals.gases)}</h3>
                <ul>
                    {s.gases.iter().cloned().map(|g| view! {
                        <li>{move || gas_label(i18n.get_locale(), g.gas)}
                            {format!(": {} x (1 + {:.3}) = {:.4} kg CO2e/MJ - {}", g.combustion_kg_per_mj, g.upstream_share, g.kg_per_mj(), g.source.reference)}</li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <h3>{t!(i18n, meals.transport)}</h3>
        <ul>
            {s.transport.iter().cloned().map(|t| view! {
                <li>{move || mode_label(i18n.get_locale(), t.mode)} {format!(": {} / {} kg CO2e/t·km - {}", t.ambient, t.refrigerated, t.source.name)}</li>
            }).collect_view()}
        </ul>
        <h3>{t!(i18n, meals.cooking)}</h3>
        <ul>
            {s.cooking.iter().cloned().map(|c| {
                let adds = c.adds.clone();
                let s3 = s3.clone();
                view! {
                    <li>{move || c.name.tr(i18n.get_locale())}
                        {format!(": {} kWh + {} MJ / kg", c.kwh_per_kg, c.gas_mj_per_kg)}
                        {move || {
                            let l = i18n.get_locale();
                            adds.iter().map(|a| {
                                let name = s3.ingredient(&a.ingredient).map(|i| i.name.tr(l)).unwrap_or_else(|| a.ingredient.clone());
                                format!("; {}", td_string!(l, meals.cooking_adds, kg = a.kg_per_kg, name = name))
                            }).collect::<String>()
                        }}</li>
                }
            }).collect_view()}
        </ul>
        <h3>{t!(i18n, meals.packaging)}</h3>
        <ul>
            {s.packaging.iter().cloned().map(|p| {
                let per_item = format!(": {:.4} kg CO2e", p.kg_co2e_per_item());
                let eol = p.material_kg * p.end_of_life_kg_co2e_per_kg;
                view! {
                    <li>{move || p.name.tr(i18n.get_locale())}{per_item}
                        {(eol > 0.0).then(|| view! {
                            " (" {move || td_string!(i18n.get_locale(), meals.end_of_life, kg = format!("{eol:.4}")).to_string()} ")"
                        })}</li>
                }
            }).collect_view()}
        </ul>
        <h3>{t!(i18n, meals.rating_bands)}</h3>
        <ul>
            {bands.into_iter().map(|(band, limit)| view! {
                <li>{move || band_label(i18n.get_locale(), band)} ": " {move || {
                    let l = i18n.get_locale();
                    match limit {
                        Limit::UpTo(kg) => td_string!(l, meals.band_up_to, kg = kg).to_string(),
                        Limit::Above(kg) => td_string!(l, meals.band_above, kg = kg).to_string(),
                    }
                }}</li>
            }).collect_view()}
        </ul>
        <p>{move || td_string!(i18n.get_locale(), meals.target_line, kg = target).to_string()}</p>
    }
    .into_any()
}

#[component]
pub fn StandardPage() -> impl IntoView {
    let i18n = use_i18n();
    let me = platform::auth::signed_in();
    let (chosen, published) = use_query_map().with_untracked(|q| {
        (
            q.get("edition").and_then(|e| e.parse::<u32>().ok()),
            q.get("published").and_then(|e| e.parse::<u32>().ok()),
        )
    });
    // The editions, the one shown (the chosen one or the latest), and
    // whether the reader may edit the latest. An edition that cannot be had
    // is said under the list, which still leads to the others.
    let page = Resource::new(
        || (),
        move |_| async move {
            let list = list_editions().await?;
            let latest = list.first().map(|e| e.edition).unwrap_or(1);
            let shown = chosen.unwrap_or(latest);
            let standard = standard_edition(shown).await;
            let is_county = match me {
                Some(me) => me.await.ok().flatten().is_some_and(|m| m.role == Role::CountyAdmin),
                None => false,
            };
            Ok::<_, AppError>((list, shown, standard, is_county && shown == latest))
        },
    );
    let base = use_location().pathname.get_untracked();
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), meals.standard_title).to_string()/>
        <h1>{td_string!(i18n.get_locale_untracked(), meals.standard_heading, county = platform::profile::names(i18n.get_locale_untracked()).county).to_string()}</h1>
        <p>{t!(i18n, meals.standard_intro)}</p>
        {published.map(|n| view! {
            <p class="success" role="status">{td_string!(i18n.get_locale_untracked(), meals.published_notice, n = n).to_string()}</p>
        })}
        <Loaded data=page let:data>
            {
                let (list, shown, standard, editable) = data;
                let base = base.clone();
                view! {
                    <h2>{t!(i18n, meals.editions)}</h2>
                    <TableRegion>
                        <table>
                            <thead><tr>
                                <th scope="col">{t!(i18n, meals.edition_col)}</th>
                                <th scope="col">{t!(i18n, meals.note)}</th>
                                <th scope="col">{t!(i18n, meals.published)}</th>
                                <th scope="col">{t!(i18n, common.actions)}</th>
                            </tr></thead>
                            <tbody>
                                {list.into_iter().map(|e| {
                                    let n = e.edition;
                                    view! {
                                        <tr>
                                            <td>{n}</td>
                                            <td>{e.note.clone()}</td>
                                            <td>{format::instant(e.created_at)} " · "
                                                {match e.created_by.clone() {
                                                    Some(account) => account.into_any(),
                                                    None => td_string!(i18n.get_locale_untracked(), meals.publisher, government = platform::profile::names(i18n.get_locale_untracked()).county_government).to_string().into_any(),
                                                }}</td>
                                            <td><a class="button secondary" href=format!("{base}?edition={n}") aria-current=(shown == n).then_some("true")>
                                                {t!(i18n, meals.view_edition)} " " {n}</a></td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </TableRegion>
                    {match standard {
                        Ok(s) => view! {
                            {editable.then(|| view! { <editor::StandardEditor locale=platform::islands::page_locale() s=s.clone()/> })}
                            <StandardTables s/>
                        }.into_any(),
                        Err(e) => view! { <platform::error::ErrorText error=Signal::derive(move || Some(e.clone()))/> }.into_any(),
                    }}
                }
            }
        </Loaded>
    }
}
