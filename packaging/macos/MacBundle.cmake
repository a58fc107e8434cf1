# macOS: Earshot.app (Info.plist with id io.earshot.Earshot, the .icns), the Qt runtime
# deployed into it by macdeployqt through Qt's deploy script, and a DragNDrop disk image.
# Not built on the Linux machines this project is developed on: CI builds it
# (.github/workflows/installers.yml).
set(CPACK_GENERATOR DragNDrop)

set(_icns ${CMAKE_CURRENT_SOURCE_DIR}/macos/earshot.icns)
target_sources(earshot PRIVATE ${_icns})
set_source_files_properties(${_icns} TARGET_DIRECTORY earshot
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(earshot PROPERTIES
    OUTPUT_NAME Earshot
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_ICON_FILE earshot.icns
    MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 The Earshot developers. MIT License.")

# Runs macdeployqt on the installed Earshot.app (frameworks, platform, sqldrivers, tls,
# iconengines and imageformats plugins, and non-Qt libraries such as QtKeychain).
if(Qt6_VERSION VERSION_LESS 6.5)
    qt_generate_deploy_app_script(TARGET earshot FILENAME_VARIABLE _deploy_script)
else()
    qt_generate_deploy_app_script(TARGET earshot OUTPUT_SCRIPT _deploy_script)
endif()
install(SCRIPT ${_deploy_script})
# Deployment rewrites install names, which voids the linker's ad-hoc signatures; Apple
# Silicon refuses to run unsigned code, so the bundle is signed ad hoc again (a Developer ID
# signature and notarisation replace this for public releases).
install(CODE [[
    execute_process(COMMAND codesign --force --deep --sign - "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/Earshot.app"
        COMMAND_ERROR_IS_FATAL ANY)
]])
# The licence beside the app on the disk image, and as the image's licence agreement.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)

# Stripping after deployment would void the signatures again.
set(CPACK_STRIP_FILES OFF)
set(CPACK_PACKAGE_FILE_NAME Earshot-${PROJECT_VERSION}-macOS)
set(CPACK_DMG_VOLUME_NAME Earshot)
set(CPACK_PACKAGE_ICON ${_icns})
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE ON)
