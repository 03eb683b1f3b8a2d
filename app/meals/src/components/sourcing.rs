//! Suppliers and farms as the pages show them: labels, the season, a
//! supplier's card, and the forms that add a supplier or a product.

use crate::error::AppError;
use crate::server_fns::sourcing::{AddProduce, AddSupplier};
use crate::types::SupplierView;
use domain::Named;
use domain::meals::listing::Listing;
use domain::meals::locality::Locality;
use domain::meals::sourcing::FarmCertification;
use domain::meals::supplier::{Season, SupplierKind};
use i18n::*;
use leptos::prelude::*;
use platform::error::{FieldError, described_by, field_invalid};
use platform::format::{Localized, place};
use server_fn::ServerFn;

pub fn listing_label(l: Locale, x: Listing) -> &'static str {
    match x {
        Listing::Pending => td_string!(l, meals.listing_pending),
        Listing::Approved => td_string!(l, meals.listing_approved),
        Listing::Suspended => td_string!(l, meals.listing_suspended),
    }
}

pub fn kind_label(l: Locale, k: SupplierKind) -> &'static str {
    match k {
        SupplierKind::Farm => td_string!(l, meals.kind_farm),
        SupplierKind::Fishery => td_string!(l, meals.kind_fishery),
        SupplierKind::Market => td_string!(l, meals.kind_market),
        SupplierKind::Wholesaler => td_string!(l, meals.kind_wholesaler),
        SupplierKind::Shop => td_string!(l, meals.kind_shop),
    }
}

pub fn certification_label(l: Locale, c: FarmCertification) -> &'static str {
    match c {
        FarmCertification::Organic => td_string!(l, meals.cert_organic),
        FarmCertification::EcoFriendly => td_string!(l, meals.cert_eco_friendly),
    }
}

fn month_name(l: Locale, m: u32) -> String {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match l {
        Locale::zh_Hant_TW => format!("{m}月"),
        Locale::en => EN[(m.clamp(1, 12) - 1) as usize].to_owned(),
    }
}

