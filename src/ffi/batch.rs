//! Many values in one call: a PowerShell array crosses the boundary once, not per item.
//! Every output form has a fixed width, so results land in one flat buffer at
//! `i * hm_format_width(to)`, with a status per item.

use super::boundary::{HM_MAX_INPUT_LEN, Unit, ffi_boundary, output, reset_len, slice, slice_mut};
use super::convert::{anchor_of, format_in, format_out};
use crate::anchor::SourceAnchor;
use crate::convert::immutable_id;
use crate::format::HmFormat;
use crate::status::HmStatus;

/// Width in characters of every output of `format`; 0 for Auto or an unknown number.
#[unsafe(no_mangle)]
pub extern "C" fn hm_format_width(format: i32) -> usize {
    HmFormat::from_code(format).map_or(0, HmFormat::width)
}

#[allow(clippy::too_many_arguments)]
unsafe fn convert_batch<U: Unit>(
    from: i32,
    to: i32,
    input: *const U,
    input_len: usize,
    item_lens: *const usize,
    count: usize,
    out: *mut U,
    out_cap: usize,
    out_len: *mut usize,
    statuses: *mut i32,
) -> i32 {
    ffi_boundary! {
        unsafe { reset_len(out_len)? };
        let (from, to) = (format_in(from)?, format_out(to)?);
        let lens = unsafe { slice(item_lens, count)? };
        let statuses = unsafe { slice_mut(statuses, count)? };
        let input = unsafe { slice(input, input_len)? };
        let total = lens.iter().try_fold(0usize, |sum, &len| sum.checked_add(len));
        if total != Some(input_len) {
            return Err(HmStatus::LengthMismatch);
        }
        let width = to.width();
        let out = unsafe { output(count.checked_mul(width).ok_or(HmStatus::InputTooLong)?, out, out_cap, out_len)? };
        let mut failed = 0usize;
        let mut start = 0;
        for ((&len, status), slot) in lens.iter().zip(statuses.iter_mut()).zip(out.chunks_exact_mut(width)) {
            let units = &input[start..start + len];
            start += len;
            let result = if len > HM_MAX_INPUT_LEN { Err(HmStatus::InputTooLong) } else { anchor_of(units, from) };
            *status = match result.and_then(|a| U::render(&a, to, slot)) {
                Ok(()) => HmStatus::Ok as i32,
                Err(e) => {
                    failed += 1;
                    slot.fill(U::default());
                    e as i32
                }
            };
        }
        Ok(if failed == 0 { HmStatus::Ok } else { HmStatus::BatchPartial })
    }
}

/// Converts `count` UTF-8 values, laid end to end in `input` (`item_lens[i]` bytes each,
/// adding up to `input_len`), from `from` to `to`. Result `i` is the
/// `hm_format_width(to)` bytes at `out + i * width`, zero-filled where `statuses[i]` is not
/// HM_STATUS_OK; a NUL follows the last. `*out_len` = count * width. Returns HM_STATUS_OK,
/// HM_STATUS_BATCH_PARTIAL when any item failed, or a call status (nothing converted).
///
/// # Safety
/// `input` valid for `input_len` bytes; `item_lens` and `statuses` for `count` elements;
/// `out` for `out_cap` bytes; `out_len` for one write.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_convert_batch(from: i32, to: i32, input: *const u8, input_len: usize, item_lens: *const usize, count: usize, out: *mut u8, out_cap: usize, out_len: *mut usize, statuses: *mut i32) -> i32 {
    unsafe { convert_batch(from, to, input, input_len, item_lens, count, out, out_cap, out_len, statuses) }
}

/// hm_convert_batch for UTF-16: lengths and capacities in 16-bit units.
///
/// # Safety
/// As hm_convert_batch, text in 16-bit units.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_convert_batch_utf16(from: i32, to: i32, input: *const u16, input_len: usize, item_lens: *const usize, count: usize, out: *mut u16, out_cap: usize, out_len: *mut usize, statuses: *mut i32) -> i32 {
    unsafe { convert_batch(from, to, input, input_len, item_lens, count, out, out_cap, out_len, statuses) }
}

unsafe fn ids_from_bytes<U: Unit>(bytes: *const u8, bytes_len: usize, out: *mut U, out_cap: usize, out_len: *mut usize) -> i32 {
    ffi_boundary! {
        unsafe { reset_len(out_len)? };
        let bytes = unsafe { slice(bytes, bytes_len)? };
        if bytes_len % 16 != 0 {
            return Err(HmStatus::BytesLength);
        }
        let needed = (bytes_len / 16).checked_mul(immutable_id::LEN).ok_or(HmStatus::InputTooLong)?;
        let out = unsafe { output(needed, out, out_cap, out_len)? };
        for (guid, slot) in bytes.chunks_exact(16).zip(out.chunks_exact_mut(immutable_id::LEN)) {
            let guid: [u8; 16] = guid.try_into().map_err(|_| HmStatus::BytesLength)?;
            U::render(&SourceAnchor::from_ad_bytes(guid), HmFormat::ImmutableId, slot)?;
        }
        Ok(HmStatus::Ok)
    }
}

/// N GUIDs as 16 x N raw bytes in AD order to N ImmutableIds of 24 characters each, end
/// to end, NUL after the last; `*out_len` = 24 * N.
///
/// # Safety
/// `bytes` valid for `bytes_len` bytes, `out` for `out_cap` bytes, `out_len` for one write.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_immutable_ids_from_bytes(bytes: *const u8, bytes_len: usize, out: *mut u8, out_cap: usize, out_len: *mut usize) -> i32 {
    unsafe { ids_from_bytes(bytes, bytes_len, out, out_cap, out_len) }
}

/// hm_immutable_ids_from_bytes writing UTF-16.
///
/// # Safety
/// As hm_immutable_ids_from_bytes, `out` in 16-bit units.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_immutable_ids_from_bytes_utf16(bytes: *const u8, bytes_len: usize, out: *mut u16, out_cap: usize, out_len: *mut usize) -> i32 {
    unsafe { ids_from_bytes(bytes, bytes_len, out, out_cap, out_len) }
}
