# One INTERFACE target carries the language level, the warnings and the strict Qt
# defines, so every library, the app and each test build the same way.
add_library(earshot_options INTERFACE)
target_compile_features(earshot_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(earshot_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    EARSHOT_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(earshot_options INTERFACE /W4 /permissive- /utf-8)
    if(EARSHOT_WERROR)
        target_compile_options(earshot_options INTERFACE /WX)
    endif()
else()
    target_compile_options(earshot_options INTERFACE -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Woverloaded-virtual -Wshadow=local)
    if(EARSHOT_WERROR)
        target_compile_options(earshot_options INTERFACE -Werror)
    endif()
endif()

# EARSHOT_SANITIZE=address,undefined builds everything with those sanitizers (GCC and Clang;
# tests/run-sanitized.sh runs the suite that way in its own build directory).
set(EARSHOT_SANITIZE "" CACHE STRING
    "Sanitizers to build with, comma-separated (e.g. address,undefined); empty for none")
if(EARSHOT_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "EARSHOT_SANITIZE is for GCC and Clang builds")
    endif()
    target_compile_options(earshot_options INTERFACE -fsanitize=${EARSHOT_SANITIZE}
        -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(earshot_options INTERFACE -fsanitize=${EARSHOT_SANITIZE})
endif()

# earshot_add_core_module(NAME SOURCES ... DEPENDS ...)
# One static library per concern under core/; earshot_core links them all.
function(earshot_add_core_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
    add_library(earshot_${name} STATIC ${ARG_SOURCES})
    target_include_directories(earshot_${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(earshot_${name} PUBLIC earshot_options ${ARG_DEPENDS})
endfunction()
