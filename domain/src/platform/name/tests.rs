use super::*;

#[test]
fn a_name_is_trimmed_and_bounded() {
    assert_eq!(parse_person_name("  王小明 ").as_deref(), Some("王小明"));
    assert_eq!(parse_person_name("   "), None);
    assert_eq!(parse_person_name(&"名".repeat(40)).map(|s| s.chars().count()), Some(40));
    assert_eq!(parse_person_name(&"名".repeat(41)), None);
}

#[test]
fn a_name_with_an_invisible_character_is_refused_and_one_typed_decomposed_is_composed() {
    for hidden in [
        "王\u{200B}小明",
        "Lin\u{202E}Bao",
        "\u{FEFF}王小明",
        "Li\u{2066}n",
        "Lin\u{00AD}Bao",
    ] {
        assert_eq!(parse_person_name(hidden), None, "{hidden:?}");
    }
    // "José" typed as e + combining acute is stored as é.
    assert_eq!(parse_person_name("Jose\u{301}").as_deref(), Some("Jos\u{e9}"));
}

#[test]
fn a_name_with_a_control_character_is_refused() {
    assert_eq!(parse_person_name("Lin\u{0}Bao"), None);
    assert_eq!(parse_person_name("Lin\nBao"), None);
}
