//! The restaurant's menu: its saved meals, recompute on a newer edition, show
//! or hide, delete. Plain forms that come back to the menu.

use crate::components::{band_class, band_label};
use crate::server_fns::menu::{DeleteMeal, RecomputeMeal, SetMealOnMenu, my_menu};
use domain::Named;
use domain::meals::MenuChange;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::error::{ErrorText, posted_error};
use platform::format::{Localized, kg, signed_kg};
use platform::layout::{Listed, TableRegion};
use server_fn::ServerFn;

#[component]
pub fn MenuPage() -> impl IntoView {
    let i18n = use_i18n();
    let meals = Resource::new(|| (), |_| my_menu());
    let done = use_query_map().with_untracked(|q| q.get("done"));
    let error = posted_error::<RecomputeMeal>()
        .or_else(posted_error::<SetMealOnMenu>)
        .or_else(posted_error::<DeleteMeal>);
    let notice = done
        .filter(|_| error.is_none())
        .and_then(|d| MenuChange::parse(&d))
        .map(|change| {
            let l = i18n.get_locale_untracked();
            match change {
                MenuChange::Deleted => td_string!(l, meals.deleted_notice),
                MenuChange::Recomputed => td_string!(l, meals.recomputed_notice),
                MenuChange::Saved => td_string!(l, common.saved),
            }
        });
    let listing = Resource::new(|| (), |_| crate::server_fns::listing::my_listing());
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), meals.menu_title).to_string()/>
        <h1>{t!(i18n, meals.menu_heading)}</h1>
        <Suspense>
            {move || Suspend::new(async move {
                listing.await.ok().map(|m| view! { <ListingNotice m/> })
            })}
        </Suspense>
        <p><a class="button" href="/meals/builder">{t!(i18n, meals.menu_new)}</a></p>
        <ErrorText error=Signal::stored(error)/>
        {notice.map(|n| view! { <p class="success" role="status">{n}</p> })}
        <Listed list=meals empty=move || view! { <p>{t!(i18n, meals.menu_empty)}</p> } let:list>
            {
                let l = i18n.get_locale_untracked();
                view! {
                    <TableRegion>
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
                                    let band = m.band;
                                    let outdated = m.edition < m.latest_edition;
                                    let id = m.id.to_string();
                                    view! {
                                        <tr>
                                            <td><a href=format!("/m/{}", m.slug)>{m.name.tr(l)}</a></td>
                                            <td>{kg(m.total_kg)} " kg " <span class=band_class(band)>{band_label(l, band)}</span></td>
                                            <td>
                                                {td_string!(l, meals.edition, n = m.edition).to_string()}
                                                {outdated.then(|| view! {
                                                    <br/><span class="notice small">{td_string!(l, meals.outdated, n = m.latest_edition).to_string()}</span>
                                                    {m.on_latest_kg.map(|after| view! {
                                                        <br/><span class="small" data-testid="on-latest">
                                                            {td_string!(l, meals.on_latest, n = m.latest_edition, kg = kg(after), diff = signed_kg(after - m.total_kg)).to_string()}
                                                        </span>
                                                    })}
                                                    <form method="post" action=RecomputeMeal::PATH class="inline-form">
                                                        <input type="hidden" name="id" value=id.clone()/>
                                                        <button type="submit" class="button secondary">{t!(i18n, meals.recompute)}</button>
                                                    </form>
                                                })}
                                            </td>
                                            <td>
                                                {if m.on_menu { td_string!(l, meals.on_menu_yes) } else { td_string!(l, meals.on_menu_no) }}
                                                <form method="post" action=SetMealOnMenu::PATH class="inline-form">
                                                    <input type="hidden" name="id" value=id.clone()/>
                                                    <input type="hidden" name="on_menu" value=(!m.on_menu).to_string()/>
                                                    <button type="submit" class="link-button">
                                                        {if m.on_menu { td_string!(l, meals.hide_from_menu) } else { td_string!(l, meals.show_on_menu) }}
                                                    </button>
                                                </form>
                                            </td>
                                            <td class="button-row">
                                                <a class="button secondary" href=format!("/meals/builder?meal={id}")>{t!(i18n, meals.edit_meal)}</a>
                                                <a href=format!("/m/{}/label", m.slug)>{t!(i18n, meals.open_label)}</a>
                                                <details class="confirm">
                                                    <summary class="button danger">{t!(i18n, meals.delete_meal)}</summary>
                                                    <div class="notice" role="group">
                                                        <p>{t!(i18n, meals.delete_confirm)}</p>
                                                        <form method="post" action=DeleteMeal::PATH class="inline-form">
                                                            <input type="hidden" name="id" value=id/>
                                                            <button type="submit" class="button danger">{t!(i18n, meals.delete_yes)}</button>
                                                        </form>
                                                    </div>
                                                </details>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </TableRegion>
                }
            }
        </Listed>
    }
}

/// The restaurant's standing with the county: nothing to say when it is
/// public; otherwise that its meals are not public yet, or why it was
/// suspended, with the county's decisions.
#[component]
fn ListingNotice(m: crate::types::Standing) -> impl IntoView {
    use domain::meals::listing::Listing;
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let lead = match m.listing {
        Listing::Approved => return None,
        Listing::Pending => td_string!(l, meals.my_listing_pending),
        Listing::Suspended => td_string!(l, meals.my_listing_suspended),
    };
    Some(view! {
        <div class="notice" role="status" data-testid="listing-notice">
            <p>{lead}</p>
            {(!m.reason.is_empty()).then(|| view! {
                <p>{td_string!(l, meals.my_listing_reason, reason = m.reason.clone()).to_string()}</p>
            })}
            {(!m.history.is_empty()).then(|| view! {
                <details>
                    <summary>{td_string!(l, meals.my_listing_history)}</summary>
                    <ul>
                        {m.history.iter().map(|e| view! {
                            <li>
                                {platform::format::instant(e.at)} " " {crate::components::sourcing::listing_label(l, e.listing)}
                                {(!e.reason.is_empty()).then(|| format!(": {}", e.reason))}
                            </li>
                        }).collect_view()}
                    </ul>
                </details>
            })}
        </div>
    })
}
