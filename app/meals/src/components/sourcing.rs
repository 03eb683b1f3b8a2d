//! Suppliers and farms as the pages show them: labels, the season, a
//! supplier's card, and the forms that add a supplier or a product.

use crate::types::SupplierView;
use i18n::*;
use leptos::prelude::*;
use platform::format::Localized;
mod chain;
pub use chain::*;
mod forms;
pub use crate::labels::{certification_label, kind_label, listing_label, season_text};
pub use forms::*;

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
            place = crate::labels::locality_label(l, s.locality),
            km = format!("{km:.0}")
        )
        .to_string(),
        None => crate::labels::locality_label(l, s.locality),
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
                {local.then(|| view! { " · " <span class="badge local">{td_string!(l, meals.local_mark, county_short = platform::profile::names(l).county_short).to_string()}</span> })}
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
