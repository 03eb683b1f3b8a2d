use super::District;
use crate::{Lang, Named, Place};

#[test]
fn thirteen_districts_named_as_stored_each_with_its_chinese_name() {
    assert_eq!(District::all().count(), 13);
    assert_eq!(District::Guishan.as_str(), "Guishan");
    assert_eq!(District::parse("Zhongli"), Some(District::Zhongli));
    assert_eq!(District::parse("zhongli"), None);
    let zh: std::collections::HashSet<_> = District::all().map(District::name_zh).collect();
    assert_eq!(zh.len(), 13);
    assert!(zh.iter().all(|n| n.ends_with('區')));
    assert_eq!(District::Daxi.name_in(Lang::En), "Daxi");
    assert_eq!(District::Daxi.name_in(Lang::ZhTw), "大溪區");
    assert_eq!(serde_json::to_string(&District::Bade).ok().as_deref(), Some("\"Bade\""));
}
