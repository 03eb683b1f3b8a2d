use crate::AppError;
use leptos::prelude::*;

/// Signs in with the password (and the app's code, with two-step sign-in),
/// then goes on to the page asked for or the account's start page.
#[server]
pub async fn login(
    email: String,
    password: String,
    next: Option<String>,
    #[server(default)] code: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::guard;
    use crate::usecase::sign_in::{SignIn, landing, sign_in};
    let cx = guard::context().await?;
    let mut auth = guard::auth_session().await?;
    let user = sign_in(&cx, &auth.backend, SignIn { email, password, code }).await?;
    guard::begin_session(&mut auth, &user).await?;
    let home = (crate::nav::use_navigation().home)(user.role);
    leptos_axum::redirect(&landing(&user, next, home));
    Ok(())
}
