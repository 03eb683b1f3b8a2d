//! Where a meal's food comes from (the farm-to-table issue): the distance
//! from a supplier to the kitchen, whether a farming certificate counts on a
//! day, and what share of a meal's food by mass is local and certified.
//! Pure rules; the suppliers themselves are stored by the meals service.

use serde::{Deserialize, Serialize};

/// A place on the map, in decimal degrees (WGS 84).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

impl GeoPoint {
    /// A point, if the coordinates are finite and on the globe.
    pub fn new(lat: f64, lon: f64) -> Option<GeoPoint> {
        (lat.is_finite() && lon.is_finite() && (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
            .then_some(GeoPoint { lat, lon })
    }
}

/// The mean radius of the Earth (IUGG), km.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// How much longer a road journey is than the great circle: the county's
/// default, within the circuity factors measured for national road networks
/// (Ballou, Rahardja & Sakai 2002, Transportation Research Part A 36:843-848:
/// about 1.1 to 1.6 by country); a supplier's distance stays editable.
pub const ROAD_FACTOR: f64 = 1.3;

/// The great-circle distance between two points (haversine), km.
pub fn great_circle_km(a: GeoPoint, b: GeoPoint) -> f64 {
    let (phi1, phi2) = (a.lat.to_radians(), b.lat.to_radians());
    let d_phi = phi2 - phi1;
    let d_lambda = (b.lon - a.lon).to_radians();
    let h = (d_phi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (d_lambda / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

/// The road distance assumed between two points: the great circle times
/// the road factor.
pub fn road_km(a: GeoPoint, b: GeoPoint, road_factor: f64) -> f64 {
    great_circle_km(a, b) * road_factor
}

/// Up to this road distance a supplier's delivery is assumed to come by
/// small truck, beyond it by lorry (`docs/carbon-method.md`: a small truck
/// emits far more per tonne-km, which matters for short local hauls).
pub const SMALL_TRUCK_MAX_KM: f64 = 150.0;

/// The journey the builder proposes from a supplier to the kitchen: one leg
/// by road over the road distance (to 0.1 km), small truck when short. The
/// cook can change it or add legs (farm to market to kitchen).
pub fn supplier_leg(supplier: GeoPoint, kitchen: GeoPoint) -> super::standard::Leg {
    leg_over(road_km(supplier, kitchen, ROAD_FACTOR))
}

/// One road leg over `km` (to 0.1 km): small truck when short, lorry beyond.
pub fn leg_over(km: f64) -> super::standard::Leg {
    let km = (km.max(0.0) * 10.0).round() / 10.0;
    let mode = if km <= SMALL_TRUCK_MAX_KM {
        super::standard::TransportMode::SmallTruck
    } else {
        super::standard::TransportMode::Road
    };
    super::standard::Leg { mode, km }
}

crate::named::closed_set! {
    /// A farm's certification: Taiwan's organic certification (有機驗證) or
    /// the eco-friendly farming registration (友善環境耕作登錄).
    pub enum FarmCertification {
        Organic,
        EcoFriendly,
    }
}

/// A farming certificate with its number, certifying body and expiry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FarmCertificate {
    pub kind: FarmCertification,
    pub number: String,
    pub body: String,
    /// The first day it no longer counts.
    pub expires: chrono::NaiveDate,
}

impl FarmCertificate {
    /// Whether it counts on `day`: an expired certificate stops counting on
    /// the day it expires.
    pub fn counts_on(&self, day: chrono::NaiveDate) -> bool {
        day < self.expires
    }
}

/// One ingredient line as the sourcing shares see it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SourcedMass {
    pub kg: f64,
    pub local: bool,
    /// Its supplier holds a certificate that counts on the day asked about.
    pub certified: bool,
}

/// A supplier as a meal line's sourcing counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SupplierMark {
    pub local: bool,
    /// Holds a certificate that counts on the day asked about.
    pub certified: bool,
}

/// How a meal line of `grams` counts: with a supplier from the
/// restaurant's list, local by the supplier's place and certified by its
/// certificate; without one, local when the cook chose the local origin,
/// and never certified (a certificate is the supplier's).
pub fn sourced(grams: f64, origin: super::Origin, supplier: Option<SupplierMark>) -> SourcedMass {
    SourcedMass {
        kg: grams / 1000.0,
        local: match supplier {
            Some(s) => s.local,
            None => origin == super::Origin::TaitungLocal,
        },
        certified: supplier.is_some_and(|s| s.certified),
    }
}

/// Shares of a meal's (or a menu's) food by mass.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourcingShares {
    pub local: f64,
    pub certified: f64,
}

/// The local and the certified share of the mass (0 for no food; a line
/// with no mass, or a mass that is not a finite positive number, counts
/// for nothing).
pub fn shares(lines: &[SourcedMass]) -> SourcingShares {
    let ok = |l: &&SourcedMass| l.kg.is_finite() && l.kg > 0.0;
    let total: f64 = lines.iter().filter(ok).map(|l| l.kg).sum();
    if total <= 0.0 {
        return SourcingShares::default();
    }
    // Folded from +0.0: an empty float `sum` is -0.0, which shows as "-0 %".
    let of =
        |pick: fn(&SourcedMass) -> bool| lines.iter().filter(ok).filter(|l| pick(l)).fold(0.0, |a, l| a + l.kg) / total;
    SourcingShares {
        local: of(|l| l.local),
        certified: of(|l| l.certified),
    }
}

#[cfg(test)]
mod tests;
