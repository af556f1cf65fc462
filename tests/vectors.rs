//! Every published vector in shared/reference/source-anchors.md, through every form.

use hardmatch::{HmFormat, convert};

/// (GUID, ImmutableId) pairs from Microsoft's documentation and the runbook.
const VECTORS: [(&str, &str); 11] = [
    ("02347d41-d494-480c-a212-6e645f458fdb", "QX00ApTUDEiiEm5kX0WP2w=="),
    ("88666888-0101-1111-bbbb-1234567890ab", "iGhmiAEBERG7uxI0VniQqw=="),
    ("8d6c6818-018c-4f11-9bb8-1b04e2caa1b6", "GGhsjYwBEU+buBsE4sqhtg=="),
    ("30475e40-e7ae-4af3-af75-8b143c81daf5", "QF5HMK7n80qvdYsUPIHa9Q=="),
    ("88888888-0101-3333-cccc-1234567890cd", "iIiIiAEBMzPMzBI0VniQzQ=="),
    ("4445ead9-02d3-4a3d-a1ca-c24bdd258bd4", "2epFRNMCPUqhysJL3SWL1A=="),
    ("897485c7-81a7-42eb-97c6-37ed73077b1f", "x4V0iaeB60KXxjftcwd7Hw=="),
    ("25c2879e-20ed-4e66-83f0-9e20460aedf8", "nofCJe0gZk6D8J4gRgrt+A=="),
    ("0a49ffdb-ebd1-49d0-87fa-12f4ee8d75bc", "2/9JCtHr0EmH+hL07o11vA=="),
    ("35918bc9-196d-40ea-9779-889d79b753f0", "yYuRNW0Z6kCXeYidebdT8A=="),
    ("00000000-0000-0000-0000-000000000000", "AAAAAAAAAAAAAAAAAAAAAA=="),
];

/// (ImmutableId, connector-space DN) from the reference.
const CONNECTOR_DNS: [(&str, &str); 3] = [
    ("QF5HMK7n80qvdYsUPIHa9Q==", "CN={514635484D4B376E38307176645973555049486139513D3D}"),
    ("x4V0iaeB60KXxjftcwd7Hw==", "CN={783456306961654236304B58786A66746377643748773D3D}"),
    ("AAAAAAAAAAAAAAAAAAAAAA==", "CN={414141414141414141414141414141414141414141413D3D}"),
];

fn conv(input: &str, from: HmFormat, to: HmFormat) -> String {
    convert(input, from, to).unwrap_or_else(|e| panic!("{input:?} {from:?} -> {to:?}: {e}"))
}

#[test]
fn guid_to_immutable_id_and_back() {
    for (guid, id) in VECTORS {
        assert_eq!(conv(guid, HmFormat::Guid, HmFormat::ImmutableId), id);
        assert_eq!(conv(guid, HmFormat::Auto, HmFormat::ImmutableId), id);
        assert_eq!(conv(id, HmFormat::ImmutableId, HmFormat::Guid), guid);
        assert_eq!(conv(id, HmFormat::Auto, HmFormat::Guid), guid);
    }
}

#[test]
fn guid_text_forms_and_case() {
    for (guid, id) in VECTORS {
        let n: String = guid.chars().filter(|&c| c != '-').collect();
        for text in [guid.to_uppercase(), format!("{{{guid}}}"), format!("({})", guid.to_uppercase()), n.clone(), format!("  {guid}\r\n")] {
            assert_eq!(conv(&text, HmFormat::Guid, HmFormat::ImmutableId), id, "{text}");
        }
    }
}

#[test]
fn reference_table_forms() {
    let guid = "88666888-0101-1111-bbbb-1234567890ab";
    assert_eq!(conv(guid, HmFormat::Guid, HmFormat::Hex), "8868668801011111BBBB1234567890AB");
    assert_eq!(conv(guid, HmFormat::Guid, HmFormat::LdapFilter), r"\88\68\66\88\01\01\11\11\bb\bb\12\34\56\78\90\ab");
    assert_eq!(conv(guid, HmFormat::Guid, HmFormat::ConnectorDn), "CN={6947686D694145424552473775784930566E695171773D3D}");
    for hex in ["88 68 66 88 01 01 11 11 BB BB 12 34 56 78 90 AB", "0x88 0x68 0x66 0x88 0x01 0x01 0x11 0x11 0xbb 0xbb 0x12 0x34 0x56 0x78 0x90 0xab", "0x880x680x660x880x010x010x110x110xBB0xBB0x120x340x560x780x900xAB", "88-68-66-88-01-01-11-11-BB-BB-12-34-56-78-90-AB", "88:68:66:88:01:01:11:11:bb:bb:12:34:56:78:90:ab", "0x88, 0x68, 0x66, 0x88, 0x01, 0x01, 0x11, 0x11, 0xBB, 0xBB, 0x12, 0x34, 0x56, 0x78, 0x90, 0xAB"] {
        assert_eq!(conv(hex, HmFormat::Hex, HmFormat::Guid), guid, "{hex}");
        assert_eq!(conv(hex, HmFormat::Auto, HmFormat::Guid), guid, "{hex}");
    }
    let filter = r"\88\68\66\88\01\01\11\11\BB\BB\12\34\56\78\90\AB";
    assert_eq!(conv(filter, HmFormat::Auto, HmFormat::Guid), guid);
    assert_eq!(conv(filter, HmFormat::LdapFilter, HmFormat::ImmutableId), "iGhmiAEBERG7uxI0VniQqw==");
}

#[test]
fn connector_dns() {
    for (id, dn) in CONNECTOR_DNS {
        assert_eq!(conv(id, HmFormat::ImmutableId, HmFormat::ConnectorDn), dn);
        assert_eq!(conv(dn, HmFormat::ConnectorDn, HmFormat::ImmutableId), id);
        assert_eq!(conv(&dn.to_lowercase(), HmFormat::Auto, HmFormat::ImmutableId), id);
    }
}

#[test]
fn every_form_round_trips_every_vector() {
    for (guid, id) in VECTORS {
        for via in hardmatch::format::OUTPUT_FORMATS {
            let text = conv(guid, HmFormat::Guid, via);
            assert_eq!(conv(&text, via, HmFormat::ImmutableId), id, "via {via:?}: {text}");
        }
    }
}
