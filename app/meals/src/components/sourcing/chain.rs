//! Where a meal's food came from: the chain on the meal's page and on its label.

use crate::labels::*;
use i18n::*;
use leptos::prelude::*;
use platform::format::Localized;

/// A share as a whole percentage.
pub(crate) fn percent(x: f64) -> String {
    format!("{:.0}", (x * 100.0).clamp(0.0, 100.0))
}

/// The local and certified shares of a meal's food, in one sentence.
pub fn shares_text(l: Locale, s: &domain::meals::sourcing::SourcingShares) -> String {
    td_string!(
        l,
        meals.chain_shares,
        county_short = platform::profile::names(l).county_short,
        local = percent(s.local),
        certified = percent(s.certified)
    )
    .to_string()
}

/// Where a line came from: the supplier (with its township or county), or
/// the origin the cook chose.
pub(crate) fn from_text(l: Locale, line: &domain::meals::Line, s: Option<&crate::types::SupplierBrief>) -> String {
    match s {
        Some(s) => format!("{} ({})", s.name.tr(l), crate::labels::locality_label(l, s.locality)),
        None => crate::components::origin_label(l, line.origin).to_owned(),
    }
}

/// The journey: each leg's mode and distance.
pub(crate) fn journey_text(l: Locale, legs: &[domain::meals::standard::Leg]) -> String {
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
                        {local.then(|| view! { <span class="badge local">{td_string!(l, meals.local_mark, county_short = platform::profile::names(l).county_short).to_string()}</span> " " })}
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
