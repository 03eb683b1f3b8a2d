use super::*;
use crate::meals::sourcing::great_circle_km;
use crate::platform::profile::{Installation, county};
use std::collections::HashSet;

/// The shipped county profile's townships.
fn installation() -> Installation {
    Installation {
        governments: vec![county()],
    }
}

#[test]
fn every_county_has_one_name_and_a_seat_in_taiwan() {
    assert_eq!(County::all().count(), 21);
    let names: HashSet<_> = County::all().map(County::as_str).collect();
    assert_eq!(names.len(), 21);
    for c in County::all() {
        assert_eq!(Locality::parse(c.as_str()), Some(Locality::Elsewhere(c)));
        assert!(in_taiwan(c.centre()), "{c:?}");
        assert!(!c.name_zh().is_empty() && !c.name_en().is_empty());
    }
    assert_eq!(
        serde_json::to_string(&Locality::Elsewhere(County::Yunlin))
            .ok()
            .as_deref(),
        Some("\"Yunlin\"")
    );
}

#[test]
fn a_township_is_the_profiles_with_its_office_and_names() {
    let inst = installation();
    let chishang = Locality::parse("Chishang").unwrap();
    assert_eq!(chishang, Locality::Local(Township::of("Chishang")));
    assert!(chishang.is_local() && !Locality::Elsewhere(County::Hualien).is_local());
    assert_eq!(chishang.name_in(&inst).map(|n| n.zh_tw), Some("池上鄉".to_owned()));
    // A key of the right form that is no township of this county has no
    // place: a supplier there is refused.
    let nowhere = Locality::parse("Atlantis").unwrap();
    assert_eq!((nowhere.centre_in(&inst), nowhere.name_in(&inst)), (None, None));
    assert_eq!(Locality::parse("Atlantis 9"), None);
    for a in inst.areas(Service::Meals) {
        let l = Locality::parse(&a.key).unwrap();
        assert!(l.is_local() && in_taiwan(l.centre_in(&inst).unwrap()), "{a:?}");
    }
}

#[test]
fn centres_are_where_the_map_has_them() {
    let inst = installation();
    let at = |k: &str| Locality::parse(k).and_then(|l| l.centre_in(&inst)).unwrap();
    // Every township office lies within the county, less than 160 km from
    // the county seat (Lanyu, the farthest, is about 85 km).
    let seat = at("TaitungCity");
    for a in inst.areas(Service::Meals) {
        assert!(great_circle_km(seat, at(&a.key)) < 160.0, "{a:?}");
    }
    // Chishang to Taitung City, about 41 km as the crow flies.
    let d = great_circle_km(at("Chishang"), seat);
    assert!((38.0..45.0).contains(&d), "{d}");
    // Taipei to Taitung, about 250 km as the crow flies.
    let d = great_circle_km(County::TaipeiCity.centre(), seat);
    assert!((235.0..265.0).contains(&d), "{d}");
    assert!(!in_taiwan(GeoPoint {
        lat: 35.68,
        lon: 139.77
    }));
}
