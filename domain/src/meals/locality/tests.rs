use super::*;
use crate::meals::sourcing::great_circle_km;
use std::collections::HashSet;

#[test]
fn every_locality_has_one_name_and_a_centre_in_taiwan() {
    assert_eq!(Locality::all().count(), 16 + 21);
    let names: HashSet<_> = Locality::all().map(Locality::as_str).collect();
    assert_eq!(names.len(), 37, "a township and a county share a stored name");
    for l in Locality::all() {
        assert_eq!(Locality::parse(l.as_str()), Some(l));
        assert!(in_taiwan(l.centre()), "{l:?}");
        assert!(!l.name_zh().is_empty() && !l.name_en().is_empty());
    }
    assert_eq!(Locality::parse("Mars"), None);
    assert!(Locality::Taitung(Township::Lanyu).is_local());
    assert!(!Locality::Elsewhere(County::Hualien).is_local());
    assert_eq!(
        serde_json::to_string(&Locality::Elsewhere(County::Yunlin))
            .ok()
            .as_deref(),
        Some("\"Yunlin\"")
    );
}

#[test]
fn centres_are_where_the_map_has_them() {
    // Every Taitung township office lies within the county, less than
    // 160 km from the county seat (Lanyu, the farthest, is about 85 km).
    let seat = Township::TaitungCity.centre();
    for t in Township::all() {
        assert!(great_circle_km(seat, t.centre()) < 160.0, "{t:?}");
    }
    // Chishang to Taitung City, about 41 km as the crow flies.
    let d = great_circle_km(Township::Chishang.centre(), seat);
    assert!((38.0..45.0).contains(&d), "{d}");
    // Taipei to Taitung, about 250 km as the crow flies.
    let d = great_circle_km(County::TaipeiCity.centre(), seat);
    assert!((235.0..265.0).contains(&d), "{d}");
    assert!(!in_taiwan(GeoPoint {
        lat: 35.68,
        lon: 139.77
    }));
}
