//! Validation of values before they reach Entra: what a value is, what is wrong with it, and
//! what was meant. Attribute rules (UPN, proxyAddresses, mail) slot in here beside the
//! source-anchor rules.

pub mod immutable_id;
pub mod matching;
pub mod string_anchor;
