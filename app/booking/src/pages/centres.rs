use crate::labels::discipline_label;
use crate::server_fns::public::{get_centre, list_centres};
use crate::types::CentreView;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use platform::format::{self, Localized};
use platform::layout::{Listed, Loaded};

#[component]
fn CentreFacts(c: CentreView) -> impl IntoView {
    let i18n = use_i18n();
    let next = c.next_available;
    let (address, notes) = (c.address.clone(), c.notes.clone());
    let district = c.district;
    let disciplines = c.disciplines.clone();
    view! {
        <dl class="facts">
            <dt>{t!(i18n, booking.district)}</dt>
            <dd>{move || crate::labels::district_name(i18n.get_locale(), district)}</dd>
            <dt>{t!(i18n, booking.address)}</dt>
            <dd>{move || address.tr(i18n.get_locale())}</dd>
            <dt>{t!(i18n, booking.phone_label)}</dt>
            <dd>{c.phone.clone()}</dd>
            <dt>{t!(i18n, booking.checkin)}</dt>
            <dd>{c.checkin_time.clone()}</dd>
            <dt>{t!(i18n, booking.disciplines)}</dt>
            <dd>{move || disciplines.iter().map(|d| discipline_label(i18n.get_locale(), *d)).collect::<Vec<_>>().join("、")}</dd>
            <dt>{t!(i18n, booking.next_available)}</dt>
            <dd class="next-available">{move || match &next {
                Some(d) => format::date(i18n.get_locale(), *d),
                None => t_string!(i18n, booking.none_available).to_string(),
            }}</dd>
            <dt>{t!(i18n, booking.notes_label)}</dt>
            <dd>{move || notes.tr(i18n.get_locale())}</dd>
        </dl>
    }
}

#[component]
pub fn CentresPage() -> impl IntoView {
    let i18n = use_i18n();
    let names = platform::profile::names(i18n.get_locale_untracked());
    let centres = Resource::new(|| (), |_| list_centres());
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), booking.centres_title).to_string()/>
        <h1>{td_string!(i18n.get_locale_untracked(), booking.centres_heading, city = names.city.as_str(), city_short = names.city_short.as_str()).to_string()}</h1>
        <p class="notice">{t!(i18n, booking.centres_intro)}</p>
        <Listed list=centres let:list>
            {view! {
                <div class="cards">
                    {list.into_iter().map(|c| {
                        let name = c.name.clone();
                        let id = c.id;
                        view! {
                            <section class="card" aria-labelledby=format!("centre-{id}")>
                                <h2 id=format!("centre-{id}")>{move || name.tr(i18n.get_locale())}</h2>
                                <CentreFacts c/>
                                <p class="card-actions">
                                    <a href=format!("/ei/centres/{id}")>{t!(i18n, booking.see_centre)}</a>
                                    <a class="button" href="/ei/book">{t!(i18n, booking.book_here)}</a>
                                </p>
                            </section>
                        }
                    }).collect_view()}
                </div>
            }}
        </Listed>
    }
}

#[component]
pub fn CentrePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let centre = Resource::new(
        move || params.with(|p| p.get("id").and_then(|id| id.parse::<domain::ids::CentreId>().ok())),
        |id| async move {
            match id {
                Some(id) => get_centre(id).await,
                None => Err(crate::error::AppError::NotFound),
            }
        },
    );
    view! {
        <Loaded data=centre whole_page=true let:c>
            {
                let name = c.name.clone();
                view! {
                    <Title text=c.name.tr(i18n.get_locale_untracked())/>
                    <h1>{move || name.tr(i18n.get_locale())}</h1>
                    {c.demo.then(|| view! { <p><span class="badge demo">{t!(i18n, common.demo_badge)}</span></p> })}
                    <CentreFacts c/>
                    <p class="button-row"><a class="button" href="/ei/book">{t!(i18n, booking.book_here)}</a></p>
                }
            }
        </Loaded>
    }
}
