//! A store's or the domain's error as the start-up's error (the demo data,
//! the generated history): said in its own words, and start-up stops.

pub fn fail(e: impl std::fmt::Display) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}
