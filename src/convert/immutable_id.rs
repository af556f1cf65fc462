//! ImmutableId: canonical padded standard base64 (RFC 4648) of the 16 bytes in AD order.
//!
//! Hand-rolled for a fixed 16-byte input: a 12-bit lookup table encodes two characters per
//! load, which is what makes a million conversions cost milliseconds. The tests check it
//! against the `base64` crate.

use crate::anchor::SourceAnchor;
use crate::error::AnchorError;
use crate::validate::immutable_id::parse_non_canonical;

pub const LEN: usize = 24;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Two base64 characters for every 12-bit value, as a little-endian u16 (first character in
/// the low byte), so one load gives two characters and two loads make one 4-byte store.
static PAIRS: [u16; 4096] = {
    let mut table = [0u16; 4096];
    let mut i = 0;
    while i < 4096 {
        table[i] = ALPHABET[i >> 6] as u16 | (ALPHABET[i & 63] as u16) << 8;
        i += 1;
    }
    table
};

/// PAIRS for UTF-16: the same two characters as two 16-bit units.
static WIDE_PAIRS: [[u16; 2]; 4096] = {
    let mut table = [[0u16; 2]; 4096];
    let mut i = 0;
    while i < 4096 {
        table[i] = [ALPHABET[i >> 6] as u16, ALPHABET[i & 63] as u16];
        i += 1;
    }
    table
};

const INVALID: u8 = 0xFF;

/// The 6-bit value of each standard-alphabet character, INVALID for all others.
static SEXTETS: [u8; 256] = {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < 64 {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
};

pub fn encode(anchor: &SourceAnchor) -> [u8; LEN] {
    let mut out = [0u8; LEN];
    write(anchor, &mut out);
    out
}

pub fn write(anchor: &SourceAnchor, out: &mut [u8; LEN]) {
    for (pair, at) in out.chunks_exact_mut(2).zip(pair_indices(anchor)) {
        pair.copy_from_slice(&PAIRS[at].to_le_bytes());
    }
    out[22..].copy_from_slice(b"==");
}

/// `write` for UTF-16 (the module's strings), from a table of wide pairs rather than
/// through ASCII widened afterwards, which took three times as long.
pub fn write_utf16(anchor: &SourceAnchor, out: &mut [u16; LEN]) {
    for (pair, at) in out.chunks_exact_mut(2).zip(pair_indices(anchor)) {
        pair.copy_from_slice(&WIDE_PAIRS[at]);
    }
    out[22..].copy_from_slice(&[b'=' as u16; 2]);
}

/// The table index of each two characters before the padding. The 16 bytes as one 128-bit
/// big-endian number `hi:lo` hold ten 12-bit pieces and 8 bits over; the last byte fills
/// one character and the top two bits of the next. Whole words in registers, not byte by
/// byte, and each pair then stored where it goes (short dependency chains, which is what a
/// single call waits on).
#[inline]
fn pair_indices(anchor: &SourceAnchor) -> [usize; 11] {
    let b = anchor.ad_bytes();
    let (hi, lo) = b.split_at(8);
    let hi = hi.try_into().map_or(0, u64::from_be_bytes);
    let lo = lo.try_into().map_or(0, u64::from_be_bytes);
    let pieces = [hi >> 52, hi >> 40, hi >> 28, hi >> 16, hi >> 4, hi << 8 | lo >> 56, lo >> 44, lo >> 32, lo >> 20, lo >> 8, (lo & 0xFF) << 4];
    pieces.map(|bits| (bits & 0xFFF) as usize)
}

pub fn encode_string(anchor: &SourceAnchor) -> String {
    encode(anchor).iter().map(|&c| c as char).collect()
}

/// Decodes exactly the canonical form: 24 characters, `==`, zero unused bits. On x86_64,
/// SSE2 maps all 22 characters at once and joins their bits with two multiply-adds.
#[inline]
pub fn decode_canonical(text: &[u8]) -> Option<SourceAnchor> {
    let text: &[u8; LEN] = text.try_into().ok()?;
    if text[22] != b'=' || text[23] != b'=' {
        return None;
    }
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: SSE2 is part of the x86_64 baseline; every x86_64 CPU has it.
        unsafe { sse2::decode_canonical(text) }.map(SourceAnchor::from_ad_bytes)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        decode_canonical_scalar(text)
    }
}

#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn decode_canonical_scalar(text: &[u8; LEN]) -> Option<SourceAnchor> {
    let mut bytes = [0u8; 16];
    let mut bad = 0u8;
    let mut i = 0;
    while i < 5 {
        let s = [0, 1, 2, 3].map(|k| SEXTETS[text[4 * i + k] as usize]);
        bad |= s[0] | s[1] | s[2] | s[3];
        let n = (s[0] as u32) << 18 | (s[1] as u32) << 12 | (s[2] as u32) << 6 | s[3] as u32;
        bytes[3 * i..3 * i + 3].copy_from_slice(&n.to_be_bytes()[1..]);
        i += 1;
    }
    let (s20, s21) = (SEXTETS[text[20] as usize], SEXTETS[text[21] as usize]);
    bad |= s20 | s21;
    // INVALID has the high bit set; every sextet is below 64.
    if bad & 0x80 != 0 || s21 & 0x0F != 0 {
        return None;
    }
    bytes[15] = s20 << 2 | s21 >> 4;
    Some(SourceAnchor::from_ad_bytes(bytes))
}

