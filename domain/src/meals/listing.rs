//! Whether a restaurant appears to the public. A restaurant that signs itself
//! up waits for the county's approval; the county approves it, or suspends
//! it (a pending one too: that is a refusal) with a reason the restaurant is
//! told. Only an approved restaurant's menu, meals and labels are public.

use crate::Named;

crate::named::closed_set! {
    /// A restaurant's standing on the public pages.
    pub enum Listing {
        /// Signed up, waiting for the county.
        Pending,
        /// Public.
        Approved,
        /// Withdrawn (or refused) by the county, with a reason.
        Suspended,
    }
}

crate::named::closed_set! {
    /// What the county decides about a restaurant's listing.
    pub enum ListingAction {
        Approve,
        Suspend,
    }
}

/// The longest reason the county may give, in characters.
pub const MAX_REASON: usize = 500;

impl Listing {
    /// Whether the restaurant, its menu and its meals are shown to the public.
    pub fn is_public(self) -> bool {
        self == Listing::Approved
    }
}

impl ListingAction {
    /// The listings the action applies to: the store changes a restaurant
    /// only while it is in one of these (a conditional write), so two
    /// administrators deciding at once cannot both succeed.
    pub fn applies_to(self) -> &'static [Listing] {
        match self {
            ListingAction::Approve => &[Listing::Pending, Listing::Suspended],
            ListingAction::Suspend => &[Listing::Pending, Listing::Approved],
        }
    }

    pub fn outcome(self) -> Listing {
        match self {
            ListingAction::Approve => Listing::Approved,
            ListingAction::Suspend => Listing::Suspended,
        }
    }

    /// Whether the action needs a reason (the restaurant is told why).
    pub fn needs_reason(self) -> bool {
        self == ListingAction::Suspend
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum ListingError {
    /// The restaurant is not in a listing the action applies to.
    #[error("cannot {action:?} a restaurant that is {from:?}")]
    NotApplicable { from: Listing, action: ListingAction },
    #[error("a reason is required")]
    ReasonRequired,
    #[error("the reason is too long or holds control characters")]
    ReasonInvalid,
}

/// The county's decision, checked: the new listing and the reason as kept
/// (trimmed; empty when none is needed and none given).
pub fn decide(from: Listing, action: ListingAction, reason: &str) -> Result<(Listing, String), ListingError> {
    if !action.applies_to().contains(&from) {
        return Err(ListingError::NotApplicable { from, action });
    }
    let reason = reason.trim();
    if reason.chars().count() > MAX_REASON || reason.chars().any(|c| c.is_control() && c != '\n' && c != '\r') {
        return Err(ListingError::ReasonInvalid);
    }
    if action.needs_reason() && reason.is_empty() {
        return Err(ListingError::ReasonRequired);
    }
    Ok((action.outcome(), reason.to_owned()))
}

/// The listing names for a SQL `IN (...)` list of the action's sources
/// (closed names only, never user text).
pub fn applies_to_sql(action: ListingAction) -> String {
    action
        .applies_to()
        .iter()
        .map(|l| format!("'{}'", l.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests;
