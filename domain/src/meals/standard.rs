//! The county's emission-factor standard: one edition is an immutable document.
//! Editing creates a new edition; every saved meal records the edition it used.

mod edition;
mod food;
mod kitchen;
mod serving;
mod source;
mod transport;

pub use edition::*;
pub use food::*;
pub use kitchen::*;
pub use serving::*;
pub use source::*;
pub use transport::*;

mod change;
mod validate;

pub use change::{ChangeError, StandardChange};
pub use validate::StandardError;
