use super::*;
use crate::text::{Bilingual, Lang};

const CITY_AREAS: &str = include_str!("../../../../data/profiles/taoyuan/areas.csv");
const COUNTY_AREAS: &str = include_str!("../../../../data/profiles/taitung/areas.csv");

pub(crate) fn city() -> Government {
    Government {
        id: "city-a".into(),
        kind: GovernmentKind::City,
        code: "68000".into(),
        services: vec![Service::EarlyIntervention],
        name: Bilingual::new("甲市政府", "City A Government"),
        place: Bilingual::new("甲市", "City A"),
        short: Bilingual::new("甲", "A"),
        contact: Contact {
            phone: "03-000-0000".into(),
            website: "https://example.gov.tw/".into(),
            address: Bilingual::new("甲市一路1號", "1 First Rd."),
            email: None,
        },
        early_intervention: Some(EarlyIntervention {
            first_assessment_days: 30,
            first_assessment_share: 0.8,
            contact_working_days: 3,
            sms_tag: Bilingual::new("甲早療", "A EI"),
        }),
        meals: None,
        areas: parse_areas(CITY_AREAS).unwrap(),
    }
}

pub(crate) fn county() -> Government {
    Government {
        id: "county-b".into(),
        kind: GovernmentKind::County,
        code: "10014".into(),
        services: vec![Service::Meals],
        early_intervention: None,
        meals: Some(MealsTerms {
            certificate_prefix: "BSF".into(),
            certificate_scheme: Bilingual::new("乙縣慢食認證", "County B slow food"),
        }),
        areas: parse_areas(COUNTY_AREAS).unwrap(),
        ..city()
    }
}

fn problems(govs: &[Government]) -> Vec<(usize, Where)> {
    check(govs).into_iter().map(|p| (p.government, p.at)).collect()
}

#[test]
fn the_shipped_areas_read_and_a_sound_installation_has_no_problem() {
    assert_eq!(parse_areas(CITY_AREAS).unwrap().len(), 13);
    assert_eq!(parse_areas(COUNTY_AREAS).unwrap().len(), 16);
    let both = [city(), county()];
    assert_eq!(check(&both), vec![]);
    let installation = Installation {
        governments: both.to_vec(),
    };
    assert_eq!(
        installation.running(Service::Meals).map(|g| g.id.as_str()),
        Some("county-b")
    );
    assert_eq!(
        installation.early_intervention().map(|(_, t)| t.first_assessment_days),
        Some(30)
    );
    assert_eq!(installation.names(Lang::ZhTw), "甲市政府、甲市政府");
    assert_eq!(installation.places(Lang::En), "City A and City A");
    assert_eq!(installation.short_names(Lang::En), "A-A");
}

#[test]
fn a_broken_areas_file_names_its_line() {
    assert_eq!(parse_areas("code,name\n"), Err(AreaError::Header));
    let head = "code,key,name_zh,name_en,lat,lon\n";
    assert_eq!(
        parse_areas(&format!("{head}68000010,A,甲區,A District,24.9\n")),
        Err(AreaError::Fields(2))
    );
    assert_eq!(
        parse_areas(&format!(
            "{head}68000010,A,甲區,A District,24.9,121.3\n68000020,B,乙區,\"B, District\",24.9,121.3\n"
        )),
        Err(AreaError::Fields(3))
    );
    assert_eq!(
        parse_areas(&format!("{head}68000010,A,甲區,A District,north,121.3\n")),
        Err(AreaError::Point(2, "north,121.3".into()))
    );
}

#[test]
fn each_rule_points_at_its_field_or_area() {
    let mut g = city();
    g.id = "City A".into();
    g.code = "680".into();
    g.contact.website = "http://example.gov.tw".into();
    g.contact.email = Some("not an address".into());
    g.early_intervention.as_mut().unwrap().first_assessment_share = 1.5;
    g.early_intervention.as_mut().unwrap().contact_working_days = 0;
    g.areas[2].code = "10014030".into();
    g.areas[3].key = "Yang mei".into();
    g.areas[4].lat = 35.0;
    assert_eq!(
        problems(&[g]),
        vec![
            (0, Where::Field("id")),
            (0, Where::Field("code")),
            (0, Where::Field("contact.website")),
            (0, Where::Field("contact.email")),
            (0, Where::Field("early_intervention.first_assessment_share")),
            (0, Where::Field("early_intervention.contact_working_days")),
            (0, Where::Area(2)),
            (0, Where::Area(3)),
            (0, Where::Area(4)),
        ]
    );
}

#[test]
fn terms_go_with_services_and_each_service_has_one_government() {
    let mut g = city();
    g.meals = county().meals;
    g.meals.as_mut().unwrap().certificate_prefix = "tt".into();
    assert_eq!(problems(&[g]), vec![(0, Where::Field("meals"))]);
    let mut g = county();
    g.services.push(Service::EarlyIntervention);
    assert_eq!(problems(&[g]), vec![(0, Where::Field("early_intervention"))]);
    // A second city for the same service, with the same id and areas.
    let mut second = city();
    second.code = "63000".into();
    let found = problems(&[city(), second]);
    assert!(found.contains(&(1, Where::Field("id"))), "{found:?}");
    assert!(found.contains(&(1, Where::Field("services"))), "{found:?}");
    // Its areas repeat the first city's codes and keys.
    assert!(found.contains(&(1, Where::Area(0))), "{found:?}");
    let mut none = county();
    none.areas.clear();
    none.services.clear();
    none.meals = None;
    assert_eq!(
        problems(&[none]),
        vec![(0, Where::Field("services")), (0, Where::Areas)]
    );
}
