//! Hex digits, shared by every form that spells bytes in hex.

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
}
