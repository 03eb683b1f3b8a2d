//! The county's review of restaurants: who is waiting, who is public, who
//! is suspended and why; approve, or suspend with a reason the restaurant
//! is told.

use crate::components::sourcing::listing_label;
use crate::server_fns::listing::{DecideListing, county_restaurants};
use domain::Named;
use domain::meals::listing::{Listing, ListingAction};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::error::{ErrorText, posted_error};
use platform::format::Localized;
use platform::layout::{Listed, TableRegion};
use server_fn::ServerFn;

fn listing_class(x: Listing) -> &'static str {
    match x {
        Listing::Pending => "badge pending",
        Listing::Approved => "badge approved",
        Listing::Suspended => "badge suspended",
    }
}

#[component]
pub fn CountyRestaurantsPage() -> impl IntoView {
    let i18n = use_i18n();
    let list = Resource::new(|| (), |_| county_restaurants());
    let error = posted_error::<DecideListing>();
    let done = use_query_map().with_untracked(|q| q.get("done"));
    let notice = done
        .filter(|_| error.is_none())
        .and_then(|d| ListingAction::parse(&d))
        .map(|a| {
            let l = i18n.get_locale_untracked();
            match a {
                ListingAction::Approve => td_string!(l, meals.listing_approved_notice),
                ListingAction::Suspend => td_string!(l, meals.listing_suspended_notice),
            }
        });
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), meals.county_restaurants_title).to_string()/>
        <h1>{t!(i18n, meals.county_restaurants_heading)}</h1>
        <p>{t!(i18n, meals.county_restaurants_intro)}</p>
        {notice.map(|n| view! { <p class="success" role="status">{n}</p> })}
        <ErrorText error=Signal::stored(error)/>
        <Listed list empty=move || view! { <p>{t!(i18n, meals.no_restaurants)}</p> } let:rows>
            {
                let l = i18n.get_locale_untracked();
                let waiting = rows.iter().filter(|r| r.listing == Listing::Pending).count();
                view! {
                    <p role="status">{td_string!(l, meals.restaurants_waiting, n = waiting).to_string()}</p>
                    <TableRegion>
                        <table class="listing-table">
                            <thead><tr>
                                <th scope="col">{t!(i18n, meals.restaurant)}</th>
                                <th scope="col">{t!(i18n, meals.township)}</th>
                                <th scope="col">{t!(i18n, meals.listing)}</th>
                                <th scope="col">{t!(i18n, meals.meals_on_menu)}</th>
                                <th scope="col">{t!(i18n, common.actions)}</th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().map(|r| {
                                    let id = r.id.get().to_string();
                                    let name = r.name.tr(l);
                                    let since = r.changed_at.map(platform::format::instant);
                                    let approve = ListingAction::Approve.applies_to().contains(&r.listing);
                                    let suspend = ListingAction::Suspend.applies_to().contains(&r.listing);
                                    let reason_id = format!("reason-{id}");
                                    view! {
                                        <tr data-restaurant=id.clone()>
                                            <th scope="row">{name.clone()}</th>
                                            <td>{crate::labels::township_label(l, r.township)}</td>
                                            <td>
                                                <span class=listing_class(r.listing)>{listing_label(l, r.listing)}</span>
                                                {since.map(|s| view! { <br/><span class="small">{s}</span> })}
                                                {(!r.reason.is_empty()).then(|| view! { <br/><span class="small">{r.reason.clone()}</span> })}
                                            </td>
                                            <td>{format!("{} / {}", r.on_menu, r.meals)}</td>
                                            <td>
                                                {approve.then(|| view! {
                                                    <form method="post" action=DecideListing::PATH class="inline-form">
                                                        <input type="hidden" name="restaurant" value=id.clone()/>
                                                        <input type="hidden" name="action" value="approve"/>
                                                        <input type="hidden" name="reason" value=""/>
                                                        <button type="submit" class="button" aria-label=td_string!(l, meals.approve_named, name = name.clone()).to_string()>
                                                            {td_string!(l, meals.approve)}
                                                        </button>
                                                    </form>
                                                })}
                                                {suspend.then(|| view! {
                                                    <details class="confirm">
                                                        <summary class="button danger">
                                                            {if r.listing == Listing::Pending { td_string!(l, meals.refuse) } else { td_string!(l, meals.suspend) }}
                                                        </summary>
                                                        <form method="post" action=DecideListing::PATH class="form">
                                                            <input type="hidden" name="restaurant" value=id.clone()/>
                                                            <input type="hidden" name="action" value="suspend"/>
                                                            <label for=reason_id.clone()>{td_string!(l, meals.suspend_reason, name = name.clone()).to_string()}</label>
                                                            <textarea id=reason_id name="reason" required maxlength="500" rows="3"></textarea>
                                                            <button type="submit" class="button danger">{td_string!(l, meals.suspend_confirm)}</button>
                                                        </form>
                                                    </details>
                                                })}
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
