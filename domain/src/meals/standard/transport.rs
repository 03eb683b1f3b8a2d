//! Where food comes from and how it travels.

use super::source::Source;
use serde::{Deserialize, Serialize};

crate::named::closed_set! {
    /// Where an ingredient comes from, which decides its default transport legs.
    pub enum Origin {
        TaitungLocal,
        OtherTaiwan,
        Imported,
        ImportedByAir,
    }
}

crate::named::closed_set! {
    pub enum TransportMode {
        /// Heavy goods vehicle, long haul.
        Road,
        /// Small delivery truck (3.5-7.5 t), the last local kilometres.
        SmallTruck,
        Rail,
        Sea,
        Air,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TransportFactor {
    pub mode: TransportMode,
    /// kg CO2e per tonne-kilometre.
    pub ambient: f64,
    pub refrigerated: f64,
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Leg {
    pub mode: TransportMode,
    pub km: f64,
}

/// The legs assumed for an origin when the restaurant gives none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OriginPreset {
    pub origin: Origin,
    pub legs: Vec<Leg>,
    pub rationale: String,
}

/// Half the circumference of the Earth: no leg of a food's journey is longer.
pub const MAX_LEG_KM: f64 = 20_000.0;
