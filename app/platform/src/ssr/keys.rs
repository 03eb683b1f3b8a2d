//! Keys derived from the one secret in the settings. Each purpose gets its own
//! key (HMAC-SHA-256 of a label), so that no key is used for two jobs.

use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{AeadCore, Aes256Gcm, Nonce};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD_NO_PAD as B64, URL_SAFE_NO_PAD};
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretSlice};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

pub struct Keys {
    /// The secret's public name (`k` and eight hex digits of a keyed hash):
    /// every encrypted value starts with it, so that a value says under which
    /// key it was written (see `server rotate-key`).
    id: String,
    child: SecretSlice<u8>,
    encryption: SecretSlice<u8>,
    links: SecretSlice<u8>,
    cookies: SecretSlice<u8>,
}

fn derive(secret: &[u8], label: &str) -> SecretSlice<u8> {
    let mut mac =
        <HmacSha256 as Mac>::new_from_slice(secret).unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
    mac.update(label.as_bytes());
    mac.finalize().into_bytes().to_vec().into()
}

fn hmac_hex(key: &SecretSlice<u8>, data: &[u8]) -> String {
    let mut mac = <HmacSha256 as Mac>::new_from_slice(key.expose_secret()).unwrap_or_else(|_| unreachable!());
    mac.update(data);
    hex::encode(mac.finalize().into_bytes())
}

impl Keys {
    pub fn from_secret(secret: &[u8]) -> Self {
        let id = format!("k{}", &hmac_hex(&derive(secret, "key id v1"), b"")[..8]);
        Self {
            id,
            child: derive(secret, "child identity key v1"),
            encryption: derive(secret, "national id encryption v1"),
            links: derive(secret, "signed links v1"),
            cookies: derive(secret, "sealed cookies v1"),
        }
    }

    /// The keyed hash that identifies a child across all centres without the ID itself.
    pub fn child_key(&self, national_id: &domain::booking::NationalId) -> String {
        hmac_hex(&self.child, national_id.expose().as_bytes())
    }

    /// The secret's public name, which encrypted values carry.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// AES-256-GCM with a random 96-bit nonce; stored as the key's id, `:`,
    /// and base64 of nonce || ciphertext.
    pub fn encrypt(&self, plain: &str) -> String {
        format!("{}:{}", self.id, seal(&self.encryption, plain.as_bytes(), &B64))
    }

    /// The plain value, if it was encrypted under this key (a value from
    /// before key ids carries none and is tried with this key).
    pub fn decrypt(&self, stored: &str) -> Option<String> {
        match stored.split_once(':') {
            Some((id, sealed)) if id == self.id => open(&self.encryption, sealed, &B64),
            Some(_) => None,
            None => open(&self.encryption, stored, &B64),
        }
    }

    /// The id of the key an encrypted value was written under (`None`: from
    /// before key ids).
    pub fn key_id_of(stored: &str) -> Option<&str> {
        stored.split_once(':').map(|(id, _)| id)
    }

    /// Seals a cookie's value (encrypted and authenticated, URL-safe), with
    /// its own key, and the instant (epoch seconds) it expires sealed inside:
    /// a copy kept past the cookie's `Max-Age` opens to nothing.
    pub fn seal_cookie(&self, plain: &[u8], expires_at: i64) -> String {
        let mut inner = format!("{expires_at}|").into_bytes();
        inner.extend_from_slice(plain);
        seal(&self.cookies, &inner, &URL_SAFE_NO_PAD)
    }

    /// The plain value of a sealed cookie at `now`; `None` when it was
    /// forged, damaged or has expired.
    pub fn open_cookie(&self, sealed: &str, now: i64) -> Option<String> {
        let inner = open(&self.cookies, sealed, &URL_SAFE_NO_PAD)?;
        let (expires_at, plain) = inner.split_once('|')?;
        (now < expires_at.parse::<i64>().ok()?).then(|| plain.to_owned())
    }

    /// A signature for a link that must not be forged (e.g. a calendar file download).
    pub fn sign(&self, data: &str) -> String {
        hmac_hex(&self.links, data.as_bytes())[..32].to_string()
    }

    pub fn verify(&self, data: &str, signature: &str) -> bool {
        use subtle_eq::ct_eq;
        ct_eq(self.sign(data).as_bytes(), signature.as_bytes())
    }
}

fn seal(key: &SecretSlice<u8>, plain: &[u8], engine: &impl Engine) -> String {
    let cipher = Aes256Gcm::new_from_slice(key.expose_secret()).unwrap_or_else(|_| unreachable!("32-byte key"));
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = nonce.to_vec();
    // Encryption with a valid key and nonce cannot fail for inputs this small.
    out.extend(cipher.encrypt(&nonce, plain).unwrap_or_default());
    engine.encode(out)
}

fn open(key: &SecretSlice<u8>, stored: &str, engine: &impl Engine) -> Option<String> {
    let bytes = engine.decode(stored).ok()?;
    if bytes.len() < 12 {
        return None;
    }
    let (nonce, ct) = bytes.split_at(12);
    let cipher = Aes256Gcm::new_from_slice(key.expose_secret()).ok()?;
    let plain = cipher.decrypt(Nonce::from_slice(nonce), ct).ok()?;
    String::from_utf8(plain).ok()
}

pub mod subtle_eq {
    /// Compares without stopping at the first difference.
    pub fn ct_eq(a: &[u8], b: &[u8]) -> bool {
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

/// A random token for holds and sessions: 128 bits, URL-safe.
pub fn random_token() -> String {
    use rand::RngCore;
    let mut b = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut b);
    hex::encode(b)
}

/// The hash under which a session id is stored, so a copy of the database gives no live session.
pub fn storage_hash(token: &str) -> String {
    use sha2::Digest;
    hex::encode(Sha256::digest(token.as_bytes()))
}
