# Flags for host-side code (the uniconf tool, uniconf-python, the unix
# runtimes, the tests): strict warnings, and the sanitizers when asked.

set(UNICONF_WARNINGS -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes
    -Wmissing-prototypes -Wno-unused-parameter)

set(UNICONF_SANITIZE_FLAGS "")
if(UNICONF_SANITIZE)
  set(UNICONF_SANITIZE_FLAGS -fsanitize=address,undefined
      -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
endif()

# uniconf_host_target(TARGET): our warnings and, in a sanitizer build, ASan
# and UBSan on a host-side library or executable.
function(uniconf_host_target tgt)
  target_compile_options(${tgt} PRIVATE ${UNICONF_WARNINGS} ${UNICONF_SANITIZE_FLAGS})
  if(UNICONF_SANITIZE)
    get_target_property(kind ${tgt} TYPE)
    if(kind STREQUAL "EXECUTABLE" OR kind STREQUAL "SHARED_LIBRARY")
      target_link_options(${tgt} PRIVATE ${UNICONF_SANITIZE_FLAGS})
    endif()
  endif()
endfunction()
