//! The self-screening checklist: the child's birth date, then the band's
//! questions, then what the answers mean, with a way on to the booking.
//! Server-rendered forms only: it works the same without JavaScript.

use crate::labels::area_label;
use crate::labels::band_label;
use crate::server_fns::screening::{AnswerScreening, BookFromScreening, ForgetScreening, StartScreening, screening};
use crate::types::ScreeningView;
use domain::booking::screening::{Answer, Area, Band, Outcome};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::error::{ErrorText, posted_error};
use platform::format;
use platform::layout::Loaded;
use server_fn::ServerFn;

#[component]
pub fn ScreeningPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = Resource::new(|| (), |_| screening());
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), booking.screening_title).to_string()/>
        <h1>{t!(i18n, booking.screening_heading)}</h1>
        <p class="lead">{t!(i18n, booking.screening_intro)}</p>
        <p class="note">{t!(i18n, booking.screening_private)}</p>
        <Loaded data=state let:state>
            {match state {
                None => view! { <BirthForm/> }.into_any(),
                Some(v) => {
                    let band = v.band;
                    let outcome = v.outcome.clone();
                    view! {
                        {outcome.map(|o| view! { <ScreeningResult band o/> })}
                        <Questions v/>
                    }
                    .into_any()
                }
            }}
        </Loaded>
    }
}

/// Step 1: the child's birth date (and due date if born early).
#[component]
fn BirthForm() -> impl IntoView {
    let i18n = use_i18n();
    let error = posted_error::<StartScreening>();
    view! {
        <ErrorText error=Signal::stored(error)/>
        <form method="post" action=StartScreening::PATH class="form narrow">
            <label for="s-birth">{t!(i18n, booking.birth_date)}</label>
            <input id="s-birth" name="birth_date" type="date" required aria-describedby="s-birth-hint"/>
            <p id="s-birth-hint" class="hint">{t!(i18n, common.date_format_hint)}</p>
            <label for="s-due">{t!(i18n, booking.due_date_if_early)}</label>
            <input id="s-due" name="due_date" type="date" aria-describedby="s-due-hint"/>
            <p id="s-due-hint" class="hint">{t!(i18n, booking.screening_due_hint)} " " {t!(i18n, booking.leave_empty_if_not)}</p>
            <button type="submit" class="button">{t!(i18n, booking.screening_start)}</button>
        </form>
    }
}

