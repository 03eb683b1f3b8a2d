//! The secret key: from SECRET_KEY, or kept in the data folder.

use super::{Settings, create_private_dir, write_private};
use anyhow::{Context, Result, bail};

impl Settings {
    /// The secret: from SECRET_KEY, or from `DATA_DIR/secret.key`, generated
    /// on first start. A key file that exists but cannot be read, or does not
    /// hold a key, stops the server: a new key would make every encrypted ID
    /// number unreadable and every child's key different.
    pub fn secret(&self) -> Result<Vec<u8>> {
        let next = self.data_dir.join("secret.key.next");
        if next.exists() {
            bail!(
                "{} is there: a key rotation was cut off, or its key awaits SECRET_KEY; run `server rotate-key` again to finish it",
                next.display()
            );
        }
        self.key(true)
    }

    /// The key as it is now, never a new one (for `server rotate-key`).
    pub fn current_secret(&self) -> Result<Vec<u8>> {
        self.key(false)
    }

    fn key(&self, may_create: bool) -> Result<Vec<u8>> {
        use secrecy::ExposeSecret;
        if let Some(s) = &self.secret_key {
            return Ok(s.expose_secret().as_bytes().to_vec());
        }
        create_private_dir(&self.data_dir)?;
        let path = self.data_dir.join("secret.key");
        match std::fs::read_to_string(&path) {
            Ok(existing) => {
                let hex = existing.trim();
                if hex.len() < 64 {
                    bail!("{} holds no key (too short); restore it from a backup", path.display());
                }
                hex::decode(hex).with_context(|| format!("{} is not a hex key", path.display()))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !may_create => {
                Err(e).with_context(|| format!("{} is missing: there is no key to rotate", path.display()))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let bytes: [u8; 32] = rand::random();
                write_private(&path, &hex::encode(bytes))?;
                tracing::info!(path = %path.display(), "generated a new secret key");
                Ok(bytes.to_vec())
            }
            Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }
}
