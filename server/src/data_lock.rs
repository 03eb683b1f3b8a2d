//! One data folder, used by one kind of process at a time: a running server
//! holds a shared lock on `DATA_DIR/server.lock` (several servers may share
//! a folder); `restore` and `rotate-key` take it exclusively, so that neither
//! runs beside a server on that folder, and no server starts while one of
//! them runs (issue 33: a referral acknowledged during `restore --replace`
//! landed in the file set aside). The operating system lets the lock go
//! when the process ends, however it ends.

use anyhow::{Context, Result, bail};
use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

/// A held lock; released when dropped.
#[derive(Debug)]
pub struct DataLock(#[allow(dead_code)] File);

fn open(dir: &Path) -> Result<File> {
    crate::settings::create_private_dir(dir)?;
    let path = dir.join("server.lock");
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .with_context(|| format!("opening {}", path.display()))
}

/// The server's lock: refused while a restore or a key rotation runs on `dir`.
pub fn for_server(dir: &Path) -> Result<DataLock> {
    let file = open(dir)?;
    match file.try_lock_shared() {
        Ok(()) => Ok(DataLock(file)),
        Err(TryLockError::WouldBlock) => bail!(
            "a restore or a key rotation is running on {}: start the server once it has finished",
            dir.display()
        ),
        Err(TryLockError::Error(e)) => Err(e).with_context(|| format!("locking {}", dir.display())),
    }
}

/// A command's lock (`what`: its name): refused while a server, or another
/// such command, runs on `dir`.
pub fn for_command(dir: &Path, what: &str) -> Result<DataLock> {
    let file = open(dir)?;
    match file.try_lock() {
        Ok(()) => Ok(DataLock(file)),
        Err(TryLockError::WouldBlock) => bail!(
            "a server (or another command) is running on {}: stop it before `{what}`",
            dir.display()
        ),
        Err(TryLockError::Error(e)) => Err(e).with_context(|| format!("locking {}", dir.display())),
    }
}
