use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn GuidePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), booking.guide_title).to_string()/>
        <h1>{t!(i18n, booking.guide_heading)}</h1>
        <p class="lead">{t!(i18n, booking.guide_intro)}</p>
        <h2>{t!(i18n, booking.guide_steps_heading)}</h2>
        <ol>
            <li>{t!(i18n, booking.guide_step1)}</li>
            <li>{t!(i18n, booking.guide_step2)}</li>
            <li>{t!(i18n, booking.guide_step3)}</li>
            <li>{t!(i18n, booking.guide_step4)}</li>
            <li>{t!(i18n, booking.guide_step5)}</li>
            <li>{t!(i18n, booking.guide_step6)}</li>
        </ol>
        <p class="notice">{t!(i18n, booking.guide_who)}</p>
        <p><a href="/ei/screening">{t!(i18n, booking.guide_screening)}</a></p>
        <h2>{t!(i18n, cases.guide_referral_heading)}</h2>
        <p>{td_string!(i18n.get_locale_untracked(), cases.guide_referral, city = platform::profile::names(i18n.get_locale_untracked()).city).to_string()}</p>
        <p><a href="/ei/refer">{t!(i18n, cases.guide_referral_link)}</a></p>
        <h2>{t!(i18n, booking.what_to_bring_heading)}</h2>
        <p>{t!(i18n, booking.what_to_bring)}</p>
        <h2>{t!(i18n, booking.guide_report_heading)}</h2>
        <p>{t!(i18n, booking.guide_report)}</p>
        <h2>{t!(i18n, booking.guide_faq_heading)}</h2>
        <dl class="faq">
            <dt>{t!(i18n, booking.guide_q_wait)}</dt>
            <dd>{t!(i18n, booking.guide_a_wait)}</dd>
            <dt>{t!(i18n, booking.guide_q_several)}</dt>
            <dd>{t!(i18n, booking.guide_a_several)}</dd>
            <dt>{t!(i18n, booking.guide_q_preterm)}</dt>
            <dd>{t!(i18n, booking.guide_a_preterm)}</dd>
            <dt>{t!(i18n, booking.guide_q_report)}</dt>
            <dd>{t!(i18n, booking.guide_a_report)}</dd>
            <dt>{t!(i18n, booking.guide_q_cancel)}</dt>
            <dd>{t!(i18n, booking.guide_a_cancel)}</dd>
        </dl>
        <p class="button-row">
            <a class="button" href="/ei/book">{t!(i18n, booking.guide_start)}</a>
            <a href="/ei/inquiry">{t!(i18n, booking.guide_inquiry)}</a>
            <a href="/ei/centres">{t!(i18n, booking.guide_centres)}</a>
        </p>
    }
}
