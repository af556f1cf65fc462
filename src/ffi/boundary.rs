//! What every C entry point shares: the panic boundary, pointer checks, text in and out.

use crate::anchor::SourceAnchor;
use crate::convert::{immutable_id, render_into};
use crate::format::{HmFormat, MAX_WIDTH};
use crate::status::HmStatus;

/// The longest single value accepted, in code units: far beyond any anchor, small enough
/// that a garbage length is refused rather than read.
pub const HM_MAX_INPUT_LEN: usize = 65536;

/// Runs an entry point's body, which returns `Result<HmStatus, HmStatus>` so `?` can carry
/// a failure out, and turns a panic into HM_STATUS_INTERNAL_ERROR: no unwind ever crosses
/// into C, .NET or PowerShell.
macro_rules! ffi_boundary {
    ($($body:tt)*) => {{
        let run = || -> Result<$crate::status::HmStatus, $crate::status::HmStatus> { $($body)* };
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
            Ok(Ok(status) | Err(status)) => status as i32,
            Err(_) => $crate::status::HmStatus::InternalError as i32,
        }
    }};
}
pub(crate) use ffi_boundary;

/// A checked, non-NULL, aligned pointer.
pub fn checked<T>(ptr: *const T) -> Result<*const T, HmStatus> {
    if ptr.is_null() {
        Err(HmStatus::NullPointer)
    } else if !ptr.is_aligned() {
        Err(HmStatus::Misaligned)
    } else {
        Ok(ptr)
    }
}

pub fn checked_mut<T>(ptr: *mut T) -> Result<*mut T, HmStatus> {
    checked(ptr.cast_const()).map(|p| p.cast_mut())
}

/// # Safety
/// `ptr` must be valid for `len` reads of `T` when it is non-NULL.
pub unsafe fn slice<'a, T>(ptr: *const T, len: usize) -> Result<&'a [T], HmStatus> {
    let ptr = checked(ptr)?;
    // SAFETY: non-NULL and aligned (checked); the caller vouches for the length.
    Ok(unsafe { std::slice::from_raw_parts(ptr, len) })
}

/// # Safety
/// `ptr` must be valid for `len` writes of `T` when it is non-NULL.
pub unsafe fn slice_mut<'a, T>(ptr: *mut T, len: usize) -> Result<&'a mut [T], HmStatus> {
    let ptr = checked_mut(ptr)?;
    // SAFETY: non-NULL and aligned (checked); the caller vouches for the length.
    Ok(unsafe { std::slice::from_raw_parts_mut(ptr, len) })
}

/// # Safety
/// `ptr` must be valid for `len` reads of `T` when it is non-NULL.
pub unsafe fn input<'a, T>(ptr: *const T, len: usize) -> Result<&'a [T], HmStatus> {
    if len > HM_MAX_INPUT_LEN {
        return Err(HmStatus::InputTooLong);
    }
    unsafe { slice(ptr, len) }
}

/// A text code unit the ABI speaks: UTF-8 bytes or UTF-16 units (what .NET strings are,
/// so the module passes pinned strings without transcoding).
pub trait Unit: Copy + Default + 'static {
    /// Runs `f` on the units as text.
    fn with_str<R>(units: &[Self], f: impl FnOnce(&str) -> R) -> Result<R, HmStatus>;
    /// Length of `text` in these units.
    fn len_of(text: &str) -> usize;
    fn encode(text: &str, out: &mut [Self]);
    /// Writes `anchor` in the form `to` at the start of `out`, which holds its width.
    fn render(anchor: &SourceAnchor, to: HmFormat, out: &mut [Self]) -> Result<(), HmStatus>;
}

impl Unit for u8 {
    #[inline]
    fn with_str<R>(units: &[u8], f: impl FnOnce(&str) -> R) -> Result<R, HmStatus> {
        if is_ascii(units) {
            // SAFETY: ASCII is UTF-8. The ASCII check is several times cheaper than full
            // validation, and anchors are ASCII.
            return Ok(f(unsafe { std::str::from_utf8_unchecked(units) }));
        }
        std::str::from_utf8(units).map(f).map_err(|_| HmStatus::InvalidUtf8)
    }
    fn len_of(text: &str) -> usize {
        text.len()
    }
    fn encode(text: &str, out: &mut [u8]) {
        out.copy_from_slice(text.as_bytes());
    }
    #[inline]
    fn render(anchor: &SourceAnchor, to: HmFormat, out: &mut [u8]) -> Result<(), HmStatus> {
        render_into(anchor, to, out).map(drop).ok_or(HmStatus::UnknownFormat)
    }
}

/// True when all bytes are ASCII. Anchors are 8 to 64 bytes: there, words that overlap
/// cover every byte without a byte-by-byte tail, which would cost more than the conversion.
#[inline]
fn is_ascii(units: &[u8]) -> bool {
    let len = units.len();
    if !(8..=64).contains(&len) {
        return units.is_ascii();
    }
    let word = |at: usize| units[at..at + 8].try_into().map_or(u64::MAX, u64::from_le_bytes);
    // [0, 16) and [len - 16, len) cover up to 32 bytes; [0, 32) and [len - 32, len) up to 64.
    let mut any = word(0) | word(len - 8);
    if len > 16 {
        any |= word(8) | word(len - 16);
    }
    if len > 32 {
        any |= word(16) | word(24) | word(len - 32) | word(len - 24);
    }
    any & 0x8080_8080_8080_8080 == 0
}

