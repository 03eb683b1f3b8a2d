use super::*;

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Record {
    id: String,
    #[serde(flatten, with = "name_fields")]
    name: Bilingual,
    grams: f64,
}

#[test]
fn picks_the_language() {
    let t = Bilingual::new("白米", "White rice");
    assert_eq!(t.get(Lang::ZhTw), "白米");
    assert_eq!(t.get(Lang::En), "White rice");
    assert_eq!(t.both(" / "), "白米 / White rice");
    assert_eq!(Bilingual::new("0800", "0800").both(" / "), "0800");
}

#[test]
fn a_flattened_name_keeps_the_stored_shape() {
    let stored = r#"{"id":"rice-white","name_zh_tw":"白米","name_en":"White rice","grams":120.0}"#;
    let r: Record = serde_json::from_str(stored).expect("reads the stored shape");
    assert_eq!(r.name, Bilingual::new("白米", "White rice"));
    let v: serde_json::Value = serde_json::to_value(&r).expect("writes");
    assert_eq!(v, serde_json::from_str::<serde_json::Value>(stored).expect("json"));
}

#[test]
fn a_record_without_its_english_name_is_refused() {
    let stored = r#"{"id":"rice-white","name_zh_tw":"白米","grams":120.0}"#;
    let err = serde_json::from_str::<Record>(stored).expect_err("refused");
    assert!(err.to_string().contains("name_en"), "{err}");
}
