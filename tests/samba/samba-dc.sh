#!/usr/bin/env bash
# samba-dc.sh - throw-away Samba Active Directory DC on loopback, for tests.
#
# Everything (database, config, pid file, logs, sockets) lives under DIR; no
# system configuration is read or written (/etc/samba/smb.conf is never
# loaded, no systemd units, nothing under /var or /run).
#
# Usage:
#   samba-dc.sh up DIR            provision (first time) and start the DC, wait
#                                 until LDAP answers, write DIR/env
#   samba-dc.sh add-user DIR NAME create user NAME with a random password
#   samba-dc.sh guid DIR NAME     print NAME's objectGUID (base64, one line)
#   samba-dc.sh guid-text DIR NAME  print NAME's objectGUID as Samba writes it as text
#   samba-dc.sh down DIR          stop the DC (files are left for the caller)
#
# DIR/env holds sourceable KEY=value lines (values never need quoting):
#   LDAP_URI, BIND_DN, BIND_PW, BASE_DN, REALM
#
# Exit codes: 0 ok, 1 failure, 2 usage error,
#             77 samba/ldap-utils missing or not root (test harnesses: SKIP).
#
# Limits: the DC uses the fixed LDAP port 389 (Samba has no setting to move
# it), so only one DC can run per machine at a time; `up` refuses to start if
# 127.0.0.1:389 is already taken.

set -euo pipefail

readonly REALM_NAME=HARDMATCH.TEST
readonly DOMAIN_NAME=HARDMATCH
readonly BASE_DN_VALUE=DC=hardmatch,DC=test
# Fixed NetBIOS/host name: the machine's hostname may be longer than the
# 15 characters NetBIOS allows, or otherwise unsuitable.
readonly HOST_NAME=HMDC
readonly LDAP_HOST=127.0.0.1
readonly LDAP_PORT=389
readonly START_TIMEOUT=60  # seconds to wait for LDAP to answer
readonly STOP_TIMEOUT=30   # seconds to wait for the daemon to exit

# Ignore ~/.ldaprc, /etc/ldap/ldap.conf and LDAP* variables of the caller:
# they could, for example, force TLS and break the plain loopback bind.
export LDAPNOINIT=1

SAMBA_BIN=""
SAMBA_TOOL_BIN=""
LDAPSEARCH_BIN=""

die() {
    echo "samba-dc.sh: ERROR: $*" >&2
    exit 1
}

info() {
    echo "samba-dc.sh: $*" >&2
}

usage() {
    sed -n '2,/^$/s/^# \{0,1\}//p' "$0" >&2
    exit 2
}

skip() {
    {
        echo "************************************************************"
        echo "SKIP: $*"
        echo "************************************************************"
    } >&2
    exit 77
}

