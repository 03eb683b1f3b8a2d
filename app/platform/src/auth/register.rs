use crate::AppError;
use leptos::prelude::*;

/// Self-registration: nothing is created until the link mailed to the
/// address is opened ([`super::confirm_signup`]); the answer is the same
/// whether the address has an account or not.
#[server]
pub async fn register(
    email: String,
    password: String,
    display_name: String,
    account_type: String,
    workplace_name: Option<String>,
    workplace_area: Option<String>,
) -> Result<(), AppError> {
    use crate::usecase::begin_signup::{Signup, begin_signup};
    let cx = crate::ssr::guard::context().await?;
    let form = Signup {
        email,
        password,
        display_name,
        account_type,
        workplace_name,
        workplace_area,
    };
    begin_signup(&cx, form).await?;
    leptos_axum::redirect("/register/sent");
    Ok(())
}
