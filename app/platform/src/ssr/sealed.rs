//! State a page flow carries between requests without a server-side session:
//! a cookie whose value is encrypted and authenticated with the server's key
//! (so the browser can neither read nor change it), HttpOnly, SameSite=Lax,
//! limited to the flow's path and to its lifetime. The booking flow keeps the
//! family's answers and its hold in one; the inquiry keeps the booking found.

use super::keys::Keys;
use super::{AppState, Context};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// What seals and opens the cookies: the server's keys, its clock (each
/// cookie's expiry is sealed inside it), and whether the site is served
/// over https (then the cookies are `Secure`).
pub trait Sealer {
    fn keys(&self) -> &Keys;
    fn now(&self) -> i64;
    fn secure(&self) -> bool;
}

impl Sealer for AppState {
    fn keys(&self) -> &Keys {
        &self.keys
    }
    fn now(&self) -> i64 {
        self.clock.now()
    }
    fn secure(&self) -> bool {
        self.config.public_base_url.starts_with("https://")
    }
}

impl Sealer for Context {
    fn keys(&self) -> &Keys {
        &self.keys
    }
    fn now(&self) -> i64 {
        self.clock.now()
    }
    fn secure(&self) -> bool {
        self.config.public_base_url.starts_with("https://")
    }
}

/// Reads and opens the cookie `name` of the current request.
pub fn read<T: DeserializeOwned>(state: &impl Sealer, name: &str) -> Option<T> {
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    let raw = parts
        .headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| c.trim().strip_prefix(name)?.strip_prefix('='))?;
    let plain = state.keys().open_cookie(raw, state.now())?;
    serde_json::from_str(&plain).ok()
}

/// Seals `value` into the cookie `name` on the response, for `max_age` seconds.
pub fn write<T: Serialize>(state: &impl Sealer, name: &str, path: &str, value: &T, max_age: i64) {
    let Ok(json) = serde_json::to_string(value) else {
        return;
    };
    let sealed = state.keys().seal_cookie(json.as_bytes(), state.now() + max_age);
    set(state, &format!("{name}={sealed}; Path={path}; Max-Age={max_age}"));
}

/// Removes the cookie `name`.
pub fn clear(state: &impl Sealer, name: &str, path: &str) {
    set(state, &format!("{name}=; Path={path}; Max-Age=0"));
}

fn set(state: &impl Sealer, cookie: &str) {
    let secure = if state.secure() { "; Secure" } else { "" };
    let header = format!("{cookie}; HttpOnly; SameSite=Lax{secure}");
    if let (Some(res), Ok(v)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&header),
    ) {
        res.append_header(http::header::SET_COOKIE, v);
    }
}

/// One flow's sealed cookie: its name, its lifetime and the value it holds,
/// on the whole site's path (the server functions that write it live under
/// `/api`, the pages that read it elsewhere).
pub struct Sealed<T> {
    pub name: &'static str,
    pub max_age: i64,
    value: std::marker::PhantomData<fn() -> T>,
}

impl<T: Serialize + DeserializeOwned> Sealed<T> {
    pub const fn new(name: &'static str, max_age: i64) -> Self {
        Self {
            name,
            max_age,
            value: std::marker::PhantomData,
        }
    }

    pub fn read(&self, state: &impl Sealer) -> Option<T> {
        read(state, self.name)
    }

    pub fn write(&self, state: &impl Sealer, value: &T) {
        write(state, self.name, "/", value, self.max_age);
    }

    pub fn clear(&self, state: &impl Sealer) {
        clear(state, self.name, "/");
    }
}
