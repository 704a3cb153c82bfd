# Windows installer (NSIS) for 一窗 (Yichuang).
#
# Included from installer/Packaging.cmake when WIN32, before include(CPack).
# Not built on Windows yet: see installer/windows/README.md for what is
# untested and what a Windows build machine needs (NSIS >= 3.03, windeployqt).
#
# Needs CPACK_VERBATIM_VARIABLES ON (set in Packaging.cmake), so the NSIS
# code below reaches the .nsi script exactly as written here: one "\\" in
# CMake is one backslash in NSIS, "$INSTDIR" stays an NSIS variable.

# ---------------------------------------------------------------------------
# Qt runtime: copy Qt DLLs, plugins (platforms, sqldrivers, tls, styles) and
# Qt's own translations next to the executables at install time, so both
# `cmake --install` and the NSIS package produce a self-contained bin/.
# qt_generate_deploy_app_script runs windeployqt; one script per executable
# because windeployqt deploys what each binary imports (halld needs
# Qt6HttpServer and the SQLite driver, the client needs Qt6Widgets).
# FILENAME_VARIABLE is the Qt 6.4 spelling (6.5 renamed it OUTPUT_SCRIPT but
# still accepts it).
# ---------------------------------------------------------------------------
if(WIN32)
    foreach(_yc_exe IN ITEMS yichuang yichuang-halld yichuang-platform-sim)
        if(TARGET ${_yc_exe})
            qt_generate_deploy_app_script(
                TARGET ${_yc_exe}
                FILENAME_VARIABLE _yc_deploy_script
                NO_UNSUPPORTED_PLATFORM_ERROR)
            install(SCRIPT "${_yc_deploy_script}")
        else()
            message(WARNING "installer/windows: target ${_yc_exe} not defined, its Qt runtime is not deployed")
        endif()
    endforeach()

    # The MSVC runtime (msvcp140.dll, vcruntime140*.dll) next to the
    # executables, so halls do not need the VC++ redistributable installed.
    # (A MinGW Qt gets its runtime DLLs from windeployqt instead.)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)
endif()

# ---------------------------------------------------------------------------
# NSIS settings
# ---------------------------------------------------------------------------
set(CPACK_GENERATOR "NSIS")

# Installer title and the name under "Apps & features".
set(CPACK_NSIS_PACKAGE_NAME "一窗政务受理")
set(CPACK_NSIS_DISPLAY_NAME "一窗政务受理")
set(CPACK_NSIS_BRANDING_TEXT "一窗政务受理 ${PROJECT_VERSION}")

# C:\Program Files\Yichuang. ASCII on purpose: some tools hall IT uses
# (backup agents, older antivirus, batch scripts) mishandle non-ASCII paths.
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Yichuang")
# Version-less registry key: the next version's installer finds this one
# and (ENABLE_UNINSTALL_BEFORE_INSTALL) offers to remove it first, instead of
# piling up one "Apps & features" entry per version.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Yichuang")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall")
# Counters are locked-down machines; nothing needs to be on PATH.
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)

set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")

# Start menu: the counter client via CPACK_PACKAGE_EXECUTABLES (pairs of
# executable name without .exe, shortcut name). The kiosk shortcut
# (yichuang --kiosk, added by hand through CPACK_NSIS_CREATE_ICONS_EXTRA since
# CPack's shortcuts cannot carry arguments) comes with the queue issue, which
# adds the --kiosk mode.
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_PACKAGE_EXECUTABLES "yichuang" "一窗政务受理")
# "Run 一窗政务受理" checkbox on the finish page.
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "yichuang.exe")

# Icons: installer, uninstaller, and the entry in "Apps & features".
if(EXISTS "${YC_ICON_ICO}")
    set(CPACK_NSIS_MUI_ICON "${YC_ICON_ICO}")
    set(CPACK_NSIS_MUI_UNIICON "${YC_ICON_ICO}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\yichuang.exe")
else()
    message(STATUS "installer/windows: ${YC_ICON_ICO} missing, NSIS uses its default icons")
endif()

# Chinese: CPack's template is UTF-8 (with BOM) and loads the SimpChinese
# MUI language, which NSIS picks automatically on a Chinese Windows. But it
# does not declare "Unicode true", and an ANSI installer turns our Chinese
# names into "?" on systems whose non-Unicode code page is not 936. makensis
# runs "-X"/"/X" commands before the script, which is the only place a
# change of charset is accepted ("Unicode true" in the script after the
# template's Name/OutFile fails). CPack prefixes each pre-argument with the
# host's option character ("/" on Windows, "-" elsewhere), so none is given
# here. CPack then splits the command line at spaces, honouring quotes only
# at the start of an argument but a backslash anywhere: "\ " keeps
# "Unicode true" one argument.
set(CPACK_NSIS_EXECUTABLE_PRE_ARGUMENTS "XUnicode\\ true")
