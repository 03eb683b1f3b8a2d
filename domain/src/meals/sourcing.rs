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
/// certificate; without one, local when the cook chose the Taitung origin,
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
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn p(lat: f64, lon: f64) -> GeoPoint {
        GeoPoint::new(lat, lon).unwrap()
    }

    #[test]
    fn distances_between_taitung_places() {
        // Taitung station (22.7932, 121.1231) to Chishang station (23.1253, 121.2195):
        // about 38 km as the crow flies.
        let d = great_circle_km(p(22.7932, 121.1231), p(23.1253, 121.2195));
        assert!((37.0..39.5).contains(&d), "{d}");
        assert!((road_km(p(22.7932, 121.1231), p(23.1253, 121.2195), ROAD_FACTOR) - d * 1.3).abs() < 1e-9);
        // A quarter of a meridian: pi / 2 x R.
        let q = great_circle_km(p(0.0, 0.0), p(90.0, 0.0));
        assert!((q - std::f64::consts::FRAC_PI_2 * EARTH_RADIUS_KM).abs() < 1e-6);
        assert!(GeoPoint::new(91.0, 0.0).is_none() && GeoPoint::new(0.0, f64::NAN).is_none());
    }

    #[test]
    fn a_supplier_leg_is_by_small_truck_when_short() {
        use crate::meals::standard::TransportMode;
        let chishang = p(23.1230, 121.2200);
        let taitung = p(22.7553, 121.1441);
        let leg = supplier_leg(chishang, taitung);
        assert_eq!(leg.mode, TransportMode::SmallTruck);
        assert!((leg.km - (road_km(chishang, taitung, ROAD_FACTOR) * 10.0).round() / 10.0).abs() < 1e-9);
        assert!((50.0..60.0).contains(&leg.km), "{}", leg.km);
        let taipei = p(25.0375, 121.5637);
        assert_eq!(supplier_leg(taipei, taitung).mode, TransportMode::Road);
        assert_eq!(supplier_leg(taitung, taitung).km, 0.0);
    }

    #[test]
    fn a_certificate_stops_counting_on_the_day_it_expires() {
        let c = FarmCertificate {
            kind: FarmCertification::Organic,
            number: "1-012-110001".into(),
            body: "demo body".into(),
            expires: chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap(),
        };
        assert!(c.counts_on(chrono::NaiveDate::from_ymd_opt(2027, 2, 28).unwrap()));
        assert!(!c.counts_on(chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap()));
    }

    #[test]
    fn a_line_counts_by_its_supplier_or_else_by_its_origin() {
        use crate::meals::Origin;
        let mark = |local, certified| Some(SupplierMark { local, certified });
        assert_eq!(
            sourced(250.0, Origin::Imported, mark(true, true)),
            SourcedMass {
                kg: 0.25,
                local: true,
                certified: true
            }
        );
        assert!(
            !sourced(250.0, Origin::TaitungLocal, mark(false, false)).local,
            "the supplier's place wins"
        );
        let bare = sourced(100.0, Origin::TaitungLocal, None);
        assert_eq!((bare.local, bare.certified), (true, false));
        assert!(!sourced(100.0, Origin::Imported, None).local);
    }

    #[test]
    fn shares_are_by_mass() {
        let lines = [
            SourcedMass {
                kg: 0.25,
                local: true,
                certified: true,
            },
            SourcedMass {
                kg: 0.10,
                local: false,
                certified: false,
            },
            SourcedMass {
                kg: 0.15,
                local: true,
                certified: false,
            },
            SourcedMass {
                kg: f64::NAN,
                local: true,
                certified: true,
            },
        ];
        let s = shares(&lines);
        assert!((s.local - 0.8).abs() < 1e-12);
        assert!((s.certified - 0.5).abs() < 1e-12);
        assert_eq!(shares(&[]), SourcingShares::default());
        // Nothing local or certified is a positive zero (not "-0 %").
        let none = shares(&[SourcedMass {
            kg: 0.2,
            local: false,
            certified: false,
        }]);
        assert!(none.local.is_sign_positive() && none.certified.is_sign_positive());
    }

    proptest! {
        /// Symmetric, zero from a place to itself, never more than half the
        /// Earth's circumference, and never shorter than a detour through a
        /// third place allows (the triangle inequality).
        #[test]
        fn the_great_circle_is_a_distance(
            a in (-90.0f64..=90.0, -180.0f64..=180.0),
            b in (-90.0f64..=90.0, -180.0f64..=180.0),
            c in (-90.0f64..=90.0, -180.0f64..=180.0),
        ) {
            let (a, b, c) = (p(a.0, a.1), p(b.0, b.1), p(c.0, c.1));
            let ab = great_circle_km(a, b);
            prop_assert!((ab - great_circle_km(b, a)).abs() < 1e-6);
            prop_assert!(great_circle_km(a, a).abs() < 1e-6);
            prop_assert!(ab <= std::f64::consts::PI * EARTH_RADIUS_KM + 1e-6);
            prop_assert!(ab <= great_circle_km(a, c) + great_circle_km(c, b) + 1e-6);
        }

        /// Shares lie between 0 and 1, and the certified and local food can
        /// never weigh more than all of it.
        #[test]
        fn shares_lie_between_nothing_and_everything(lines in proptest::collection::vec((0.0f64..2.0, any::<bool>(), any::<bool>()), 0..20)) {
            let lines: Vec<SourcedMass> = lines.into_iter().map(|(kg, local, certified)| SourcedMass { kg, local, certified }).collect();
            let s = shares(&lines);
            prop_assert!((0.0..=1.0 + 1e-12).contains(&s.local));
            prop_assert!((0.0..=1.0 + 1e-12).contains(&s.certified));
        }
    }
}
