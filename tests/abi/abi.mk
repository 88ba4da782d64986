# tests/abi/abi.mk -- the ABI test host (tests/abi/README.md), included by the main Makefile, which
# defines SDK, B and WARN and builds the component libraries:
#   $(B)/linux_x86_64/libsensesgap.so  $(B)/linux_aarch64/libsensesgap.so
#   $(B)/windows_x86_64/sensesgap.dll
# and provides $(ARM64_ROOT)/.stamp (Debian's arm64 sal and cppu unpacked, link names in
# $(ARM64_ROOT)/lib) and $(B)/win64/include/.stamp (the mingw overlay of sal/types.h and
# sal/typesizes.h).
#
#   make test-abi        the host on all three platforms, then the three transcripts compared
#   make test-abi-asan   not part of test-abi: the native host under AddressSanitizer and UBSan,
#                        against LibreOffice's sal and cppu and against the stubs (built for Linux),
#                        whose transcripts must be identical: the stubs behave as the real ones

ABI_DIR     := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
ABI         := $(B)/abi
ARM64_ROOT  ?= $(B)/sysroot/arm64
ABI_WIN_INC ?= $(B)/win64/include
ABI_LO_PROGRAM := $(abspath $(SDK)/../program)

ABI_HOST_SRC := $(addprefix $(ABI_DIR)/,host.c host_cases.c host_functions.c host_memory.c \
                  host_objects.c host_report.c host_types.c host_uno.c host_values.c)
