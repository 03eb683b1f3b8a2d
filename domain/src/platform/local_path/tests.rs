use super::*;
use proptest::prelude::*;

#[test]
fn paths_on_this_site_pass_and_ways_to_another_site_do_not() {
    for ok in ["/", "/ei/book", "/login?next=%2Fei", "/m/abc#top"] {
        assert_eq!(local_path(ok), Some(ok));
    }
    for bad in [
        "",
        "ei/book",
        "//evil.example",
        "/\\evil.example",
        "/\t/evil.example",
        "/\n/evil.example",
        "/ /evil.example",
        "/ei\\..\\x",
        "https://evil.example/",
        "/\u{00a0}/evil.example",
    ] {
        assert_eq!(local_path(bad), None, "{bad:?}");
    }
    assert_eq!(local_path(&format!("/{}", "a".repeat(MAX_LEN))), None);
}

proptest! {
    /// Whatever is accepted, a browser resolves it to this site.
    #[test]
    fn an_accepted_path_stays_on_the_site(next in "\\PC{0,40}", prefix in prop::sample::select(vec!["/", "//", "/\\", "/\t/", ""])) {
        let candidate = format!("{prefix}{next}");
        if let Some(p) = local_path(&candidate) {
            let base = url::Url::parse("https://site.example/here").unwrap();
            let joined = base.join(p).unwrap();
            prop_assert_eq!(joined.host_str(), Some("site.example"));
            prop_assert_eq!(joined.scheme(), "https");
        }
    }
}
