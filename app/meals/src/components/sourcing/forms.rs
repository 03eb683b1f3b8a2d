//! The forms that add a supplier and what it grows.

use crate::error::AppError;
use crate::labels::*;
use crate::server_fns::sourcing::{AddProduce, AddSupplier};
use domain::Named;
use domain::meals::sourcing::FarmCertification;
use domain::meals::supplier::SupplierKind;
use i18n::*;
use leptos::prelude::*;
use platform::error::{FieldError, described_by, field_invalid};
use platform::format::Localized;
use server_fn::ServerFn;

/// The form that adds a supplier (a restaurant's own, or the county's
/// directory farm: the server decides by who is signed in).
#[component]
pub fn SupplierForm(error: Option<AppError>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let typed = platform::error::typed_back::<AddSupplier>();
    let error = Signal::stored(error);
    let chosen_kind = typed.or("kind", "farm");
    let townships = crate::labels::township_choices(l);
    // The county's first township (its seat, in the profile's order) until one is chosen.
    let first = townships.first().map(|(t, _)| t.to_string()).unwrap_or_default();
    let chosen_place = typed.or("locality", first);
    let chosen_cert = typed.get("certification");
    view! {
        <form method="post" action=AddSupplier::PATH class="form">
            <platform::error::ErrorText error/>
            <label for="kind">{t!(i18n, meals.supplier_kind)}</label>
            <select id="kind" name="kind" class="field">
                {SupplierKind::all().map(|k| view! {
                    <option value=k.as_str() selected=k.as_str() == chosen_kind>{kind_label(l, k)}</option>
                }).collect_view()}
            </select>
            <label for="name_zh">{t!(i18n, meals.supplier_name_zh)}</label>
            <input id="name_zh" name="name_zh" type="text" required maxlength="60" value=typed.get("name_zh")
                aria-invalid=field_invalid(error, "name_zh") aria-describedby=described_by(error, "name_zh", None, "name_zh-error")/>
            <FieldError error field="name_zh" id="name_zh-error"/>
            <label for="name_en">{t!(i18n, meals.supplier_name_en)}</label>
            <input id="name_en" name="name_en" type="text" maxlength="60" value=typed.get("name_en")/>
            <label for="locality">{t!(i18n, meals.supplier_locality)}</label>
            <select id="locality" name="locality" class="field">
                <optgroup label=td_string!(l, meals.taitung_townships, county = platform::profile::names(l).county).to_string()>
                    {townships.into_iter().map(|(t, name)| view! {
                        <option value=t.to_string() selected=t.as_str() == chosen_place>{name}</option>
                    }).collect_view()}
                </optgroup>
                <optgroup label=td_string!(l, meals.rest_of_taiwan)>
                    {crate::labels::county_choices(l).into_iter().map(|(c, name)| view! {
                        <option value=c.as_str() selected=c.as_str() == chosen_place>{name}</option>
                    }).collect_view()}
                </optgroup>
            </select>
            <fieldset>
                <legend>{t!(i18n, meals.supplier_location)}</legend>
                <p class="hint" id="location-hint">{t!(i18n, meals.supplier_location_hint)}</p>
                <div class="row">
                    <span>
                        <label for="lat">{t!(i18n, meals.latitude)}</label>
                        <input id="lat" name="lat" type="text" inputmode="decimal" size="10" value=typed.get("lat")
                            aria-invalid=field_invalid(error, "lat") aria-describedby=described_by(error, "lat", Some("location-hint"), "lat-error")/>
                    </span>
                    <span>
                        <label for="lon">{t!(i18n, meals.longitude)}</label>
                        <input id="lon" name="lon" type="text" inputmode="decimal" size="10" value=typed.get("lon") aria-describedby="location-hint"/>
                    </span>
                </div>
                <FieldError error field="lat" id="lat-error"/>
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, meals.certificate)}</legend>
                <label for="certification">{t!(i18n, meals.certification)}</label>
                <select id="certification" name="certification" class="field">
                    <option value="">{t!(i18n, meals.cert_none)}</option>
                    {FarmCertification::all().map(|c| view! {
                        <option value=c.as_str() selected=c.as_str() == chosen_cert>{certification_label(l, c)}</option>
                    }).collect_view()}
                </select>
                <label for="certificate_number">{t!(i18n, meals.certificate_number)}</label>
                <input id="certificate_number" name="certificate_number" type="text" maxlength="80" value=typed.get("certificate_number")
                    aria-invalid=field_invalid(error, "certificate_number")
                    aria-describedby=described_by(error, "certificate_number", None, "certificate_number-error")/>
                <FieldError error field="certificate_number" id="certificate_number-error"/>
                <label for="certificate_body">{t!(i18n, meals.certificate_body)}</label>
                <input id="certificate_body" name="certificate_body" type="text" maxlength="80" value=typed.get("certificate_body")/>
                <label for="certificate_expires">{t!(i18n, meals.certificate_expires)}</label>
                <input id="certificate_expires" name="certificate_expires" type="date" value=typed.get("certificate_expires")/>
            </fieldset>
            <button type="submit" class="button">{t!(i18n, meals.add_supplier)}</button>
        </form>
    }
}

/// The form that adds a product with its months to a supplier.
#[component]
pub fn ProduceForm(
    supplier: domain::ids::SupplierId,
    /// The standard's ingredients (id, name), to say which one it is.
    ingredients: Vec<(String, domain::Bilingual)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let id = supplier.get();
    let months = move || {
        (1..=12u32)
            .map(|m| view! { <option value=m.to_string()>{month_name(l, m)}</option> })
            .collect_view()
    };
    view! {
        <details class="produce-form">
            <summary>{t!(i18n, meals.add_produce)}</summary>
            <form method="post" action=AddProduce::PATH class="form">
                <input type="hidden" name="supplier" value=id.to_string()/>
                <label for=format!("pz-{id}")>{t!(i18n, meals.produce_name_zh)}</label>
                <input id=format!("pz-{id}") name="name_zh" type="text" required maxlength="60"/>
                <label for=format!("pe-{id}")>{t!(i18n, meals.produce_name_en)}</label>
                <input id=format!("pe-{id}") name="name_en" type="text" maxlength="60"/>
                <label for=format!("pi-{id}")>{t!(i18n, meals.produce_ingredient)}</label>
                <select id=format!("pi-{id}") name="ingredient" class="field">
                    <option value="">{t!(i18n, meals.produce_ingredient_none)}</option>
                    {ingredients.into_iter().map(|(value, name)| view! { <option value=value>{name.tr(l)}</option> }).collect_view()}
                </select>
                <div class="row">
                    <span>
                        <label for=format!("pf-{id}")>{t!(i18n, meals.season_from)}</label>
                        <select id=format!("pf-{id}") name="from_month" class="field">{months()}</select>
                    </span>
                    <span>
                        <label for=format!("pt-{id}")>{t!(i18n, meals.season_to)}</label>
                        <select id=format!("pt-{id}") name="to_month" class="field">{months()}</select>
                    </span>
                </div>
                <button type="submit" class="button secondary">{t!(i18n, meals.add_produce_button)}</button>
            </form>
        </details>
    }
}
