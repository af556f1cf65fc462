//! Malformed and mistaken inputs, each with the status it must get.

use hardmatch::HmFormat::{self, Auto, ConnectorDn, Guid, Hex, ImmutableId, LdapFilter};
use hardmatch::HmStatus::{self, *};
use hardmatch::parse;

/// (form, input, expected status).
const CASES: &[(HmFormat, &str, HmStatus)] = &[
    // Empty in every form.
    (Auto, "", Empty),
    (Auto, " \t\r\n ", Empty),
    (Guid, "", Empty),
    (ImmutableId, "   ", Empty),
    (Hex, "", Empty),
    (LdapFilter, "", Empty),
    (ConnectorDn, "", Empty),
    // GUID text.
    (Guid, "88666888-0101-1111-bbbb-1234567890a", GuidMalformed),
    (Guid, "88666888-0101-1111-bbbb-1234567890abc", GuidMalformed),
    (Guid, "88666888-0101-1111-bbbb-1234567890aG", GuidMalformed),
    (Guid, "886668880-101-1111-bbbb-1234567890ab", GuidMalformed),
    (Guid, "{88666888-0101-1111-bbbb-1234567890ab)", GuidMalformed),
    (Guid, "[88666888-0101-1111-bbbb-1234567890ab]", GuidMalformed),
    (Guid, "{8868668801011111bbbb1234567890ab}", GuidMalformed),
    (Guid, "88666888 0101 1111 bbbb 1234567890ab", GuidMalformed),
    (Guid, "88666888-0101-1111-bbbb-1234567890ａb", GuidMalformed),
    (Guid, "urn:uuid:88666888-0101-1111-bbbb-1234567890ab", GuidMalformed),
    (Auto, "88666888-0101-1111-bbbb-1234567890aZ", GuidMalformed),
    (Auto, "{88666888-0101-1111-bbbb-1234567890ab", GuidMalformed),
    // Hex.
    (Hex, "8868668801011111BBBB1234567890A", HexMalformed),
    (Hex, "8868668801011111BBBB1234567890ABCD", HexMalformed),
    (Hex, "88 68 66 88 01 01 11 11 BB BB 12 34 56 78 90", HexMalformed),
    (Hex, "88 68 66 88 01 01 11 11 BB BB 12 34 56 78 90 A", HexMalformed),
    (Hex, "88-68-66-88-01-01-11-11-BB-BB-12-34-56-78-90AB", HexMalformed),
    (Hex, "88666888-0101-1111-bbbb-1234567890ab", HexMalformed),
    (Hex, "8868 6688 0101 1111 BBBB 1234 5678 90AB", HexMalformed),
    (Hex, "0x88 0x6G 0x66 0x88 0x01 0x01 0x11 0x11 0xbb 0xbb 0x12 0x34 0x56 0x78 0x90 0xab", HexMalformed),
    (Auto, "88 68 66 88 01 01 11 11 BB BB 12 34 56 78 90 AB 00", HexMalformed),
    // LDAP filter values.
    (LdapFilter, r"\88\68\66\88\01\01\11\11\bb\bb\12\34\56\78\90", LdapFilterMalformed),
    (LdapFilter, r"\88\68\66\88\01\01\11\11\bb\bb\12\34\56\78\90\ab\00", LdapFilterMalformed),
    (LdapFilter, r"\88\68\66\88\01\01\11\11\bb\bb\12\34\56\78\90\a", LdapFilterMalformed),
    (LdapFilter, r"\88\68\66\88\01\01\11\11\bb\bb\12\34\56\78\90\zz", LdapFilterMalformed),
    (LdapFilter, r"\88\68\66\88\01\01\11\11\bb\bb\12\34\56\78\90*", LdapFilterMalformed),
    (LdapFilter, r"\88\68\66\88\01 \01\11\11\bb\bb\12\34\56\78\90", LdapFilterMalformed),
    (Auto, r"\88\68\66", LdapFilterMalformed),
    // Connector-space DNs.
    (ConnectorDn, "CN=514635484D4B376E38307176645973555049486139513D3D", ConnectorDnMalformed),
    (ConnectorDn, "CN={514635484D4B376E38307176645973555049486139513D3}", ConnectorDnMalformed),
    (ConnectorDn, "CN={51463548ZZ4B376E38307176645973555049486139513D3D}", ConnectorDnMalformed),
    (ConnectorDn, "OU={514635484D4B376E38307176645973555049486139513D3D}", ConnectorDnMalformed),
    (ConnectorDn, "CN={}", ConnectorDnMalformed),
    (ConnectorDn, "CN={FF}", ConnectorDnMalformed),
    // The DN of a cloud-created user: hex of "User_30475e40-e7ae-4af3-af75-8b143c81daf5".
    (ConnectorDn, "CN={557365725F33303437356534302D653761652D346166332D616637352D386231343363383164616635}", CloudAnchor),
    (Auto, "CN={47726F75705F3330343735653430653761653461663361663735386231343363383164616635}", CloudAnchor),
    // Hex of "QX00ApTUDEiiEm5kX0WP2w" (padding lost before the DN was made).
    (ConnectorDn, "CN={515830304170545544456969456D356B583057503277}", MissingPadding),
    // Ambiguity: 32 bare hex digits.
    (Auto, "8868668801011111BBBB1234567890AB", Ambiguous),
    (Auto, "02347d41d494480ca2126e645f458fdb", Ambiguous),
    // ImmutableId mistakes seen in the field.
    (ImmutableId, "QX00ApTU DEiiEm5kX0WP2w==", Whitespace),
    (ImmutableId, "QX00ApTUDEii\r\nEm5kX0WP2w==", Whitespace),
    (ImmutableId, "2_9JCtHr0EmH-hL07o11vA==", UrlSafeAlphabet),
    (ImmutableId, "2_9JCtHr0EmH-hL07o11vA", UrlSafeAlphabet),
    (ImmutableId, "QX00ApTUDEiiEm5kX0WP2w", MissingPadding),
    (ImmutableId, "QX00ApTUDEiiEm5kX0WP2w=", MissingPadding),
    (ImmutableId, "abcdefghijklmnopqrstuv==", NonCanonicalPadding),
    (ImmutableId, "QX00ApTUDEiiEm5kX0WP2x==", NonCanonicalPadding),
    (ImmutableId, "QX00ApTUDEiiEm5kX0WP2w$$", IllegalCharacter),
    (ImmutableId, "QX00ApTU$EiiEm5kX0WP2w==", IllegalCharacter),
    (ImmutableId, "employee_4711", IllegalCharacter),
    (ImmutableId, "QX00ApTUDEiiEm5kX0WP2w.=", IllegalCharacter),
    (ImmutableId, "QX00ApTUDEiiEm5kX0WP", StringAnchor),
    (ImmutableId, "QX00ApTUDEiiEm5kX0WP2wAA", StringAnchor),
    (ImmutableId, "QX00ApTUDEiiEm5kX0WP2wAAAA==", WrongLength),
    (ImmutableId, "QX00ApTUDEiiEm5kX0WP2w==QX00ApTUDEiiEm5kX0WP2w==", WrongLength),
    (ImmutableId, "QX00ApTUDEiiEm5kX0W=", WrongLength),
    (ImmutableId, "02347d41-d494-480c-a212-6e645f458fdb", GuidTextGiven),
    (ImmutableId, "{02347D41-D494-480C-A212-6E645F458FDB}", GuidTextGiven),
    (ImmutableId, "02347d41d494480ca2126e645f458fdb", Ambiguous),
    // base64 of the text "02347d41-d494-480c-a212-6e645f458fdb" (ASCII) and in UTF-16LE.
    (ImmutableId, "MDIzNDdkNDEtZDQ5NC00ODBjLWEyMTItNmU2NDVmNDU4ZmRi", Base64OfGuidText),
    (Auto, "MDIzNDdkNDEtZDQ5NC00ODBjLWEyMTItNmU2NDVmNDU4ZmRi", Base64OfGuidText),
    (ImmutableId, "MAAyADMANAA3AGQANAAxAC0AZAA0ADkANAAtADQAOAAwAGMALQBhADIAMQAyAC0ANgBlADYANAA1AGYANAA1ADgAZgBkAGIA", Base64OfGuidText),
    (ImmutableId, "EMP000000000000000000000000000000000000000000000000000000001", AnchorTooLong),
    (ImmutableId, "EMP-000000000000000000000000000000000000000000000000000001", AnchorTooLong),
    (ImmutableId, "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p", AnchorTooLong),
    (ImmutableId, "EMP4711", StringAnchor),
    // Auto: not a form at all.
    (Auto, "hello", Unrecognised),
    (Auto, "jdoe@contoso.com", Unrecognised),
];

