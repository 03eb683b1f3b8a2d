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
