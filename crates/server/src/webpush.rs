//! Web Push for the notifier (issue 16): a message encrypted to a browser's subscription
//! (RFC 8291, `aes128gcm` content coding of RFC 8188, one record) and the VAPID token that
//! says which server sends it (RFC 8292, ES256). Pure functions over bytes: the notifier
//! (HTTP, storage, retries) is elsewhere; `decrypt` is the browser's side, for tests and for the
//! fake push service the end-to-end tests run.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes128Gcm, Nonce};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hkdf::Hkdf;
use p256::ecdsa::signature::{Signer, Verifier};
use p256::ecdsa::{Signature, SigningKey, VerifyingKey};
use p256::elliptic_curve::sec1::ToEncodedPoint;
use p256::{PublicKey, SecretKey};
use rand_core::{OsRng, RngCore};
use serde_json::{Value, json};
use sha2::Sha256;

/// The record size written in the header; one record always holds a notification.
const RECORD_SIZE: u32 = 4096;
/// Salt (16), record size (4), key id length (1), the sender's public key (65).
const HEADER_LEN: usize = 86;
const TAG_LEN: usize = 16;
/// The largest message body a push service must accept (RFC 8030 section 7.2: 4096 bytes).
const MAX_BODY: usize = 4096;
/// The most plaintext one record carries, with its delimiter.
pub const MAX_PLAINTEXT: usize = MAX_BODY - HEADER_LEN - TAG_LEN - 1;
/// How long a VAPID token lives (RFC 8292 allows at most 24 hours).
pub const TOKEN_SECONDS: i64 = 12 * 3600;

/// Why a message could not be made or read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PushError {
    /// The subscription's `p256dh` is not a P-256 public key, or `auth` is not 16 bytes.
    BadSubscription,
    /// More than [`MAX_PLAINTEXT`] bytes.
    TooLong,
    /// Not an `aes128gcm` body this key and secret open.
    Undecryptable,
}

/// The content-encryption key and nonce of RFC 8291 section 3.4 and RFC 8188 section 2.
fn keys(
    ecdh_secret: &[u8],
    auth: &[u8],
    ua_public: &[u8],
    as_public: &[u8],
    salt: &[u8],
) -> ([u8; 16], [u8; 12]) {
    let mut key_info = b"WebPush: info\0".to_vec();
    key_info.extend_from_slice(ua_public);
    key_info.extend_from_slice(as_public);
    let mut ikm = [0u8; 32];
    // Expanding to 32 bytes from a SHA-256 HKDF cannot fail (the limit is 255 * 32).
    let _ = Hkdf::<Sha256>::new(Some(auth), ecdh_secret).expand(&key_info, &mut ikm);
    let content = Hkdf::<Sha256>::new(Some(salt), &ikm);
    let (mut cek, mut nonce) = ([0u8; 16], [0u8; 12]);
    let _ = content.expand(b"Content-Encoding: aes128gcm\0", &mut cek);
    let _ = content.expand(b"Content-Encoding: nonce\0", &mut nonce);
    (cek, nonce)
}

fn uncompressed(key: &PublicKey) -> Vec<u8> {
    key.to_encoded_point(false).as_bytes().to_vec()
}