impl Unit for u16 {
    #[inline]
    fn with_str<R>(units: &[u16], f: impl FnOnce(&str) -> R) -> Result<R, HmStatus> {
        // Anchors are short ASCII: narrow them on the stack instead of allocating.
        const INLINE: usize = 64;
        if units.len() <= INLINE && units.iter().all(|&u| u < 0x80) {
            let mut narrow = [0u8; INLINE];
            for (b, &u) in narrow.iter_mut().zip(units) {
                *b = u as u8;
            }
            return u8::with_str(&narrow[..units.len()], f);
        }
        String::from_utf16(units).map(|s| f(&s)).map_err(|_| HmStatus::InvalidUtf16)
    }
    fn len_of(text: &str) -> usize {
        text.encode_utf16().count()
    }
    fn encode(text: &str, out: &mut [u16]) {
        for (slot, unit) in out.iter_mut().zip(text.encode_utf16()) {
            *slot = unit;
        }
    }
    #[inline]
    fn render(anchor: &SourceAnchor, to: HmFormat, out: &mut [u16]) -> Result<(), HmStatus> {
        if to == HmFormat::ImmutableId {
            // The form the module renders a million at a time, written wide directly: through
            // the ASCII buffer below it cost 22 ns an ID, against 7 (the other forms lose ~3 ns).
            immutable_id::write_utf16(anchor, out.first_chunk_mut().ok_or(HmStatus::BufferTooSmall)?);
            return Ok(());
        }
        let mut ascii = [0u8; MAX_WIDTH];
        let width = render_into(anchor, to, &mut ascii).ok_or(HmStatus::UnknownFormat)?;
        for (unit, &byte) in out.iter_mut().zip(&ascii[..width]) {
            *unit = byte.into();
        }
        Ok(())
    }
}

/// The caller's output buffer for `needed` units: reports `needed` through `out_len`
/// first, refuses a buffer without room for it and a NUL (writing nothing else), writes the
/// NUL and hands out the `needed` units before it. `out` may be NULL only with `out_cap` 0,
/// which asks for the length.
///
/// # Safety
/// `out` must be valid for `out_cap` writes when non-NULL; `out_len` for one write.
#[inline]
pub unsafe fn output<'a, U: Unit>(needed: usize, out: *mut U, out_cap: usize, out_len: *mut usize) -> Result<&'a mut [U], HmStatus> {
    let out_len = checked_mut(out_len)?;
    // SAFETY: checked above.
    unsafe { *out_len = needed };
    if out_cap <= needed {
        return Err(HmStatus::BufferTooSmall);
    }
    // SAFETY: the caller vouches for out_cap > needed units.
    let out = unsafe { slice_mut(out, needed + 1)? };
    out[needed] = U::default();
    Ok(&mut out[..needed])
}

/// Writes `text` and a NUL to `out`, as `output` describes.
///
/// # Safety
/// As `output`.
pub unsafe fn write_text<U: Unit>(text: &str, out: *mut U, out_cap: usize, out_len: *mut usize) -> Result<HmStatus, HmStatus> {
    U::encode(text, unsafe { output(U::len_of(text), out, out_cap, out_len)? });
    Ok(HmStatus::Ok)
}

/// Writes `anchor` in the form `to` and a NUL to `out`, as `output` describes.
///
/// # Safety
/// As `output`.
#[inline]
pub unsafe fn write_anchor<U: Unit>(anchor: &SourceAnchor, to: HmFormat, out: *mut U, out_cap: usize, out_len: *mut usize) -> Result<HmStatus, HmStatus> {
    U::render(anchor, to, unsafe { output(to.width(), out, out_cap, out_len)? })?;
    Ok(HmStatus::Ok)
}

/// Sets `*out_len` to 0 up front, so a failed call never leaves a stale length behind.
///
/// # Safety
/// `out_len` must be valid for one write when non-NULL.
pub unsafe fn reset_len(out_len: *mut usize) -> Result<(), HmStatus> {
    let out_len = checked_mut(out_len)?;
    // SAFETY: checked above.
    unsafe { *out_len = 0 };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boundary_around(body: fn() -> Result<HmStatus, HmStatus>) -> i32 {
        ffi_boundary! { body() }
    }

    #[test]
    fn a_panic_becomes_internal_error_and_does_not_unwind() {
        std::panic::set_hook(Box::new(|_| {}));
        let status = boundary_around(|| panic!("a bug inside the library"));
        let _ = std::panic::take_hook();
        assert_eq!(status, HmStatus::InternalError as i32);
        assert_eq!(boundary_around(|| Err(HmStatus::Empty)), HmStatus::Empty as i32);
        assert_eq!(boundary_around(|| Ok(HmStatus::BatchPartial)), HmStatus::BatchPartial as i32);
    }

    /// The overlapping-word ASCII check against std's, for a high byte in every place of
    /// every length up to 80.
    #[test]
    fn ascii_check_sees_every_byte() {
        for len in 0..=80 {
            let clean = vec![b'a'; len];
            assert!(is_ascii(&clean), "{len}");
            for place in 0..len {
                let mut dirty = clean.clone();
                dirty[place] = 0x80;
                assert!(!is_ascii(&dirty), "{len} {place}");
            }
        }
    }

    #[test]
    fn null_and_misaligned_pointers_are_refused() {
        let units = [0u16; 4];
        let odd = (units.as_ptr() as *const u8).wrapping_add(1) as *const u16;
        assert_eq!(checked(std::ptr::null::<u16>()), Err(HmStatus::NullPointer));
        assert_eq!(checked(odd), Err(HmStatus::Misaligned));
        assert!(checked(units.as_ptr()).is_ok());
        // SAFETY: a live array, and lengths within it.
        assert_eq!(unsafe { input(units.as_ptr(), HM_MAX_INPUT_LEN + 1) }.err(), Some(HmStatus::InputTooLong));
    }
}
