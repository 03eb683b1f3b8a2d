//! City administration of the centre directory and of staff assignment.
//! Plain forms: each save comes back to this page with what was saved.

use crate::error::AppError;
use crate::labels::discipline_label;
use crate::server_fns::city::{AssignStaff, SaveCentre, StaffMember, admin_centres, centre_staff_members};
use crate::types::CentreView;
use domain::booking::session_plan::Discipline;
use domain::{Bilingual, Named};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::echo::Typed;
use platform::error::{ErrorText, posted_error, typed_back};
use platform::format::Localized;
use platform::layout::{Loaded, TableRegion};
use server_fn::ServerFn;

#[component]
fn CentreEditor(
    centre: Option<CentreView>,
    /// What was typed in this editor when the server refused it.
    typed: Typed,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let c = centre.clone().unwrap_or(CentreView {
        id: domain::ids::CentreId(0),
        name: Bilingual::default(),
        // Not shown: a new centre's form selects the profile's first district.
        district: domain::booking::District::of("New"),
        address: Bilingual::default(),
        phone: String::new(),
        disciplines: Discipline::all().collect(),
        checkin_time: "08:30".into(),
        notes: Bilingual::default(),
        next_available: None,
        demo: false,
        active: true,
    });
    let id = centre.as_ref().map(|c| c.id);
    let t = |key: &str, current: &str| typed.or(&format!("form{key}"), current);
    let current = centre.as_ref().map(|c| c.district.to_string()).unwrap_or_default();
    let district = t("[district]", &current);
    let prefix = format!("c{}", id.map_or(0, |i| i.get()));
    let fid = move |f: &str| format!("{prefix}-{f}");
    view! {
        <form class="form" method="post" action=SaveCentre::PATH>
            {id.map(|id| view! { <input type="hidden" name="form[id]" value=id.to_string()/> })}
            <label for=fid("name-zh")>{t!(i18n, staff.name_zh)}</label>
            <input id=fid("name-zh") name="form[name][zh_tw]" type="text" required maxlength="60" value=t("[name][zh_tw]", &c.name.zh_tw)/>
            <label for=fid("name-en")>{t!(i18n, staff.name_en)}</label>
            <input id=fid("name-en") name="form[name][en]" type="text" required maxlength="120" value=t("[name][en]", &c.name.en)/>
            <label for=fid("district")>{t!(i18n, booking.district)}</label>
            <select id=fid("district") name="form[district]">
                {crate::labels::district_choices(l).into_iter().map(|(d, _)| d).map(|d| {
                    view! { <option value=d.as_str() selected=district == d.as_str()>{crate::labels::district_name(l, d)}</option> }
                }).collect_view()}
            </select>
            <label for=fid("addr-zh")>{t!(i18n, staff.address_zh)}</label>
            <input id=fid("addr-zh") name="form[address][zh_tw]" type="text" required maxlength="120" value=t("[address][zh_tw]", &c.address.zh_tw)/>
            <label for=fid("addr-en")>{t!(i18n, staff.address_en)}</label>
            <input id=fid("addr-en") name="form[address][en]" type="text" required maxlength="200" value=t("[address][en]", &c.address.en)/>
            <label for=fid("phone")>{t!(i18n, staff.phone)}</label>
            <input id=fid("phone") name="form[phone]" type="tel" required value=t("[phone]", &c.phone)/>
            <label for=fid("checkin")>{t!(i18n, staff.checkin_time)}</label>
            <input id=fid("checkin") name="form[checkin_time]" type="time" required value=t("[checkin_time]", &c.checkin_time)/>
            <fieldset>
                <legend>{t!(i18n, booking.disciplines)}</legend>
                {Discipline::all().map(|d| view! {
                    <label class="choice">
                        <input type="checkbox" name="form[disciplines][]" value=d.as_str()
                            checked=if typed.is_empty() { c.disciplines.contains(&d) } else { typed.has("form[disciplines][]", d.as_str()) }/>
                        {discipline_label(l, d)}
                    </label>
                }).collect_view()}
            </fieldset>
            <label for=fid("notes-zh")>{t!(i18n, staff.notes_zh)}</label>
            <textarea id=fid("notes-zh") name="form[notes][zh_tw]" rows="2" maxlength="500">{t("[notes][zh_tw]", &c.notes.zh_tw)}</textarea>
            <label for=fid("notes-en")>{t!(i18n, staff.notes_en)}</label>
            <textarea id=fid("notes-en") name="form[notes][en]" rows="2" maxlength="800">{t("[notes][en]", &c.notes.en)}</textarea>
            <label class="choice"><input type="checkbox" name="form[active]" value="true"
                checked=if typed.is_empty() { c.active } else { typed.has("form[active]", "true") }/>{t!(i18n, staff.active)}</label>
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
                                {c.name.tr(l)}
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
            q.get("saved").and_then(|s| s.parse::<domain::ids::CentreId>().ok()),
            q.get("assigned").is_some(),
        )
    });
    let error = posted_error::<SaveCentre>().or_else(posted_error::<AssignStaff>);
    let typed = typed_back::<SaveCentre>();
    // The refused editor is the one whose centre the form named (none: the new centre).
    let typed_for = std::sync::Arc::new(move |id: Option<domain::ids::CentreId>| {
        let named = typed.get("form[id]").parse::<domain::ids::CentreId>().ok();
        if !typed.is_empty() && named == id {
            typed.clone()
        } else {
            Typed::default()
        }
    });
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), staff.city_centres_title).to_string()/>
        <h1>{t!(i18n, staff.city_centres_heading)}</h1>
        <ErrorText error=Signal::stored(error.clone())/>
        {(saved.is_some() && error.is_none()).then(|| view! { <p class="success" role="status">{t!(i18n, staff.centre_saved)}</p> })}
        {(assigned && error.is_none()).then(|| view! { <p class="success" role="status">{t!(i18n, common.saved)}</p> })}
        <Loaded data let:loaded>
            {
                let (centres, staff) = loaded;
                let l = i18n.get_locale_untracked();
                let for_staff = centres.clone();
                view! {
                    <details class="panel" open=!typed_for(None).is_empty()>
                        <summary>{t!(i18n, staff.new_centre)}</summary>
                        <CentreEditor centre=None typed=typed_for(None)/>
                    </details>
                    {centres.into_iter().map(|c| view! {
                        <details class="panel" id=format!("centre-{}", c.id) open={saved == Some(c.id) || !typed_for(Some(c.id)).is_empty()}>
                            <summary>{c.name.tr(l)}
                                {(!c.active).then(|| view! { " · " {t!(i18n, staff.closed)} })}</summary>
                            <CentreEditor centre=Some(c.clone()) typed=typed_for(Some(c.id))/>
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
                }
            }
        </Loaded>
    }
}
