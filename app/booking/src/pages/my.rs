//! The parent's account: their children and registrations.

use crate::components::{CardMode, ChangeNotice, RegistrationCard};
use crate::server_fns::family::{CancelMine, RescheduleMine, my_registrations};
use crate::server_fns::public::today;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::error::{ErrorText, posted_error};
use platform::format;
use platform::layout::Loaded;

#[component]
pub fn MyBookingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let regs = Resource::new(
        || (),
        |_| async move { Ok::<_, crate::error::AppError>((today().await?, my_registrations().await?)) },
    );
    let rescheduling = use_query_map().with_untracked(|q| {
        q.get("reschedule")
            .and_then(|r| r.parse::<domain::ids::RegistrationId>().ok())
    });
    let error = posted_error::<CancelMine>().or_else(posted_error::<RescheduleMine>);
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), booking.my_title).to_string()/>
        <h1>{t!(i18n, booking.my_heading)}</h1>
        <ChangeNotice/>
        <ErrorText error=Signal::stored(error)/>
        <Loaded data=regs let:loaded>
            {
                let l = i18n.get_locale_untracked();
                match loaded {
                    (_, list) if list.is_empty() => view! {
                        <p>{t!(i18n, booking.my_empty)}</p>
                        <p><a class="button" href="/ei/book">{t!(i18n, booking.book_now)}</a></p>
                    }.into_any(),
                    (today, list) => {
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
            }
        </Loaded>
    }
}
