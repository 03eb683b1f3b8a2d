use super::Township;
use crate::{Named, Place};
use std::collections::HashSet;

#[test]
fn sixteen_townships_stored_by_name_each_with_both_names() {
    assert_eq!(Township::all().count(), 16);
    assert_eq!(Township::TaitungCity.as_str(), "TaitungCity");
    assert_eq!(Township::parse("Chishang"), Some(Township::Chishang));
    assert_eq!(Township::parse("池上鄉"), None);
    let zh: HashSet<_> = Township::all().map(Township::name_zh).collect();
    let en: HashSet<_> = Township::all().map(Township::name_en).collect();
    assert_eq!((zh.len(), en.len()), (16, 16));
    assert!(zh.iter().all(|n| ['市', '鎮', '鄉'].iter().any(|s| n.ends_with(*s))));
    assert_eq!(
        serde_json::to_string(&Township::Ludao).ok().as_deref(),
        Some("\"Ludao\"")
    );
    assert_eq!(Township::Beinan.name().en, "Beinan Township");
}
