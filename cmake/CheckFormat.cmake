cmake_minimum_required(VERSION 3.25)
# ctest's FormatCheck: every tracked C++ source must already be formatted by clang-format
# 14 with the repository's .clang-format. Run as
#   cmake -DSOURCE_DIR=... -DCLANG_FORMAT=... -DGIT=... -P cmake/CheckFormat.cmake
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
if(NOT CLANG_FORMAT)
    message(FATAL_ERROR "clang-format 14 not found: install it (packaging/linux/install-deps.sh does)")
endif()
execute_process(COMMAND ${CLANG_FORMAT} --version OUTPUT_VARIABLE version)
if(NOT version MATCHES "version 14\\.")
    message(FATAL_ERROR "clang-format 14 is needed (others format differently): ${version}")
endif()
execute_process(COMMAND ${GIT} ls-files -- "*.cpp" "*.h"
    WORKING_DIRECTORY ${SOURCE_DIR} OUTPUT_VARIABLE files RESULT_VARIABLE git_result)
if(NOT git_result EQUAL 0)
    message(FATAL_ERROR "cannot list the tracked sources with git in ${SOURCE_DIR}")
endif()
string(REPLACE "\n" ";" files "${files}")
list(FILTER files EXCLUDE REGEX "^$")
list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "no C++ sources found in ${SOURCE_DIR}")
endif()
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${files}
    WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE result ERROR_VARIABLE problems)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${problems}\nnot formatted: run clang-format -i on the files above")
endif()
message(STATUS "${count} files formatted as .clang-format says")
