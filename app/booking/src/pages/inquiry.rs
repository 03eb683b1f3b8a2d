//! Finding a booking by reference and birth date, without an account. A form
//! post; the booking found is kept in a sealed cookie for an hour so that the
//! family can cancel or move it.

use crate::components::{CardMode, ChangeNotice, RegistrationCard};
use crate::server_fns::family::{CancelFound, FindBooking, ForgetFound, RescheduleFound, found_booking};
use crate::server_fns::public::today;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::error::{ErrorText, posted_error};
use platform::layout::Loaded;
use server_fn::ServerFn;

#[component]
pub fn InquiryPage() -> impl IntoView {
    let i18n = use_i18n();
    let found = Resource::new(
        || (),
        |_| async move { Ok::<_, crate::error::AppError>((today().await?, found_booking().await?)) },
    );
    let rescheduling = use_query_map().with_untracked(|q| q.get("reschedule").is_some());
    let error = posted_error::<FindBooking>()
        .or_else(posted_error::<CancelFound>)
        .or_else(posted_error::<RescheduleFound>);
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), booking.inquiry_title).to_string()/>
        <h1>{t!(i18n, booking.inquiry_heading)}</h1>
        <ChangeNotice/>
        <ErrorText error=Signal::stored(error)/>
        <Loaded data=found let:data>
            {
                let (today, found) = data;
                match found {
                    Some(v) => view! {
                        <RegistrationCard view=v mode=CardMode::Found today rescheduling/>
                        <form method="post" action=ForgetFound::PATH class="inline-form">
                            <button type="submit" class="link-button">{t!(i18n, booking.inquiry_another)}</button>
                        </form>
                    }.into_any(),
                    None => view! {
                        <p>{t!(i18n, booking.inquiry_intro)}</p>
                        <form method="post" action=FindBooking::PATH class="form narrow">
                            <label for="q-ref">{t!(i18n, booking.reference)}</label>
                            <input id="q-ref" name="reference" type="text" required autocomplete="off" spellcheck="false" placeholder="EI-XXXXXXXX"/>
                            <label for="q-birth">{t!(i18n, booking.birth_date)}</label>
                            <input id="q-birth" name="birth_date" type="date" required/>
                            <button type="submit" class="button">{t!(i18n, booking.inquiry_button)}</button>
                        </form>
                        <p class="small"><a href="/ei/waitlist">{t!(i18n, waitlist.inquiry_hint)}</a></p>
                    }.into_any(),
                }
            }
        </Loaded>
    }
}
