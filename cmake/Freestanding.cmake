# Flags for code that runs inside the xen guest: no host headers, no host
# libc, no red zone (interrupts and events run on the guest's stack), no PIC.
# The portable runtime (runtime/py, net, fs, mod, rt) is compiled with these
# too, which proves it needs only the libc subset runtime/libc provides.

set(UNICONF_LIBC_INCLUDE ${CMAKE_SOURCE_DIR}/runtime/libc/include)
set(UNICONF_FREESTANDING_FLAGS
    -ffreestanding -nostdinc -isystem ${UNICONF_LIBC_INCLUDE}
    -mno-red-zone -fno-pic -fno-pie -fno-stack-protector
    -fno-asynchronous-unwind-tables -fno-omit-frame-pointer)

# uniconf_freestanding_target(TARGET): compile TARGET for the xen guest.
function(uniconf_freestanding_target tgt)
  target_compile_options(${tgt} PRIVATE ${UNICONF_WARNINGS} ${UNICONF_FREESTANDING_FLAGS})
  set_target_properties(${tgt} PROPERTIES POSITION_INDEPENDENT_CODE OFF)
endfunction()
