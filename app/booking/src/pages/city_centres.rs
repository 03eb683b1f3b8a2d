//! City administration of the centre directory and of staff assignment.

use crate::components::{discipline_label, district_label};
use crate::server_fns::city::{
    CentreForm, DISTRICTS, StaffMember, admin_centres, assign_staff, centre_staff_members, save_centre,
};
use crate::types::CentreView;
use domain::booking::session_plan::Discipline;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::AppError;
use platform::format;
use platform::layout::ErrorText;
use platform::pages::account::AccessProblem;

#[component]
fn CentreEditor(centre: Option<CentreView>, on_saved: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let c = centre.clone();
    let id = c.as_ref().map(|c| c.id);
    let s = |f: fn(&CentreView) -> String| RwSignal::new(c.as_ref().map(f).unwrap_or_default());
    let name_zh = s(|c| c.name_zh_tw.clone());
    let name_en = s(|c| c.name_en.clone());
    let district = RwSignal::new(
        c.as_ref()
            .map(|c| c.district.clone())
            .unwrap_or_else(|| "Taoyuan".into()),
    );
    let address_zh = s(|c| c.address_zh_tw.clone());
    let address_en = s(|c| c.address_en.clone());
    let phone = s(|c| c.phone.clone());
    let checkin = RwSignal::new(
        c.as_ref()
            .map(|c| c.checkin_time.clone())
            .unwrap_or_else(|| "08:30".into()),
    );
    let notes_zh = s(|c| c.notes_zh_tw.clone());
    let notes_en = s(|c| c.notes_en.clone());
    let active = RwSignal::new(c.as_ref().map(|c| c.active).unwrap_or(true));
    let disciplines = RwSignal::new(
        c.as_ref()
            .map(|c| c.disciplines.clone())
            .unwrap_or_else(|| Discipline::ALL.to_vec()),
    );
    let save = Action::new(move |f: &CentreForm| save_centre(f.clone()));
    let error = RwSignal::new(None::<AppError>);
    Effect::new(move |_| match save.value().get() {
        Some(Ok(_)) => {
            error.set(None);
            on_saved.run(());
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let prefix = format!("c{}", id.unwrap_or(0));
    let fid = move |f: &str| format!("{prefix}-{f}");
    view! {
        <form class="form" on:submit=move |ev| {
            ev.prevent_default();
            save.dispatch(CentreForm {
                id,
                name_zh_tw: name_zh.get_untracked(),
                name_en: name_en.get_untracked(),
                district: district.get_untracked(),
                address_zh_tw: address_zh.get_untracked(),
                address_en: address_en.get_untracked(),
                phone: phone.get_untracked(),
                disciplines: disciplines.get_untracked(),
                checkin_time: checkin.get_untracked(),
                notes_zh_tw: notes_zh.get_untracked(),
                notes_en: notes_en.get_untracked(),
                active: active.get_untracked(),
            });
        }>
            <ErrorText error=error/>
            {move || matches!(save.value().get(), Some(Ok(_))).then(|| view! { <p class="success" role="status">{t!(i18n, staff.centre_saved)}</p> })}
            <label for=fid("name-zh")>{t!(i18n, staff.name_zh)}</label>
            <input id=fid("name-zh") type="text" required maxlength="60" bind:value=name_zh/>
            <label for=fid("name-en")>{t!(i18n, staff.name_en)}</label>
            <input id=fid("name-en") type="text" required maxlength="120" bind:value=name_en/>
            <label for=fid("district")>{t!(i18n, booking.district)}</label>
            <select id=fid("district") on:change=move |ev| district.set(event_target_value(&ev))>
                {DISTRICTS.iter().map(|(en, _)| {
                    let en = *en;
                    view! { <option value=en selected=move || district.get() == en>{move || district_label(i18n.get_locale(), en)}</option> }
                }).collect_view()}
            </select>
            <label for=fid("addr-zh")>{t!(i18n, staff.address_zh)}</label>
            <input id=fid("addr-zh") type="text" required maxlength="120" bind:value=address_zh/>
            <label for=fid("addr-en")>{t!(i18n, staff.address_en)}</label>
            <input id=fid("addr-en") type="text" required maxlength="200" bind:value=address_en/>
            <label for=fid("phone")>{t!(i18n, staff.phone)}</label>
            <input id=fid("phone") type="tel" required bind:value=phone/>
            <label for=fid("checkin")>{t!(i18n, staff.checkin_time)}</label>
            <input id=fid("checkin") type="time" required bind:value=checkin/>
            <fieldset>
                <legend>{t!(i18n, booking.disciplines)}</legend>
                {Discipline::ALL.into_iter().map(|d| view! {
                    <label class="choice">
                        <input type="checkbox" prop:checked=move || disciplines.with(|v| v.contains(&d))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                disciplines.update(|v| { v.retain(|x| *x != d); if on { v.push(d); } });
                            }/>
                        {move || discipline_label(i18n.get_locale(), d)}
                    </label>
                }).collect_view()}
            </fieldset>
            <label for=fid("notes-zh")>{t!(i18n, staff.notes_zh)}</label>
            <textarea id=fid("notes-zh") rows="2" maxlength="500" bind:value=notes_zh></textarea>
            <label for=fid("notes-en")>{t!(i18n, staff.notes_en)}</label>
            <textarea id=fid("notes-en") rows="2" maxlength="800" bind:value=notes_en></textarea>
            <label class="choice"><input type="checkbox" bind:checked=active/>{t!(i18n, staff.active)}</label>
            <button type="submit" class="button">{t!(i18n, staff.save_centre)}</button>
        </form>
    }
    .into_any()
}

#[component]
fn StaffAssignment(member: StaffMember, centres: Vec<CentreView>, on_done: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = RwSignal::new(member.centre_id);
    let uid = member.id;
    let assign = Action::new(move |_: &()| {
        let c = chosen.get_untracked();
        async move { assign_staff(uid, c).await }
    });
    Effect::new(move |_| {
        if matches!(assign.value().get(), Some(Ok(()))) {
            on_done.run(());
        }
    });
    let error = Signal::derive(move || assign.value().get().and_then(|r| r.err()));
    let sel = format!("assign-{uid}");
    view! {
        <tr>
            <td>{member.display_name.clone()}<br/><span class="small">{member.email.clone()}</span></td>
            <td>
                <label class="visually-hidden" for=sel.clone()>{t!(i18n, booking.centre)}</label>
                <select id=sel class="field" on:change=move |ev| { if let Ok(v) = event_target_value(&ev).parse() { chosen.set(v); } }>
                    {centres.into_iter().map(|c| view! {
                        <option value=c.id.to_string() selected=move || chosen.get() == c.id>
                            {move || format::pick(i18n.get_locale(), &c.name_zh_tw, &c.name_en).to_string()}
                        </option>
                    }).collect_view()}
                </select>
            </td>
            <td>
                <ErrorText error/>
                <button type="button" class="button secondary" on:click=move |_| { assign.dispatch(()); }>{t!(i18n, staff.assign)}</button>
            </td>
        </tr>
    }
    .into_any()
}

#[component]
pub fn CityCentresPage() -> impl IntoView {
    let i18n = use_i18n();
    let version = RwSignal::new(0u32);
    let data = Resource::new(
        move || version.get(),
        |_| async move { Ok::<_, AppError>((admin_centres().await?, centre_staff_members().await?)) },
    );
    let reload = Callback::new(move |_| version.update(|v| *v += 1));
    view! {
        <Title text=move || t_string!(i18n, staff.city_centres_title)/>
        <h1>{t!(i18n, staff.city_centres_heading)}</h1>
        <Transition fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => view! { <AccessProblem error=e/> }.into_any(),
                    Ok((centres, staff)) => {
                        let for_staff = centres.clone();
                        view! {
                            <details class="panel">
                                <summary>{t!(i18n, staff.new_centre)}</summary>
                                <CentreEditor centre=None on_saved=reload/>
                            </details>
                            {centres.into_iter().map(|c| {
                                let (z, e) = (c.name_zh_tw.clone(), c.name_en.clone());
                                view! {
                                    <details class="panel">
                                        <summary>{move || format::pick(i18n.get_locale(), &z, &e).to_string()}
                                            {(!c.active).then(|| view! { " · " {t!(i18n, staff.closed)} })}</summary>
                                        <CentreEditor centre=Some(c.clone()) on_saved=reload/>
                                    </details>
                                }
                            }).collect_view()}
                            <h2>{t!(i18n, staff.staff_heading)}</h2>
                            <p>{t!(i18n, staff.staff_intro)}</p>
                            <div class="table-wrap" tabindex="0" role="region" aria-label=move || t_string!(i18n, common.scroll_table)>
                                <table>
                                    <thead><tr>
                                        <th scope="col">{t!(i18n, staff.who)}</th>
                                        <th scope="col">{t!(i18n, booking.centre)}</th>
                                        <th scope="col">{t!(i18n, staff.actions)}</th>
                                    </tr></thead>
                                    <tbody>
                                        {staff.into_iter().map(|m| view! { <StaffAssignment member=m centres=for_staff.clone() on_done=reload/> }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                        }.into_any()
                    }
                }
            })}
        </Transition>
    }
    .into_any()
}
