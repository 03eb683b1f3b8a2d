//! The restaurant's menu: its saved meals, recompute on a newer edition, show or hide, delete.

use crate::components::{band_class, band_label, from_wire};
use crate::server_fns::menu::{delete_meal, my_menu, recompute_meal, set_meal_on_menu};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::AppError;
use platform::format::{self, kg};
use platform::layout::ErrorText;
use platform::pages::account::AccessProblem;

#[derive(Clone)]
enum Op {
    Recompute(i64),
    Show(i64, bool),
    Delete(i64),
}

#[component]
pub fn MenuPage() -> impl IntoView {
    let i18n = use_i18n();
    let version = RwSignal::new(0u32);
    let meals = Resource::new(move || version.get(), |_| my_menu());
    let error = RwSignal::new(None::<AppError>);
    let op = Action::new(move |o: &Op| {
        let o = o.clone();
        async move {
            match o {
                Op::Recompute(id) => recompute_meal(id).await.map(|_| ()),
                Op::Show(id, on) => set_meal_on_menu(id, on).await,
                Op::Delete(id) => delete_meal(id).await,
            }
        }
    });
    Effect::new(move |_| match op.value().get() {
        Some(Ok(())) => {
            error.set(None);
            version.update(|v| *v += 1);
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    view! {
        <Title text=move || t_string!(i18n, meals.menu_title)/>
        <h1>{t!(i18n, meals.menu_heading)}</h1>
        <p><a class="button" href="/meals/builder">{t!(i18n, meals.menu_new)}</a></p>
        <ErrorText error/>
        <Transition fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
            {move || Suspend::new(async move {
                match meals.await {
                    Err(e) => view! { <AccessProblem error=e/> }.into_any(),
                    Ok(list) if list.is_empty() => view! { <p>{t!(i18n, meals.menu_empty)}</p> }.into_any(),
                    Ok(list) => view! {
                        <div class="table-wrap" tabindex="0" role="region" aria-label=move || t_string!(i18n, common.scroll_table)>
                            <table>
                                <thead><tr>
                                    <th scope="col">{t!(i18n, meals.meal)}</th>
                                    <th scope="col">{t!(i18n, meals.total)}</th>
                                    <th scope="col">{t!(i18n, meals.computed_with)}</th>
                                    <th scope="col">{t!(i18n, meals.on_menu)}</th>
                                    <th scope="col">{t!(i18n, common.actions)}</th>
                                </tr></thead>
                                <tbody>
                                    {list.into_iter().map(|m| {
                                        let (z, e) = (m.name_zh_tw.clone(), m.name_en.clone());
                                        let band = from_wire(&m.band).unwrap_or(domain::meals::Band::Red);
                                        let outdated = m.edition < m.latest_edition;
                                        let (id, latest, on) = (m.id, m.latest_edition, m.on_menu);
                                        view! {
                                            <tr>
                                                <td><a href=format!("/m/{}", m.slug)>{move || format::pick(i18n.get_locale(), &z, &e).to_string()}</a></td>
                                                <td>{kg(m.total_kg)} " kg " <span class=band_class(band)>{move || band_label(i18n.get_locale(), band)}</span></td>
                                                <td>
                                                    {move || td_string!(i18n.get_locale(), meals.edition, n = m.edition).to_string()}
                                                    {outdated.then(|| view! {
                                                        <br/><span class="notice small">{move || td_string!(i18n.get_locale(), meals.outdated, n = latest).to_string()}</span>
                                                        <br/><button type="button" class="button secondary" on:click=move |_| { op.dispatch(Op::Recompute(id)); }>
                                                            {t!(i18n, meals.recompute)}</button>
                                                    })}
                                                </td>
                                                <td>
                                                    <label class="choice">
                                                        <input type="checkbox" prop:checked=on on:change=move |ev| { op.dispatch(Op::Show(id, event_target_checked(&ev))); }/>
                                                        <span class="visually-hidden">{t!(i18n, meals.on_menu)}</span>
                                                    </label>
                                                </td>
                                                <td class="button-row">
                                                    <a class="button secondary" href=format!("/meals/builder?meal={id}")>{t!(i18n, meals.edit_meal)}</a>
                                                    <a href=format!("/m/{}/label", m.slug)>{t!(i18n, meals.open_label)}</a>
                                                    <button type="button" class="button danger" on:click=move |_| { op.dispatch(Op::Delete(id)); }>
                                                        {t!(i18n, meals.delete_meal)}</button>
                                                </td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any(),
                }
            })}
        </Transition>
    }
    .into_any()
}
