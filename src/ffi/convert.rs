//! Single-value conversion: text to text, text to the 16 bytes, bytes to text.

use super::boundary::{Unit, checked_mut, ffi_boundary, input, reset_len, slice, write_anchor, write_text};
use crate::anchor::SourceAnchor;
use crate::convert::{immutable_id, parse};
use crate::format::HmFormat;
use crate::status::HmStatus;

pub(crate) fn format_in(code: i32) -> Result<HmFormat, HmStatus> {
    HmFormat::from_code(code).ok_or(HmStatus::UnknownFormat)
}

pub(crate) fn format_out(code: i32) -> Result<HmFormat, HmStatus> {
    match HmFormat::from_code(code) {
        Some(HmFormat::Auto) | None => Err(HmStatus::UnknownFormat),
        Some(format) => Ok(format),
    }
}

/// Reads one value in the form `from` to its 16 bytes.
#[inline]
pub(crate) fn anchor_of<U: Unit>(units: &[U], from: HmFormat) -> Result<SourceAnchor, HmStatus> {
    U::with_str(units, |text| parse(text, from).map_err(|e| e.status()))?
}

unsafe fn convert<U: Unit>(from: i32, to: i32, input_ptr: *const U, input_len: usize, out: *mut U, out_cap: usize, out_len: *mut usize) -> i32 {
    ffi_boundary! {
        unsafe { reset_len(out_len)? };
        let (from, to) = (format_in(from)?, format_out(to)?);
        let units = unsafe { input(input_ptr, input_len)? };
        let anchor = anchor_of(units, from)?;
        unsafe { write_anchor(&anchor, to, out, out_cap, out_len) }
    }
}

/// Converts one UTF-8 value from form `from` (HM_FORMAT_AUTO detects it) to form `to`.
/// Writes the result and a NUL to `out`; `*out_len` gets its length without the NUL, also
/// when `out_cap` is too small (HM_STATUS_BUFFER_TOO_SMALL, nothing written). Surrounding
/// whitespace is trimmed; anything else wrong is a status naming the mistake.
///
/// # Safety
/// `input` valid for `input_len` bytes, `out` for `out_cap` bytes (may be NULL when
/// `out_cap` is 0), `out_len` for one write.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_convert(from: i32, to: i32, input: *const u8, input_len: usize, out: *mut u8, out_cap: usize, out_len: *mut usize) -> i32 {
    unsafe { convert(from, to, input, input_len, out, out_cap, out_len) }
}

/// hm_convert for UTF-16: lengths and capacities in 16-bit units.
///
/// # Safety
/// As hm_convert, in 16-bit units.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_convert_utf16(from: i32, to: i32, input: *const u16, input_len: usize, out: *mut u16, out_cap: usize, out_len: *mut usize) -> i32 {
    unsafe { convert(from, to, input, input_len, out, out_cap, out_len) }
}

unsafe fn explain<U: Unit>(from: i32, input_ptr: *const U, input_len: usize, out: *mut U, out_cap: usize, out_len: *mut usize) -> i32 {
    ffi_boundary! {
        unsafe { reset_len(out_len)? };
        let from = format_in(from)?;
        let units = unsafe { input(input_ptr, input_len)? };
        let (status, sentence) = match U::with_str(units, |text| parse(text, from)) {
            Err(status) => (status, status.message().to_string_lossy().into_owned()),
            Ok(Err(e)) => (e.status(), e.to_string()),
            Ok(Ok(anchor)) => (HmStatus::Ok, describe(&anchor)),
        };
        unsafe { write_text(&sentence, out, out_cap, out_len)? };
        Ok(status)
    }
}

fn describe(anchor: &SourceAnchor) -> String {
    format!("GUID {anchor}, ImmutableId {}", immutable_id::encode_string(anchor))
}

/// Explains how a UTF-8 value reads in form `from`: on success "GUID ..., ImmutableId ...";
/// otherwise the reason, with the corrected value or both readings where they are known.
/// Returns the status a conversion of the value gets, or a call status (NULL pointer,
/// buffer too small) when the sentence could not be written.
///
/// # Safety
/// As hm_convert.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_explain(from: i32, input: *const u8, input_len: usize, out: *mut u8, out_cap: usize, out_len: *mut usize) -> i32 {
    unsafe { explain(from, input, input_len, out, out_cap, out_len) }
}

/// hm_explain for UTF-16.
///
/// # Safety
/// As hm_convert, in 16-bit units.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_explain_utf16(from: i32, input: *const u16, input_len: usize, out: *mut u16, out_cap: usize, out_len: *mut usize) -> i32 {
    unsafe { explain(from, input, input_len, out, out_cap, out_len) }
}

unsafe fn to_bytes<U: Unit>(from: i32, input_ptr: *const U, input_len: usize, out: *mut u8, out_cap: usize) -> i32 {
    ffi_boundary! {
        let from = format_in(from)?;
        let out = checked_mut(out)?;
        let units = unsafe { input(input_ptr, input_len)? };
        if out_cap < 16 {
            return Err(HmStatus::BufferTooSmall);
        }
        let bytes = anchor_of(units, from)?.ad_bytes();
        // SAFETY: checked non-NULL; out_cap >= 16 vouched by the caller.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), out, 16) };
        Ok(HmStatus::Ok)
    }
}

/// Reads one UTF-8 value to its 16 bytes in AD / .NET `ToByteArray()` order
/// (objectGUID, mS-DS-ConsistencyGuid). `out_cap` must be at least 16.
///
/// # Safety
/// `input` valid for `input_len` bytes, `out` for `out_cap` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_to_bytes(from: i32, input: *const u8, input_len: usize, out: *mut u8, out_cap: usize) -> i32 {
    unsafe { to_bytes(from, input, input_len, out, out_cap) }
}

/// hm_to_bytes for UTF-16 input.
///
/// # Safety
/// `input` valid for `input_len` units, `out` for `out_cap` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_to_bytes_utf16(from: i32, input: *const u16, input_len: usize, out: *mut u8, out_cap: usize) -> i32 {
    unsafe { to_bytes(from, input, input_len, out, out_cap) }
}

unsafe fn from_bytes<U: Unit>(to: i32, bytes: *const u8, bytes_len: usize, out: *mut U, out_cap: usize, out_len: *mut usize) -> i32 {
    ffi_boundary! {
        unsafe { reset_len(out_len)? };
        let to = format_out(to)?;
        let bytes = unsafe { slice(bytes, bytes_len)? };
        let bytes: [u8; 16] = bytes.try_into().map_err(|_| HmStatus::BytesLength)?;
        unsafe { write_anchor(&SourceAnchor::from_ad_bytes(bytes), to, out, out_cap, out_len) }
    }
}

/// Writes 16 bytes in AD order (`bytes_len` must be 16) in form `to`, UTF-8.
///
/// # Safety
/// `bytes` valid for `bytes_len` bytes; `out`, `out_len` as hm_convert.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_from_bytes(to: i32, bytes: *const u8, bytes_len: usize, out: *mut u8, out_cap: usize, out_len: *mut usize) -> i32 {
    unsafe { from_bytes(to, bytes, bytes_len, out, out_cap, out_len) }
}

/// hm_from_bytes writing UTF-16.
///
/// # Safety
/// As hm_from_bytes, `out` in 16-bit units.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_from_bytes_utf16(to: i32, bytes: *const u8, bytes_len: usize, out: *mut u16, out_cap: usize, out_len: *mut usize) -> i32 {
    unsafe { from_bytes(to, bytes, bytes_len, out, out_cap, out_len) }
}
