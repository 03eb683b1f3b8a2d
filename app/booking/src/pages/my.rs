//! The parent's account: their children and registrations.

use crate::components::{CardMode, ChangeNotice, RegistrationCard};
use crate::server_fns::family::{CancelMine, RescheduleMine, my_registrations};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::error::{ErrorText, posted_error};
use platform::format;
use platform::pages::account::AccessProblem;

#[component]
pub fn MyBookingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let today = super::use_today();
    let regs = Resource::new(|| (), |_| my_registrations());
    let rescheduling = use_query_map().with_untracked(|q| {
        q.get("reschedule")
            .and_then(|r| r.parse::<platform::ids::RegistrationId>().ok())
    });
    let error = posted_error::<CancelMine>().or_else(posted_error::<RescheduleMine>);
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), booking.my_title).to_string()/>
        <h1>{t!(i18n, booking.my_heading)}</h1>
        <ChangeNotice/>
        <ErrorText error=Signal::stored(error)/>
        <Suspense fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
            {move || Suspend::new(async move {
                let l = i18n.get_locale_untracked();
                let today = today.await.unwrap_or_default();
                match regs.await {
                    Err(e) => view! { <AccessProblem error=e/> }.into_any(),
                    Ok(list) if list.is_empty() => view! {
                        <p>{t!(i18n, booking.my_empty)}</p>
                        <p><a class="button" href="/ei/book">{t!(i18n, booking.book_now)}</a></p>
                    }.into_any(),
                    Ok(list) => {
                        // Group by child (name and birth date), in the order first seen.
                        let mut children: Vec<(String, chrono::NaiveDate)> = Vec::new();
                        for r in &list {
                            let key = (r.child_name.clone(), r.birth_date);
                            if !children.contains(&key) {
                                children.push(key);
                            }
                        }
                        view! {
                            <p><a class="button" href="/ei/book">{t!(i18n, booking.book_now)}</a></p>
                            {children.into_iter().map(|(name, birth)| {
                                let mine: Vec<_> = list.iter().filter(|r| r.child_name == name && r.birth_date == birth).cloned().collect();
                                view! {
                                    <section aria-label=name.clone()>
                                        <h2>{name.clone()}</h2>
                                        <p class="note">{t!(i18n, booking.born)} ": " {format::date(l, birth)}</p>
                                        {mine.into_iter().map(|v| {
                                            let rescheduling = rescheduling == Some(v.id);
                                            view! { <RegistrationCard view=v mode=CardMode::Mine today rescheduling/> }
                                        }).collect_view()}
                                    </section>
                                }
                            }).collect_view()}
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}
