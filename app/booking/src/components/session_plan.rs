//! A clinic day's plan of sessions.

use crate::labels::discipline_label;
use i18n::*;
use leptos::prelude::*;

/// A clinic day's sessions, each discipline with its minutes, and the total.
#[component]
pub fn SessionPlanList(sessions: Vec<domain::booking::session_plan::Session>) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let total: u32 = sessions.iter().map(|s| s.minutes).sum();
    view! {
        <ul class="sessions">
            {sessions.into_iter().map(|s| {
                let discipline = discipline_label(l, s.discipline);
                view! { <li>{td_string!(l, booking.session_minutes, discipline = discipline, minutes = s.minutes).to_string()}</li> }
            }).collect_view()}
        </ul>
        <p class="small">{td_string!(l, booking.session_total, minutes = total).to_string()}</p>
    }
}
