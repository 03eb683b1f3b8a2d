//! The one error type that crosses the wire from server functions to pages:
//! what any page may meet (`AppError`'s own variants) and, for each service,
//! its own refusals (`AppError<S>`, `S` the service's type behind the
//! [`Refusal`] trait: its words and the form field each is about). Internal
//! details are logged on the server; the client only ever sees one of these
//! variants, and shows it translated (`ErrorText`).

mod app;
mod forms;
mod status;
mod text;

pub use app::{AppError, AppResult, Never, Refusal, Service};
pub use forms::{action_error, posted_error, typed_back};
pub use text::{ErrorText, FieldError, described_by, field_invalid};