# Locate the binaries. samba lives in /usr/sbin, which is often not on PATH
# for non-login shells, so look there too.
find_tools() {
    SAMBA_BIN=$(command -v samba || true)
    if [[ -z $SAMBA_BIN && -x /usr/sbin/samba ]]; then
        SAMBA_BIN=/usr/sbin/samba
    fi
    SAMBA_TOOL_BIN=$(command -v samba-tool || true)
    LDAPSEARCH_BIN=$(command -v ldapsearch || true)

    local missing=()
    [[ -n $SAMBA_BIN ]] || missing+=(samba)
    [[ -n $SAMBA_TOOL_BIN ]] || missing+=(samba-tool)
    [[ -n $LDAPSEARCH_BIN ]] || missing+=(ldapsearch)
    if ((${#missing[@]} > 0)); then
        skip "samba not installed (missing: ${missing[*]}); Samba AD DC tests cannot run." \
            "Install with: apt-get install samba ldap-utils"
    fi
    # The AD DC daemon and the provisioning (POSIX ACLs on sysvol) need root.
    if ((EUID != 0)); then
        skip "samba AD DC tests must run as root (running as uid $EUID)."
    fi
}

# Absolute, normalised DIR; smb.conf paths must be absolute.
abs_dir() {
    local dir=$1
    [[ -n $dir ]] || die "DIR must not be empty"
    case $dir in
        /*) ;;
        *) dir="$PWD/$dir" ;;
    esac
    # smb.conf expands %-macros in values, and a newline would end the value.
    if [[ $dir == *%* || $dir == *$'\n'* ]]; then
        die "DIR must not contain '%' or newlines: $dir"
    fi
    # Strip trailing slashes (but keep "/").
    while [[ $dir == */ && $dir != / ]]; do dir=${dir%/}; done
    printf '%s\n' "$dir"
}

conf_of() { printf '%s/etc/smb.conf\n' "$1"; }
pidfile_of() { printf '%s/run/samba.pid\n' "$1"; }
logfile_of() { printf '%s/log/samba.log\n' "$1"; }

# Fields of /proc/PID/stat after the "(comm)" part, which may contain spaces.
# Prints "STATE PPID PGRP ..." or fails if the process does not exist.
proc_stat_tail() {
    local stat
    # Builtin read, no fork: this runs for every process in group_alive.
    { IFS= read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
    printf '%s\n' "${stat##*) }"
}

# True if PID exists and is not a zombie. A zombie counts as dead: the
# daemon has exited, only its parent (init) has not reaped it yet, and
# `kill -0` would still succeed on it.
pid_alive() {
    local rest
    rest=$(proc_stat_tail "$1") || return 1
    [[ ${rest%% *} != Z ]]
}

# True if PID is a live samba daemon serving DIR. Guards against a stale pid
# file whose pid has been reused: the process must be the samba binary and
# hold a file under DIR open (its log, its databases).
is_our_samba() {
    local pid=$1 dir=$2 exe fd target
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    pid_alive "$pid" || return 1
    exe=$(readlink "/proc/$pid/exe" 2>/dev/null) || return 1
    [[ ${exe##*/} == samba || ${exe##*/} == "samba (deleted)" ]] || return 1
    for fd in /proc/"$pid"/fd/*; do
        target=$(readlink "$fd" 2>/dev/null) || continue
        [[ $target == "$dir"/* ]] && return 0
    done
    return 1
}

# Pid of the running DC for DIR, or failure if none runs.
running_pid() {
    local dir=$1 pidfile pid
    pidfile=$(pidfile_of "$dir")
    [[ -f $pidfile ]] || return 1
    pid=$(tr -dc '0-9' <"$pidfile")
    is_our_samba "$pid" "$dir" || return 1
    printf '%s\n' "$pid"
}

# True if something accepts TCP connections on HOST:PORT.
port_in_use() {
    # shellcheck disable=SC2016 # $1/$2 are expanded by the inner bash
    timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

# A random password that satisfies AD complexity rules (upper, lower, digit)
# and contains only characters that need no shell quoting.
random_password() {
    local rnd
    rnd=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | cut -c1-24)
    printf 'Hm7-%s\n' "$rnd"
}

# The DC's complete configuration. It is written *before* provisioning:
# `samba-tool domain provision --targetdir` keeps an existing non-empty
# DIR/etc/smb.conf, and passing it with --configfile keeps samba-tool from
# loading /etc/samba/smb.conf at all.
write_smb_conf() {
    local dir=$1
    cat >"$(conf_of "$dir")" <<EOF
# Generated by samba-dc.sh for a throw-away test DC. Do not use in production.
[global]
	netbios name = $HOST_NAME
	workgroup = $DOMAIN_NAME
	realm = $REALM_NAME
	server role = active directory domain controller

	# Every path Samba writes to lives under DIR.
	private dir = $dir/private
	lock directory = $dir/lock
	state directory = $dir/state
	cache directory = $dir/cache
	binddns dir = $dir/bind-dns
	pid directory = $dir/run
	ncalrpc dir = $dir/run/ncalrpc
	winbindd socket directory = $dir/run/winbindd
	ntp signd socket directory = $dir/run/ntp_signd
	usershare path = $dir/usershares
	logging = file
	log file = $dir/log/samba.log
	log level = 1
	max log size = 0

	# Loopback only.
	interfaces = $LDAP_HOST
	bind interfaces only = yes

	# Only the LDAP server: no smbd (445/139), kdc (88), dns (53), rpc (135),
	# nbt (137/138), cldap (389/udp), winbindd, replication, kcc, dnsupdate.
	# This is all ldapsearch and the tests need, and it starts in ~1 second.
	server services = ldap

	# No LDAPS/StartTLS: saves generating a key at startup and port 636.
	tls enabled = no
	# Samba refuses simple binds over unencrypted connections by default
	# ("Strong(er) authentication required"); the tests bind with
	# ldapsearch -x over loopback.
	ldap server require strong auth = no

# provision refuses a DC smb.conf without these two shares (and creates their
# folders); nothing serves them since smbd is not started.
[sysvol]
	path = $dir/state/sysvol
	read only = no

[netlogon]
	path = $dir/state/sysvol/${REALM_NAME,,}/scripts
	read only = no
EOF
}

provision() {
    local dir=$1 admin_pw=$2 log
    log="$dir/log/provision.log"
    info "provisioning domain $REALM_NAME in $dir (log: $log)"
    # --dns-backend=NONE: no DNS zone, no forwarder lookups; works offline.
    if ! "$SAMBA_TOOL_BIN" domain provision \
        --configfile="$(conf_of "$dir")" \
        --targetdir="$dir" \
        --realm="$REALM_NAME" \
        --domain="$DOMAIN_NAME" \
        --server-role=dc \
        --dns-backend=NONE \
        --host-name="$HOST_NAME" \
        --adminpass="$admin_pw" \
        </dev/null >"$log" 2>&1; then
        tail -n 30 "$log" >&2 || true
        die "samba-tool domain provision failed (full log: $log)"
    fi
}

write_env() {
    local dir=$1 admin_pw=$2
    # Plain KEY=value lines: sourceable by sh/bash and trivial to parse from
    # Rust or C#. None of the values contains characters that need quoting.
    cat >"$dir/env.tmp" <<EOF
LDAP_URI=ldap://$LDAP_HOST:$LDAP_PORT
BIND_DN=CN=Administrator,CN=Users,$BASE_DN_VALUE
BIND_PW=$admin_pw
BASE_DN=$BASE_DN_VALUE
REALM=$REALM_NAME
EOF
    chmod 600 "$dir/env.tmp"
    mv "$dir/env.tmp" "$dir/env"
}

load_env() {
    local dir=$1
    [[ -f $dir/env ]] || die "$dir/env not found; run '$0 up $dir' first"
    # shellcheck source=/dev/null
    . "$dir/env"
}

# Simple-bind as Administrator and read the rootDSE: proves the daemon is up
# *and* accepts the credentials the tests will use.
ldap_ready() {
    timeout 5 "$LDAPSEARCH_BIN" -LLL -x -o nettimeout=2 -H "$LDAP_URI" \
        -D "$BIND_DN" -w "$BIND_PW" -b "" -s base "(objectClass=*)" \
        defaultNamingContext >/dev/null 2>&1
}

# Describe what holds 127.0.0.1:389 so the failure message is actionable.
describe_port_owner() {
    if command -v ss >/dev/null 2>&1; then
        ss -ltnp "( sport = :$LDAP_PORT )" 2>/dev/null | sed 's/^/    /' >&2 || true
    fi
    # Other DCs started by this script: point at their folders.
    local exe pid fd target
    for exe in /proc/[0-9]*/exe; do
        pid=${exe#/proc/}; pid=${pid%/exe}
        target=$(readlink "$exe" 2>/dev/null) || continue
        [[ ${target##*/} == samba ]] || continue
        for fd in /proc/"$pid"/fd/*; do
            target=$(readlink "$fd" 2>/dev/null) || continue
            if [[ $target == */log/samba.log ]]; then
                echo "    samba pid $pid logs to $target; stop it with: $0 down ${target%/log/samba.log}" >&2
                break
            fi
        done
    done
}

# Samba would start but its LDAP task would fail to bind; say so up front.
require_free_port() {
    if port_in_use "$LDAP_HOST" "$LDAP_PORT"; then
        echo "samba-dc.sh: ERROR: $LDAP_HOST:$LDAP_PORT is already in use by another process;" \
            "only one test DC can run at a time." >&2
        describe_port_owner
        exit 1
    fi
}

start_daemon() {
    local dir=$1 deadline
    require_free_port

    rm -f "$(pidfile_of "$dir")"
    info "starting samba (log: $(logfile_of "$dir"))"
    # -D daemonises (fork + setsid) and writes run/samba.pid.
    # -M single: one process instead of a pre-forked pool; enough for tests
    # and leaves exactly one pid to stop.
    # stdio goes to a file so a caller capturing our output (e.g. Rust's
    # Command::output) does not wait for the daemon to close the pipe.
    "$SAMBA_BIN" --configfile="$(conf_of "$dir")" -D -M single \
        </dev/null >>"$dir/log/samba.stdout" 2>&1 ||
        die "samba failed to start: $(tail -n 20 "$(logfile_of "$dir")" 2>/dev/null)"

    load_env "$dir"
    deadline=$((SECONDS + START_TIMEOUT))
    while ((SECONDS < deadline)); do
        if ldap_ready; then
            return 0
        fi
        # The pid file appears shortly after -D returns; once it exists the
        # daemon must stay alive.
        if [[ -s $(pidfile_of "$dir") ]] && ! running_pid "$dir" >/dev/null; then
            echo "samba-dc.sh: ERROR: samba exited during startup; log tail:" >&2
            tail -n 30 "$(logfile_of "$dir")" >&2 || true
            exit 1
        fi
        sleep 0.5
    done
    echo "samba-dc.sh: ERROR: LDAP did not answer on $LDAP_URI within ${START_TIMEOUT}s; log tail:" >&2
    tail -n 30 "$(logfile_of "$dir")" >&2 || true
    stop_daemon "$dir" || true
    exit 1
}

# Samba creates unix sockets under DIR, the longest being
# DIR/private/ldap_priv/ldapi (DIR + 24) and DIR/lock/msg.sock/PID (up to
# DIR + 22). A socket path may hold at most 107 bytes; beyond that samba dies
# with "failed to setup parent messaging", after a wasted provisioning.
readonly MAX_DIR_LEN=80

cmd_up() {
    local dir=$1 admin_pw t0=$SECONDS
    if ((${#dir} > MAX_DIR_LEN)); then
        die "DIR path is ${#dir} characters, at most $MAX_DIR_LEN work (unix socket path limit): $dir"
    fi
    if running_pid "$dir" >/dev/null && [[ -f $dir/env ]]; then
        info "DC already running in $dir"
        return 0
    fi

    # Checked before the provisioning too, so a clash fails in a second
    # rather than after it.
    require_free_port

    if [[ ! -f $dir/.provisioned ]]; then
        mkdir -p "$dir"
        # Refuse to mix a new domain into someone else's files.
        if [[ -n $(ls -A "$dir") ]]; then
            die "$dir is not empty and holds no DC provisioned by this script; use an empty or new folder"
        fi
        mkdir -p "$dir/etc" "$dir/log" "$dir/run" "$dir/lock" "$dir/cache" "$dir/usershares"
        admin_pw=$(random_password)
        write_smb_conf "$dir"
        provision "$dir" "$admin_pw"
        write_env "$dir" "$admin_pw"
        touch "$dir/.provisioned"
    fi
    # A provisioned but stopped DC (after `down`) is simply started again.
    start_daemon "$dir"
    info "DC ready on ldap://$LDAP_HOST:$LDAP_PORT after $((SECONDS - t0))s; settings in $dir/env"
}

# Stop the daemon: SIGTERM to its process group (samba -D calls setsid, so
# the group holds only samba and anything it forked), wait, then SIGKILL.
stop_daemon() {
    local dir=$1 pid deadline
    pid=$(running_pid "$dir") || return 0
    info "stopping samba pid $pid"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    deadline=$((SECONDS + STOP_TIMEOUT))
    while pid_alive "$pid" || group_alive "$pid"; do
        if ((SECONDS >= deadline)); then
            info "samba did not exit within ${STOP_TIMEOUT}s; sending SIGKILL"
            kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
            sleep 1
            break
        fi
        sleep 0.2
    done
    rm -f "$(pidfile_of "$dir")"
}

# True while any non-zombie process in process group PGID is alive.
group_alive() {
    local pgid=$1 proc line state pgrp
    for proc in /proc/[0-9]*; do
        { IFS= read -r line <"$proc/stat"; } 2>/dev/null || continue
        # After "(comm) ": STATE PPID PGRP ...
        read -r state _ pgrp _ <<<"${line##*) }"
        [[ $pgrp == "$pgid" && $state != Z ]] && return 0
    done
    return 1
}

cmd_down() {
    local dir=$1
    [[ -d $dir ]] || return 0
    stop_daemon "$dir"
}

# sAMAccountName subset that needs no escaping in LDAP filters.
check_name() {
    [[ $1 =~ ^[A-Za-z0-9._-]{1,20}$ ]] ||
        die "user name must match [A-Za-z0-9._-]{1,20}: '$1'"
}

cmd_add_user() {
    local dir=$1 name=$2 out
    check_name "$name"
    [[ -f $dir/.provisioned ]] || die "no DC provisioned in $dir; run '$0 up $dir' first"
    # Writes straight into DIR/private/sam.ldb (no network, no Kerberos);
    # the running daemon sees the change immediately (shared tdb files).
    if ! out=$("$SAMBA_TOOL_BIN" user add "$name" --random-password \
        --configfile="$(conf_of "$dir")" </dev/null 2>&1); then
        printf '%s\n' "$out" >&2
        die "samba-tool user add $name failed"
    fi
}

cmd_guid() {
    local dir=$1 name=$2 out line value
    check_name "$name"
    load_env "$dir"
    out=$("$LDAPSEARCH_BIN" -LLL -x -o ldif-wrap=no -H "$LDAP_URI" \
        -D "$BIND_DN" -w "$BIND_PW" -b "$BASE_DN" \
        "(sAMAccountName=$name)" objectGUID) ||
        die "ldapsearch for $name failed"
    value=""
    while IFS= read -r line; do
        case ${line,,} in
            "objectguid:: "*) value=${line#*:: } ;;
            # LDIF only base64-encodes values that are not printable ASCII;
            # a GUID of only printable bytes (~1e-7 chance) comes out raw.
            "objectguid: "*) value=$(printf '%s' "${line#*: }" | base64 -w0) ;;
        esac
    done <<<"$out"
    [[ -n $value ]] || die "user $name not found (or has no objectGUID)"
    printf '%s\n' "$value"
}

# The objectGUID as Samba itself writes it as text (samba-tool reads sam.ldb directly):
# an oracle for GUID text -> bytes that shares no code with HardMatch.
cmd_guid_text() {
    local dir=$1 name=$2 out line value=""
    check_name "$name"
    [[ -f $dir/.provisioned ]] || die "no DC provisioned in $dir; run '$0 up $dir' first"
    out=$("$SAMBA_TOOL_BIN" user show "$name" --attributes=objectGUID \
        --configfile="$(conf_of "$dir")" </dev/null 2>&1) ||
        { printf '%s\n' "$out" >&2; die "samba-tool user show $name failed"; }
    while IFS= read -r line; do
        case ${line,,} in "objectguid: "*) value=${line#*: } ;; esac
    done <<<"$out"
    [[ -n $value ]] || die "user $name has no objectGUID"
    printf '%s\n' "$value"
}

main() {
    (($# >= 1)) || usage
    local cmd=$1
    shift
    case $cmd in
        up | down) (($# == 1)) || usage ;;
        add-user | guid | guid-text) (($# == 2)) || usage ;;
        -h | --help | help) usage ;;
        *) echo "samba-dc.sh: unknown command: $cmd" >&2; usage ;;
    esac
    find_tools
    local dir
    dir=$(abs_dir "$1")
    case $cmd in
        up) cmd_up "$dir" ;;
        down) cmd_down "$dir" ;;
        add-user) cmd_add_user "$dir" "$2" ;;
        guid) cmd_guid "$dir" "$2" ;;
        guid-text) cmd_guid_text "$dir" "$2" ;;
    esac
}

main "$@"
