//! Generates the C header from the Rust sources: `include/hardmatch.h` (committed, so C
//! callers need no Rust) and a copy in OUT_DIR, which the header test compares with what
//! is committed.

use std::path::PathBuf;

fn main() {
    let crate_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=cbindgen.toml");

    let config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml")).expect("cbindgen.toml is valid");
    let bindings = cbindgen::generate_with_config(&crate_dir, config).expect("cbindgen can read src");
    bindings.write_to_file(out_dir.join("hardmatch.h"));
    // write_to_file leaves the file alone when nothing changed, so builds do not churn it.
    bindings.write_to_file(crate_dir.join("include").join("hardmatch.h"));
}
