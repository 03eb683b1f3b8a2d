use super::*;
use proptest::prelude::*;

#[test]
fn keys_are_letters_only_and_not_too_long() {
    assert_eq!(AreaKey::parse("Zhongli").map(|k| k.to_string()), Some("Zhongli".into()));
    for bad in ["", "Zhong li", "Zhongli1", "中壢", &"A".repeat(MAX_KEY + 1)] {
        assert_eq!(AreaKey::parse(bad), None, "{bad:?}");
    }
    assert!(AreaKey::parse(&"A".repeat(MAX_KEY)).is_some());
    const K: AreaKey = AreaKey::of("Zhongli");
    assert_eq!(Some(K), AreaKey::parse("Zhongli"));
}

#[test]
fn a_key_reads_back_as_json_and_refuses_other_text() {
    let k = AreaKey::parse("Bade").unwrap();
    let json = serde_json::to_string(&[k]).unwrap();
    assert_eq!(json, r#"["Bade"]"#);
    assert_eq!(serde_json::from_str::<Vec<AreaKey>>(&json).unwrap(), vec![k]);
    assert!(serde_json::from_str::<AreaKey>(r#""Ba de""#).is_err());
}

proptest! {
    #[test]
    fn keys_order_as_their_text(a in "[A-Za-z]{1,31}", b in "[A-Za-z]{1,31}") {
        let (ka, kb) = (AreaKey::parse(&a).unwrap(), AreaKey::parse(&b).unwrap());
        prop_assert_eq!(ka.cmp(&kb), a.cmp(&b));
        prop_assert_eq!(ka.as_str(), a.as_str());
    }
}
