//! The waitlist's words shared by its pages: the order rule, a wish, an offer.

use crate::types::OfferView;
use domain::booking::District;
use i18n::*;
use leptos::prelude::*;
use platform::format::{self, Localized};

/// The order freed places are offered in, as the domain's rule says it.
#[component]
pub(crate) fn OrderRule() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="order-heading">
            <h2 id="order-heading">{t!(i18n, waitlist.order_heading)}</h2>
            <ol>
                <li>{t!(i18n, waitlist.order_under3)}</li>
                <li>{t!(i18n, waitlist.order_first)}</li>
                <li>{t!(i18n, waitlist.order_fcfs)}</li>
            </ol>
            <p class="small">{t!(i18n, waitlist.order_note)}</p>
        </section>
    }
}

/// "Centre X", or "any centre in: A, B".
pub(crate) fn wish_text(l: Locale, centre: &Option<domain::Bilingual>, districts: &[District]) -> String {
    match centre {
        Some(c) => c.tr(l).to_string(),
        None => {
            let sep = if l == Locale::en { ", " } else { "、" };
            let names = districts
                .iter()
                .map(|d| crate::labels::district_name(l, *d))
                .collect::<Vec<_>>()
                .join(sep);
            td_string!(l, waitlist.any_centre_in, districts = names).to_string()
        }
    }
}

pub(crate) fn offer_text(l: Locale, o: &OfferView) -> String {
    let date = format!("{} {}", format::date(l, o.date), o.checkin_time);
    let until = format::instant(o.expires_at);
    td_string!(
        l,
        waitlist.offer_open,
        date = date,
        centre = o.centre.tr(l),
        until = until
    )
    .to_string()
}
