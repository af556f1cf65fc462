//! Conversion between the forms of a GUID source anchor: every form is parsed to the 16
//! bytes ([`SourceAnchor`]) and rendered from them, so N forms need 2N functions, not N².

pub mod connector_dn;
mod detect;
pub mod guid_text;
pub mod hex;
pub mod immutable_id;
pub mod ldap_filter;
mod nibble;

use crate::anchor::SourceAnchor;
use crate::error::AnchorError;
use crate::format::{HmFormat, MAX_WIDTH};

/// Reads `input` in the form `from` (Auto detects it). Surrounding whitespace is trimmed;
/// nothing else is ever changed: a value that needs more is an error naming the mistake.
pub fn parse(input: &str, from: HmFormat) -> Result<SourceAnchor, AnchorError> {
    let text = input.trim();
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

/// An anchor written in one form: ASCII, on the stack.
#[derive(Clone, Copy)]
pub struct Rendered {
    buf: [u8; MAX_WIDTH],
    len: usize,
}

impl Rendered {
    fn new(text: &[u8]) -> Self {
        let mut buf = [0u8; MAX_WIDTH];
        buf[..text.len()].copy_from_slice(text);
        Rendered { buf, len: text.len() }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    pub fn as_str(&self) -> &str {
        // Every renderer writes ASCII only.
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }
}

impl std::fmt::Display for Rendered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Writes `anchor` in the form `to`; None for Auto, which is no output form.
pub fn render(anchor: &SourceAnchor, to: HmFormat) -> Option<Rendered> {
    Some(match to {
        HmFormat::Auto => return None,
        HmFormat::Guid => Rendered::new(&guid_text::render(anchor)),
        HmFormat::ImmutableId => Rendered::new(&immutable_id::encode(anchor)),
        HmFormat::Hex => Rendered::new(&hex::render(anchor)),
        HmFormat::LdapFilter => Rendered::new(&ldap_filter::render(anchor)),
        HmFormat::ConnectorDn => Rendered::new(&connector_dn::render(anchor)),
    })
}
