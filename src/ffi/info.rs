//! Static facts about the library.

use crate::status::HmStatus;
use std::ffi::{CStr, c_char};

const VERSION: &CStr = match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
    Ok(version) => version,
    Err(_) => panic!("the package version holds a NUL"),
};

/// Static, NUL-terminated English text for any status number; never NULL, never freed.
#[unsafe(no_mangle)]
pub extern "C" fn hm_status_message(status: i32) -> *const c_char {
    HmStatus::from_code(status).map_or(c"unknown status", HmStatus::message).as_ptr()
}

/// The library's version, "major.minor.patch"; static.
#[unsafe(no_mangle)]
pub extern "C" fn hm_version() -> *const c_char {
    VERSION.as_ptr()
}
