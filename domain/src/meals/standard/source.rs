//! Where a figure of the standard comes from.

use serde::{Deserialize, Serialize};

/// Where a figure comes from, so that a county officer can check it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Short name, e.g. "ADEME AGRIBALYSE".
    pub name: String,
    /// The version of that source, e.g. "3.1.1".
    pub version: String,
    /// The row or item in that source, e.g. the AGB code.
    pub reference: String,
    /// Licence and required attribution.
    pub licence: String,
}
