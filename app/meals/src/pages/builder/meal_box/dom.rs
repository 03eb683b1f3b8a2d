//! The box's ways with the page: the drop zone under a finger, focus after a move, an ingredient's name.

use domain::meals::Standard;
use i18n::*;
#[cfg(feature = "hydrate")]
use leptos::prelude::{document, request_animation_frame};
use platform::format::Localized;

/// Whether the point (client coordinates) is over the drop zone.
#[cfg(feature = "hydrate")]
pub(crate) fn over_dropzone(x: i32, y: i32) -> bool {
    document()
        .element_from_point(x as f32, y as f32)
        .and_then(|el| el.closest(".dropzone").ok().flatten())
        .is_some()
}

/// Puts the keyboard focus on an element by id after the view has been redrawn.
pub(crate) fn focus_later(id: String) {
    #[cfg(feature = "hydrate")]
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = id;
}

pub(crate) fn name_of(std: &Standard, id: &str, l: Locale) -> String {
    std.ingredient(id)
        .map(|i| i.name.tr(l))
        .unwrap_or_else(|| id.to_string())
}
