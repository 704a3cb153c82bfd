# One INTERFACE target carries the language standard, warnings and Qt safety
# defines; every target of the project links it, nothing is set globally.
add_library(yc_options INTERFACE)
add_library(Yc::options ALIAS yc_options)

target_compile_features(yc_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(yc_options INTERFACE
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    YC_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(yc_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wformat=2)
    option(YC_WERROR "Treat warnings as errors" OFF)
    if(YC_WERROR)
        target_compile_options(yc_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(yc_options INTERFACE /W4 /utf-8 /permissive-)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}" CACHE STRING "")
endif()
