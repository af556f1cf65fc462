//! Diagnosis of a claimed ImmutableId: what it is, which field mistake it shows, and the
//! value that was meant where that can be known.

use super::string_anchor;
use crate::anchor::SourceAnchor;
use crate::convert::{bare_hex, guid_text, immutable_id};
use crate::error::AnchorError;
use crate::status::HmStatus;

/// The verdict on a claimed ImmutableId. Numbers are part of the C ABI.
#[repr(i32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HmVerdict {
    /// Canonical base64 of a GUID's 16 bytes: ready to stamp.
    GuidAnchor = 0,
    /// A legal non-GUID (string) anchor: valid, opaque, holds no GUID.
    StringAnchor = 1,
    /// A known mistake whose intended value is known: use the corrected value.
    Repairable = 2,
    /// Wrong, and what was meant cannot be known (a nearest value may still be given).
    Invalid = 3,
}

/// What a value that passed as an ImmutableId holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Guid(SourceAnchor),
    String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnosis {
    pub verdict: HmVerdict,
    /// HM_STATUS_OK for a canonical GUID anchor, HM_STATUS_STRING_ANCHOR for a string
    /// anchor, otherwise the status naming the mistake.
    pub finding: HmStatus,
    pub corrected: Option<SourceAnchor>,
    /// One sentence, ASCII apart from nothing: it never quotes the value itself.
    pub reason: String,
}

/// Diagnoses the value exactly as given: whitespace anywhere, even around it, is a mistake
/// here, because Entra would store it.
pub fn diagnose(value: &str) -> Diagnosis {
    let reading = classify(value).and_then(|anchor| match anchor {
        Anchor::Guid(a) if looks_rfc_ordered(&a) => Err(AnchorError::ImmutableId {
            status: HmStatus::RfcByteOrder,
            corrected: Some(a.byte_order_swapped()),
        }),
        other => Ok(other),
    });
    match reading {
        Ok(Anchor::Guid(a)) => Diagnosis {
            verdict: HmVerdict::GuidAnchor,
            finding: HmStatus::Ok,
            corrected: None,
            reason: format!("a canonical ImmutableId of GUID {a}"),
        },
        Ok(Anchor::String) => Diagnosis {
            verdict: HmVerdict::StringAnchor,
            finding: HmStatus::StringAnchor,
            corrected: None,
            reason: HmStatus::StringAnchor.message().to_string_lossy().into_owned(),
        },
        Err(e) => {
            let corrected = match &e {
                AnchorError::ImmutableId { corrected, .. } => *corrected,
                _ => None,
            };
            let verdict = match e.status() {
                HmStatus::NonCanonicalPadding => HmVerdict::Invalid,
                _ if corrected.is_some() => HmVerdict::Repairable,
                _ => HmVerdict::Invalid,
            };
            Diagnosis { verdict, finding: e.status(), corrected, reason: e.to_string() }
        }
    }
}

/// What a value that failed the canonical fast path is: a string anchor, or the mistake.
pub(crate) fn parse_non_canonical(text: &str) -> Result<SourceAnchor, AnchorError> {
    match classify(text)? {
        Anchor::Guid(a) => Ok(a),
        Anchor::String => Err(AnchorError::StringAnchor),
    }
}

fn mistake(status: HmStatus, corrected: Option<SourceAnchor>) -> AnchorError {
    AnchorError::ImmutableId { status, corrected }
}

fn classify(value: &str) -> Result<Anchor, AnchorError> {
    if value.trim().is_empty() {
        return Err(AnchorError::Empty);
    }
    if !value.contains(char::is_whitespace) {
        return classify_compact(value);
    }
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    match classify_compact(&compact) {
        Ok(Anchor::Guid(a)) | Err(AnchorError::ImmutableId { corrected: Some(a), .. }) => {
            Err(mistake(HmStatus::Whitespace, Some(a)))
        }
        // Not a GUID's ImmutableId with spaces pasted in: judge it as the string it is.
        _ => string_anchor::check(value).map(|()| Anchor::String),
    }
}

