//! City administration of the centre directory and of staff assignment.
//! Plain forms: each save comes back to this page with what was saved.

use crate::components::{discipline_label, district_label};
use crate::server_fns::city::{AssignStaff, DISTRICTS, SaveCentre, StaffMember, admin_centres, centre_staff_members};
use crate::types::CentreView;
use domain::Named;
use domain::booking::session_plan::Discipline;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::AppError;
use platform::format;
use platform::layout::{ErrorText, TableRegion, posted_error};
use platform::pages::account::AccessProblem;
use server_fn::ServerFn;

#[component]
fn CentreEditor(centre: Option<CentreView>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let c = centre.clone().unwrap_or(CentreView {
        id: 0,
        name_zh_tw: String::new(),
        name_en: String::new(),
        district: "Taoyuan".into(),
        address_zh_tw: String::new(),
        address_en: String::new(),
        phone: String::new(),
        disciplines: Discipline::all().collect(),
        checkin_time: "08:30".into(),
        notes_zh_tw: String::new(),
        notes_en: String::new(),
        next_available: None,
        demo: false,
        active: true,
    });
    let id = centre.as_ref().map(|c| c.id);
    let prefix = format!("c{}", id.unwrap_or(0));
    let fid = move |f: &str| format!("{prefix}-{f}");
    view! {
        <form class="form" method="post" action=SaveCentre::PATH>
            {id.map(|id| view! { <input type="hidden" name="form[id]" value=id.to_string()/> })}
            <label for=fid("name-zh")>{t!(i18n, staff.name_zh)}</label>
            <input id=fid("name-zh") name="form[name_zh_tw]" type="text" required maxlength="60" value=c.name_zh_tw.clone()/>
            <label for=fid("name-en")>{t!(i18n, staff.name_en)}</label>
            <input id=fid("name-en") name="form[name_en]" type="text" required maxlength="120" value=c.name_en.clone()/>
            <label for=fid("district")>{t!(i18n, booking.district)}</label>
            <select id=fid("district") name="form[district]">
                {DISTRICTS.iter().map(|(en, _)| {
                    let en = *en;
                    view! { <option value=en selected=c.district == en>{district_label(l, en)}</option> }
                }).collect_view()}
            </select>
            <label for=fid("addr-zh")>{t!(i18n, staff.address_zh)}</label>
            <input id=fid("addr-zh") name="form[address_zh_tw]" type="text" required maxlength="120" value=c.address_zh_tw.clone()/>
            <label for=fid("addr-en")>{t!(i18n, staff.address_en)}</label>
            <input id=fid("addr-en") name="form[address_en]" type="text" required maxlength="200" value=c.address_en.clone()/>
            <label for=fid("phone")>{t!(i18n, staff.phone)}</label>
            <input id=fid("phone") name="form[phone]" type="tel" required value=c.phone.clone()/>
            <label for=fid("checkin")>{t!(i18n, staff.checkin_time)}</label>
            <input id=fid("checkin") name="form[checkin_time]" type="time" required value=c.checkin_time.clone()/>
            <fieldset>
                <legend>{t!(i18n, booking.disciplines)}</legend>
                {Discipline::all().map(|d| view! {
                    <label class="choice">
                        <input type="checkbox" name="form[disciplines][]" value=d.as_str() checked=c.disciplines.contains(&d)/>
                        {discipline_label(l, d)}
                    </label>
                }).collect_view()}
            </fieldset>
            <label for=fid("notes-zh")>{t!(i18n, staff.notes_zh)}</label>
            <textarea id=fid("notes-zh") name="form[notes_zh_tw]" rows="2" maxlength="500">{c.notes_zh_tw.clone()}</textarea>
            <label for=fid("notes-en")>{t!(i18n, staff.notes_en)}</label>
            <textarea id=fid("notes-en") name="form[notes_en]" rows="2" maxlength="800">{c.notes_en.clone()}</textarea>
            <label class="choice"><input type="checkbox" name="form[active]" value="true" checked=c.active/>{t!(i18n, staff.active)}</label>
            <button type="submit" class="button">{t!(i18n, staff.save_centre)}</button>
        </form>
    }
}

#[component]
fn StaffAssignment(member: StaffMember, centres: Vec<CentreView>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let sel = format!("assign-{}", member.id);
    view! {
        <tr>
            <td>{member.display_name.clone()}<br/><span class="small">{member.email.clone()}</span></td>
            <td colspan="2">
                <form method="post" action=AssignStaff::PATH class="inline-form">
                    <input type="hidden" name="user_id" value=member.id.to_string()/>
                    <label class="visually-hidden" for=sel.clone()>{t!(i18n, booking.centre)}</label>
                    <select id=sel name="centre_id" class="field">
                        {centres.into_iter().map(|c| view! {
                            <option value=c.id.to_string() selected=member.centre_id == c.id>
                                {format::pick(l, &c.name_zh_tw, &c.name_en).to_string()}
                            </option>
                        }).collect_view()}
                    </select>
                    " "
                    <button type="submit" class="button secondary">{t!(i18n, staff.assign)}</button>
                </form>
            </td>
        </tr>
    }
}

#[component]
pub fn CityCentresPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(
        || (),
        |_| async move { Ok::<_, AppError>((admin_centres().await?, centre_staff_members().await?)) },
    );
    let (saved, assigned) = use_query_map().with_untracked(|q| {
        (
            q.get("saved").and_then(|s| s.parse::<i64>().ok()),
            q.get("assigned").is_some(),
        )
    });
    let error = posted_error::<SaveCentre>().or_else(posted_error::<AssignStaff>);
    view! {
        <Title text=move || t_string!(i18n, staff.city_centres_title)/>
        <h1>{t!(i18n, staff.city_centres_heading)}</h1>
        <ErrorText error=Signal::stored(error.clone())/>
        {(saved.is_some() && error.is_none()).then(|| view! { <p class="success" role="status">{t!(i18n, staff.centre_saved)}</p> })}
        {(assigned && error.is_none()).then(|| view! { <p class="success" role="status">{t!(i18n, common.saved)}</p> })}
        <Suspense fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
            {move || Suspend::new(async move {
                let l = i18n.get_locale_untracked();
                match data.await {
                    Err(e) => view! { <AccessProblem error=e/> }.into_any(),
                    Ok((centres, staff)) => {
                        let for_staff = centres.clone();
                        view! {
                            <details class="panel">
                                <summary>{t!(i18n, staff.new_centre)}</summary>
                                <CentreEditor centre=None/>
                            </details>
                            {centres.into_iter().map(|c| view! {
                                <details class="panel" id=format!("centre-{}", c.id) open=saved == Some(c.id)>
                                    <summary>{format::pick(l, &c.name_zh_tw, &c.name_en).to_string()}
                                        {(!c.active).then(|| view! { " · " {t!(i18n, staff.closed)} })}</summary>
                                    <CentreEditor centre=Some(c.clone())/>
                                </details>
                            }).collect_view()}
                            <h2 id="staff">{t!(i18n, staff.staff_heading)}</h2>
                            <p>{t!(i18n, staff.staff_intro)}</p>
                            <TableRegion>
                                <table>
                                    <thead><tr>
                                        <th scope="col">{t!(i18n, staff.who)}</th>
                                        <th scope="col">{t!(i18n, booking.centre)}</th>
                                        <th scope="col">{t!(i18n, staff.actions)}</th>
                                    </tr></thead>
                                    <tbody>
                                        {staff.into_iter().map(|m| view! { <StaffAssignment member=m centres=for_staff.clone()/> }).collect_view()}
                                    </tbody>
                                </table>
                            </TableRegion>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}
