//! Joining the waitlist.

use super::super::book::ContactFields;
use super::words::*;
use crate::error::AppError;
use crate::server_fns::public::list_centres;
use crate::server_fns::waitlist::{JoinWaitlistStep, may_join};
use crate::types::ContactTyped;
use domain::Named;
use domain::booking::contact::{Channels, FilledBy};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::error::{ErrorText, posted_error, typed_back};
use platform::format::Localized;
use platform::layout::Loaded;
use server_fn::ServerFn;

/// `/ei/waitlist/join`: the wish and the contact; the triage answers are
/// the ones the booking's check kept on this device.
#[component]
pub fn WaitlistJoinPage() -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let page = Resource::new(
        || (),
        |_| async move {
            let may = may_join().await?;
            let centres = if may { list_centres().await? } else { Vec::new() };
            Ok::<_, AppError>((may, centres, crate::server_fns::public::today().await?))
        },
    );
    let error = posted_error::<JoinWaitlistStep>();
    view! {
        <Title text=td_string!(l, waitlist.join_title).to_string()/>
        <h1>{t!(i18n, waitlist.join_title)}</h1>
        <Loaded data=page let:data>
            {
                let (may, centres, today) = data;
                if !may {
                    return view! {
                        <p>{t!(i18n, waitlist.no_answers)}</p>
                        <p><a class="button" href="/ei/book">{t!(i18n, waitlist.join_start)}</a></p>
                    }.into_any();
                }
                let error = Signal::stored(error.clone());
                let typed = typed_back::<JoinWaitlistStep>();
                let contact = ContactTyped {
                    child_name: typed.get("form[child_name]"),
                    national_id: typed.get("form[national_id]").into(),
                    filled_by: FilledBy::parse(&typed.get("form[filled_by]")),
                    phone: typed.get("form[phone]"),
                    email: typed.get("form[email]"),
                    notes: typed.get("form[notes]"),
                    channels: Channels::parse(&typed.get("form[channels]")),
                    home_district: domain::booking::District::parse(&typed.get("form[home_district]")),
                };
                let channels = contact.channels.unwrap_or(Channels::Sms);
                let email = contact.email.clone();
                let chosen = typed.get("form[wish_centre]");
                let tomorrow = (today + chrono::Duration::days(1)).to_string();
                view! {
                    <p>{t!(i18n, waitlist.join_intro)}</p>
                    <form method="post" action=JoinWaitlistStep::PATH class="form">
                        <ErrorText error/>
                        <fieldset>
                            <legend>{t!(i18n, waitlist.wish_legend)}</legend>
                            <label for="w-centre">{t!(i18n, waitlist.wish_centre)}</label>
                            <select id="w-centre" name="form[wish_centre]"
                                aria-invalid=move || platform::error::field_invalid(error, "wish_centre")>
                                <option value="" selected=chosen.is_empty()>{t!(i18n, waitlist.wish_any)}</option>
                                {centres.into_iter().map(|c| {
                                    let id = c.id.to_string();
                                    let selected = id == chosen;
                                    view! { <option value=id selected=selected>{c.name.tr(l).to_string()} " (" {crate::labels::district_name(l, c.district)} ")"</option> }
                                }).collect_view()}
                            </select>
                            <fieldset>
                                <legend>{t!(i18n, waitlist.wish_districts)}</legend>
                                <div class="choices">
                                    {crate::labels::district_choices(l).into_iter().map(|(d, _)| d).map(|d| view! {
                                        <label class="choice">
                                            <input type="checkbox" name="form[wish_districts][]" value=d.as_str()
                                                checked=typed.has("form[wish_districts][]", d.as_str())/>
                                            {crate::labels::district_name(l, d)}
                                        </label>
                                    }).collect_view()}
                                </div>
                            </fieldset>
                            <platform::error::FieldError error field="wish_centre" id="w-centre-error"/>
                            <label for="w-from">{t!(i18n, waitlist.wish_from)}</label>
                            <input id="w-from" name="form[wish_from]" type="date" min=tomorrow.clone()
                                value=typed.or("form[wish_from]", tomorrow)/>
                        </fieldset>
                        <fieldset>
                            <legend>{t!(i18n, waitlist.contact_legend)}</legend>
                            <ContactFields typed=contact email channels error wrap=true/>
                        </fieldset>
                        <button type="submit" class="button">{t!(i18n, waitlist.submit)}</button>
                    </form>
                }.into_any()
            }
        </Loaded>
        <OrderRule/>
    }
}
