//! The operator's commands besides serving.

use clap::Subcommand;
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Serve the application (the default).
    Serve,
    /// Create the first administrator of a government. The password is read
    /// from ADMIN_PASSWORD or, if unset, from the first line of standard input.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// `city` (the government running assessment booking) or `county`
        /// (the government running meals).
        #[arg(long, value_parser = ["city", "county"])]
        government: String,
    },
    /// Write a consistent copy of the SQLite database to a new file while the
    /// server runs (PostgreSQL: use pg_dump).
    Backup {
        #[arg(long)]
        to: PathBuf,
    },
    /// Move every encrypted ID number and child hash to a new secret key
    /// (the server stopped); the old key is kept for the older backups.
    RotateKey,
    /// Check one year of the national office calendar (the Directorate-General
    /// of Personnel Administration's CSV from data.gov.tw, dataset 14718, in
    /// Big5 or UTF-8) and file it in CALENDAR_DIR as `<year>.csv`.
    ImportCalendar { file: PathBuf },
    /// Put a backup in place of the SQLite database, with the server stopped,
    /// and upgrade it to this version.
    Restore {
        #[arg(long)]
        from: PathBuf,
        /// Set an existing database aside (kept beside it) instead of refusing.
        #[arg(long)]
        replace: bool,
    },
}