/// `text` has no whitespace. Checks run from the most specific mistake to the least.
fn classify_compact(text: &str) -> Result<Anchor, AnchorError> {
    let t = text.as_bytes();
    if let Some(a) = immutable_id::decode_canonical(t) {
        return Ok(Anchor::Guid(a));
    }
    if let Some(err) = guid_text_given(text) {
        return Err(err);
    }
    let decoded = immutable_id::decode_any(t);
    if let Some(a) = decoded.as_ref().and_then(|d| guid_in_text_bytes(&d.bytes)) {
        return Err(mistake(HmStatus::Base64OfGuidText, Some(a)));
    }
    if text.contains(['-', '_']) {
        let standard = text.replace('-', "+").replace('_', "/");
        if let Ok(Anchor::Guid(a)) | Err(AnchorError::ImmutableId { status: HmStatus::MissingPadding, corrected: Some(a) }) =
            classify_compact(&standard)
        {
            return Err(mistake(HmStatus::UrlSafeAlphabet, Some(a)));
        }
    }
    let body = text.trim_end_matches('=');
    if body.len() == 22 && t.len() < immutable_id::LEN {
        if let Some(d) = immutable_id::decode_any(body.as_bytes()) {
            if d.canonical_bits {
                let canonical = format!("{body}==");
                return Err(mistake(HmStatus::MissingPadding, immutable_id::decode_canonical(canonical.as_bytes())));
            }
        }
    }
    if let Some(d) = &decoded {
        if d.bytes.len() == 16 && d.padded && !d.canonical_bits {
            let bytes: [u8; 16] = d.bytes[..].try_into().unwrap_or_default();
            return Err(mistake(HmStatus::NonCanonicalPadding, Some(SourceAnchor::from_ad_bytes(bytes))));
        }
    }
    string_anchor::check(text)?;
    if text.ends_with('=') {
        // Padding says "this is base64"; as such it is no GUID's.
        return Err(match decoded {
            Some(_) => mistake(HmStatus::WrongLength, None),
            None if t.iter().all(|&c| c == b'=' || immutable_id::is_alphabet(c)) => mistake(HmStatus::WrongLength, None),
            None => mistake(HmStatus::IllegalCharacter, None),
        });
    }
    Ok(Anchor::String)
}

/// GUID text where an ImmutableId belongs. 32 bare hex digits could be GUID text or the hex
/// of the bytes; both readings are named rather than one guessed.
fn guid_text_given(text: &str) -> Option<AnchorError> {
    let a = guid_text::parse(text).ok()?;
    if text.len() == 32 {
        if let Err(ambiguous) = bare_hex(text) {
            return Some(ambiguous);
        }
    }
    Some(mistake(HmStatus::GuidTextGiven, Some(a)))
}

/// GUID text in bytes that base64 decoded to: ASCII / UTF-8, or UTF-16LE as
/// `[Text.Encoding]::Unicode` gives in PowerShell.
fn guid_in_text_bytes(bytes: &[u8]) -> Option<SourceAnchor> {
    let utf8 = std::str::from_utf8(bytes).ok().and_then(|s| guid_text::parse(s.trim()).ok());
    utf8.or_else(|| {
        if bytes.len() % 2 != 0 {
            return None;
        }
        let units: Vec<u16> = bytes.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect();
        guid_text::parse(String::from_utf16(&units).ok()?.trim()).ok()
    })
}

/// Windows makes version-4 GUIDs. Bytes whose AD-order reading has no valid version but
/// whose swapped reading is a version-4 GUID were almost surely written in RFC order.
fn looks_rfc_ordered(a: &SourceAnchor) -> bool {
    !a.is_nil() && !(1..=5).contains(&a.version()) && a.byte_order_swapped().version() == 4 && a.has_rfc_variant()
}
