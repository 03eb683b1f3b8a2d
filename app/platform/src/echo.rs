//! What a form showed when the server refused it (see the server's `echo`
//! layer): the page fills the form in again from it.

use serde::{Deserialize, Serialize};

/// The sealed cookie that carries it for five minutes.
pub const COOKIE: &str = "form_echo";

/// The fields of one refused form post, by their names in the form.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Typed {
    /// The server function the form posted to.
    pub path: String,
    pub fields: Vec<(String, String)>,
}

impl Typed {
    /// The value typed in field `name` (empty when none).
    pub fn get(&self, name: &str) -> String {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// The value of `name`, or `default` when the form was not refused.
    pub fn or(&self, name: &str, default: impl Into<String>) -> String {
        if self.fields.is_empty() {
            default.into()
        } else {
            self.get(name)
        }
    }

    /// Whether the checkbox or radio `name` with `value` was on.
    pub fn has(&self, name: &str, value: &str) -> bool {
        self.fields.iter().any(|(k, v)| k == name && v == value)
    }

    /// Whether anything was kept.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
}
