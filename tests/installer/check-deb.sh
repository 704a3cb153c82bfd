#!/usr/bin/env bash
# Build the yichuang .deb with CPack from a configured, built tree and check
# what it installs and how.
#
# Usage:
#   check-deb.sh --build-dir DIR --version X.Y.Z [--output-dir DIR]
#                [--cpack PATH] [--expect-exe[=]FILE]... [--deb FILE]
#
#   --build-dir   CMake build tree (holds CPackConfig.cmake)
#   --version     expected package version (the project's PROJECT_VERSION)
#   --output-dir  scratch directory for cpack's output (default:
#                 BUILD/tests/installer/deb); wiped at the start
#   --cpack       cpack executable (default: cpack on PATH)
#   --expect-exe  a built executable cpack will need; checked before cpack
#                 runs so a missing build is reported as such
#   --deb         check this existing .deb instead of running cpack
#
# Every problem found is reported, not just the first. Exit status: 0 all
# checks passed, 1 some failed, 2 usage error, 77 dpkg-deb unavailable (ctest
# reports that as skipped).
set -euo pipefail

readonly PROG=check-deb
readonly PACKAGE=yichuang

build_dir=""
output_dir=""
version=""
cpack_cmd="cpack"
deb=""
expect_exes=()

die() {
    echo "$PROG: error: $*" >&2
    exit 2
}

while (($#)); do
    case "$1" in
        --build-dir) build_dir="${2:?--build-dir needs a value}"; shift 2 ;;
        --output-dir) output_dir="${2:?--output-dir needs a value}"; shift 2 ;;
        --version) version="${2:?--version needs a value}"; shift 2 ;;
        --cpack) cpack_cmd="${2:?--cpack needs a value}"; shift 2 ;;
        --expect-exe) expect_exes+=("${2:?--expect-exe needs a value}"); shift 2 ;;
        --expect-exe=*) expect_exes+=("${1#--expect-exe=}"); shift ;;
        --deb) deb="${2:?--deb needs a value}"; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument '$1' (see --help)" ;;
    esac
done

[[ -n "$version" ]] || die "--version is required"
[[ -n "$deb" || -n "$build_dir" ]] || die "--build-dir (or --deb) is required"

if ! command -v dpkg-deb >/dev/null 2>&1; then
    echo "$PROG: SKIPPED: dpkg-deb not found (apt-get install dpkg-dev)"
    exit 77
fi

passed=0
failures=()
pass() { passed=$((passed + 1)); }
fail() { failures+=("$*"); echo "$PROG: FAIL: $*" >&2; }
# check DESCRIPTION COMMAND...: run COMMAND, count a pass or record DESCRIPTION.
check() {
    local what="$1"
    shift
    if "$@"; then pass; else fail "$what"; fi
}

