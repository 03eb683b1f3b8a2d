//! Islands: the interactive parts of a page. Pages are HTML from the server;
//! only islands are hydrated in the browser, so a visitor downloads the code
//! of the islands on the pages they open and nothing else (the staff and
//! restaurant islands are lazy: in chunks of their own). Links and forms work
//! without JavaScript; islands add what needs the browser (the live triage,
//! the hold countdown, the meal builder).

use i18n::Locale;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// Provides the translations inside an island, in the language the server
/// rendered the page in (an island sees no context from outside it).
pub fn provide_i18n(locale: Locale) -> I18nContext<Locale> {
    let ctx = leptos_i18n::context::init_i18n_subcontext::<Locale>(Some(Signal::stored(locale)));
    provide_context(ctx);
    ctx
}

/// The language of the page being rendered, to pass to the islands on it.
pub fn page_locale() -> Locale {
    i18n::use_i18n().get_locale_untracked()
}

/// Marks the page as interactive (`<body data-hydrated>`) once the islands
/// before it have hydrated: the browser hydrates islands in document order,
/// so this one, placed last, hydrates last. End-to-end tests wait for it.
#[island]
pub fn HydrationMark() -> impl IntoView {
    Effect::new(|_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
}
