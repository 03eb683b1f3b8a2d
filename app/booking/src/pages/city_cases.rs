//! The city's referral centre: the queue of open cases (families not yet
//! reached first, by their deadline) and one case with its referrals, what
//! was done, and the forms to take it on, record a contact, book the joint
//! assessment for the family and close it. Every form is a plain post that
//! comes back to the case, so the console works without JavaScript.

use crate::labels::{contact_clock_text, stage_label};
use crate::server_fns::cases::{CaseItem, CloseCase, case_queue};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::error::{ErrorText, posted_error};
use platform::format::{self};
use platform::layout::{Loaded, TableRegion};
mod case;
pub use case::*;

/// The clocks of a case in a few words: the report's lateness and the contact deadline.
#[component]
fn Clocks(item: CaseItem) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let c = item.clocks;
    let overdue = c.contact_overdue();
    view! {
        <span class=if overdue { "deadline overdue" } else { "deadline" }>{contact_clock_text(l, c.contact)}</span>
        {c.reported_late.then(|| view! { <br/><span class="badge">{t!(i18n, cases.reported_late)}</span> })}
    }
}

#[component]
fn CaseTable(cases: Vec<CaseItem>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    view! {
        <TableRegion>
            <table class="cases">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, cases.case_number)}</th>
                        <th scope="col">{t!(i18n, booking.child_name)}</th>
                        <th scope="col">{t!(i18n, cases.opened_on)}</th>
                        <th scope="col">{t!(i18n, cases.contact_deadline)}</th>
                        <th scope="col">{t!(i18n, cases.case_status)}</th>
                        <th scope="col">{t!(i18n, cases.assigned_to)}</th>
                    </tr>
                </thead>
                <tbody>
                    {cases.into_iter().map(|c| {
                        let href = format!("/city/cases/{}", c.id);
                        view! {
                            <tr>
                                <td><a href=href class="reference">{c.number.clone()}</a></td>
                                <td>
                                    {c.child_name.clone()}<br/>
                                    <span class="small">{format::date(l, c.birth_date)}</span>
                                </td>
                                <td>
                                    {format::date(l, c.opened_on)}
                                    {(c.referrals > 1).then(|| view! {
                                        <br/><span class="small">{td_string!(l, cases.referral_count, n = c.referrals).to_string()}</span>
                                    })}
                                </td>
                                <td><Clocks item=c.clone()/></td>
                                <td>{stage_label(l, c.stage)}</td>
                                <td>{c.assigned.clone().unwrap_or_else(|| td_string!(l, cases.unassigned).to_string())}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </TableRegion>
    }
}

#[component]
pub fn CityCasesPage() -> impl IntoView {
    let i18n = use_i18n();
    let names = platform::profile::names(i18n.get_locale_untracked());
    let queue = Resource::new(|| (), |_| case_queue());
    let closed_error = posted_error::<CloseCase>();
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), cases.queue_title, city = names.city.as_str(), city_short = names.city_short.as_str()).to_string()/>
        <h1>{t!(i18n, cases.queue_heading)}</h1>
        <p class="lead">{t!(i18n, cases.queue_intro)}</p>
        <ErrorText error=Signal::stored(closed_error)/>
        <Loaded data=queue let:q>
            {
                let overdue = q.open.iter().filter(|c| c.clocks.contact_overdue()).count();
                let l = i18n.get_locale_untracked();
                view! {
                    <p role="status">{td_string!(l, cases.queue_summary, open = q.open.len(), overdue = overdue).to_string()}</p>
                    <h2>{t!(i18n, cases.open_heading)}</h2>
                    {if q.open.is_empty() {
                        view! { <p>{t!(i18n, cases.queue_empty)}</p> }.into_any()
                    } else {
                        view! { <CaseTable cases=q.open.clone()/> }.into_any()
                    }}
                    <h2>{t!(i18n, cases.closed_heading)}</h2>
                    {if q.closed.is_empty() {
                        view! { <p>{t!(i18n, cases.closed_empty)}</p> }.into_any()
                    } else {
                        view! { <CaseTable cases=q.closed.clone()/> }.into_any()
                    }}
                }
            }
        </Loaded>
    }
}
