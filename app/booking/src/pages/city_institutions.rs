//! The institutions whose staff refer children (kindergartens and schools,
//! clinics and hospitals, social-welfare agencies): the city adds them here,
//! then creates their reporters' accounts on the accounts page.

use crate::labels::reporter_kind_label;
use crate::server_fns::city::{AddInstitution, list_institutions};
use domain::Named;
use domain::booking::case::InstitutionKind;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::error::{ErrorText, posted_error, typed_back};
use platform::format::Localized;
use platform::layout::{Listed, TableRegion};
use server_fn::ServerFn;

#[component]
pub fn CityInstitutionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let names = platform::profile::names(i18n.get_locale_untracked());
    let l = i18n.get_locale_untracked();
    let list = Resource::new(|| (), |_| list_institutions());
    let error = posted_error::<AddInstitution>();
    let added = error.is_none() && use_query_map().with_untracked(|q| q.get("added").is_some());
    let typed = typed_back::<AddInstitution>();
    let kind = typed.or("kind", InstitutionKind::School.as_str());
    let district = typed.or("district", "");
    view! {
        <Title text=td_string!(l, cases.institutions_title, city = names.city.as_str(), city_short = names.city_short.as_str()).to_string()/>
        <h1>{t!(i18n, cases.institutions_heading)}</h1>
        <p class="lead">{t!(i18n, cases.institutions_intro)} " " <a href="/accounts">{t!(i18n, cases.institutions_accounts)}</a></p>
        <h2>{t!(i18n, cases.institution_add)}</h2>
        <form class="form narrow" method="post" action=AddInstitution::PATH>
            <ErrorText error=Signal::stored(error)/>
            {added.then(|| view! { <p class="success" role="status">{t!(i18n, cases.institution_added)}</p> })}
            <label for="i-zh">{t!(i18n, staff.name_zh)}</label>
            <input id="i-zh" name="name[zh_tw]" type="text" required maxlength="60" value=typed.get("name[zh_tw]")/>
            <label for="i-en">{t!(i18n, staff.name_en)}</label>
            <input id="i-en" name="name[en]" type="text" required maxlength="120" value=typed.get("name[en]")/>
            <label for="i-kind">{t!(i18n, cases.institution_kind)}</label>
            <select id="i-kind" name="kind">
                {InstitutionKind::all().map(|k| view! {
                    <option value=k.as_str() selected={kind == k.as_str()}>{reporter_kind_label(l, k.into())}</option>
                }).collect_view()}
            </select>
            <label for="i-district">{t!(i18n, booking.district)}</label>
            <select id="i-district" name="district">
                {crate::labels::district_choices(l).into_iter().map(|(d, _)| d).map(|d| view! {
                    <option value=d.as_str() selected={district == d.as_str()}>{crate::labels::district_name(l, d)}</option>
                }).collect_view()}
            </select>
            <button type="submit" class="button">{t!(i18n, cases.institution_add_button)}</button>
        </form>
        <h2>{t!(i18n, cases.institutions_list)}</h2>
        <Listed list empty=move || view! { <p>{t!(i18n, cases.institutions_empty)}</p> } let:rows>
            {view! {
                <TableRegion>
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{t!(i18n, cases.institution_name)}</th>
                                <th scope="col">{t!(i18n, cases.institution_kind)}</th>
                                <th scope="col">{t!(i18n, booking.district)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|i| view! {
                                <tr>
                                    <td>{i.name.tr(l)}</td>
                                    <td>{reporter_kind_label(l, i.kind.into())}</td>
                                    <td>{crate::labels::district_name(l, i.district)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </TableRegion>
            }}
        </Listed>
    }
}
