//! Hex digits, shared by every form that spells bytes in hex.

use crate::anchor::SourceAnchor;

pub const UPPER: &[u8; 16] = b"0123456789ABCDEF";
pub const LOWER: &[u8; 16] = b"0123456789abcdef";

const INVALID: u8 = 0xFF;

static VALUES: [u8; 256] = {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < 10 {
        table[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        table[b'a' as usize + i] = 10 + i as u8;
        table[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    table
};

/// The byte spelled by two hex digits, any case.
pub fn byte(hi: u8, lo: u8) -> Option<u8> {
    let (h, l) = (VALUES[hi as usize], VALUES[lo as usize]);
    if (h | l) & 0x80 != 0 {
        return None;
    }
    Some(h << 4 | l)
}

pub fn is_hex(c: u8) -> bool {
    VALUES[c as usize] != INVALID
}

pub fn write(byte: u8, digits: &[u8; 16], out: &mut [u8]) {
    out[0] = digits[(byte >> 4) as usize];
    out[1] = digits[(byte & 0xF) as usize];
}

/// The 32 hex digits of 16 bytes, in `digits`' case. On x86_64, SSE2 spells all 32 at once.
#[inline]
pub fn spell(bytes: [u8; 16], digits: &[u8; 16]) -> [u8; 32] {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: SSE2 is part of the x86_64 baseline; every x86_64 CPU has it.
        unsafe { sse2::spell(bytes, letter_offset(digits), false) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        spell_scalar(bytes, digits)
    }
}

/// The 32 lowercase digits of GUID text for an anchor: its bytes spelled in RFC order, the
/// first three fields reversed on the way (on x86_64, two shuffles of the spelled pairs).
#[inline]
pub fn spell_guid(anchor: &SourceAnchor) -> [u8; 32] {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: SSE2 is part of the x86_64 baseline; every x86_64 CPU has it.
        unsafe { sse2::spell(anchor.ad_bytes(), letter_offset(LOWER), true) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        spell_scalar(anchor.rfc_bytes(), LOWER)
    }
}

/// What a digit of ten and up adds beyond `'0' + value`: 39 for lowercase, 7 for uppercase.
#[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
const fn letter_offset(digits: &[u8; 16]) -> u8 {
    digits[10] - b'0' - 10
}

#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn spell_scalar(bytes: [u8; 16], digits: &[u8; 16]) -> [u8; 32] {
    let mut out = [0u8; 32];
    for (byte, pair) in bytes.into_iter().zip(out.chunks_exact_mut(2)) {
        write(byte, digits, pair);
    }
    out
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Per byte of `x` (all below 0x80): 0x80 where `lo <= byte <= hi`, else 0.
const fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    (x.wrapping_add((0x80 - lo as u64) * ONES) & !x.wrapping_add((0x7F - hi as u64) * ONES)) & HIGH
}

/// Decodes 8 hex digits (any case; the first in the lowest byte) to 4 bytes, a word at a
/// time: no table, no branch per digit. None if any character is not a hex digit.
pub fn decode8(v: u64) -> Option<[u8; 4]> {
    let lower = v | 0x2020_2020_2020_2020;
    let digits = in_range(v, b'0', b'9');
    let letters = in_range(lower, b'a', b'f');
    if v & HIGH != 0 || digits | letters != HIGH {
        return None;
    }
    // '0'..'9' & 0xF is 0..9; 'a'..'f' & 0xF is 1..6, plus 9.
    let n = (lower & 0x0F0F_0F0F_0F0F_0F0F) + 9 * (letters >> 7);
    // Each even byte takes its digit as the high nibble and the next byte's as the low.
    let pairs = ((n << 4) | (n >> 8)) & 0x00FF_00FF_00FF_00FF;
    let packed = (pairs | (pairs >> 8)) & 0x0000_FFFF_0000_FFFF;
    let packed = (packed | (packed >> 16)) as u32;
    Some(packed.to_le_bytes())
}

/// Decodes the 32 digits of GUID text (four words as `decode8` takes them) to the 16 bytes
/// in AD order: the text spells RFC order, so the first three fields are reversed on the
/// way. None if any character is not a hex digit. On x86_64, SSE2 (always present there)
/// does 16 digits per step and the reversal is two shuffles in the same registers.
#[inline]
pub fn guid_digits(words: [u64; 4]) -> Option<SourceAnchor> {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: SSE2 is part of the x86_64 baseline; every x86_64 CPU has it.
        unsafe { sse2::guid_digits(words) }.map(SourceAnchor::from_ad_bytes)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        guid_digits_swar(words)
    }
}

#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn guid_digits_swar(words: [u64; 4]) -> Option<SourceAnchor> {
    let mut rfc = [0u8; 16];
    for (chunk, word) in rfc.chunks_exact_mut(4).zip(words) {
        chunk.copy_from_slice(&decode8(word)?);
    }
    Some(SourceAnchor::from_rfc_bytes(rfc))
}

#[cfg(target_arch = "x86_64")]
mod sse2 {
    use super::super::simd::in_range;
    use std::arch::x86_64::*;

    /// Digit values of 16 characters, and 0xFF in each lane that holds a hex digit.
    #[inline]
    #[target_feature(enable = "sse2")]
    fn values(v: __m128i) -> (__m128i, __m128i) {
        let lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
        let digit = in_range(v, b'0', 10);
        let letter = in_range(lower, b'a', 6);
        // '0'..'9' & 0xF is 0..9; 'a'..'f' and 'A'..'F' & 0xF are 1..6, plus 9.
        let value = _mm_add_epi8(_mm_and_si128(v, _mm_set1_epi8(0x0F)), _mm_and_si128(letter, _mm_set1_epi8(9)));
        (value, _mm_or_si128(digit, letter))
    }

