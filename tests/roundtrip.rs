//! Random GUIDs through every pair of forms, checked against an independent oracle: the
//! uuid crate's little-endian bytes and the base64 crate.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hardmatch::HmFormat::{self, *};
use hardmatch::{HmMatch, HmVerdict, compare, convert, diagnose, parse};
use proptest::prelude::*;
use uuid::Uuid;

/// Each form of `guid`, written by the oracle.
fn oracle(guid: Uuid, form: HmFormat) -> String {
    let le = guid.to_bytes_le();
    let id = STANDARD.encode(le);
    match form {
        Auto => unreachable!(),
        Guid => guid.hyphenated().to_string(),
        ImmutableId => id,
        Hex => le.iter().map(|b| format!("{b:02X}")).collect(),
        LdapFilter => le.iter().map(|b| format!("\\{b:02x}")).collect(),
        ConnectorDn => format!("CN={{{}}}", id.bytes().map(|b| format!("{b:02X}")).collect::<String>()),
    }
}

fn any_guid() -> impl Strategy<Value = Uuid> {
    any::<[u8; 16]>().prop_map(Uuid::from_bytes)
}

fn v4_guid() -> impl Strategy<Value = Uuid> {
    any::<[u8; 16]>().prop_map(|b| uuid::Builder::from_random_bytes(b).into_uuid())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_pair_of_forms_agrees_with_the_oracle(guid in any_guid()) {
        for from in hardmatch::format::OUTPUT_FORMATS {
            for to in hardmatch::format::OUTPUT_FORMATS {
                let got = convert(&oracle(guid, from), from, to).map_err(|e| e.to_string());
                prop_assert_eq!(got, Ok(oracle(guid, to)), "{:?} -> {:?}", from, to);
            }
        }
    }

    #[test]
    fn auto_detects_every_unambiguous_form(guid in any_guid(), upper in any::<bool>()) {
        for from in [Guid, ImmutableId, LdapFilter, ConnectorDn] {
            let mut text = oracle(guid, from);
            if upper && from != ImmutableId {
                text = text.to_uppercase();
            }
            prop_assert_eq!(convert(&text, Auto, ImmutableId).ok(), Some(oracle(guid, ImmutableId)));
        }
        let spaced: Vec<String> = guid.to_bytes_le().iter().map(|b| format!("{b:02x}")).collect();
        prop_assert_eq!(convert(&spaced.join(" "), Auto, Guid).ok(), Some(oracle(guid, Guid)));
    }

    #[test]
    fn bare_hex_is_refused_as_ambiguous_unless_both_readings_agree(guid in any_guid()) {
        let hex = oracle(guid, Hex);
        let both_agree = guid.to_bytes_le() == *guid.as_bytes();
        let result = parse(&hex, Auto).map_err(|e| e.status());
        if both_agree {
            prop_assert!(result.is_ok());
        } else {
            prop_assert_eq!(result, Err(hardmatch::HmStatus::Ambiguous));
        }
    }

    #[test]
    fn an_ad_guid_is_never_taken_for_rfc_order(guid in v4_guid()) {
        let d = diagnose(&oracle(guid, ImmutableId));
        prop_assert_eq!(d.verdict, HmVerdict::GuidAnchor, "{}", d.reason);
    }

    #[test]
    fn rfc_order_is_caught_by_matching_and_often_by_diagnosis(guid in v4_guid()) {
        let rfc_id = STANDARD.encode(guid.as_bytes());
        let on_prem = parse(&oracle(guid, Guid), Guid).unwrap();
        let outcome = compare(&on_prem, &rfc_id).ok();
        let expected = if guid.to_bytes_le() == *guid.as_bytes() { HmMatch::Match } else { HmMatch::ByteOrderSwapped };
        prop_assert_eq!(outcome, Some(expected));
        let d = diagnose(&rfc_id);
        prop_assert!(matches!(d.verdict, HmVerdict::GuidAnchor | HmVerdict::Repairable));
        if d.verdict == HmVerdict::Repairable {
            prop_assert_eq!(d.corrected, Some(on_prem));
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,80}", form in 0i32..6) {
        let form = HmFormat::from_code(form).unwrap();
        let _ = parse(&text, form).map(|a| hardmatch::render(&a, Guid));
        let d = diagnose(&text);
        prop_assert!(!d.reason.is_empty());
    }

    #[test]
    fn near_anchors_never_panic(text in "[A-Za-z0-9+/=_$ \\-{}()\\\\]{0,60}", form in 0i32..6) {
        let form = HmFormat::from_code(form).unwrap();
        let _ = parse(&text, form);
        let _ = diagnose(&text);
    }
}
