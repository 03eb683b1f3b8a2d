//! A registration as its family sees it, with cancel, reschedule and the
//! calendar file. Used by the inquiry page and by the parent's account.

use super::{Calendar, status_label};
use crate::server_fns::family::{cancel_by_reference, cancel_mine, reschedule_by_reference, reschedule_mine};
use crate::types::{DayView, RegistrationView};
use domain::platform::taipei::parse_iso_date;
use i18n::*;
use leptos::prelude::*;
use platform::AppError;
use platform::format;
use platform::layout::ErrorText;

/// How the family is allowed to act on the registration.
#[derive(Clone, Debug, PartialEq)]
pub enum CardMode {
    /// Without an account: the reference and birth date authorise each action.
    ByReference { reference: String, birth_date: String },
    /// In the parent's account.
    Mine,
}

#[component]
pub fn RegistrationCard(
    view: RegistrationView,
    mode: CardMode,
    today: chrono::NaiveDate,
    /// Called after a successful cancel or reschedule (with "cancelled" or
    /// "rescheduled"), to reload and say what happened.
    on_change: Callback<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = view.id;
    let confirming = RwSignal::new(false);
    let rescheduling = RwSignal::new(false);
    let error = RwSignal::new(None::<AppError>);
    let mode_c = mode.clone();
    let cancel = Action::new(move |_: &()| {
        let mode = mode_c.clone();
        async move {
            match mode {
                CardMode::ByReference { reference, birth_date } => cancel_by_reference(reference, birth_date).await,
                CardMode::Mine => cancel_mine(id).await,
            }
        }
    });
    let mode_r = mode.clone();
    let reschedule = Action::new(move |day: &DayView| {
        let (mode, day_id) = (mode_r.clone(), day.id);
        async move {
            match mode {
                CardMode::ByReference { reference, birth_date } => {
                    reschedule_by_reference(reference, birth_date, day_id).await.map(|_| ())
                }
                CardMode::Mine => reschedule_mine(id, day_id).await.map(|_| ()),
            }
        }
    });
    Effect::new(move |_| match cancel.value().get() {
        Some(Ok(())) => {
            confirming.set(false);
            error.set(None);
            on_change.run("cancelled");
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    Effect::new(move |_| match reschedule.value().get() {
        Some(Ok(())) => {
            rescheduling.set(false);
            error.set(None);
            on_change.run("rescheduled");
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });

    let birth = parse_iso_date(&view.birth_date);
    let v_day = view.clinic_day_id;
    let v = view.clone();
    let ics = match &mode {
        CardMode::ByReference { reference, birth_date } => view! {
            <form method="post" action="/ei/ics" class="inline-form">
                <input type="hidden" name="reference" value=reference.clone()/>
                <input type="hidden" name="birth_date" value=birth_date.clone()/>
                <button type="submit" class="button secondary">{t!(i18n, booking.download_ics)}</button>
            </form>
        }
        .into_any(),
        CardMode::Mine => view! {
            <a class="button secondary" href=format!("/ei/my/{id}/ics") rel="external" download="assessment.ics">
                {t!(i18n, booking.download_ics)}
            </a>
        }
        .into_any(),
    };
    let active = !matches!(
        view.status,
        domain::booking::RegistrationStatus::Cancelled | domain::booking::RegistrationStatus::Ineligible
    );
    view! {
        <article class="card registration" aria-labelledby=format!("reg-{id}")>
            <h3 id=format!("reg-{id}")>{t!(i18n, booking.reference)} ": " <span class="reference">{v.reference.clone()}</span></h3>
            <dl class="facts">
                <dt>{t!(i18n, booking.status)}</dt>
                <dd class="status">{move || status_label(i18n.get_locale(), v.status)}</dd>
                <dt>{t!(i18n, booking.child)}</dt>
                <dd>{v.child_name.clone()}</dd>
                <dt>{t!(i18n, booking.date)}</dt>
                <dd>{let d = v.date.clone(); move || format::date_str(i18n.get_locale(), &d)}</dd>
                <dt>{t!(i18n, booking.checkin)}</dt>
                <dd>{v.checkin_time.clone()}</dd>
                <dt>{t!(i18n, booking.centre)}</dt>
                <dd>{let (z, e) = (v.centre_zh_tw.clone(), v.centre_en.clone()); move || format::pick(i18n.get_locale(), &z, &e).to_string()}</dd>
                <dt>{t!(i18n, booking.address)}</dt>
                <dd>{let (z, e) = (v.address_zh_tw.clone(), v.address_en.clone()); move || format::pick(i18n.get_locale(), &z, &e).to_string()}</dd>
                <dt>{t!(i18n, booking.phone_label)}</dt>
                <dd>{v.centre_phone.clone()}</dd>
            </dl>
            {v.needs_approval.then(|| view! { <p class="notice">{t!(i18n, booking.needs_approval_note)}</p> })}
            {active.then(|| view! {
                <h4>{t!(i18n, booking.what_to_bring_heading)}</h4>
                <p>{t!(i18n, booking.what_to_bring)}</p>
            })}
            <ErrorText error=error/>
            <div class="button-row">
                {active.then_some(ics)}
                {view.changeable.then(|| view! {
                    <button type="button" class="button secondary" aria-expanded=move || rescheduling.get().to_string()
                        on:click=move |_| { rescheduling.update(|r| *r = !*r); confirming.set(false); }>
                        {t!(i18n, booking.reschedule)}
                    </button>
                    <button type="button" class="button danger" aria-expanded=move || confirming.get().to_string()
                        on:click=move |_| { confirming.update(|c| *c = !*c); rescheduling.set(false); }>
                        {t!(i18n, booking.cancel_booking)}
                    </button>
                })}
            </div>
            {move || confirming.get().then(|| view! {
                <div class="notice" role="group" aria-label=move || t_string!(i18n, booking.cancel_booking)>
                    <p>{t!(i18n, booking.cancel_confirm)}</p>
                    <button type="button" class="button danger" on:click=move |_| { cancel.dispatch(()); }>
                        {t!(i18n, booking.cancel_yes)}
                    </button>
                </div>
            })}
            {move || rescheduling.get().then(|| view! {
                <section class="panel">
                    <h4>{t!(i18n, booking.reschedule_heading)}</h4>
                    <p>{t!(i18n, booking.reschedule_intro)}</p>
                    <Calendar today window=None birth exclude=v_day
                        on_choose=Callback::new(move |d: DayView| { reschedule.dispatch(d); })/>
                </section>
            })}
        </article>
    }
    .into_any()
}

/// What the family's last change did, announced above the (reloaded) booking.
#[component]
pub fn ChangeNotice(notice: RwSignal<Option<&'static str>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        notice.get().map(|n| view! {
        <p class="success" role="status">
            {move || if n == "cancelled" { t_string!(i18n, booking.cancelled_notice) } else { t_string!(i18n, booking.rescheduled_notice) }}
        </p>
    })
    }
}
