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
mod tests;