# Predicates for check(); plain functions so "check" can run them directly.
version_matches() { [[ "$1" =~ ^${2//./\\.}(-[0-9]+)?$ ]]; }
no_line_matching() { ! grep -Eq "$1" "$2"; }
first_group_is() { [ "$(grep -Ev '^(#|$)' "$2" | head -n1)" = "$1" ]; }
is_elf() { [ "$(head -c 4 "$1" | od -An -c | tr -d ' ')" = "177ELF" ]; }

report() {
    local failed=${#failures[@]}
    echo
    if ((failed)); then
        echo "$PROG: the package is not as expected:"
        printf '  - %s\n' "${failures[@]}"
    fi
    [[ -n "$deb" ]] && echo "$PROG: package: $deb"
    echo "$PROG: $passed passed, $failed failed"
    ((failed == 0))
}

# ---------------------------------------------------------------------------
# 1. Build the package (unless one was given)
# ---------------------------------------------------------------------------
if [[ -z "$deb" ]]; then
    [[ -d "$build_dir" ]] || die "build directory '$build_dir' does not exist"
    build_dir=$(cd "$build_dir" && pwd)
    if [[ ! -f "$build_dir/CPackConfig.cmake" ]]; then
        echo "$PROG: FAIL: $build_dir/CPackConfig.cmake not found: not a configured build tree," \
            "or installer/Packaging.cmake (include(CPack)) was not included" >&2
        exit 1
    fi
    missing_exes=()
    for exe in "${expect_exes[@]}"; do
        [[ -x "$exe" ]] || missing_exes+=("$exe")
    done
    if ((${#missing_exes[@]})); then
        echo "$PROG: FAIL: executables not built, so cpack cannot install them:" >&2
        printf '  - %s\n' "${missing_exes[@]}" >&2
        echo "$PROG: build first: cmake --build $build_dir" >&2
        exit 1
    fi
    command -v "$cpack_cmd" >/dev/null 2>&1 || die "cpack '$cpack_cmd' not found"

    output_dir="${output_dir:-$build_dir/tests/installer/deb}"
    rm -rf "$output_dir"
    mkdir -p "$output_dir"
    output_dir=$(cd "$output_dir" && pwd)
    log="$output_dir/cpack.log"
    echo "$PROG: cpack -G DEB -B $output_dir (log: $log)"
    # A DESTDIR from the caller's environment would redirect cpack's staging
    # install; cpack sets its own.
    if ! (cd "$build_dir" && env -u DESTDIR "$cpack_cmd" --config "$build_dir/CPackConfig.cmake" \
            -G DEB -B "$output_dir") >"$log" 2>&1; then
        echo "$PROG: FAIL: cpack -G DEB failed; last lines of $log:" >&2
        tail -n 40 "$log" >&2
        if grep -q "file INSTALL cannot find" "$log"; then
            echo "$PROG: an installed file does not exist: build the project before running this test" >&2
        fi
        exit 1
    fi
    shopt -s nullglob
    debs=("$output_dir"/*.deb)
    shopt -u nullglob
    if ((${#debs[@]} != 1)); then
        echo "$PROG: FAIL: expected exactly one .deb in $output_dir, found ${#debs[@]}" >&2
        ls -la "$output_dir" >&2
        exit 1
    fi
    deb="${debs[0]}"
else
    [[ -f "$deb" ]] || die "package '$deb' does not exist"
    output_dir="${output_dir:-$(dirname "$deb")}"
    mkdir -p "$output_dir"
fi

work=$(mktemp -d "$output_dir/check.XXXXXX")
trap 'rm -rf "$work"' EXIT

# ---------------------------------------------------------------------------
# 2. Control fields
# ---------------------------------------------------------------------------
if ! dpkg-deb --info "$deb" >"$work/info.txt" 2>&1; then
    echo "$PROG: FAIL: dpkg-deb cannot read $deb:" >&2
    cat "$work/info.txt" >&2
    exit 1
fi

field() { dpkg-deb --field "$deb" "$1" 2>/dev/null || true; }
pkg_name=$(field Package)
pkg_version=$(field Version)
pkg_arch=$(field Architecture)
pkg_depends=$(field Depends)
pkg_recommends=$(field Recommends)
pkg_maintainer=$(field Maintainer)
pkg_description=$(field Description)

check "Package is '$pkg_name', expected '$PACKAGE'" [ "$pkg_name" = "$PACKAGE" ]
# A Debian revision (-1) may follow the upstream version.
check "Version is '$pkg_version', expected '$version' (optionally -N)" \
    version_matches "$pkg_version" "$version"
check "Architecture field is empty" [ -n "$pkg_arch" ]
check "Maintainer field is empty" [ -n "$pkg_maintainer" ]
check "Description field is empty" [ -n "$pkg_description" ]
check "Depends is empty (dpkg-shlibdeps or the fallback list produced nothing)" [ -n "$pkg_depends" ]
check "Depends does not mention libqt6widgets6 (the client's Qt Widgets): '$pkg_depends'" \
    grep -q 'libqt6widgets6' <<<"$pkg_depends"
check "Depends does not mention libqt6sql6-sqlite (Qt's SQLite plugin, which shlibdeps cannot see)" \
    grep -q 'libqt6sql6-sqlite' <<<"$pkg_depends"
check "Depends does not mention adduser (postinst runs adduser)" \
    grep -qw 'adduser' <<<"$pkg_depends"
check "Recommends does not mention fonts-noto-cjk" grep -q 'fonts-noto-cjk' <<<"$pkg_recommends"

# ---------------------------------------------------------------------------
# 3. Contents
# ---------------------------------------------------------------------------
# "./usr/bin/yichuang" -> "usr/bin/yichuang"; directories end in "/".
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./||' >"$work/contents.txt"

expected_files=(
    usr/bin/yichuang
    usr/bin/yichuang-halld
    usr/bin/yichuang-platform-sim
    usr/share/applications/yichuang.desktop
    usr/share/icons/hicolor/scalable/apps/yichuang.svg
    lib/systemd/system/yichuang-halld.service
    etc/yichuang/halld.conf
    etc/xdg/Yichuang/yichuang.conf
    usr/share/doc/yichuang/README.md
)
for path in "${expected_files[@]}"; do
    check "package does not contain /$path" grep -qxF "$path" "$work/contents.txt"
done
check "package installs under /usr/local (CPACK_PACKAGING_INSTALL_PREFIX should be /usr)" \
    no_line_matching '^usr/local/' "$work/contents.txt"
check "package ships a multiarch systemd path (lib/<triplet>/systemd); units belong in lib/systemd/system" \
    no_line_matching '^(usr/)?lib/[^/]+-linux-gnu[^/]*/systemd/' "$work/contents.txt"

# ---------------------------------------------------------------------------
# 4. Control archive: conffiles and maintainer scripts
# ---------------------------------------------------------------------------
mkdir -p "$work/control"
dpkg-deb --control "$deb" "$work/control"

if [[ -f "$work/control/conffiles" ]]; then
    pass
    check "conffiles does not list /etc/yichuang/halld.conf" \
        grep -qxF /etc/yichuang/halld.conf "$work/control/conffiles"
    while IFS= read -r conffile; do
        [[ -n "$conffile" ]] || continue
        check "conffiles lists $conffile, which the package does not contain" \
            grep -qxF "${conffile#/}" "$work/contents.txt"
    done <"$work/control/conffiles"
else
    fail "control archive has no conffiles (halld.conf edits would be overwritten on upgrade)"
fi

for script in postinst prerm postrm; do
    if [[ -f "$work/control/$script" ]]; then
        pass
        check "$script is not executable" [ -x "$work/control/$script" ]
        check "$script has a shell syntax error (sh -n)" sh -n "$work/control/$script"
    else
        fail "control archive has no $script maintainer script"
    fi
done
check "postinst does not create the yichuang system user" \
    grep -q 'adduser --system' "$work/control/postinst"

# ---------------------------------------------------------------------------
# 5. Installed files: desktop entry, systemd unit, configuration, binaries
# ---------------------------------------------------------------------------
mkdir -p "$work/root"
dpkg-deb --extract "$deb" "$work/root"
root="$work/root"

desktop="$root/usr/share/applications/yichuang.desktop"
if [[ -f "$desktop" ]]; then
    check "yichuang.desktop: first line is not [Desktop Entry]" \
        first_group_is '[Desktop Entry]' "$desktop"
    check "yichuang.desktop has no 'Exec=yichuang'" grep -Eq '^Exec=yichuang( |$)' "$desktop"
    check "yichuang.desktop has no 'Icon=yichuang'" grep -qx 'Icon=yichuang' "$desktop"
    check "yichuang.desktop has no 'Type=Application'" grep -qx 'Type=Application' "$desktop"
    check "yichuang.desktop has no Chinese name (Name[zh_CN]=)" grep -q '^Name\[zh_CN\]=.' "$desktop"
    if command -v desktop-file-validate >/dev/null 2>&1; then
        for entry in "$root"/usr/share/applications/*.desktop; do
            check "$(basename "$entry") fails desktop-file-validate: $(desktop-file-validate "$entry" 2>&1 | tr '\n' ' ')" \
                desktop-file-validate "$entry"
        done
    fi
fi

unit="$root/lib/systemd/system/yichuang-halld.service"
if [[ -f "$unit" ]]; then
    check "yichuang-halld.service has no 'ExecStart=/usr/bin/yichuang-halld'" \
        grep -Eq '^ExecStart=/usr/bin/yichuang-halld( |$)' "$unit"
    check "yichuang-halld.service ExecStart does not pass --config /etc/yichuang/halld.conf" \
        grep -Eq '^ExecStart=.* --config /etc/yichuang/halld\.conf( |$)' "$unit"
    check "yichuang-halld.service does not run as User=yichuang" grep -qx 'User=yichuang' "$unit"
    check "yichuang-halld.service has no [Install] WantedBy=multi-user.target" \
        grep -qx 'WantedBy=multi-user.target' "$unit"
fi

conf="$root/etc/yichuang/halld.conf"
if [[ -f "$conf" ]]; then
    for key in '\[hall\]' 'code=' '\[server\]' 'port=8470' '\[database\]' 'path=/var/lib/yichuang/' '\[log\]'; do
        check "halld.conf has no line matching '^$key'" grep -q "^$key" "$conf"
    done
fi

for exe in yichuang yichuang-halld yichuang-platform-sim; do
    file="$root/usr/bin/$exe"
    [[ -e "$file" ]] || continue # already reported as missing from the contents
    check "/usr/bin/$exe is not executable" [ -x "$file" ]
    check "/usr/bin/$exe is not an ELF binary" \
        is_elf "$file"
done

report
