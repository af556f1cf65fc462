//! What the SSE2 code of the forms shares.

use std::arch::x86_64::*;

/// 0xFF in each lane whose byte is in `low..low + len`, else 0. An unsigned range check as a
/// signed compare: adding 0x80 - low moves the range to start at -128, so every byte outside
/// it (0x80 and up included) compares at or above -128 + len.
#[inline]
#[target_feature(enable = "sse2")]
pub fn in_range(v: __m128i, low: u8, len: i8) -> __m128i {
    _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x80u8.wrapping_sub(low) as i8)), _mm_set1_epi8(-128 + len))
}