/// `plaintext` encrypted to a subscription (`p256dh`: the browser's public key, 65 bytes
/// uncompressed; `auth`: its 16-byte secret), with a fresh sender key and salt: the body of the
/// POST to the push service (`Content-Encoding: aes128gcm`).
pub fn encrypt(p256dh: &[u8], auth: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, PushError> {
    let sender = SecretKey::random(&mut OsRng);
    let mut salt = [0u8; 16];
    OsRng.fill_bytes(&mut salt);
    encrypt_with(p256dh, auth, plaintext, &sender, salt)
}

/// [`encrypt`] with the sender's key and the salt given (RFC 8291 Appendix A's, in tests).
pub fn encrypt_with(
    p256dh: &[u8],
    auth: &[u8],
    plaintext: &[u8],
    sender: &SecretKey,
    salt: [u8; 16],
) -> Result<Vec<u8>, PushError> {
    if plaintext.len() > MAX_PLAINTEXT {
        return Err(PushError::TooLong);
    }
    let ua = PublicKey::from_sec1_bytes(p256dh).map_err(|_| PushError::BadSubscription)?;
    if auth.len() != 16 {
        return Err(PushError::BadSubscription);
    }
    let shared = p256::ecdh::diffie_hellman(sender.to_nonzero_scalar(), ua.as_affine());
    let (as_public, ua_public) = (uncompressed(&sender.public_key()), uncompressed(&ua));
    let (cek, nonce) = keys(
        shared.raw_secret_bytes(),
        auth,
        &ua_public,
        &as_public,
        &salt,
    );
    // The last (and only) record: the text, then its delimiter (2), no padding.
    let mut record = plaintext.to_vec();
    record.push(2);
    let sealed = Aes128Gcm::new((&cek).into())
        .encrypt(Nonce::from_slice(&nonce), record.as_slice())
        .map_err(|_| PushError::Undecryptable)?;
    let mut body = Vec::with_capacity(HEADER_LEN + sealed.len());
    body.extend_from_slice(&salt);
    body.extend_from_slice(&RECORD_SIZE.to_be_bytes());
    body.push(as_public.len() as u8);
    body.extend_from_slice(&as_public);
    body.extend_from_slice(&sealed);
    Ok(body)
}

/// The browser's side: the plaintext of `body` for the subscription whose private key is
/// `ua_private` and secret `auth`.
pub fn decrypt(body: &[u8], ua_private: &SecretKey, auth: &[u8]) -> Result<Vec<u8>, PushError> {
    if body.len() < 21 {
        return Err(PushError::Undecryptable);
    }
    let salt = &body[..16];
    let id_len = usize::from(body[20]);
    let rest = &body[21..];
    if rest.len() < id_len + TAG_LEN + 1 {
        return Err(PushError::Undecryptable);
    }
    let (as_public, sealed) = rest.split_at(id_len);
    let sender = PublicKey::from_sec1_bytes(as_public).map_err(|_| PushError::Undecryptable)?;
    let shared = p256::ecdh::diffie_hellman(ua_private.to_nonzero_scalar(), sender.as_affine());
    let ua_public = uncompressed(&ua_private.public_key());
    let (cek, nonce) = keys(
        shared.raw_secret_bytes(),
        auth,
        &ua_public,
        &uncompressed(&sender),
        salt,
    );
    let mut record = Aes128Gcm::new((&cek).into())
        .decrypt(Nonce::from_slice(&nonce), Payload::from(sealed))
        .map_err(|_| PushError::Undecryptable)?;
    // Padding (zeros) after the delimiter; 2 marks the last record.
    while record.last() == Some(&0) {
        record.pop();
    }
    match record.pop() {
        Some(2) => Ok(record),
        _ => Err(PushError::Undecryptable),
    }
}

/// The server's VAPID key (RFC 8292): it signs a token for each push service it posts to.
pub struct Vapid {
    key: SigningKey,
}

impl Vapid {
    /// A new key.
    pub fn generate() -> Vapid {
        Vapid {
            key: SigningKey::random(&mut OsRng),
        }
    }

    /// The key from its 32-byte scalar, base64url (as [`Vapid::to_text`] wrote it).
    pub fn from_text(text: &str) -> Option<Vapid> {
        let bytes = URL_SAFE_NO_PAD.decode(text.trim()).ok()?;
        SigningKey::from_slice(&bytes).ok().map(|key| Vapid { key })
    }

    /// The key in the file at `path` (`--vapid-key`), made and written there on first use,
    /// readable by this user only: push services know the server by it, so it must outlive
    /// restarts (a new key would orphan every browser's subscription).
    pub fn load_or_create(path: &std::path::Path) -> Result<Vapid, String> {
        match std::fs::read_to_string(path) {
            Ok(text) => Vapid::from_text(&text)
                .ok_or_else(|| format!("{} does not hold a VAPID key", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let vapid = Vapid::generate();
                if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                    std::fs::create_dir_all(folder)
                        .map_err(|e| format!("{}: {e}", folder.display()))?;
                }
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
                let mut file = options
                    .open(path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                std::io::Write::write_all(&mut file, format!("{}\n", vapid.to_text()).as_bytes())
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                Ok(vapid)
            }
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    }

    /// The private scalar, base64url: what the key file holds.
    pub fn to_text(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.key.to_bytes())
    }

    /// The public key, uncompressed and base64url: the `applicationServerKey` browsers
    /// subscribe with (`GET /notify/v1/key`).
    pub fn public_key(&self) -> String {
        URL_SAFE_NO_PAD.encode(
            VerifyingKey::from(&self.key)
                .to_encoded_point(false)
                .as_bytes(),
        )
    }

    /// The `Authorization` header for a push service at `audience` (its origin, `https://host`),
    /// as `subject` (`mailto:...`), valid until `expires` (Unix seconds).
    pub fn authorization(&self, audience: &str, subject: &str, expires: i64) -> String {
        let encode = |value: &Value| URL_SAFE_NO_PAD.encode(value.to_string());
        let signed = format!(
            "{}.{}",
            encode(&json!({"typ": "JWT", "alg": "ES256"})),
            encode(&json!({"aud": audience, "exp": expires, "sub": subject}))
        );
        let signature: Signature = self.key.sign(signed.as_bytes());
        let token = format!("{signed}.{}", URL_SAFE_NO_PAD.encode(signature.to_bytes()));
        format!("vapid t={token}, k={}", self.public_key())
    }
}

/// The claims of a VAPID `Authorization` header whose token verifies with its own `k` key;
/// `None` otherwise. What a push service checks (the tests' fake one does).
pub fn verified_claims(authorization: &str) -> Option<Value> {
    let rest = authorization.strip_prefix("vapid ")?;
    let field = |name: &str| {
        rest.split(',')
            .map(str::trim)
            .find_map(|part| part.strip_prefix(name))
    };
    let (token, key) = (field("t=")?, field("k=")?);
    let key = VerifyingKey::from_sec1_bytes(&URL_SAFE_NO_PAD.decode(key).ok()?).ok()?;
    let (signed, signature) = token.rsplit_once('.')?;
    let signature = Signature::from_slice(&URL_SAFE_NO_PAD.decode(signature).ok()?).ok()?;
    key.verify(signed.as_bytes(), &signature).ok()?;
    let (header, claims) = signed.split_once('.')?;
    let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).ok()?).ok()?;
    (header["alg"] == "ES256").then_some(())?;
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(claims).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(text: &str) -> Vec<u8> {
        URL_SAFE_NO_PAD.decode(text).unwrap()
    }

    // RFC 8291 Appendix A.
    const PLAINTEXT: &str = "When I grow up, I want to be a watermelon";
    const AS_PRIVATE: &str = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    const AS_PUBLIC: &str =
        "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    const UA_PRIVATE: &str = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    const UA_PUBLIC: &str =
        "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    const AUTH: &str = "BTBZMqHH6r4Tts7J_aSIgg";
    const SALT: &str = "DGv6ra1nlYgDCS1FRnbzlw";
    const BODY: &str = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

    #[test]
    fn the_rfc_8291_example_encrypts_to_its_bytes() {
        let sender = SecretKey::from_slice(&b(AS_PRIVATE)).unwrap();
        assert_eq!(uncompressed(&sender.public_key()), b(AS_PUBLIC));
        let salt: [u8; 16] = b(SALT).try_into().unwrap();
        let body =
            encrypt_with(&b(UA_PUBLIC), &b(AUTH), PLAINTEXT.as_bytes(), &sender, salt).unwrap();
        assert_eq!(URL_SAFE_NO_PAD.encode(&body), BODY);
    }

    #[test]
    fn the_rfc_8291_example_decrypts_to_its_text() {
        let browser = SecretKey::from_slice(&b(UA_PRIVATE)).unwrap();
        assert_eq!(uncompressed(&browser.public_key()), b(UA_PUBLIC));
        let text = decrypt(&b(BODY), &browser, &b(AUTH)).unwrap();
        assert_eq!(text, PLAINTEXT.as_bytes());
        // Another secret, or one changed byte, and nothing opens.
        assert_eq!(
            decrypt(&b(BODY), &browser, &[0u8; 16]),
            Err(PushError::Undecryptable)
        );
        let mut tampered = b(BODY);
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert_eq!(
            decrypt(&tampered, &browser, &b(AUTH)),
            Err(PushError::Undecryptable)
        );
    }

    #[test]
    fn a_fresh_message_opens_for_its_subscription_only() {
        let browser = SecretKey::random(&mut OsRng);
        let p256dh = uncompressed(&browser.public_key());
        let auth = [7u8; 16];
        let message = br#"{"service_request_id":"1000001","status":"closed"}"#;
        let body = encrypt(&p256dh, &auth, message).unwrap();
        assert_eq!(decrypt(&body, &browser, &auth).unwrap(), message);
        let other = SecretKey::random(&mut OsRng);
        assert!(decrypt(&body, &other, &auth).is_err());
        // Two messages of the same text share nothing a push service could match.
        assert_ne!(encrypt(&p256dh, &auth, message).unwrap(), body);
        assert_eq!(
            encrypt(&p256dh, &auth, &vec![b'a'; MAX_PLAINTEXT + 1]),
            Err(PushError::TooLong)
        );
        assert!(
            encrypt(&p256dh, &auth, &vec![b'a'; MAX_PLAINTEXT])
                .unwrap()
                .len()
                <= MAX_BODY
        );
        assert_eq!(
            encrypt(&p256dh[..64], &auth, message),
            Err(PushError::BadSubscription)
        );
        assert_eq!(
            encrypt(&p256dh, &auth[..15], message),
            Err(PushError::BadSubscription)
        );
    }

    #[test]
    fn the_key_file_is_made_once_for_this_user_only_and_kept() {
        let folder = std::env::temp_dir().join(format!("frontdesk-vapid-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        let path = folder.join("keys").join("vapid.key");
        let made = Vapid::load_or_create(&path).unwrap();
        let again = Vapid::load_or_create(&path).unwrap();
        assert_eq!(made.public_key(), again.public_key());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, "not a key").unwrap();
        let error = Vapid::load_or_create(&path).err().unwrap();
        assert!(error.contains("does not hold a VAPID key"), "{error}");
        let _ = std::fs::remove_dir_all(&folder);
    }

    #[test]
    fn vapid_tokens_verify_with_their_key_and_say_who_and_until_when() {
        let vapid = Vapid::generate();
        let header = vapid.authorization(
            "https://push.example.net",
            "mailto:311@city.example",
            1_800_000_000,
        );
        let claims = verified_claims(&header).unwrap();
        assert_eq!(claims["aud"], "https://push.example.net");
        assert_eq!(claims["sub"], "mailto:311@city.example");
        assert_eq!(claims["exp"], 1_800_000_000);
        assert!(header.ends_with(&format!(", k={}", vapid.public_key())));
        assert_eq!(b(&vapid.public_key()).len(), 65);
        // The key file round-trips; another key's signature does not verify.
        let again = Vapid::from_text(&vapid.to_text()).unwrap();
        assert_eq!(again.public_key(), vapid.public_key());
        let other = Vapid::generate();
        let forged = header.replace(
            &format!("k={}", vapid.public_key()),
            &format!("k={}", other.public_key()),
        );
        assert_eq!(verified_claims(&forged), None);
        assert!(Vapid::from_text("not a key").is_none());
    }
}
