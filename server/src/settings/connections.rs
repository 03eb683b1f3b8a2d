//! What one client may hold of the server: connections at once, and the
//! time a connection may take to send a request's headers (or stay idle
//! between requests) before it is closed.

use anyhow::{Result, bail};
use clap::Args;
use std::time::Duration;

#[derive(Args, Debug, Clone)]
pub struct Connections {
    /// Connections served at once; more wait in the system's queue until one
    /// closes. Lowered at start when the process may not open that many files.
    #[arg(long, env = "MAX_CONNECTIONS", default_value_t = 1000)]
    pub max_connections: usize,
    /// Seconds a connection has to send a request's headers, and may stay
    /// idle between requests, before it is closed.
    #[arg(long, env = "HEADER_TIMEOUT_SECS", default_value_t = 10)]
    pub header_timeout_secs: u64,
}

impl Connections {
    pub fn check(&self) -> Result<()> {
        if !(1..=100_000).contains(&self.max_connections) {
            bail!(
                "MAX_CONNECTIONS must be between 1 and 100000 (got {})",
                self.max_connections
            );
        }
        if !(1..=300).contains(&self.header_timeout_secs) {
            bail!(
                "HEADER_TIMEOUT_SECS must be between 1 and 300 (got {})",
                self.header_timeout_secs
            );
        }
        Ok(())
    }

    pub fn header_timeout(&self) -> Duration {
        Duration::from_secs(self.header_timeout_secs)
    }
}