#[cfg(target_arch = "x86_64")]
mod sse2 {
    use super::super::simd::in_range;
    use std::arch::x86_64::*;

    /// Each character's 6-bit value, and 0xFF in each lane whose character is in the standard
    /// alphabet. The ranges do not overlap, so their offsets add up.
    #[inline]
    #[target_feature(enable = "sse2")]
    fn sextets(v: __m128i) -> (__m128i, __m128i) {
        let (upper, lower, digit) = (in_range(v, b'A', 26), in_range(v, b'a', 26), in_range(v, b'0', 10));
        let plus = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'+' as i8));
        let slash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'/' as i8));
        let offset = |mask: __m128i, to: u8, from: u8| _mm_and_si128(mask, _mm_set1_epi8(to.wrapping_sub(from) as i8));
        let delta = _mm_or_si128(
            _mm_or_si128(offset(upper, 0, b'A'), offset(lower, 26, b'a')),
            _mm_or_si128(_mm_or_si128(offset(digit, 52, b'0'), offset(plus, 62, b'+')), offset(slash, 63, b'/')),
        );
        let ok = _mm_or_si128(_mm_or_si128(_mm_or_si128(upper, lower), _mm_or_si128(digit, plus)), slash);
        (_mm_add_epi8(v, delta), ok)
    }

    #[inline]
    #[target_feature(enable = "sse2")]
    pub fn decode_canonical(text: &[u8; 24]) -> Option<[u8; 16]> {
        // SAFETY: `text` is 24 readable bytes: 16 from the start, 8 from 16.
        let (a, b) = unsafe { (_mm_loadu_si128(text.as_ptr().cast()), _mm_loadl_epi64(text.as_ptr().add(16).cast())) };
        let (sa, ok_a) = sextets(a);
        let (sb, ok_b) = sextets(b);
        // Characters 16 to 21 count; 22 and 23 are the padding, checked by the caller.
        let sb = _mm_and_si128(sb, _mm_setr_epi32(-1, 0xFFFF, 0, 0));
        if _mm_movemask_epi8(ok_a) != 0xFFFF || _mm_movemask_epi8(ok_b) & 0x3F != 0x3F {
            return None;
        }
        // Sextets widened to 16 bits and joined: pairs first (64 a + b, one per 32-bit lane),
        // then pairs of pairs (4096 ab + cd): the 24-bit value of each group of four.
        let zero = _mm_setzero_si128();
        let pairs = |x: __m128i| _mm_madd_epi16(x, _mm_set1_epi32(0x0001_0040));
        let quads = |x: __m128i, y: __m128i| _mm_madd_epi16(_mm_packs_epi32(x, y), _mm_set1_epi32(0x0001_1000));
        let first = quads(pairs(_mm_unpacklo_epi8(sa, zero)), pairs(_mm_unpackhi_epi8(sa, zero)));
        let last = quads(pairs(_mm_unpacklo_epi8(sb, zero)), zero);
        let lanes = |x: __m128i| -> [u32; 4] {
            let mut words = [0u32; 4];
            // SAFETY: `words` is 16 writable bytes; storeu takes any alignment.
            unsafe { _mm_storeu_si128(words.as_mut_ptr().cast(), x) };
            words
        };
        let ([n0, n1, n2, n3], [n4, n5, _, _]) = (lanes(first), lanes(last));
        // The last group holds one byte and the 4 unused bits, which must be zero.
        if n5 & 0xFFFF != 0 {
            return None;
        }
        // Six groups of 24 bits end to end, as one 128-bit big-endian number in two words:
        // whole-word stores, not overlapping 3-byte pieces read back in other sizes.
        let (n0, n1, n2, n3, n4, n5) = (n0 as u64, n1 as u64, n2 as u64, n3 as u64, n4 as u64, n5 as u64);
        let hi = n0 << 40 | n1 << 16 | n2 >> 8;
        let lo = (n2 & 0xFF) << 56 | n3 << 32 | n4 << 8 | n5 >> 16;
        let mut out = [0u8; 16];
        out[..8].copy_from_slice(&hi.to_be_bytes());
        out[8..].copy_from_slice(&lo.to_be_bytes());
        Some(out)
    }
}

