# Install-time script (install(SCRIPT)): installs the DLLs that the given executables and
# plugins load, and the DLLs those load, found by reading their import tables
# (file(GET_RUNTIME_DEPENDENCIES)). Used for the MinGW-w64 cross build, where no
# windeployqt exists. Only DLLs whose lowercase name matches EARSHOT_DLL_INCLUDE are taken
# (Qt, QtKeychain, the MinGW runtime); Windows' own DLLs are on every machine.
#
# Names come back lowercase on the windows+pe platform ("qt6core.dll"), and a Linux file
# system is case-sensitive, so each name is looked up here, ignoring case, in
# EARSHOT_DLL_DIRS rather than by CMake.
#
# Inputs: EARSHOT_DLL_EXECUTABLES, EARSHOT_DLL_MODULES, EARSHOT_DLL_DIRS,
# EARSHOT_DLL_INCLUDE, EARSHOT_DLL_DESTINATION, EARSHOT_DLL_OBJDUMP (cross builds).

cmake_policy(PUSH)
cmake_policy(VERSION 3.25)

if(EARSHOT_DLL_OBJDUMP)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL objdump)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${EARSHOT_DLL_OBJDUMP}")
endif()

foreach(dir IN LISTS EARSHOT_DLL_DIRS)
    file(GLOB dlls "${dir}/*.dll")
    foreach(dll IN LISTS dlls)
        get_filename_component(name "${dll}" NAME)
        string(TOLOWER "${name}" key)
        if(NOT DEFINED dll_path_${key})
            set(dll_path_${key} "${dll}")
        endif()
    endforeach()
endforeach()

set(executables ${EARSHOT_DLL_EXECUTABLES})
set(modules ${EARSHOT_DLL_MODULES})
set(libraries)
set(found)
while(executables OR modules OR libraries)
    file(GET_RUNTIME_DEPENDENCIES
        RESOLVED_DEPENDENCIES_VAR resolved
        UNRESOLVED_DEPENDENCIES_VAR unresolved
        EXECUTABLES ${executables}
        MODULES ${modules}
        LIBRARIES ${libraries}
        PRE_INCLUDE_REGEXES "${EARSHOT_DLL_INCLUDE}"
        PRE_EXCLUDE_REGEXES ".*")
    set(executables)
    set(modules)
    set(libraries)
    foreach(dll IN LISTS resolved unresolved)
        get_filename_component(name "${dll}" NAME)
        string(TOLOWER "${name}" key)
        if(NOT DEFINED dll_path_${key})
            message(FATAL_ERROR "${name} is needed at run time but is in none of: ${EARSHOT_DLL_DIRS}")
        endif()
        set(path "${dll_path_${key}}")
        if(NOT path IN_LIST found)
            list(APPEND found "${path}")
            list(APPEND libraries "${path}")
        endif()
    endforeach()
endwhile()

list(SORT found)
file(INSTALL ${found} DESTINATION "${CMAKE_INSTALL_PREFIX}/${EARSHOT_DLL_DESTINATION}"
    TYPE SHARED_LIBRARY)

cmake_policy(POP)
