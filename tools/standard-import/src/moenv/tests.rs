use super::*;

fn record(value: &str, unit: &str, quantity: serde_json::Value) -> String {
    format!(
        r#"[{{"cd_id":"key","chineseName":"中文名稱","carbonFootprint":"碳足跡值","quantity":"數量","declarationUnit":"宣告單位"}},
           {{"cd_id":7,"chineseName":"測試","carbonFootprint":{{"value":"{value}","unit":"{unit}"}},"quantity":{quantity},"declarationUnit":"公斤(kg)","reliability":"1","completeness":"2"}}]"#
    )
}

#[test]
fn a_footprint_is_per_one_declared_unit_in_kg() {
    // 28.9 kg for a 25 kg bag is 1.156 kg per kg.
    let c = &parse(&record("2.89E+1", "kgCO₂e", serde_json::json!(25))).unwrap()[0];
    assert!((c.kg_co2e_per_unit - 1.156).abs() < 1e-12);
    assert!(c.per_kg());
    // 615 g per kg is 0.615 kg per kg.
    let c = &parse(&record("6.15E+2", "gCO₂e", serde_json::json!(1))).unwrap()[0];
    assert!((c.kg_co2e_per_unit - 0.615).abs() < 1e-12);
    assert_eq!(c.data_quality(), 2.5);
}

#[test]
fn an_unreadable_record_is_refused_not_guessed() {
    for bad in [
        record("n/a", "kgCO₂e", serde_json::json!(1)),
        record("1.0", "tCO2e", serde_json::json!(1)),
        record("1.0", "kgCO₂e", serde_json::json!(0)),
        record("-1.0", "kgCO₂e", serde_json::json!(1)),
        "{}".to_string(),
    ] {
        assert!(parse(&bad).is_err(), "{bad}");
    }
}

/// The published export of 2024-08-15 (vendored in `data/sources`):
/// every one of its 1,111 records is read, and the figures the README of
/// the copy checks by hand come out.
#[test]
fn the_published_export_is_read_whole() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/sources/taiwan/moenv/cfp_site_scrape_2024-08-15.json");
    let all = read(&path).expect("the vendored MOENV export must be present and readable");
    assert_eq!(all.len(), 1111);
    let lpg = all.iter().find(|c| c.name == "液化石油氣(於固定源使用,2021)").unwrap();
    assert!((lpg.kg_co2e_per_unit - 2.21).abs() < 1e-9 && lpg.unit == "公升(L)");
    let sesame = all.iter().find(|c| c.name == "芝麻油").unwrap();
    assert!((sesame.kg_co2e_per_unit - 0.615).abs() < 1e-9);
    let sugar = per_kg(&all, 1920).unwrap();
    assert!((sugar.kg_co2e_per_unit - 1.156).abs() < 1e-9);
    assert!(per_kg(&all, 1984).is_err(), "LPG is per litre");
}
