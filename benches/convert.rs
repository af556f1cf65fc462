//! Conversion speed beside the naive baseline a Rust user would otherwise write: parse with
//! uuid, encode with base64 into a new String. Run: `./dev.sh bench`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use hardmatch::ffi::batch::hm_immutable_ids_from_bytes;
use hardmatch::ffi::convert::hm_convert;
use hardmatch::{HmFormat, convert::immutable_id};
use std::hint::black_box;
use uuid::Uuid;

const GUID: &str = "02347d41-d494-480c-a212-6e645f458fdb";
const ID: &str = "QX00ApTUDEiiEm5kX0WP2w==";

fn baseline_to_id(guid: &str) -> String {
    STANDARD.encode(Uuid::parse_str(guid).unwrap().to_bytes_le())
}

fn baseline_to_guid(id: &str) -> String {
    let bytes: [u8; 16] = STANDARD.decode(id).unwrap().try_into().unwrap();
    Uuid::from_bytes_le(bytes).hyphenated().to_string()
}

fn abi(from: HmFormat, to: HmFormat, input: &str, out: &mut [u8; 64]) -> usize {
    let mut len = 0;
    // SAFETY: pointers and lengths from live slices.
    let status = unsafe { hm_convert(from as i32, to as i32, input.as_ptr(), input.len(), out.as_mut_ptr(), out.len(), &mut len) };
    assert_eq!(status, 0);
    len
}

fn single(c: &mut Criterion) {
    assert_eq!(baseline_to_id(GUID), ID);
    assert_eq!(baseline_to_guid(ID), GUID);
    let mut out = [0u8; 64];

    let mut g = c.benchmark_group("guid_text_to_immutable_id");
    g.bench_function("hardmatch_rust", |b| {
        b.iter(|| immutable_id::encode(&hardmatch::parse(black_box(GUID), HmFormat::Guid).unwrap()))
    });
    g.bench_function("hardmatch_c_abi", |b| b.iter(|| abi(HmFormat::Guid, HmFormat::ImmutableId, black_box(GUID), &mut out)));
    g.bench_function("hardmatch_c_abi_auto", |b| b.iter(|| abi(HmFormat::Auto, HmFormat::ImmutableId, black_box(GUID), &mut out)));
    g.bench_function("baseline_uuid_base64", |b| b.iter(|| baseline_to_id(black_box(GUID))));
    g.finish();

    let mut g = c.benchmark_group("immutable_id_to_guid_text");
    g.bench_function("hardmatch_rust", |b| {
        b.iter(|| hardmatch::render(&hardmatch::parse(black_box(ID), HmFormat::ImmutableId).unwrap(), HmFormat::Guid))
    });
    g.bench_function("hardmatch_c_abi", |b| b.iter(|| abi(HmFormat::ImmutableId, HmFormat::Guid, black_box(ID), &mut out)));
    g.bench_function("baseline_uuid_base64", |b| b.iter(|| baseline_to_guid(black_box(ID))));
    g.finish();
}

fn batch(c: &mut Criterion) {
    const N: usize = 100_000;
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let bytes: Vec<u8> = (0..N * 16)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    let mut out = vec![0u8; N * 24 + 1];

    let mut g = c.benchmark_group("batch_bytes_to_immutable_id");
    g.throughput(Throughput::Elements(N as u64));
    g.bench_with_input(BenchmarkId::new("hardmatch_c_abi", N), &bytes, |b, bytes| {
        b.iter(|| {
            let mut len = 0;
            // SAFETY: pointers and lengths from live slices.
            let status = unsafe { hm_immutable_ids_from_bytes(bytes.as_ptr(), bytes.len(), out.as_mut_ptr(), out.len(), &mut len) };
            assert_eq!(status, 0);
            len
        })
    });
    g.bench_with_input(BenchmarkId::new("baseline_base64_per_guid", N), &bytes, |b, bytes| {
        b.iter(|| bytes.chunks_exact(16).map(|guid| STANDARD.encode(guid)).collect::<Vec<String>>())
    });
    g.finish();
}

criterion_group!(benches, single, batch);
criterion_main!(benches);
