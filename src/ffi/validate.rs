//! Diagnosis of a claimed ImmutableId and matching against an on-premises GUID.

use super::boundary::{Unit, checked_mut, ffi_boundary, input};
use super::convert::{anchor_of, format_in};
use crate::convert::immutable_id;
use crate::status::HmStatus;
use crate::validate::immutable_id::diagnose;
use crate::validate::matching::compare;

pub const HM_REASON_CAP: usize = 320;

/// The native diagnosis of a claimed ImmutableId. Fixed size and blittable, so .NET and C
/// hold it on the stack.
#[repr(C)]
pub struct HmDiagnosis {
    /// An HmVerdict.
    pub verdict: i32,
    /// HM_STATUS_OK for a canonical GUID anchor, HM_STATUS_STRING_ANCHOR for a string anchor,
    /// otherwise the status naming the mistake.
    pub finding: i32,
    /// The ImmutableId that was meant (or, for HM_STATUS_NON_CANONICAL_PADDING, the canonical
    /// form of the same bits), NUL-terminated ASCII; empty when none is known.
    pub corrected: [u8; 25],
    /// One sentence of UTF-8, NUL-terminated. It never repeats the value itself.
    pub reason: [u8; HM_REASON_CAP],
}

unsafe fn diagnose_into<U: Unit>(input_ptr: *const U, input_len: usize, out: *mut HmDiagnosis) -> i32 {
    ffi_boundary! {
        let out = checked_mut(out)?;
        let units = unsafe { input(input_ptr, input_len)? };
        let d = U::with_str(units, diagnose)?;
        let mut result = HmDiagnosis { verdict: d.verdict as i32, finding: d.finding as i32, corrected: [0; 25], reason: [0; HM_REASON_CAP] };
        if let Some(anchor) = d.corrected {
            result.corrected[..immutable_id::LEN].copy_from_slice(&immutable_id::encode(&anchor));
        }
        let mut end = d.reason.len().min(HM_REASON_CAP - 1);
        while !d.reason.is_char_boundary(end) {
            end -= 1;
        }
        result.reason[..end].copy_from_slice(&d.reason.as_bytes()[..end]);
        // SAFETY: checked non-NULL and aligned.
        unsafe { out.write(result) };
        Ok(HmStatus::Ok)
    }
}

/// Diagnoses a claimed ImmutableId given as UTF-8, exactly as given (whitespace anywhere,
/// even around it, is a finding: Entra would store it). Returns a call status; the verdict
/// is in `*out`.
///
/// # Safety
/// `input` valid for `input_len` bytes; `out` for one write.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_diagnose(input: *const u8, input_len: usize, out: *mut HmDiagnosis) -> i32 {
    unsafe { diagnose_into(input, input_len, out) }
}

/// hm_diagnose for UTF-16 input.
///
/// # Safety
/// `input` valid for `input_len` units; `out` for one write.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_diagnose_utf16(input: *const u16, input_len: usize, out: *mut HmDiagnosis) -> i32 {
    unsafe { diagnose_into(input, input_len, out) }
}

unsafe fn match_into<U: Unit>(on_prem_from: i32, on_prem: *const U, on_prem_len: usize, cloud: *const U, cloud_len: usize, result: *mut i32) -> i32 {
    ffi_boundary! {
        let result = checked_mut(result)?;
        let from = format_in(on_prem_from)?;
        let on_prem = anchor_of(unsafe { input(on_prem, on_prem_len)? }, from)?;
        let cloud = unsafe { input(cloud, cloud_len)? };
        let outcome = U::with_str(cloud, |text| compare(&on_prem, text))?.map_err(|e| e.status())?;
        // SAFETY: checked non-NULL and aligned.
        unsafe { *result = outcome as i32 };
        Ok(HmStatus::Ok)
    }
}

/// Compares an on-premises anchor (UTF-8, in form `on_prem_from`) with a cloud ImmutableId:
/// `*result` gets an HmMatch. A cloud value that is no valid ImmutableId returns its status.
///
/// # Safety
/// `on_prem` and `cloud` valid for their lengths in bytes; `result` for one write.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_match(on_prem_from: i32, on_prem: *const u8, on_prem_len: usize, cloud: *const u8, cloud_len: usize, result: *mut i32) -> i32 {
    unsafe { match_into(on_prem_from, on_prem, on_prem_len, cloud, cloud_len, result) }
}

/// hm_match for UTF-16 input.
///
/// # Safety
/// As hm_match, lengths in 16-bit units.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn hm_match_utf16(on_prem_from: i32, on_prem: *const u16, on_prem_len: usize, cloud: *const u16, cloud_len: usize, result: *mut i32) -> i32 {
    unsafe { match_into(on_prem_from, on_prem, on_prem_len, cloud, cloud_len, result) }
}