/// Step 2: the band's questions, each answered "does it" or "not yet".
#[component]
fn Questions(v: ScreeningView) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let error = posted_error::<AnswerScreening>();
    let missing: Vec<u8> = match &error {
        Some(crate::error::AppError::Service(crate::error::BookingError::ScreeningUnanswered(items))) => items.clone(),
        _ => Vec::new(),
    };
    let band = band_label(l, v.band);
    let mut areas: Vec<(Area, Vec<(u8, &'static domain::booking::screening::Item)>)> = Vec::new();
    for (n, item) in (1u8..).zip(v.band.items()) {
        match areas.last_mut() {
            Some((area, list)) if *area == item.area => list.push((n, item)),
            _ => areas.push((item.area, vec![(n, item)])),
        }
    }
    view! {
        <section aria-labelledby="s-questions">
            <h2 id="s-questions">{td_string!(l, booking.screening_questions, band = band).to_string()}</h2>
            {v.corrected.then(|| view! { <p class="note">{t!(i18n, booking.screening_corrected)}</p> })}
            <p>{t!(i18n, booking.screening_how)}</p>
            <ErrorText error=Signal::stored(error)/>
            <form method="post" action=AnswerScreening::PATH class="form checklist">
                {areas.into_iter().map(|(area, items)| view! {
                    <h3>{area_label(l, area)}</h3>
                    {items.into_iter().map(|(n, item)| {
                        let answer = v.answers.get(&n).copied();
                        let name = format!("answers[{n}]");
                        let unanswered = missing.contains(&n);
                        view! {
                            <fieldset class="question" role="radiogroup" id=format!("q-{n}") aria-invalid=unanswered.then_some("true")>
                                <legend><span class="number">{n} ". "</span>{item.text_in(format::lang(l))}</legend>
                                <label class="choice">
                                    <input type="radio" name=name.clone() value="yes" required checked={answer == Some(Answer::Yes)}/>
                                    {t!(i18n, booking.answer_yes)}
                                </label>
                                <label class="choice">
                                    <input type="radio" name=name value="not_yet" checked={answer == Some(Answer::NotYet)}/>
                                    {t!(i18n, booking.answer_not_yet)}
                                </label>
                            </fieldset>
                        }
                    }).collect_view()}
                }).collect_view()}
                <button type="submit" class="button">{t!(i18n, booking.screening_see_result)}</button>
            </form>
            <form method="post" action=ForgetScreening::PATH class="inline-form">
                <button type="submit" class="link-button">{t!(i18n, booking.screening_other_child)}</button>
            </form>
        </section>
    }
}

/// Step 3: what the answers mean, and what to do next.
#[component]
fn ScreeningResult(band: Band, o: Outcome) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let items = band.items();
    let listed = move |numbers: Vec<u8>| {
        numbers
            .into_iter()
            .filter_map(|n| items.get(usize::from(n).checked_sub(1)?).map(|item| (n, item)))
            .map(|(n, item)| view! { <li>{n} ". " {item.text_in(format::lang(l))}</li> })
            .collect_view()
    };
    let body = match o {
        Outcome::Assess {
            not_yet, key_not_yet, ..
        } => {
            let why = if key_not_yet {
                td_string!(l, booking.screening_assess_key)
            } else {
                td_string!(l, booking.screening_assess_two)
            };
            // The checklist's own areas (the booking's check names the triage's domains).
            let areas: std::collections::BTreeSet<Area> = not_yet
                .iter()
                .filter_map(|n| items.get(usize::from(*n).checked_sub(1)?))
                .map(|i| i.area)
                .collect();
            let areas = areas
                .into_iter()
                .map(|a| area_label(l, a))
                .collect::<Vec<_>>()
                .join(td_string!(l, booking.list_separator));
            view! {
                <div class="notice outcome" role="status">
                    <p><strong>{t!(i18n, booking.screening_assess_title)}</strong></p>
                    <p>{why}</p>
                    <p>{td_string!(l, booking.screening_areas, areas = areas).to_string()}</p>
                </div>
                <h3>{t!(i18n, booking.screening_not_yet_heading)}</h3>
                <ul>{listed(not_yet)}</ul>
                <p>{t!(i18n, booking.screening_not_diagnosis)}</p>
                <div class="button-row">
                    <form method="post" action=BookFromScreening::PATH class="inline-form">
                        <button type="submit" class="button">{t!(i18n, booking.screening_book)}</button>
                    </form>
                    <a href="/ei/centres">{t!(i18n, booking.guide_centres)}</a>
                </div>
                <p>{t!(i18n, cases.screening_refer)} " " <a href="/ei/refer">{t!(i18n, cases.guide_referral_link)}</a></p>
            }
            .into_any()
        }
        Outcome::OnTrack { not_yet, next_check } => {
            let next = match next_check {
                Some((band, day)) => {
                    let (band, date) = (band_label(l, band), format::date(l, day));
                    td_string!(l, booking.screening_next_check, band = band, date = date).to_string()
                }
                None => td_string!(l, booking.screening_last_band).to_string(),
            };
            let watch = (!not_yet.is_empty()).then(|| {
                view! {
                    <p>{t!(i18n, booking.screening_watch)}</p>
                    <ul>{listed(not_yet)}</ul>
                }
            });
            view! {
                <div class="success outcome" role="status">
                    <p><strong>{t!(i18n, booking.screening_on_track_title)}</strong></p>
                    <p>{next}</p>
                </div>
                {watch}
                <p>{t!(i18n, booking.screening_still_worried)}</p>
                <div class="button-row">
                    <form method="post" action=BookFromScreening::PATH class="inline-form">
                        <button type="submit" class="button secondary">{t!(i18n, booking.screening_book_anyway)}</button>
                    </form>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <section id="result" aria-labelledby="s-result" class="screening-result">
            <h2 id="s-result">{t!(i18n, booking.screening_result_heading)}</h2>
            {body}
        </section>
    }
}
