//! Photos and documents sent as evidence: what is accepted.

crate::named::closed_set! {
    /// What a photo or document is evidence of.
    pub enum EvidenceTopic {
        Waste,
        Packaging,
    }
}

crate::named::closed_set! {
    /// The kinds of file accepted as evidence, known by their content.
    pub enum EvidenceFormat {
        Jpeg,
        Png,
        Pdf,
    }
}

/// The largest evidence file, bytes (a phone photo fits).
pub const MAX_EVIDENCE_BYTES: usize = 5 * 1024 * 1024;
/// The most files a restaurant may have waiting to be sent with an application.
pub const MAX_PENDING_EVIDENCE: i64 = 10;

impl EvidenceFormat {
    /// What the file's first bytes say it is (its name and the browser's
    /// type are not trusted): JPEG, PNG or PDF, nothing else.
    pub fn sniff(bytes: &[u8]) -> Option<EvidenceFormat> {
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(EvidenceFormat::Jpeg)
        } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
            Some(EvidenceFormat::Png)
        } else if bytes.starts_with(b"%PDF-") {
            Some(EvidenceFormat::Pdf)
        } else {
            None
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            EvidenceFormat::Jpeg => "image/jpeg",
            EvidenceFormat::Png => "image/png",
            EvidenceFormat::Pdf => "application/pdf",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            EvidenceFormat::Jpeg => "jpg",
            EvidenceFormat::Png => "png",
            EvidenceFormat::Pdf => "pdf",
        }
    }
}

crate::named::closed_set! {
    /// Why an evidence file is refused.
    pub enum EvidenceRefusal {
        Empty,
        TooLarge,
        NotAccepted,
        TooMany,
    }
}

/// Checks an uploaded file: not empty, at most the size, a JPEG, PNG or PDF.
pub fn check_evidence(bytes: &[u8]) -> Result<EvidenceFormat, EvidenceRefusal> {
    if bytes.is_empty() {
        return Err(EvidenceRefusal::Empty);
    }
    if bytes.len() > MAX_EVIDENCE_BYTES {
        return Err(EvidenceRefusal::TooLarge);
    }
    EvidenceFormat::sniff(bytes).ok_or(EvidenceRefusal::NotAccepted)
}

/// The name an uploaded file is shown by: without control characters and
/// without the bidirectional formatting marks that can make `gpj.exe`
/// read as `exe.jpg` (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F,
/// U+061C), at most 120 characters; `evidence` when nothing is left.
pub fn shown_file_name(raw: &str) -> String {
    let bidi =
        |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}');
    let name: String = raw.chars().filter(|c| !c.is_control() && !bidi(*c)).take(120).collect();
    if name.trim().is_empty() {
        "evidence".to_owned()
    } else {
        name
    }
}