ABI_HEADERS  := $(wildcard $(ABI_DIR)/*.h)
ABI_SAL_SRC  := $(ABI_DIR)/stub_sal.c
ABI_CPPU_SRC := $(ABI_DIR)/stub_cppu.c $(ABI_DIR)/stub_cppu_data.c
ABI_CFLAGS   := -std=c11 $(WARN) -pedantic -O2 -g
# On Linux the host runs against LibreOffice's real sal and cppu, and defines rtl_allocateMemory
# and rtl_freeMemory itself to count the component's blocks: -rdynamic exports them to it.
ABI_LINUX    := -DLINUX -DABI_REAL_CPPU -isystem $(SDK)/include
ABI_LINUX_LD := -luno_cppu -luno_sal -ldl -rdynamic
# mingw's own printf, so that %.17g and exponents print as on Linux (msvcrt's differ).
ABI_MINGW    := x86_64-w64-mingw32-gcc -D__USE_MINGW_ANSI_STDIO=1 -isystem $(ABI_WIN_INC) \
                -isystem $(SDK)/include
ABI_WIN      := $(ABI)/windows_x86_64

# Runners: whichever this Debian release has (wine64 sits in /usr/lib/wine on Debian 12; Debian 13
# runs 64-bit programs with plain wine). Override on the command line if need be.
ABI_WINE ?= $(firstword $(wildcard /usr/lib/wine/wine64) $(shell command -v wine64 wine 2>/dev/null))
ABI_QEMU ?= $(firstword $(shell command -v qemu-aarch64 qemu-aarch64-static 2>/dev/null))

# glibc's cache of freed blocks counts as heap in use: off, so the leak checks measure exactly.
ABI_TUNABLES := GLIBC_TUNABLES=glibc.malloc.tcache_count=0

ABI_COMPONENTS := $(B)/linux_x86_64/libsensesgap.so $(B)/linux_aarch64/libsensesgap.so \
                  $(B)/windows_x86_64/sensesgap.dll
ABI_HOSTS := $(ABI)/linux_x86_64/host $(ABI)/linux_aarch64/host $(ABI_WIN)/host.exe

.PHONY: test-abi test-abi-asan

$(ABI)/linux_x86_64/host: $(ABI_HOST_SRC) $(ABI_HEADERS)
	@mkdir -p $(@D)
	gcc $(ABI_CFLAGS) $(ABI_LINUX) $(ABI_HOST_SRC) -o $@ -L$(SDK)/lib $(ABI_LINUX_LD)

# Linked against Debian's own arm64 libraries; -rpath-link finds what they need in turn.
$(ABI)/linux_aarch64/host: $(ABI_HOST_SRC) $(ABI_HEADERS) $(ARM64_ROOT)/.stamp
	@mkdir -p $(@D)
	aarch64-linux-gnu-gcc $(ABI_CFLAGS) $(ABI_LINUX) $(ABI_HOST_SRC) -o $@ -L$(ARM64_ROOT)/lib \
	  -Wl,-rpath-link,$(ARM64_ROOT)/lib $(ABI_LINUX_LD)

# Windows: the stub libraries carry LibreOffice's DLL names, so the component's imports bind to
# them; the host links against their import libraries.
$(ABI_WIN)/sal3.dll: $(ABI_SAL_SRC) $(ABI_HEADERS) $(ABI_WIN_INC)/.stamp
	@mkdir -p $(@D)
	$(ABI_MINGW) $(ABI_CFLAGS) -shared $(ABI_SAL_SRC) -o $@ -static-libgcc \
	  -Wl,--out-implib,$(ABI_WIN)/libsal3.a

$(ABI_WIN)/cppu3.dll: $(ABI_CPPU_SRC) $(ABI_HEADERS) $(ABI_WIN)/sal3.dll
	$(ABI_MINGW) $(ABI_CFLAGS) -shared $(ABI_CPPU_SRC) -o $@ -static-libgcc \
	  -Wl,--out-implib,$(ABI_WIN)/libcppu3.a -L$(ABI_WIN) -lsal3

$(ABI_WIN)/host.exe: $(ABI_HOST_SRC) $(ABI_HEADERS) $(ABI_WIN)/cppu3.dll
	$(ABI_MINGW) $(ABI_CFLAGS) $(ABI_HOST_SRC) -o $@ -static-libgcc -L$(ABI_WIN) -lcppu3 -lsal3

# --- AddressSanitizer: the host against the real libraries, and against the stubs --------------
ABI_ASAN  := -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
ABI_STUBS := $(ABI)/linux_x86_64_stubs

$(ABI)/linux_x86_64_asan/host: $(ABI_HOST_SRC) $(ABI_HEADERS)
	@mkdir -p $(@D)
	gcc $(ABI_CFLAGS) $(ABI_ASAN) $(ABI_LINUX) $(ABI_HOST_SRC) -o $@ -L$(SDK)/lib $(ABI_LINUX_LD)

# The stubs under LibreOffice's sonames and symbol version, so the component binds to them.
$(ABI_STUBS)/udk.map:
	@mkdir -p $(@D)
	echo 'UDK_3_0_0 { global: *; };' > $@

$(ABI_STUBS)/libuno_sal.so.3: $(ABI_SAL_SRC) $(ABI_HEADERS) $(ABI_STUBS)/udk.map
	gcc $(ABI_CFLAGS) $(ABI_ASAN) -DLINUX -isystem $(SDK)/include -fPIC -fvisibility=hidden \
	  -shared $(ABI_SAL_SRC) -o $@ -Wl,-soname,$(@F) -Wl,--version-script=$(ABI_STUBS)/udk.map

$(ABI_STUBS)/libuno_cppu.so.3: $(ABI_CPPU_SRC) $(ABI_HEADERS) $(ABI_STUBS)/libuno_sal.so.3
	gcc $(ABI_CFLAGS) $(ABI_ASAN) -DLINUX -isystem $(SDK)/include -fPIC -fvisibility=hidden \
	  -shared $(ABI_CPPU_SRC) -o $@ -Wl,-soname,$(@F) -Wl,--version-script=$(ABI_STUBS)/udk.map \
	  $(ABI_STUBS)/libuno_sal.so.3

$(ABI_STUBS)/host: $(ABI_HOST_SRC) $(ABI_HEADERS) $(ABI_STUBS)/libuno_cppu.so.3
	gcc $(ABI_CFLAGS) $(ABI_ASAN) -DLINUX -isystem $(SDK)/include $(ABI_HOST_SRC) -o $@ \
	  $(ABI_STUBS)/libuno_cppu.so.3 $(ABI_STUBS)/libuno_sal.so.3 -ldl -rdynamic

# --- running ---------------------------------------------------------------------------------------
# $(call abi_run,PLATFORM,COMMAND): runs one host, keeps its transcript (carriage returns
# stripped) and its stderr in $(ABI)/PLATFORM, prints its closing line as "PLATFORM: N passed,
# N failed", adds its counts to the totals and notes a failure in $$status.
abi_run = dir=$(ABI)/$(1); $(2) > $$dir/transcript.raw 2> $$dir/stderr.txt; rc=$$?; \
  tr -d '\r' < $$dir/transcript.raw > $$dir/transcript.txt; rm -f $$dir/transcript.raw; \
  last=$$(tail -n 1 $$dir/transcript.txt); \
  if echo "$$last" | grep -Eq '^[0-9]+ passed, [0-9]+ failed$$'; then \
    echo "$(1): $$last"; set -- $$last; passed=$$((passed + $$1)); failed=$$((failed + $$3)); \
  else \
    echo "$(1): no closing line"; failed=$$((failed + 1)); \
  fi; \
  if [ $$rc != 0 ]; then \
    echo "$(1): the host exited with $$rc; see $$dir/transcript.txt and $$dir/stderr.txt"; \
    tail -n 5 $$dir/stderr.txt; status=1; \
  fi

# $(call abi_compare,REFERENCE,PLATFORM): the two transcripts must be equal, byte for byte.
abi_compare = if cmp -s $(ABI)/$(1)/transcript.txt $(ABI)/$(2)/transcript.txt; then \
    passed=$$((passed + 1)); \
  else \
    echo "transcripts differ: $(2) against $(1):"; \
    diff $(ABI)/$(1)/transcript.txt $(ABI)/$(2)/transcript.txt | head -n 20; \
    failed=$$((failed + 1)); status=1; \
  fi

test-abi: $(ABI_HOSTS) $(ABI_COMPONENTS)
	@test -n "$(ABI_QEMU)" || { echo "test-abi: qemu-aarch64 not found (Debian: qemu-user)"; exit 1; }
	@test -n "$(ABI_WINE)" || { echo "test-abi: wine not found (Debian: wine)"; exit 1; }
	@status=0; passed=0; failed=0; \
	$(call abi_run,linux_x86_64,env LD_LIBRARY_PATH=$(ABI_LO_PROGRAM) $(ABI_TUNABLES) \
	  $(ABI)/linux_x86_64/host $(B)/linux_x86_64/libsensesgap.so); \
	$(call abi_run,linux_aarch64,$(ABI_QEMU) -L /usr/aarch64-linux-gnu -E $(ABI_TUNABLES) \
	  -E LD_LIBRARY_PATH=$(abspath $(ARM64_ROOT))/lib:$(abspath $(ARM64_ROOT))/usr/lib/libreoffice/program \
	  $(ABI)/linux_aarch64/host $(B)/linux_aarch64/libsensesgap.so); \
	$(call abi_run,windows_x86_64,env WINEPREFIX=$(abspath $(B)/wineprefix) WINEDEBUG=-all \
	  $(ABI_WINE) $(ABI_WIN)/host.exe $(B)/windows_x86_64/sensesgap.dll); \
	$(call abi_compare,linux_x86_64,linux_aarch64); \
	$(call abi_compare,linux_x86_64,windows_x86_64); \
	if [ $$status = 0 ] && [ $$failed = 0 ]; then \
	  echo "test-abi: 3 hosts, identical transcripts in $(ABI)/*/transcript.txt"; \
	else \
	  echo "test-abi: FAILED"; status=1; \
	fi; \
	echo "abi: $$passed passed, $$failed failed"; \
	exit $$status

test-abi-asan: $(ABI)/linux_x86_64_asan/host $(ABI_STUBS)/host $(B)/linux_x86_64/libsensesgap.so
	@status=0; passed=0; failed=0; \
	$(call abi_run,linux_x86_64_asan,env LD_LIBRARY_PATH=$(ABI_LO_PROGRAM) \
	  $(ABI)/linux_x86_64_asan/host $(B)/linux_x86_64/libsensesgap.so); \
	$(call abi_run,linux_x86_64_stubs,env LD_LIBRARY_PATH=$(ABI_STUBS) \
	  $(ABI_STUBS)/host $(B)/linux_x86_64/libsensesgap.so); \
	$(call abi_compare,linux_x86_64_asan,linux_x86_64_stubs); \
	if [ $$failed != 0 ]; then status=1; fi; \
	echo "abi-asan: $$passed passed, $$failed failed"; \
	exit $$status
