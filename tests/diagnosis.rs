//! Diagnosis of claimed ImmutableIds and matching with on-premises GUIDs.

use hardmatch::HmStatus::*;
use hardmatch::HmVerdict::*;
use hardmatch::{HmFormat, HmMatch, HmStatus, HmVerdict, compare, diagnose, parse};

fn check(value: &str, verdict: HmVerdict, finding: HmStatus, corrected: Option<&str>) {
    let d = diagnose(value);
    let got = d.corrected.map(|a| hardmatch::convert::immutable_id::encode_string(&a));
    assert_eq!((d.verdict, d.finding, got.as_deref()), (verdict, finding, corrected), "{value:?}: {}", d.reason);
    assert!(!d.reason.is_empty());
}

#[test]
fn canonical_and_string_anchors_are_valid() {
    check("QX00ApTUDEiiEm5kX0WP2w==", GuidAnchor, Ok, None);
    check("AAAAAAAAAAAAAAAAAAAAAA==", GuidAnchor, Ok, None);
    check("EMP4711", HmVerdict::StringAnchor, HmStatus::StringAnchor, None);
    check("4711", HmVerdict::StringAnchor, HmStatus::StringAnchor, None);
    assert!(diagnose("QX00ApTUDEiiEm5kX0WP2w==").reason.contains("02347d41-d494-480c-a212-6e645f458fdb"));
}

#[test]
fn field_mistakes_are_repaired_to_the_published_value() {
    let id = "QX00ApTUDEiiEm5kX0WP2w==";
    check(" QX00ApTUDEiiEm5kX0WP2w==", Repairable, Whitespace, Some(id));
    check("QX00ApTUDEiiEm5kX0WP2w==\n", Repairable, Whitespace, Some(id));
    check("QX00ApTUDE\niiEm5kX0WP2w==", Repairable, Whitespace, Some(id));
    check("QX00ApTU DEiiEm5kX0WP2w", Repairable, Whitespace, Some(id));
    check("QX00ApTUDEiiEm5kX0WP2w", Repairable, MissingPadding, Some(id));
    check("02347d41-d494-480c-a212-6e645f458fdb", Repairable, GuidTextGiven, Some(id));
    check("(02347d41-d494-480c-a212-6e645f458fdb)", Repairable, GuidTextGiven, Some(id));
    check("MDIzNDdkNDEtZDQ5NC00ODBjLWEyMTItNmU2NDVmNDU4ZmRi", Repairable, Base64OfGuidText, Some(id));
    check("2_9JCtHr0EmH-hL07o11vA==", Repairable, UrlSafeAlphabet, Some("2/9JCtHr0EmH+hL07o11vA=="));
    check("nofCJe0gZk6D8J4gRgrt-A", Repairable, UrlSafeAlphabet, Some("nofCJe0gZk6D8J4gRgrt+A=="));
}

#[test]
fn rfc_byte_order_is_recognised_and_corrected() {
    // The oracle: uuid's big-endian (RFC) bytes, base64 by the base64 crate.
    use base64::Engine;
    let rfc = uuid::Uuid::parse_str("02347d41-d494-480c-a212-6e645f458fdb").unwrap();
    let rfc_id = base64::engine::general_purpose::STANDARD.encode(rfc.as_bytes());
    assert_eq!(rfc_id, "AjR9QdSUSAyiEm5kX0WP2w==");
    check(&rfc_id, Repairable, RfcByteOrder, Some("QX00ApTUDEiiEm5kX0WP2w=="));
    // A version-1 GUID in AD order is no RFC-order suspect.
    check("iGhmiAEBERG7uxI0VniQqw==", GuidAnchor, Ok, None);
}

#[test]
fn invalid_values_say_why_and_give_the_canonical_bits() {
    check("abcdefghijklmnopqrstuv==", Invalid, NonCanonicalPadding, Some("abcdefghijklmnopqrstug=="));
    let d = diagnose("abcdefghijklmnopqrstuv==");
    assert!(d.reason.contains("abcdefghijklmnopqrstug=="), "{}", d.reason);
    check("", Invalid, Empty, None);
    check("QX00ApTU$EiiEm5kX0WP2w==", Invalid, IllegalCharacter, None);
    check("QX00ApTUDEiiEm5kX0WP2wAAAA==", Invalid, WrongLength, None);
    check("EMP000000000000000000000000000000000000000000000000000000001", Invalid, AnchorTooLong, None);
    let ambiguous = diagnose("02347d41d494480ca2126e645f458fdb");
    assert_eq!((ambiguous.verdict, ambiguous.finding), (Invalid, Ambiguous));
    // Both readings are named: GUID N form, and hex of the bytes.
    assert!(ambiguous.reason.contains("QX00ApTUDEiiEm5kX0WP2w==") && ambiguous.reason.contains("AjR9QdSUSAyiEm5kX0WP2w=="), "{}", ambiguous.reason);
}

#[test]
fn matching_names_the_byte_order_bug() {
    let on_prem = parse("02347d41-d494-480c-a212-6e645f458fdb", HmFormat::Auto).unwrap();
    assert_eq!(compare(&on_prem, "QX00ApTUDEiiEm5kX0WP2w=="), Result::Ok(HmMatch::Match));
    assert_eq!(compare(&on_prem, " QX00ApTUDEiiEm5kX0WP2w== ").map_err(|e| e.status()), Err(Whitespace));
    assert_eq!(compare(&on_prem, "AjR9QdSUSAyiEm5kX0WP2w=="), Result::Ok(HmMatch::ByteOrderSwapped));
    assert_eq!(compare(&on_prem, "iGhmiAEBERG7uxI0VniQqw=="), Result::Ok(HmMatch::Different));
    assert_eq!(compare(&on_prem, "EMP4711"), Result::Ok(HmMatch::Different));
    assert_eq!(compare(&on_prem, "QX00ApTUDEiiEm5kX0WP2w").map_err(|e| e.status()), Err(MissingPadding));
}
