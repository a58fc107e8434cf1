# The Debian package (`cpack -G DEB`): what Debian policy and lintian expect of a binary
# package, plus the files a desktop and a server install need (AppStream metadata, man
# page, systemd units, an example configuration).
set(CPACK_GENERATOR TGZ DEB)

set(_deb_dir ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(_deb_out ${CMAKE_CURRENT_BINARY_DIR}/debian)
set(_deb_doc ${CMAKE_INSTALL_DATADIR}/doc/earshot)
set(EARSHOT_DEBIAN_RELEASE 1)

set(CPACK_DEBIAN_PACKAGE_NAME earshot)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${EARSHOT_DEBIAN_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${EARSHOT_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Libraries come from dpkg-shlibdeps; the rest is loaded at run time, where shlibdeps cannot
# see it: the SQLite driver (without it the first start fails with "Driver not loaded"), the
# SVG icon and image plugins, the platform plugins, and the CA store for HTTPS.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins, ca-certificates")
# The keychain needs a Secret Service (the headless service can use environment variables
# instead); Qt's own translations for its dialogs; Qt's PostgreSQL driver for a shared
# database ([storage] backend = postgresql; without it Earshot says what to install).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | keepassxc, qt6-translations-l10n, libqt6sql6-psql")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
file(READ ${_deb_dir}/description.txt CPACK_DEBIAN_PACKAGE_DESCRIPTION)
string(STRIP "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}" CPACK_DEBIAN_PACKAGE_DESCRIPTION)

# /usr/share/doc/earshot/copyright in the machine-readable format, its licence text taken
# from LICENSE so the two never differ.
file(READ ${PROJECT_SOURCE_DIR}/LICENSE _license)
string(FIND "${_license}" "Permission is hereby granted" _grant)
string(SUBSTRING "${_license}" ${_grant} -1 _license)
string(REGEX REPLACE "\n+$" "" _license "${_license}")
string(REPLACE "\n\n" "\n.\n" _license "${_license}")
string(REPLACE "\n" "\n " _license " ${_license}")
file(READ ${_deb_dir}/copyright.in _copyright)
string(REPLACE "@LICENSE_TEXT@" "${_license}" _copyright "${_copyright}")
file(WRITE ${_deb_out}/copyright "${_copyright}\n")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/LICENSE ${_deb_dir}/copyright.in ${_deb_dir}/changelog.in
    ${_deb_dir}/earshot.1 ${_deb_dir}/description.txt)

# Debian wants the changelog and the man page compressed at the highest level, without
# a timestamp (reproducible).
configure_file(${_deb_dir}/changelog.in ${_deb_out}/changelog.Debian @ONLY)
find_program(EARSHOT_GZIP gzip REQUIRED)
foreach(_file changelog.Debian earshot.1)
    if(_file STREQUAL "earshot.1")
        set(_source ${_deb_dir}/earshot.1)
    else()
        set(_source ${_deb_out}/${_file})
    endif()
    execute_process(COMMAND ${EARSHOT_GZIP} -9nc ${_source}
        OUTPUT_FILE ${_deb_out}/${_file}.gz COMMAND_ERROR_IS_FATAL ANY)
endforeach()

install(FILES ${_deb_out}/copyright ${_deb_out}/changelog.Debian.gz DESTINATION ${_deb_doc})
install(FILES ${_deb_dir}/earshot.ini DESTINATION ${_deb_doc}/examples)
install(FILES ${_deb_dir}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
    RENAME earshot)
install(FILES ${_deb_out}/earshot.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/resources/io.earshot.Earshot.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# Installed, not enabled: the administrator picks the service or the timer.
install(FILES ${_deb_dir}/earshot.service ${_deb_dir}/earshot-once.service
    ${_deb_dir}/earshot-once.timer DESTINATION lib/systemd/system)
