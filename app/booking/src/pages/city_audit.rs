//! The audit log of staff access to registrations, for city administrators.

use crate::server_fns::city::{admin_centres, audit_log};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::format;
use platform::pages::account::AccessProblem;

#[component]
pub fn CityAuditPage() -> impl IntoView {
    let i18n = use_i18n();
    let centre = RwSignal::new(None::<i64>);
    let entries = Resource::new(move || centre.get(), audit_log);
    let centres = Resource::new(|| (), |_| admin_centres());
    view! {
        <Title text=move || t_string!(i18n, staff.audit_title)/>
        <h1>{t!(i18n, staff.audit_heading)}</h1>
        <p>{t!(i18n, staff.audit_intro)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let list = centres.await.unwrap_or_default();
                view! {
                    <label for="audit-centre">{t!(i18n, staff.filter_centre)}</label>
                    <select id="audit-centre" class="field" on:change=move |ev| centre.set(event_target_value(&ev).parse().ok())>
                        <option value="">{t!(i18n, staff.all_centres)}</option>
                        {list.into_iter().map(|c| view! {
                            <option value=c.id.to_string()>{move || format::pick(i18n.get_locale(), &c.name_zh_tw, &c.name_en).to_string()}</option>
                        }).collect_view()}
                    </select>
                }
            })}
        </Suspense>
        <Transition fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
            {move || Suspend::new(async move {
                match entries.await {
                    Err(e) => view! { <AccessProblem error=e/> }.into_any(),
                    Ok(rows) if rows.is_empty() => view! { <p>{t!(i18n, staff.no_audit)}</p> }.into_any(),
                    Ok(rows) => view! {
                        <div class="table-wrap" tabindex="0" role="region" aria-label=move || t_string!(i18n, common.scroll_table)>
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
                                        let (z, e) = (r.centre_zh_tw.clone().unwrap_or_default(), r.centre_en.clone().unwrap_or_default());
                                        view! {
                                            <tr>
                                                <td>{format::instant(r.at)}</td>
                                                <td>{r.actor_email.clone()}</td>
                                                <td>{r.action.clone()}</td>
                                                <td>{r.reference.clone().unwrap_or_default()}</td>
                                                <td>{move || format::pick(i18n.get_locale(), &z, &e).to_string()}</td>
                                                <td>{r.detail.clone()}</td>
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
}
