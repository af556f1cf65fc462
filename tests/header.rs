//! The committed header must be what build.rs generates from the sources now: C callers
//! build against the committed file, so a stale one would describe another ABI.

use std::process::Command;

const GENERATED: &str = include_str!(concat!(env!("OUT_DIR"), "/hardmatch.h"));

#[test]
fn committed_header_is_current() {
    let repo = env!("CARGO_MANIFEST_DIR");
    let committed = Command::new("git")
        .args(["-C", repo, "show", "HEAD:include/hardmatch.h"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
    let (what, text) = match committed {
        Some(text) => ("the header committed at HEAD", text),
        // Outside a git checkout (a source tarball), the file on disk is what ships.
        None => ("include/hardmatch.h", std::fs::read_to_string(format!("{repo}/include/hardmatch.h")).expect("include/hardmatch.h")),
    };
    assert!(
        text == GENERATED,
        "{what} is stale: build.rs regenerated include/hardmatch.h from src/ffi; review and commit it"
    );
}
