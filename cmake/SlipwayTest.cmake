# slipway_add_test(NAME SOURCES... [GUI] [NEEDS_BINARY] [LIBS ...] [LABELS ...] [TIMEOUT s])
# One Qt Test executable per class or feature, registered with CTest as "<label>.<name>".
# GUI tests run under the offscreen platform; every test gets its own settings and temp dir.
function(slipway_add_test name)
    cmake_parse_arguments(T "GUI;NEEDS_BINARY" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES} ${T_UNPARSED_ARGUMENTS})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE slipway_test_support Qt6::Test ${T_LIBS})
    if(T_GUI)
        target_link_libraries(${name} PRIVATE slipway_ui)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "SLIPWAY_BINARY=$<TARGET_FILE:slipway>"
            "SLIPWAY_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
            "SLIPWAY_SHARED_DATA=${PROJECT_SOURCE_DIR}/../shared/testdata/real"
            "XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/config-${name}"
            "XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/data-${name}"
            "SLIPWAY_TEST_HELPERS=${PROJECT_BINARY_DIR}/tests"
            "SLIPWAY_TEST_USER=tester" "LC_ALL=C.UTF-8" "LANGUAGE=" ${SLIPWAY_SANITIZER_ENV})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT}
                         LABELS "${T_LABELS}")
    # Beside a checkout that has ../shared/testdata/real, a test that reads it must not skip
    # it: the message every such skip prints fails the test instead.
    if(EXISTS "${PROJECT_SOURCE_DIR}/../shared/testdata/real")
        set_tests_properties(${name} PROPERTIES
                             FAIL_REGULAR_EXPRESSION "testdata/real is not present")
    endif()
    add_dependencies(${name} slipway_test_helpers)
    if(T_NEEDS_BINARY)
        add_dependencies(${name} slipway)
    endif()
endfunction()