#[test]
fn each_malformed_input_gets_its_status() {
    assert!(CASES.len() >= 40);
    let mut wrong = Vec::new();
    for &(form, input, expected) in CASES {
        let got = parse(input, form).map(|a| hardmatch::convert::immutable_id::encode_string(&a));
        match got {
            Err(e) if e.status() == expected => {}
            other => wrong.push(format!("{form:?} {input:?}: expected {expected:?}, got {other:?}")),
        }
    }
    assert!(wrong.is_empty(), "{} of {} wrong:\n{}", wrong.len(), CASES.len(), wrong.join("\n"));
}

#[test]
fn every_value_error_status_is_reachable_from_the_table() {
    let reached: std::collections::HashSet<_> = CASES.iter().map(|c| c.2).collect();
    for status in hardmatch::status::ALL_STATUSES {
        // RFC byte order is a diagnosis of a valid value, never a conversion error.
        if status as i32 >= 100 && status != RfcByteOrder {
            assert!(reached.contains(&status), "{status:?} has no case");
        }
    }
}

#[test]
fn the_anchor_length_rule_sits_at_sixty() {
    // 57 characters, one of them a hyphen counting 3: 59, the longest legal anchor.
    let longest = format!("EMP-{}", "0".repeat(53));
    assert_eq!(parse(&longest, ImmutableId).map_err(|e| e.status()), Err(StringAnchor));
    let one_more = format!("{longest}0");
    assert_eq!(parse(&one_more, ImmutableId).map_err(|e| e.status()), Err(AnchorTooLong));
}
