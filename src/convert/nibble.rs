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
