# The Windows form of earshot.exe: its resources (icon, version information) and the
# runtime it is installed with. Included by app/CMakeLists.txt on WIN32 only.
#
# Installed layout (what windeployqt also makes):
#   bin/earshot.exe, the Qt, QtKeychain and compiler runtime DLLs beside it, and the Qt
#   plugins Earshot loads in bin/<type>/ (platforms, sqldrivers, tls, imageformats,
#   iconengines, styles), where Qt looks for them next to the executable.

set(EARSHOT_ICO ${CMAKE_CURRENT_LIST_DIR}/earshot.ico)

function(earshot_windows_resources target)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/earshot.rc.in
        ${CMAKE_CURRENT_BINARY_DIR}/earshot.rc @ONLY)
    target_sources(${target} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/earshot.rc)
    set_property(SOURCE ${CMAKE_CURRENT_BINARY_DIR}/earshot.rc APPEND PROPERTY
        OBJECT_DEPENDS ${EARSHOT_ICO})
endfunction()

# The plugins, by the folder Qt loads them from. A plugin Qt was built without is skipped
# (the MSVC Qt of the workflow has more; windeployqt picks those).
set(EARSHOT_WINDOWS_PLUGINS
    platforms QWindowsIntegrationPlugin
    sqldrivers QSQLiteDriverPlugin
    tls QSchannelBackendPlugin
    tls QTlsBackendCertOnlyPlugin
    imageformats QSvgPlugin
    imageformats QICOPlugin
    iconengines QSvgIconPlugin
    styles QWindowsVistaStylePlugin)

function(earshot_install_windows_runtime target)
    # The DLLs of the Qt modules and QtKeychain that the executable links.
    install(FILES $<TARGET_RUNTIME_DLLS:${target}> DESTINATION ${CMAKE_INSTALL_BINDIR})

    if(TARGET Qt6::windeployqt AND NOT CMAKE_CROSSCOMPILING)
        # A native Qt (the MSVC build of the workflow): windeployqt adds the plugins, the
        # DLLs they need and the compiler runtime.
        qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT ${deploy_script})
        return()
    endif()

    # A cross build (MinGW-w64 on Linux), where no windeployqt exists: the plugins by
    # install rules, then the DLLs that the executable and the plugins load, recursively
    # (Qt6Svg for the SVG plugins, the MinGW runtime), read from their import tables.
    find_package(Qt6 QUIET COMPONENTS Svg) # only for its plugins' targets
    set(plugin_files)
    list(LENGTH EARSHOT_WINDOWS_PLUGINS count)
    math(EXPR last "${count} - 1")
    foreach(i RANGE 0 ${last} 2)
        math(EXPR j "${i} + 1")
        list(GET EARSHOT_WINDOWS_PLUGINS ${i} folder)
        list(GET EARSHOT_WINDOWS_PLUGINS ${j} plugin)
        if(NOT TARGET Qt6::${plugin})
            message(WARNING "Qt plugin ${plugin} not found: the installer goes without it")
            continue()
        endif()
        install(IMPORTED_RUNTIME_ARTIFACTS Qt6::${plugin}
            LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR}/${folder}
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}/${folder})
        list(APPEND plugin_files $<TARGET_FILE:Qt6::${plugin}>)
    endforeach()

    # Where the DLLs are: Qt's and QtKeychain's bin folders, the compiler's runtime.
    set(search_dirs)
    foreach(qt_target Qt6::Core qt6keychain)
        if(TARGET ${qt_target})
            get_target_property(location ${qt_target} IMPORTED_LOCATION_RELEASE)
            if(location)
                get_filename_component(dir ${location} DIRECTORY)
                list(APPEND search_dirs ${dir})
            endif()
        endif()
    endforeach()
    foreach(dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
        execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${dll}
            OUTPUT_VARIABLE found OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(IS_ABSOLUTE "${found}" AND EXISTS "${found}")
            get_filename_component(dir ${found} DIRECTORY)
            list(APPEND search_dirs ${dir})
        endif()
    endforeach()
    list(REMOVE_DUPLICATES search_dirs)
    set(objdump)
    if(CMAKE_CROSSCOMPILING)
        set(objdump ${CMAKE_OBJDUMP})
    endif()
    install(CODE "
        set(EARSHOT_DLL_EXECUTABLES \"$<TARGET_FILE:${target}>\")
        set(EARSHOT_DLL_MODULES \"${plugin_files}\")
        set(EARSHOT_DLL_DIRS \"${search_dirs}\")
        set(EARSHOT_DLL_INCLUDE \"^(qt6|libqt6keychain|libstdc|libgcc_s|libwinpthread)\")
        set(EARSHOT_DLL_DESTINATION \"${CMAKE_INSTALL_BINDIR}\")
        set(EARSHOT_DLL_OBJDUMP \"${objdump}\")")
    install(SCRIPT ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/InstallWindowsDlls.cmake)
endfunction()
