//! Sign-in, sign-out, registration, two-step sign-in and the password: the
//! server functions, one a file, each an adapter of its use case
//! (`crate::usecase`); the types the pages share are in `crate::account`.

mod change_password;
mod confirm_signup;
mod current_user;
mod disable_second_factor;
mod enable_second_factor;
mod login;
mod logout;
mod register;
mod second_factor_status;
mod workplace_areas;

pub use crate::account::{Me, SecondFactorView, safe_next};
pub use change_password::*;
pub use confirm_signup::*;
pub use current_user::*;
pub use disable_second_factor::*;
pub use enable_second_factor::*;
pub use login::*;
pub use logout::*;
pub use register::*;
pub use second_factor_status::*;
pub use workplace_areas::*;

/// Who is signed in: asked once per page load by the app's frame and shared
/// with every page through the context. Pages read it with [`signed_in`]: the
/// context is found by its type, so every service must name this one type
/// (a service's own error type would find nothing).
pub type SignedIn = leptos::prelude::Resource<Result<Option<Me>, crate::AppError>>;

/// Asks who is signed in and shares the answer with the pages below.
pub fn provide_signed_in() -> SignedIn {
    let me: SignedIn = leptos::prelude::Resource::new(|| (), |_| current_user());
    leptos::prelude::provide_context(me);
    me
}

/// Who is signed in, as the frame asked (None outside the frame).
pub fn signed_in() -> Option<SignedIn> {
    leptos::prelude::use_context::<SignedIn>()
}
