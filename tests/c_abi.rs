//! Compiles the C and C++ tests against the committed header, links them to the library
//! cargo just built, and runs them.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// target/<profile>/deps: `cargo test` builds the cdylib there, beside this test binary, in
/// the same run; only `cargo build` copies it up to target/<profile>, so that copy may be stale.
fn library_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    exe.parent().map(Path::to_path_buf).expect("target/<profile>/deps")
}

fn compile_and_run(compiler: &str, source: &str, flags: &[&str]) {
    let lib = library_dir();
    assert!(lib.join("libhardmatch.so").exists() || lib.join("libhardmatch.dylib").exists(), "no cdylib in {}", lib.display());
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(source.replace(['/', '.'], "_"));
    let status = Command::new(compiler)
        .args(flags)
        .args(["-Wall", "-Wextra", "-Werror", "-pedantic", "-pthread"])
        .arg("-I")
        .arg(repo().join("include"))
        .arg(repo().join(source))
        .arg("-o")
        .arg(&out)
        .arg("-L")
        .arg(&lib)
        .arg("-lhardmatch")
        .arg(format!("-Wl,-rpath,{}", lib.display()))
        .status()
        .unwrap_or_else(|e| panic!("cannot run {compiler}: {e}"));
    assert!(status.success(), "{compiler} failed on {source}");
    let run = Command::new(&out).output().expect("run the compiled test");
    let stdout = String::from_utf8_lossy(&run.stdout);
    print!("{stdout}");
    eprint!("{}", String::from_utf8_lossy(&run.stderr));
    assert!(run.status.success(), "{source} failed: {stdout}");
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
}

#[test]
fn c99_caller() {
    compile_and_run("cc", "tests/c/abi_test.c", &["-std=c99"]);
}

#[test]
fn cpp17_caller() {
    compile_and_run("c++", "tests/c/header.cpp", &["-std=c++17"]);
}
