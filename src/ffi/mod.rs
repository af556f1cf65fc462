//! The C ABI. Conventions for every entry point: returns an HmStatus (0 is success);
//! checks every pointer and length; never lets a panic cross; keeps no global mutable
//! state, so any thread may call at any time; text out is NUL-terminated and lengths
//! exclude the NUL; a too-small buffer gets HM_STATUS_BUFFER_TOO_SMALL, nothing written,
//! and the needed length. Each function has a UTF-8 and a UTF-16 twin.

mod boundary;
pub mod batch;
pub mod convert;
pub mod info;
pub mod validate;

pub use boundary::HM_MAX_INPUT_LEN;
