//! Against a real directory: a Samba AD domain controller on loopback (tests/samba/samba-dc.sh,
//! all state in a temporary folder). For each user, the ImmutableId HardMatch makes from the
//! objectGUID text Samba prints must be the raw objectGUID that ldapsearch returns as base64,
//! and HardMatch's LDAP filter value must find that same user.
//!
//! Without samba installed the test is skipped with a loud message, unless
//! HARDMATCH_REQUIRE_SAMBA=1 (CI sets it), which turns the skip into a failure.

use hardmatch::{HmFormat, convert};
use std::path::PathBuf;
use std::process::{Command, Output};

const SKIP: i32 = 77;

struct Dc {
    dir: PathBuf,
}

impl Dc {
    fn script() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/samba/samba-dc.sh")
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("bash").arg(Self::script()).args(args).arg(&self.dir).output().expect("run samba-dc.sh")
    }

    fn user_run(&self, cmd: &str, user: &str) -> String {
        let out = Command::new("bash").arg(Self::script()).arg(cmd).arg(&self.dir).arg(user).output().expect("run samba-dc.sh");
        assert!(out.status.success(), "samba-dc.sh {cmd} {user}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    fn env(&self, key: &str) -> String {
        let env = std::fs::read_to_string(self.dir.join("env")).expect("DIR/env");
        env.lines().find_map(|l| l.strip_prefix(&format!("{key}="))).unwrap_or_else(|| panic!("{key} in env")).to_string()
    }
}

impl Drop for Dc {
    fn drop(&mut self) {
        let _ = self.run(&["down"]);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn ldapsearch(dc: &Dc, filter: &str, attr: &str) -> String {
    let out = Command::new("ldapsearch")
        .args(["-LLL", "-x", "-o", "ldif-wrap=no", "-H", &dc.env("LDAP_URI"), "-D", &dc.env("BIND_DN"), "-w", &dc.env("BIND_PW"), "-b", &dc.env("BASE_DN")])
        .arg(filter)
        .arg(attr)
        .output()
        .expect("run ldapsearch");
    assert!(out.status.success(), "ldapsearch {filter}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn objectguids_from_a_real_domain_controller() {
    // Short path: Samba's sockets live under it and unix socket paths are limited.
    let dir = std::env::temp_dir().join(format!("hm-dc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let dc = Dc { dir };
    let up = dc.run(&["up"]);
    if up.status.code() == Some(SKIP) {
        let required = std::env::var("HARDMATCH_REQUIRE_SAMBA").is_ok_and(|v| v == "1");
        let why = String::from_utf8_lossy(&up.stderr);
        assert!(!required, "HARDMATCH_REQUIRE_SAMBA=1 but the DC cannot run: {why}");
        eprintln!("\n*** SKIPPED objectguids_from_a_real_domain_controller: {why}***\n");
        return;
    }
    assert!(up.status.success(), "samba-dc.sh up: {}", String::from_utf8_lossy(&up.stderr));

    let users = ["alice", "bob", "carol", "dave", "erin", "frank"];
    for user in users {
        dc.user_run("add-user", user);
    }
    for user in users {
        let raw_base64 = dc.user_run("guid", user);
        let samba_text = dc.user_run("guid-text", user);
        let id = convert(&samba_text, HmFormat::Guid, HmFormat::ImmutableId).expect("Samba's GUID text converts");
        assert_eq!(id, raw_base64, "{user}: objectGUID {samba_text}");
        assert_eq!(convert(&raw_base64, HmFormat::Auto, HmFormat::Guid).unwrap(), samba_text.to_lowercase());

        let filter = convert(&id, HmFormat::ImmutableId, HmFormat::LdapFilter).unwrap();
        let found = ldapsearch(&dc, &format!("(objectGUID={filter})"), "sAMAccountName");
        let names: Vec<&str> = found.lines().filter_map(|l| l.strip_prefix("sAMAccountName: ")).collect();
        assert_eq!(names, [user], "(objectGUID={filter}) found {found}");
    }
}
