//! The audit log of staff access to registrations, for city administrators;
//! filtered by centre with a GET form.

use crate::server_fns::city::{admin_centres, audit_log};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::format::{self, Localized};
use platform::layout::{Listed, TableRegion};

#[component]
pub fn CityAuditPage() -> impl IntoView {
    let i18n = use_i18n();
    let centre =
        use_query_map().with_untracked(|q| q.get("centre").and_then(|c| c.parse::<domain::ids::CentreId>().ok()));
    let entries = Resource::new(move || centre, audit_log);
    let centres = Resource::new(|| (), |_| admin_centres());
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), staff.audit_title).to_string()/>
        <h1>{t!(i18n, staff.audit_heading)}</h1>
        <p>{t!(i18n, staff.audit_intro)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let l = i18n.get_locale_untracked();
                let list = centres.await.unwrap_or_default();
                view! {
                    <form method="get" action="/city/audit" class="inline-form">
                        <label for="audit-centre">{t!(i18n, staff.filter_centre)}</label>
                        " "
                        <select id="audit-centre" name="centre" class="field">
                            <option value="">{t!(i18n, staff.all_centres)}</option>
                            {list.into_iter().map(|c| view! {
                                <option value=c.id.to_string() selected=centre == Some(c.id)>
                                    {c.name.tr(l)}
                                </option>
                            }).collect_view()}
                        </select>
                        " "
                        <button type="submit" class="button secondary">{t!(i18n, common.apply)}</button>
                    </form>
                }
            })}
        </Suspense>
        <Listed list=entries empty=move || view! { <p>{t!(i18n, staff.no_audit)}</p> } let:rows>
            {
                let l = i18n.get_locale_untracked();
                view! {
                    <TableRegion>
                        <table>
                            <thead><tr>
                                <th scope="col">{t!(i18n, staff.when)}</th>
                                <th scope="col">{t!(i18n, staff.who)}</th>
                                <th scope="col">{t!(i18n, staff.what)}</th>
                                <th scope="col">{t!(i18n, staff.which)}</th>
                                <th scope="col">{t!(i18n, booking.centre)}</th>
                                <th scope="col">{t!(i18n, staff.detail)}</th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().map(|r| {
                                    let centre = r.centre.as_ref().map(|c| c.tr(l)).unwrap_or_default();
                                    view! {
                                        <tr>
                                            <td>{format::instant(r.at)}</td>
                                            <td>{r.actor_email.clone()}</td>
                                            <td>{crate::labels::audit_action_label(l, &r.action)}</td>
                                            <td>{r.reference.clone().unwrap_or_default()}</td>
                                            <td>{centre}</td>
                                            <td>{r.detail.clone()}</td>
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
