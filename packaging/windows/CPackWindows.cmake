# The Windows installer: NSIS, 64-bit, per machine, in "Program Files\Earshot".
# Included by packaging/CMakeLists.txt on WIN32, before include(CPack).
#
# Upgrades: the uninstall registry key (CPACK_PACKAGE_INSTALL_REGISTRY_KEY) is a GUID that
# never changes, so every version finds the one before it. With
# CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL the new installer runs the old uninstaller
# silently first (answering "yes" itself under /S), then installs: an upgrade in place that
# leaves no stale files. The uninstaller removes the program folder, the Start-menu entry
# and the registry keys; the user's configuration (%APPDATA%\Earshot) and database
# (%LOCALAPPDATA%\Earshot) are kept.

set(EARSHOT_WINDOWS_UPGRADE_ID "{EE44F6B4-E0CE-4C36-B4F6-1D24B4A6EB41}")
set(EARSHOT_WINDOWS_ICON "${CMAKE_CURRENT_LIST_DIR}/earshot.ico")

set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_VERBATIM_VARIABLES ON) # values reach CPack as written here
set(CPACK_PACKAGE_FILE_NAME "Earshot-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Earshot)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${EARSHOT_WINDOWS_UPGRADE_ID}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# Start-menu shortcut "Earshot" -> bin\earshot.exe; its icon is the one in the executable.
set(CPACK_PACKAGE_EXECUTABLES earshot Earshot)

set(CPACK_NSIS_PACKAGE_NAME Earshot)
set(CPACK_NSIS_DISPLAY_NAME Earshot)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MUI_ICON "${EARSHOT_WINDOWS_ICON}")
set(CPACK_NSIS_MUI_UNIICON "${EARSHOT_WINDOWS_ICON}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\earshot.exe") # Apps & features
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${PROJECT_HOMEPAGE_URL}/issues")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN earshot.exe)
# A 64-bit installer stub where makensis has one (Debian's NSIS does; the Windows NSIS
# download has only 32-bit stubs): it runs on wine64, which is how
# packaging/windows/check-windows.sh tests it, and writes the registry's 64-bit view.
find_program(EARSHOT_MAKENSIS makensis)
if(EARSHOT_MAKENSIS)
    get_filename_component(nsis_dir ${EARSHOT_MAKENSIS} DIRECTORY)
    foreach(stubs ${nsis_dir}/Stubs ${nsis_dir}/../share/nsis/Stubs)
        if(EXISTS ${stubs}/lzma-amd64-unicode)
            # In the script itself: CPack splits a "-XTarget amd64-unicode" argument.
            set(CPACK_NSIS_DEFINES "Target amd64-unicode")
        endif()
    endforeach()
endif()

# The same identity for a WiX build (cpack -G WIX on a Windows runner).
set(CPACK_WIX_UPGRADE_GUID "EE44F6B4-E0CE-4C36-B4F6-1D24B4A6EB41")
set(CPACK_WIX_PRODUCT_ICON "${EARSHOT_WINDOWS_ICON}")
