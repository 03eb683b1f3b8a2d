//! Where the site may send a browser back to after signing in or changing
//! the language (`?next=`): a path on this site, never another site. Browsers
//! read `//host`, `/\host` and `/<tab>/host` as another host, and drop tabs
//! and line breaks inside a URL, so a path with a second slash or backslash
//! at its start, any backslash, or any control or whitespace character is
//! refused rather than cleaned.

/// The longest path accepted.
pub const MAX_LEN: usize = 2048;

/// `next` when it is a path on this site; `None` otherwise.
pub fn local_path(next: &str) -> Option<&str> {
    let rest = next.strip_prefix('/')?;
    let refused = next.len() > MAX_LEN
        || rest.starts_with('/')
        || next.contains('\\')
        || next.chars().any(|c| c.is_control() || c.is_whitespace());
    (!refused).then_some(next)
}

#[cfg(test)]
mod tests {
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
}
