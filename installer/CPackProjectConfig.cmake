# Read by cpack at packaging time, once per generator (CPACK_PROJECT_CONFIG_FILE,
# set in Packaging.cmake), after CPackConfig.cmake / CPackSourceConfig.cmake.
#
# The DEB generator stages the install through DESTDIR by itself and puts the
# relative destinations under CPACK_PACKAGING_INSTALL_PREFIX (/usr). Every
# other generator needs two corrections:
# - CPACK_PACKAGING_INSTALL_PREFIX is inherited by CPackSourceConfig.cmake
#   too, and would nest the `package_source` tarball under usr/;
# - without DESTDIR, an archive generator (`cpack -G TGZ`) installs the
#   absolute /etc and /lib/systemd destinations into the build machine's real
#   /etc and /lib. CPACK_SET_DESTDIR stages them like DEB does (the archive
#   is then a DESTDIR image: usr/local/..., etc/..., lib/systemd/...).
#   Explicitly ON it must not be for DEB: there it replaces the /usr
#   packaging prefix by CMAKE_INSTALL_PREFIX.
if(NOT CPACK_GENERATOR STREQUAL "DEB")
    unset(CPACK_PACKAGING_INSTALL_PREFIX)
    if(NOT CPACK_GENERATOR MATCHES "^NSIS")
        # NSIS does not support DESTDIR; the /etc files are Linux-only anyway.
        set(CPACK_SET_DESTDIR ON)
    endif()
endif()
