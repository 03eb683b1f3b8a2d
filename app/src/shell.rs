//! The HTML document, the app root and the routes.

use booking::BookingRoutes;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::SsrMode;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use meals::MealsRoutes;
use platform::islands::HydrationMark;
use platform::layout::{Footer, Header};
use platform::pages::{
    account::AccountPage,
    home::HomePage,
    login::LoginPage,
    not_found::NotFoundPage,
    register::{ConfirmSignupPage, RegisterPage, RegisterSentPage},
};

/// The document. The `lang` attribute of `<html>` is set by the i18n provider.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The locale comes from our own `lang` cookie (set by `/lang/...`), read on
/// the server; the browser takes it from `<html lang>`. The browser's
/// Accept-Language is ignored on purpose: the default is Traditional Chinese.
#[cfg(feature = "ssr")]
fn locale_getter() -> leptos_use::UseLocalesOptions {
    leptos_use::UseLocalesOptions::default().ssr_lang_header_getter(|| {
        let parts = use_context::<http::request::Parts>()?;
        let cookies = parts.headers.get(http::header::COOKIE)?.to_str().ok()?;
        cookies
            .split(';')
            .find_map(|c| c.trim().strip_prefix("lang=").map(str::to_owned))
    })
}

#[cfg(not(feature = "ssr"))]
fn locale_getter() -> leptos_use::UseLocalesOptions {
    leptos_use::UseLocalesOptions::default()
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    crate::services::provide_services();
    view! {
        <I18nContextProvider enable_cookie=false ssr_lang_header_getter=locale_getter()>
            <Stylesheet id="leptos" href="/pkg/civic.css"/>
            <Router>
                <Frame/>
            </Router>
        </I18nContextProvider>
    }
}

#[component]
fn Frame() -> impl IntoView {
    let i18n = use_i18n();
    let me = platform::auth::provide_signed_in();
    view! {
        // The title is put together after the page has rendered, outside its
        // reactive owner: it must read no signal then, so the site's name is read now.
        <Title formatter={
            let site = td_string!(i18n.get_locale_untracked(), common.site_title);
            move |page: String| if page.is_empty() { site.to_string() } else { format!("{page} | {site}") }
        }/>
        <a class="skip-link" href="#main">{t!(i18n, common.skip_to_content)}</a>
        <Header me/>
        <main id="main" tabindex="-1">
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async/>
                <Route path=path!("/register") view=RegisterPage ssr=SsrMode::Async/>
                <Route path=path!("/register/sent") view=RegisterSentPage ssr=SsrMode::Async/>
                <Route path=path!("/register/confirm") view=ConfirmSignupPage ssr=SsrMode::Async/>
                <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
                <Route path=path!("/accounts") view=platform::pages::accounts::AccountsPage ssr=SsrMode::Async/>
                <BookingRoutes/>
                <MealsRoutes/>
            </Routes>
        </main>
        <Footer/>
        <HydrationMark/>
    }
}
