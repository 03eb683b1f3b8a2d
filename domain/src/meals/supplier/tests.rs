use super::*;
use crate::meals::Township;

/// Chishang's township office.
const CHISHANG_OFFICE: GeoPoint = GeoPoint {
    lat: 23.1230,
    lon: 121.2200,
};
use proptest::prelude::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn draft() -> SupplierDraft {
    SupplierDraft {
        kind: SupplierKind::Farm,
        name: Bilingual::new(" 池上有機米農場 ", ""),
        locality: Locality::Local(Township::of("Chishang")),
        location: None,
        certificate: Some(FarmCertificate {
            kind: FarmCertification::Organic,
            number: "1-012-110001".into(),
            body: "慈心有機驗證".into(),
            expires: day(2027, 3, 1),
        }),
    }
}

#[test]
fn a_supplier_is_kept_clean_at_its_township_centre() {
    let (d, at) = draft().checked(day(2026, 12, 6), CHISHANG_OFFICE).unwrap();
    assert_eq!(d.name, Bilingual::new("池上有機米農場", "池上有機米農場"));
    assert_eq!(at, CHISHANG_OFFICE);
    assert_eq!(d.location, Some(at));
}

#[test]
fn bad_suppliers_are_refused_with_the_reason() {
    let today = day(2026, 12, 6);
    let mut d = draft();
    d.name.zh_tw = "  ".into();
    assert_eq!(d.checked(today, CHISHANG_OFFICE), Err(SupplierError::NameInvalid));
    let mut d = draft();
    d.name.en = "x".repeat(MAX_NAME + 1);
    assert_eq!(d.checked(today, CHISHANG_OFFICE), Err(SupplierError::NameInvalid));
    let mut d = draft();
    d.location = Some(GeoPoint { lat: 121.2, lon: 23.1 });
    assert_eq!(
        d.checked(today, CHISHANG_OFFICE),
        Err(SupplierError::LocationOutsideTaiwan)
    );
    let mut d = draft();
    d.location = Some(GeoPoint { lat: 35.0, lon: 139.0 });
    assert_eq!(
        d.checked(today, CHISHANG_OFFICE),
        Err(SupplierError::LocationOutsideTaiwan)
    );
    let mut d = draft();
    if let Some(c) = d.certificate.as_mut() {
        c.number = " ".into();
    }
    assert_eq!(
        d.checked(today, CHISHANG_OFFICE),
        Err(SupplierError::CertificateInvalid)
    );
    // The certificate stops counting on the day it expires.
    assert!(draft().checked(day(2027, 2, 28), CHISHANG_OFFICE).is_ok());
    assert_eq!(
        draft().checked(day(2027, 3, 1), CHISHANG_OFFICE),
        Err(SupplierError::CertificateExpired)
    );
}

#[test]
fn a_certification_counts_until_its_expiry() {
    let d = draft();
    assert_eq!(
        certified_on(d.certificate.as_ref(), day(2027, 2, 28)),
        Some(FarmCertification::Organic)
    );
    assert_eq!(certified_on(d.certificate.as_ref(), day(2027, 3, 1)), None);
    assert_eq!(certified_on(None, day(2027, 1, 1)), None);
}

#[test]
fn seasons_wrap_over_the_new_year() {
    let winter = Season::months(11, 3).unwrap();
    assert!(winter.contains(12) && winter.contains(1) && winter.contains(3));
    assert!(!winter.contains(4) && !winter.contains(10));
    assert_eq!(winter.runs(), vec![(11, 3)]);
    assert_eq!(Season::months(6, 6).unwrap().runs(), vec![(6, 6)]);
    assert_eq!(Season::months(1, 12), Some(Season::ALL_YEAR));
    assert_eq!(Season::months(0, 3), None);
    assert_eq!(Season::months(3, 13), None);
    assert_eq!(Season::try_from(0), Err("a season is one to twelve months"));
    assert!(Season::try_from(0x1000).is_err());
    let two = Season::try_from(0b0000_0100_0001).unwrap();
    assert_eq!(two.runs(), vec![(1, 1), (7, 7)]);
    assert!(winter.on(day(2026, 12, 6)) && !winter.on(day(2026, 7, 1)));
}

proptest! {
    /// A season's runs hold exactly its months.
    #[test]
    fn runs_hold_exactly_the_months(bits in 1u16..=0x0FFF) {
        let s = Season::try_from(bits).unwrap();
        let mut back = 0u16;
        for (from, to) in s.runs() {
            back |= u16::from(Season::months(from, to).unwrap());
        }
        prop_assert_eq!(back, bits);
    }
}