/// `11月至3月` or `Nov to Mar`; `全年` or `all year`.
pub fn season_text(l: Locale, s: Season) -> String {
    if s.is_all_year() {
        return td_string!(l, meals.all_year).to_owned();
    }
    s.runs()
        .into_iter()
        .map(|(from, to)| {
            if from == to {
                month_name(l, from)
            } else {
                let (from, to) = (month_name(l, from), month_name(l, to));
                td_string!(l, meals.month_range, from = from, to = to).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(td_string!(l, meals.list_separator))
}

/// The certification mark of a supplier: the kind, or that it has expired.
#[component]
pub fn CertificateMark(s: SupplierView) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    s.certificate.map(|c| {
        let expires = platform::format::date(l, c.expires);
        if s.certified {
            view! {
                <p class="small">
                    <span class="badge certified">{certification_label(l, c.kind)}</span>
                    " " {td_string!(l, meals.certificate_line, number = c.number.clone(), body = c.body.clone(), date = expires).to_string()}
                </p>
            }
            .into_any()
        } else {
            view! {
                <p class="small notice">{td_string!(l, meals.certificate_expired_line, kind = certification_label(l, c.kind), number = c.number.clone(), date = expires).to_string()}</p>
            }
            .into_any()
        }
    })
}

/// One supplier: name, kind, place (and road distance), certificate, produce.
#[component]
pub fn SupplierCard(s: SupplierView, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let heading = s.name.tr(l);
    let where_line = match s.road_km {
        Some(km) => td_string!(
            l,
            meals.supplier_where_km,
            place = place(l, s.locality),
            km = format!("{km:.0}")
        )
        .to_string(),
        None => place(l, s.locality).to_owned(),
    };
    let local = s.locality.is_local();
    view! {
        <article class="card supplier" data-supplier=s.id.get()>
            <h3>
                {heading}
                {s.is_demo.then(|| view! { " " <span class="badge demo">{td_string!(l, common.demo_badge)}</span> })}
            </h3>
            <p class="small">
                {kind_label(l, s.kind)} " · " {where_line}
                {local.then(|| view! { " · " <span class="badge local">{td_string!(l, meals.local_mark)}</span> })}
            </p>
            <CertificateMark s=s.clone()/>
            {(!s.produce.is_empty()).then(|| view! {
                <ul class="produce">
                    {s.produce.iter().map(|p| {
                        let season = season_text(l, p.produce.season);
                        view! {
                            <li>
                                {p.produce.name.tr(l)} " (" {season} ")"
                                {p.in_season.then(|| view! { " " <span class="badge season">{td_string!(l, meals.in_season)}</span> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            {children()}
        </article>
    }
}

/// The form that adds a supplier (a restaurant's own, or the county's
/// directory farm: the server decides by who is signed in).
#[component]
pub fn SupplierForm(error: Option<AppError>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let typed = platform::error::typed_back::<AddSupplier>();
    let error = Signal::stored(error);
    let chosen_kind = typed.or("kind", "farm");
    let chosen_place = typed.or("locality", "TaitungCity");
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
                <optgroup label=td_string!(l, meals.taitung_townships)>
                    {Locality::all().filter(|p| p.is_local()).map(|p| view! {
                        <option value=p.as_str() selected=p.as_str() == chosen_place>{place(l, p)}</option>
                    }).collect_view()}
                </optgroup>
                <optgroup label=td_string!(l, meals.rest_of_taiwan)>
                    {Locality::all().filter(|p| !p.is_local()).map(|p| view! {
                        <option value=p.as_str() selected=p.as_str() == chosen_place>{place(l, p)}</option>
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

/// A share as a whole percentage.
fn percent(x: f64) -> String {
    format!("{:.0}", (x * 100.0).clamp(0.0, 100.0))
}

/// The local and certified shares of a meal's food, in one sentence.
pub fn shares_text(l: Locale, s: &domain::meals::sourcing::SourcingShares) -> String {
    td_string!(
        l,
        meals.chain_shares,
        local = percent(s.local),
        certified = percent(s.certified)
    )
    .to_string()
}

/// Where a line came from: the supplier (with its township or county), or
/// the origin the cook chose.
fn from_text(l: Locale, line: &domain::meals::Line, s: Option<&crate::types::SupplierBrief>) -> String {
    match s {
        Some(s) => format!("{} ({})", s.name.tr(l), place(l, s.locality)),
        None => crate::components::origin_label(l, line.origin).to_owned(),
    }
}

/// The journey: each leg's mode and distance.
fn journey_text(l: Locale, legs: &[domain::meals::standard::Leg]) -> String {
    legs.iter()
        .map(|leg| {
            let km = format!("{:.0}", leg.km);
            td_string!(
                l,
                meals.leg_text,
                mode = crate::components::mode_label(l, leg.mode),
                km = km
            )
            .to_string()
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

/// A meal's chain from farm to table (its public page): the shares, then
/// each ingredient with its supplier or origin, journey and mark.
#[component]
pub fn MealChainView(d: crate::types::MealDetail) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let chain = d.chain.clone()?;
    let rows: Vec<_> = d
        .footprint
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let s = chain.suppliers.get(i).cloned().flatten();
            let mark = s.as_ref().and_then(|s| s.certified).map(|c| certification_label(l, c));
            let local = s.as_ref().map_or(line.origin == domain::meals::Origin::TaitungLocal, |s| s.locality.is_local());
            view! {
                <tr>
                    <th scope="row">{line.name.tr(l)}</th>
                    <td>{format!("{:.0}", line.grams)}</td>
                    <td>{from_text(l, line, s.as_ref())}</td>
                    <td>{journey_text(l, &line.legs)}</td>
                    <td>
                        {local.then(|| view! { <span class="badge local">{td_string!(l, meals.local_mark)}</span> " " })}
                        {mark.map(|m| view! { <span class="badge certified">{m}</span> })}
                    </td>
                </tr>
            }
        })
        .collect();
    Some(view! {
        <section aria-labelledby="meal-chain">
            <h2 id="meal-chain">{t!(i18n, meals.chain_heading)}</h2>
            <p data-testid="chain-shares">{shares_text(l, &chain.shares)}</p>
            <platform::layout::TableRegion>
                <table class="chain-table">
                    <thead><tr>
                        <th scope="col">{t!(i18n, meals.ingredient)}</th>
                        <th scope="col">{t!(i18n, meals.grams)}</th>
                        <th scope="col">{t!(i18n, meals.chain_from)}</th>
                        <th scope="col">{t!(i18n, meals.chain_journey)}</th>
                        <th scope="col">{t!(i18n, meals.chain_marks)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </platform::layout::TableRegion>
        </section>
    })
}

/// The label's short chain: the main ingredients (the three heaviest) with
/// where they came from, and the shares.
#[component]
pub fn LabelChain(d: crate::types::MealDetail) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let chain = d.chain.clone()?;
    let mut order: Vec<usize> = (0..d.footprint.lines.len()).collect();
    order.sort_by(|&a, &b| d.footprint.lines[b].grams.total_cmp(&d.footprint.lines[a].grams));
    let main: Vec<_> = order
        .into_iter()
        .take(3)
        .map(|i| {
            let line = &d.footprint.lines[i];
            let s = chain.suppliers.get(i).cloned().flatten();
            let mark = s
                .as_ref()
                .and_then(|s| s.certified)
                .map(|c| format!(" · {}", certification_label(l, c)));
            let km: f64 = line.legs.iter().map(|x| x.km).sum();
            view! {
                <li>
                    {td_string!(l, meals.chain_line, food = line.name.tr(l), from = from_text(l, line, s.as_ref())).to_string()}
                    {(km > 0.0).then(|| format!(" · {km:.0} km"))}
                    {mark}
                </li>
            }
        })
        .collect();
    Some(view! {
        <div class="label-chain">
            <p class="small"><strong>{t!(i18n, meals.chain_heading)}</strong></p>
            <ul class="small">{main}</ul>
            <p class="small">{shares_text(l, &chain.shares)}</p>
        </div>
    })
}
