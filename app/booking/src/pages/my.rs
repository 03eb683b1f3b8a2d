//! The parent's account: their children and registrations.

use crate::components::{CardMode, ChangeNotice, RegistrationCard};
use crate::server_fns::family::my_registrations;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use platform::format;
use platform::pages::account::AccessProblem;

#[component]
pub fn MyBookingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let today = super::use_today();
    let version = RwSignal::new(0u32);
    let regs = Resource::new(move || version.get(), |_| my_registrations());
    let notice = RwSignal::new(None::<&'static str>);
    let reload = Callback::new(move |what: &'static str| {
        notice.set(Some(what));
        version.update(|v| *v += 1);
    });
    view! {
        <Title text=move || t_string!(i18n, booking.my_title)/>
        <h1>{t!(i18n, booking.my_heading)}</h1>
        <ChangeNotice notice/>
        <Transition fallback=move || view! { <p>{t!(i18n, common.loading)}</p> }>
            {move || Suspend::new(async move {
                let today = today.await.unwrap_or_default();
                match regs.await {
                    Err(e) => view! { <AccessProblem error=e/> }.into_any(),
                    Ok(list) if list.is_empty() => view! {
                        <p>{t!(i18n, booking.my_empty)}</p>
                        <p><a class="button" href="/ei/book">{t!(i18n, booking.book_now)}</a></p>
                    }.into_any(),
                    Ok(list) => {
                        // Group by child (name and birth date), in the order first seen.
                        let mut children: Vec<(String, String)> = Vec::new();
                        for r in &list {
                            let key = (r.child_name.clone(), r.birth_date.clone());
                            if !children.contains(&key) {
                                children.push(key);
                            }
                        }
                        view! {
                            <p><a class="button" href="/ei/book">{t!(i18n, booking.book_now)}</a></p>
                            {children.into_iter().map(|(name, birth)| {
                                let mine: Vec<_> = list.iter().filter(|r| r.child_name == name && r.birth_date == birth).cloned().collect();
                                let b = birth.clone();
                                view! {
                                    <section aria-label=name.clone()>
                                        <h2>{name.clone()}</h2>
                                        <p class="note">{t!(i18n, booking.born)} ": " {move || format::date_str(i18n.get_locale(), &b)}</p>
                                        {mine.into_iter().map(|v| view! {
                                            <RegistrationCard view=v mode=CardMode::Mine today on_change=reload/>
                                        }).collect_view()}
                                    </section>
                                }
                            }).collect_view()}
                        }.into_any()
                    }
                }
            })}
        </Transition>
    }
    .into_any()
}
