//! Conversion between the forms of a GUID source anchor: every form is parsed to the 16
//! bytes ([`SourceAnchor`]) and rendered from them, so N forms need 2N functions, not N².

pub mod connector_dn;
mod detect;
pub mod guid_text;
pub mod hex;
pub mod immutable_id;
pub mod ldap_filter;
mod nibble;
#[cfg(target_arch = "x86_64")]
mod simd;

pub(crate) use detect::bare_hex;

use crate::anchor::SourceAnchor;
use crate::error::AnchorError;
use crate::format::{HmFormat, MAX_WIDTH};

/// Reads `input` in the form `from` (Auto detects it). Surrounding whitespace is trimmed;
/// nothing else is ever changed: a value that needs more is an error naming the mistake.
/// Always inlined, like `render_into`: with the form known at the call site the dispatch
/// folds away, and the anchor goes from parser to renderer in registers. Out of line, the
/// two calls made `hm_convert` a quarter slower (measured: 30 against 24 ns).
#[inline(always)]
pub fn parse(input: &str, from: HmFormat) -> Result<SourceAnchor, AnchorError> {
    let text = trim(input);
    if text.is_empty() {
        return Err(AnchorError::Empty);
    }
    match from {
        HmFormat::Auto => detect::parse(text),
        HmFormat::Guid => guid_text::parse(text),
        HmFormat::ImmutableId => immutable_id::parse(text),
        HmFormat::Hex => hex::parse(text),
        HmFormat::LdapFilter => ldap_filter::parse(text),
        HmFormat::ConnectorDn => connector_dn::parse(text),
    }
}

/// Exactly 16 bytes from `bytes` (each read or the reason it could not be), or the reason
/// there are not 16: the shared end of every form that spells the bytes one by one.
fn sixteen(bytes: impl Iterator<Item = Result<u8, &'static str>>) -> Result<SourceAnchor, &'static str> {
    let mut anchor = [0u8; 16];
    let mut count = 0;
    for byte in bytes {
        *anchor.get_mut(count).ok_or("more than 16 bytes")? = byte?;
        count += 1;
    }
    if count != 16 {
        return Err("fewer than 16 bytes");
    }
    Ok(SourceAnchor::from_ad_bytes(anchor))
}

/// `str::trim`, skipped when both ends are visibly not whitespace (the usual case).
fn trim(input: &str) -> &str {
    match input.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => input,
        _ => input.trim(),
    }
}

/// An anchor written in one form: ASCII, on the stack.
#[derive(Clone, Copy)]
pub struct Rendered {
    buf: [u8; MAX_WIDTH],
    len: usize,
}

impl Rendered {
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    pub fn as_str(&self) -> &str {
        debug_assert!(self.as_bytes().is_ascii());
        // SAFETY: every renderer writes only ASCII from fixed tables, and ASCII is UTF-8.
        // Validating again would cost as much as the conversion itself.
        unsafe { std::str::from_utf8_unchecked(self.as_bytes()) }
    }
}

impl std::fmt::Display for Rendered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Writes `anchor` in the form `to`; None for Auto, which is no output form.
pub fn render(anchor: &SourceAnchor, to: HmFormat) -> Option<Rendered> {
    let mut r = Rendered { buf: [0; MAX_WIDTH], len: 0 };
    r.len = render_into(anchor, to, &mut r.buf)?;
    Some(r)
}

/// Writes `anchor` in the form `to` at the start of `out` and returns the width written;
/// None for Auto or an `out` shorter than the width. Callers with a buffer of their own
/// (the C ABI) write straight into it: moving a rendered value costs as much as making it.
#[inline(always)]
pub fn render_into(anchor: &SourceAnchor, to: HmFormat, out: &mut [u8]) -> Option<usize> {
    match to {
        HmFormat::Auto => return None,
        HmFormat::Guid => guid_text::write(anchor, out.first_chunk_mut()?),
        HmFormat::ImmutableId => immutable_id::write(anchor, out.first_chunk_mut()?),
        HmFormat::Hex => hex::write(anchor, out.first_chunk_mut()?),
        HmFormat::LdapFilter => ldap_filter::write(anchor, out.first_chunk_mut()?),
        HmFormat::ConnectorDn => connector_dn::write(anchor, out.first_chunk_mut()?),
    }
    Some(to.width())
}