/// Base64 of any length in the standard alphabet, padded or not, for diagnosing mistakes.
pub struct Decoded {
    pub bytes: Vec<u8>,
    /// The unused low bits of the last character are zero.
    pub canonical_bits: bool,
    pub padded: bool,
}

pub fn decode_any(text: &[u8]) -> Option<Decoded> {
    let body_len = text.iter().rposition(|&c| c != b'=').map_or(0, |p| p + 1);
    let (body, padding) = text.split_at(body_len);
    if body.is_empty() || padding.len() > 2 || body.len() % 4 == 1 {
        return None;
    }
    if !padding.is_empty() && text.len() % 4 != 0 {
        return None;
    }
    let mut bits: u32 = 0;
    let mut nbits = 0;
    let mut bytes = Vec::with_capacity(body.len() * 3 / 4);
    for &c in body {
        let s = SEXTETS[c as usize];
        if s == INVALID {
            return None;
        }
        bits = bits << 6 | s as u32;
        nbits += 6;
        if nbits >= 8 {
            nbits -= 8;
            bytes.push((bits >> nbits) as u8);
            bits &= (1 << nbits) - 1;
        }
    }
    Some(Decoded { bytes, canonical_bits: bits == 0, padded: !padding.is_empty() })
}

pub fn is_alphabet(c: u8) -> bool {
    SEXTETS[c as usize] != INVALID
}

/// Reads a (trimmed) ImmutableId. The canonical fast path costs a table lookup per
/// character; only a value that fails it pays for the full diagnosis that names the mistake.
pub fn parse(text: &str) -> Result<SourceAnchor, AnchorError> {
    if let Some(anchor) = decode_canonical(text.as_bytes()) {
        return Ok(anchor);
    }
    parse_non_canonical(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};

    /// The SSE2 decoder against the table, for every byte value in every place.
    #[test]
    fn decode_canonical_agrees_with_the_table_for_every_byte() {
        let base = *b"QX00ApTUDEiiEm5kX0WP2w==";
        for place in 0..LEN {
            for c in 0..=255u8 {
                let mut text = base;
                text[place] = c;
                let expected = if text[22] == b'=' && text[23] == b'=' { decode_canonical_scalar(&text) } else { None };
                assert_eq!(decode_canonical(&text), expected, "{c:#04x} at {place}");
            }
        }
    }

    #[test]
    fn decode_any_agrees_with_the_base64_crate() {
        for len in 0..40usize {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            for text in [STANDARD.encode(&bytes), STANDARD_NO_PAD.encode(&bytes)] {
                let d = decode_any(text.as_bytes());
                assert_eq!(d.as_ref().map(|d| d.bytes.clone()), (len > 0).then(|| bytes.clone()), "{text}");
                assert!(d.is_none_or(|d| d.canonical_bits));
            }
        }
    }

    #[test]
    fn encode_and_its_utf16_twin_agree_with_the_base64_crate() {
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for round in 0..20_000u32 {
            let mut bytes = [round as u8; 16];
            if round >= 256 {
                for b in &mut bytes {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    *b = state as u8;
                }
            }
            let anchor = SourceAnchor::from_ad_bytes(bytes);
            let expected = STANDARD.encode(bytes);
            assert_eq!(encode_string(&anchor), expected);
            let mut wide = [0u16; LEN];
            write_utf16(&anchor, &mut wide);
            assert_eq!(String::from_utf16(&wide).unwrap(), expected);
        }
    }

    #[test]
    fn canonical_decoding_refuses_every_non_zero_padding_bit() {
        let id = *b"QX00ApTUDEiiEm5kX0WP2w==";
        let mut accepted = 0;
        for c in ALPHABET {
            let mut text = id;
            text[21] = *c;
            if let Some(anchor) = decode_canonical(&text) {
                accepted += 1;
                assert_eq!(encode(&anchor), text);
            }
        }
        // The 22nd character of a canonical 16-byte value is one of A Q g w.
        assert_eq!(accepted, 4);
    }
}
