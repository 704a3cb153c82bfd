# Installation layout and CPack packaging for 一窗 (Yichuang).
#
# Included from the top-level CMakeLists.txt after every target is defined.
# The top level installs the three executables itself:
#     install(TARGETS yichuang yichuang-halld yichuang-platform-sim RUNTIME ...)
# everything else that ends up in a package is installed here.
#
# Paths go through PROJECT_SOURCE_DIR, not CMAKE_CURRENT_SOURCE_DIR/LIST_DIR,
# so this file behaves the same whichever directory includes it.

include(GNUInstallDirs)

set(YC_INSTALLER_DIR "${PROJECT_SOURCE_DIR}/installer")
set(YC_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/yichuang.svg")
set(YC_ICON_ICO "${PROJECT_SOURCE_DIR}/resources/icons/yichuang.ico")

# ---------------------------------------------------------------------------
# Files common to every platform
# ---------------------------------------------------------------------------

# The README doubles as the administrator's documentation on the hall server;
# the systemd unit's Documentation= points at it. share/doc/<package name>,
# as Debian expects, rather than GNUInstallDirs' share/doc/<PROJECT_NAME>.
install(FILES "${YC_INSTALLER_DIR}/README.md"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/yichuang")

# ---------------------------------------------------------------------------
# Linux (Debian package layout)
# ---------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    # Desktop integration: freedesktop menu entries and the hicolor icon.
    install(FILES
            "${YC_INSTALLER_DIR}/linux/yichuang.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${YC_ICON_SVG}"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")

    # A 256 px PNG helps the few launchers that ignore scalable icons. It is a
    # nicety, so it is made only when librsvg's converter is already there:
    # the build must never require an image toolchain. ImageMagick's
    # "convert" is deliberately not used (its SVG support depends on its
    # delegates and differs between installs).
    find_program(YC_RSVG_CONVERT rsvg-convert
        DOC "SVG to PNG converter for the 256 px application icon (optional)")
    mark_as_advanced(YC_RSVG_CONVERT)
    if(YC_RSVG_CONVERT)
        set(_yc_icon_png "${CMAKE_CURRENT_BINARY_DIR}/installer/icons/256x256/yichuang.png")
        add_custom_command(
            OUTPUT "${_yc_icon_png}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/installer/icons/256x256"
            COMMAND "${YC_RSVG_CONVERT}" -w 256 -h 256 -f png -o "${_yc_icon_png}" "${YC_ICON_SVG}"
            DEPENDS "${YC_ICON_SVG}"
            COMMENT "Rendering the 256x256 application icon"
            VERBATIM)
        add_custom_target(yichuang_icon_png ALL DEPENDS "${_yc_icon_png}")
        install(FILES "${_yc_icon_png}"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps")
    else()
        message(STATUS "rsvg-convert not found: packaging the scalable (SVG) icon only")
    endif()

    # The service unit goes to /lib/systemd/system, where Debian 12 packages
    # ship their units (usrmerge makes it /usr/lib/systemd/system on disk).
    # Not CMAKE_INSTALL_LIBDIR: on Debian that is the multiarch
    # lib/x86_64-linux-gnu, where systemd does not look. Absolute because a
    # relative path would be put under CPACK_PACKAGING_INSTALL_PREFIX (/usr).
    install(FILES "${YC_INSTALLER_DIR}/linux/yichuang-halld.service"
        DESTINATION /lib/systemd/system)

    # Default configuration. Absolute /etc destinations: configuration must
    # not follow the /usr prefix. They are dpkg conffiles (see
    # installer/linux/debian/conffiles), so administrators' edits survive
    # upgrades. The client file is QSettings' system-scope fallback for
    # organization "Yichuang", application "yichuang".
    install(FILES "${YC_INSTALLER_DIR}/linux/halld.conf"
        DESTINATION /etc/yichuang)
    install(FILES "${YC_INSTALLER_DIR}/linux/yichuang.conf"
        DESTINATION /etc/xdg/Yichuang)
endif()

# ---------------------------------------------------------------------------
# CPack: common settings
# ---------------------------------------------------------------------------
# Values reach CPackConfig.cmake exactly as written here (backslashes, "$",
# quotes): NSIS snippets and the Chinese description need no double escaping.
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME "yichuang")
set(CPACK_PACKAGE_VENDOR "Yichuang")
set(CPACK_PACKAGE_CONTACT "Yichuang maintainers <yichuang@example.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
# The synopsis must not start with the package name (Debian policy 3.4.1).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "comprehensive-window client for government service halls (一窗政务受理)")
# English paragraph first for Debian tooling; the Chinese one for the people
# who actually run the halls.
set(CPACK_PACKAGE_DESCRIPTION [=[
Yichuang is the desktop client used at the comprehensive service counter
("一窗受理") of a government service hall: the counter client (yichuang),
the hall service
(yichuang-halld, a systemd service, not enabled by default) and a province
platform simulator for testing (yichuang-platform-sim).

一窗政务受理：政务服务大厅"综合窗口"桌面客户端，包括窗口受理端（yichuang）、
大厅服务（yichuang-halld，systemd 服务，
默认不启用）以及用于测试的省级平台模拟器（yichuang-platform-sim）。]=])
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Yichuang")
# Ship stripped binaries (Debian policy; a Debug/RelWithDebInfo build would
# otherwise be several times larger). Keep the build tree's unstripped
# binaries, or enable CPACK_DEBIAN_DEBUGINFO_PACKAGE, to debug field crashes.
set(CPACK_STRIP_FILES ON)
# Packages built by `cmake --build build --target package` land in
# build/packages, not loose in the build tree.
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
# Per-generator adjustments made when cpack runs (see the file).
set(CPACK_PROJECT_CONFIG_FILE "${YC_INSTALLER_DIR}/CPackProjectConfig.cmake")

# `package_source` would otherwise also archive build trees and .git. The
# patterns match absolute paths, so they are anchored at the source tree: a
# checkout that itself lives under some ".../build/..." must not be skipped.
string(REGEX REPLACE "([][+.*()^$?|\\{}])" "\\\\\\1" _yc_source_re "${PROJECT_SOURCE_DIR}")
set(CPACK_SOURCE_GENERATOR "TXZ")
set(CPACK_SOURCE_IGNORE_FILES
    "^${_yc_source_re}/\\.git"
    "^${_yc_source_re}/\\.cache/"
    "^${_yc_source_re}/build/"
    "/_CPack_Packages/"
    "\\.user$"
    "/compile_commands\\.json$")

# ---------------------------------------------------------------------------
# CPack: Debian package
# ---------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
    # Binaries in /usr/bin; the absolute /etc and /lib paths above stay put.
    # (Cleared for every other generator by CPackProjectConfig.cmake.)
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    # yichuang_0.1.0_amd64.deb
    set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

    # Library dependencies come from dpkg-shlibdeps when it can run (it needs
    # dpkg-dev and file(1), as CPack's DEB generator calls both). Otherwise
    # fall back to the Debian 12 names of what the project links, so a
    # package built on a bare machine still declares its dependencies.
    find_program(YC_DPKG_SHLIBDEPS dpkg-shlibdeps)
    find_program(YC_FILE_PROGRAM file)
    mark_as_advanced(YC_DPKG_SHLIBDEPS YC_FILE_PROGRAM)
    if(YC_DPKG_SHLIBDEPS AND YC_FILE_PROGRAM)
        set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
        set(_yc_lib_depends "")
    else()
        message(STATUS "dpkg-shlibdeps or file(1) not found: the .deb gets a fixed Depends list "
            "(apt-get install dpkg-dev file for computed dependencies)")
        set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
        set(_yc_lib_depends
            "libc6"
            "libstdc++6"
            "libqt6core6 (>= 6.4)"
            "libqt6gui6 (>= 6.4)"
            "libqt6widgets6 (>= 6.4)"
            "libqt6network6 (>= 6.4)"
            "libqt6sql6 (>= 6.4)"
            "libqt6httpserver6 (>= 6.4)"
            "libqt6websockets6 (>= 6.4)"
            "libssl3"
            "libqrencode4")
    endif()
    # Always listed, whatever shlibdeps finds (CPack appends its result):
    # - libqt6sql6-sqlite is a plugin Qt loads at run time, invisible to
    #   dpkg-shlibdeps, without which the hall database cannot open;
    # - adduser, because postinst creates the service's system user.
    list(APPEND _yc_lib_depends "libqt6sql6-sqlite (>= 6.4)" "adduser")
    list(JOIN _yc_lib_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
    # Chinese UI text needs a CJK font; Qt's own dialogs need its translations.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")

    # Maintainer scripts and the conffiles list. STRICT_PERMISSION makes
    # CPack install them 0755/0644 regardless of the checkout's file modes.
    set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
        "${YC_INSTALLER_DIR}/linux/debian/conffiles"
        "${YC_INSTALLER_DIR}/linux/debian/postinst"
        "${YC_INSTALLER_DIR}/linux/debian/prerm"
        "${YC_INSTALLER_DIR}/linux/debian/postrm")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

# ---------------------------------------------------------------------------
# Windows: NSIS installer and Qt runtime deployment
# ---------------------------------------------------------------------------
if(WIN32)
    include("${YC_INSTALLER_DIR}/windows/nsis.cmake")
endif()

include(CPack)