    /// Each 16-bit lane holds an even digit `d` (low byte) and the next `e` (high byte): one
    /// byte value, in the low byte of the lane. Times 0x1001 the lane is `d | e << 8 | d << 12`
    /// (the bits do not overlap), so its high byte is `d << 4 | e`.
    #[inline]
    #[target_feature(enable = "sse2")]
    fn pairs(values: __m128i) -> __m128i {
        _mm_srli_epi16(_mm_mullo_epi16(values, _mm_set1_epi16(0x1001)), 8)
    }

    /// Each 16-bit lane of the two results spells one byte: its high digit, then its low.
    /// `swap_fields` reverses the first three fields (AD order to RFC order) on the way.
    #[inline]
    #[target_feature(enable = "sse2")]
    pub fn spell(bytes: [u8; 16], letter_offset: u8, swap_fields: bool) -> [u8; 32] {
        // SAFETY: `bytes` is 16 readable bytes; loadu takes any alignment.
        let v = unsafe { _mm_loadu_si128(bytes.as_ptr().cast()) };
        let low = _mm_and_si128(v, _mm_set1_epi8(0x0F));
        let high = _mm_and_si128(_mm_srli_epi16(v, 4), _mm_set1_epi8(0x0F));
        let ascii = |x: __m128i| {
            let letters = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(9)), _mm_set1_epi8(letter_offset as i8));
            _mm_add_epi8(_mm_add_epi8(x, _mm_set1_epi8(b'0' as i8)), letters)
        };
        let mut first = ascii(_mm_unpacklo_epi8(high, low));
        let second = ascii(_mm_unpackhi_epi8(high, low));
        if swap_fields {
            first = _mm_shufflehi_epi16::<0b10_11_00_01>(_mm_shufflelo_epi16::<0b00_01_10_11>(first));
        }
        let mut out = [0u8; 32];
        // SAFETY: `out` is 32 writable bytes; storeu takes any alignment.
        unsafe {
            _mm_storeu_si128(out.as_mut_ptr().cast(), first);
            _mm_storeu_si128(out.as_mut_ptr().add(16).cast(), second);
        }
        out
    }

    #[inline]
    #[target_feature(enable = "sse2")]
    pub fn guid_digits(words: [u64; 4]) -> Option<[u8; 16]> {
        let (a, a_ok) = values(_mm_set_epi64x(words[1] as i64, words[0] as i64));
        let (b, b_ok) = values(_mm_set_epi64x(words[3] as i64, words[2] as i64));
        if _mm_movemask_epi8(_mm_and_si128(a_ok, b_ok)) != 0xFFFF {
            return None;
        }
        // One byte per lane: lanes 0-3 are the first field, reversed whole; lanes 4-7 the
        // second and third, each reversed. The last eight bytes stay as written.
        let fields = _mm_shufflehi_epi16::<0b10_11_00_01>(_mm_shufflelo_epi16::<0b00_01_10_11>(pairs(a)));
        let packed = _mm_packus_epi16(fields, pairs(b));
        let mut out = [0u8; 16];
        // SAFETY: `out` is 16 writable bytes; storeu takes any alignment.
        unsafe { _mm_storeu_si128(out.as_mut_ptr().cast(), packed) };
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word-at-a-time decoder against the table, for every byte value in every place.
    #[test]
    fn decode8_agrees_with_the_table_for_every_byte() {
        for place in 0..8 {
            for c in 0..=255u8 {
                let mut chars = *b"0123abcD";
                chars[place] = c;
                let expected = (0..4)
                    .map(|i| byte(chars[2 * i], chars[2 * i + 1]))
                    .collect::<Option<Vec<u8>>>();
                let got = decode8(u64::from_le_bytes(chars)).map(|b| b.to_vec());
                assert_eq!(got, expected, "{c:#04x} at {place}");
            }
        }
    }

    /// The spellers (SSE2 on x86_64) against the table, every byte value in every place.
    #[test]
    fn spell_agrees_with_the_table_for_every_byte() {
        for place in 0..16 {
            for b in 0..=255u8 {
                let mut bytes = *b"\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xAA\xBB\xCC\xDD\xEE\xFF";
                bytes[place] = b;
                assert_eq!(spell(bytes, UPPER), spell_scalar(bytes, UPPER), "{b:#04x} at {place}");
                assert_eq!(spell(bytes, LOWER), spell_scalar(bytes, LOWER), "{b:#04x} at {place}");
                let anchor = SourceAnchor::from_ad_bytes(bytes);
                assert_eq!(spell_guid(&anchor), spell_scalar(anchor.rfc_bytes(), LOWER), "{b:#04x} at {place}");
            }
        }
    }

    /// The GUID-digit decoder (SSE2 on x86_64) against the word-at-a-time one, every byte
    /// value in every place, and against the table for the byte order.
    #[test]
    fn guid_digits_agrees_with_decode8_for_every_byte() {
        let base = *b"0123456789abcdefABCDEF0123456789";
        for place in 0..32 {
            for c in 0..=255u8 {
                let mut chars = base;
                chars[place] = c;
                let words = [0, 8, 16, 24].map(|at| u64::from_le_bytes(chars[at..at + 8].try_into().unwrap()));
                assert_eq!(guid_digits(words), guid_digits_swar(words), "{c:#04x} at {place}");
            }
        }
        let words = [0, 8, 16, 24].map(|at| u64::from_le_bytes(base[at..at + 8].try_into().unwrap()));
        let rfc: Vec<u8> = (0..16).map(|i| byte(base[2 * i], base[2 * i + 1]).unwrap()).collect();
        let expected = SourceAnchor::from_rfc_bytes(rfc.try_into().unwrap());
        assert_eq!(guid_digits(words), Some(expected));
    }
}
