# libFuzzer targets. In a build with UNICONF_FUZZ=ON (clang), each fuzz target
# is built with -fsanitize=fuzzer plus ASan/UBSan and registered as a short,
# bounded ctest run over its seed corpus; the long run is documented in
# tests/fuzz/README.md.

set(UNICONF_FUZZ_SECONDS 20 CACHE STRING "Seconds each fuzz target runs in the test suite")

# uniconf_fuzz_target(NAME SOURCES src... LIBRARIES lib... CORPUS dir [DICT file])
function(uniconf_fuzz_target name)
  if(NOT UNICONF_FUZZ)
    return()
  endif()
  cmake_parse_arguments(F "" "CORPUS;DICT" "SOURCES;LIBRARIES" ${ARGN})
  add_executable(${name} ${F_SOURCES})
  set(flags -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
      -fno-omit-frame-pointer)
  target_compile_options(${name} PRIVATE ${UNICONF_WARNINGS} ${flags})
  target_link_options(${name} PRIVATE ${flags})
  target_link_libraries(${name} PRIVATE ${F_LIBRARIES})
  set(args -max_total_time=${UNICONF_FUZZ_SECONDS} -timeout=10 -rss_limit_mb=2048
      -print_final_stats=1 -artifact_prefix=${CMAKE_CURRENT_BINARY_DIR}/${name}-)
  if(F_DICT)
    list(APPEND args -dict=${F_DICT})
  endif()
  # The seed corpus is read-only; new inputs go to a scratch directory.
  set(scratch ${CMAKE_CURRENT_BINARY_DIR}/${name}-corpus)
  add_test(NAME fuzz.${name}
           COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=1
                   $<TARGET_FILE:${name}> ${args} ${scratch} ${F_CORPUS})
  set_tests_properties(fuzz.${name} PROPERTIES LABELS fuzz TIMEOUT 300
      FIXTURES_REQUIRED ${name}-scratch)
  add_test(NAME fuzz.${name}.scratch COMMAND ${CMAKE_COMMAND} -E make_directory ${scratch})
  set_tests_properties(fuzz.${name}.scratch PROPERTIES FIXTURES_SETUP ${name}-scratch)
endfunction()
