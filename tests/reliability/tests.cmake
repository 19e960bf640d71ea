# Reliability tests (docs/reliability.md): crash, I/O faults, hostile input, concurrency, security.
# Included from tests/CMakeLists.txt so casebook_add_test's fixture paths stay the same.

add_executable(crash_writer reliability/crash_writer.cpp)
target_link_libraries(crash_writer PRIVATE casebook_io casebook_test_support casebook_warnings)

# A plain driver, not Catch2: `crash_test --iterations N` runs as many kills as you like.
add_executable(crash_test reliability/crash_test.cpp)
target_link_libraries(crash_test PRIVATE casebook_storage casebook_warnings)
add_test(NAME "crash test: 120 SIGKILLs of a writer, nothing lost or half-written"
    COMMAND crash_test --writer $<TARGET_FILE:crash_writer> --iterations 120 --seed 7
        --fixture ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/schema-v1.sqlite)

casebook_add_test(reliability_tests SOURCES
    reliability/test_io_failures.cpp reliability/test_fuzz_replay.cpp reliability/test_bad_input.cpp
    reliability/test_concurrency.cpp reliability/test_file_modes.cpp
    LIBS casebook_io casebook_cli_lib casebook_fuzz_targets SQLite::SQLite3)
target_compile_definitions(reliability_tests PRIVATE CASEBOOK_CRASH_WRITER="$<TARGET_FILE:crash_writer>"
    CASEBOOK_CLI="$<TARGET_FILE:casebook-cli>" CASEBOOK_FUZZ_DIR="${CMAKE_CURRENT_SOURCE_DIR}/fuzz")
add_dependencies(reliability_tests crash_writer casebook-cli)

# No SQL text built from values: the rule and its allowed identifier-building places are in the
# script (docs/security.md). The self-test proves the lint can fail.
add_test(NAME "security: SQL text is never built from values (sql_lint.py)"
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/reliability/sql_lint.py ${PROJECT_SOURCE_DIR}/src)
add_test(NAME "layers: includes point down; the front ends use only the services (layer_lint.py)"
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/reliability/layer_lint.py ${PROJECT_SOURCE_DIR}/src)
add_test(NAME "layers: the layer lint catches a front end reaching past the services (self-test)"
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/reliability/layer_lint.py --self-test)
add_test(NAME "security: the SQL lint catches a concatenated value (self-test)"
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/reliability/sql_lint.py --self-test)
