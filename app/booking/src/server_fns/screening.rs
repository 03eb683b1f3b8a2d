//! The self-screening checklist. Plain form posts that redirect back, so
//! it works without JavaScript; the family's device keeps the screening.

mod answer_screening;
mod book_from_screening;
mod forget_screening;
mod screening_view;
mod start_screening;

pub use answer_screening::*;
pub use book_from_screening::*;
pub use forget_screening::*;
pub use screening_view::*;
pub use start_screening::*;
