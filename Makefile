# sensesgap — the one entry point: build, test, install, run.
#   make            build build/sensesgap.oxt: the add-in for five platforms, and the map template
#   make test       unit, fuzz, ABI host (native, qemu, wine), package and Calc integration tests,
#                   in this machine's LibreOffice and in Debian 13's (a chroot, make test-lo25),
#                   and the portfolio program against Calc (make test-portfolio, and its arm64
#                   build under qemu: make test-portfolio-arm64)
#   make run        open the map template in Calc (headless: evaluate the worked example, write a PDF)
#   make portfolio  build/sensesgap-portfolio: leadership's roll-up of many map workbooks
#   make examples   regenerate examples/*.fods from examples/accounts.py
#   make idl        regenerate idl/XFunctions.idl from the function table (addin/functions.c)
#   make install    add the extension to the current user's LibreOffice; make uninstall removes it
#   make bench      what each function costs in Calc, and the portfolio over 500 maps against Calc
#                   loading them (tests/bench/README.md)
#   make mutate     mutation testing: the unit tests against mutants of core/*.c (tests/README.md)
# Missing Debian packages are installed first (apt-get, as root or through sudo).

SHELL       := /bin/bash
VERSION     ?= 1.2.0
PLATFORMS   := linux_x86_64 linux_aarch64 windows_x86_64 macosx_x86_64 macosx_aarch64
LO_PROGRAM  := /usr/lib/libreoffice/program
SDK         := /usr/lib/libreoffice/sdk
PYTHON      := /usr/bin/python3
UNOPKG      := $(LO_PROGRAM)/unopkg
# unopkg refuses root for a user install: root installs for all users instead.
UNOPKG_SCOPE := $(if $(filter 0,$(shell id -u)),--shared)
OFFICE_TYPES := $(LO_PROGRAM)/types.rdb $(LO_PROGRAM)/types/offapi.rdb
# Names that exist in Debian 12 and 13 alike (libclang-rt-dev picks the release's own version).
# The cross toolchains build the other platforms; qemu-user and wine run the ABI host. The window
# tests need Calc with a VCL plugin (libreoffice-calc + libreoffice-gtk3, which also runs headless;
# it conflicts with libreoffice-calc-nogui), an X server, a window manager and xdotool; pdftotext
# reads the exported PDFs.
DEB_PACKAGES := libreoffice-dev libreoffice-calc libreoffice-gtk3 fonts-liberation libcmocka-dev \
                python3-uno zip gcc g++ make clang libclang-rt-dev lld llvm valgrind \
                gcc-aarch64-linux-gnu libc6-dev-arm64-cross gcc-mingw-w64-x86-64 \
                binutils-mingw-w64-x86-64 qemu-user wine xvfb xfonts-base xdotool imagemagick openbox \
                dbus-x11 poppler-utils debootstrap libzip-dev libexpat1-dev

B   := build
OXT := $(B)/sensesgap.oxt
PKG := $(B)/pkg
comma := ,
space := $(subst ,, )

WARN     := -Wall -Wextra -Werror
SAN      := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

CORE_SRC  := $(wildcard core/*.c)
CORE_HDR  := $(wildcard core/*.h)
UNIT_TESTS := $(patsubst tests/unit/%.c,$(B)/unit/%,$(wildcard tests/unit/test_*.c))
TEMPLATE_SRC := $(wildcard addin/template/*.py)
TEMPLATE := $(B)/relationship-reality-map.ots
# The template's folder is its category under File > New > Templates.
TEMPLATE_CATEGORY := Relationship Reality Map
PKG_TEMPLATE := $(PKG)/templates.stamp

BENCH_N    ?= 100000
BENCH_RUNS ?= 20
BENCH_MAPS ?= 500
NOOP := $(B)/bench/noop

.PHONY: all deps libs idl test test-unit test-valgrind fuzz test-abi test-package test-calc test-window \
        test-valgrind-calc test-lo25 test-portfolio test-portfolio-arm64 mutate install uninstall run examples bench \
        portfolio clean

PORTFOLIO := $(B)/sensesgap-portfolio

all: $(OXT) $(TEMPLATE) $(PORTFOLIO)

# Installs the Debian packages the build and tests need, when any is missing.
deps:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	  $$sudo apt-get update -q && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

# --- the function table's generated artefacts: Wizard metadata and the UNOIDL interface --------
ADDIN_SRC := addin/functions.c addin/dispatch.c addin/uno/uno_runtime.c addin/uno/uno_args.c \
             addin/uno/uno_component.c
ADDIN_HDR := $(wildcard addin/*.h addin/uno/*.h)
TABLE_SRC := addin/functions.c $(CORE_SRC)

$(B)/tools/gen_%: addin/tools/gen_%.c $(TABLE_SRC) addin/functions.h $(CORE_HDR) | deps
	@mkdir -p $(@D)
	$(CC) -std=c11 $(WARN) -pedantic -O1 -Icore -Iaddin -DSG_VERSION='"$(VERSION)"' $< $(TABLE_SRC) -lm -o $@

$(B)/XFunctions.idl: $(B)/tools/gen_idl
	$< > $@

$(B)/sensesgap.rdb: $(B)/XFunctions.idl | deps
	$(SDK)/bin/unoidl-write $(OFFICE_TYPES) $< $@

# The committed idl/XFunctions.idl is the generated one; after adding a table row, run make idl.
idl: $(B)/XFunctions.idl
	cp $< idl/XFunctions.idl

# --- the add-in library, one per platform, all from the same C sources ------------------------
# NDEBUG: no assert may fire inside the user's office. Each platform's own command follows.
LIB_SRC    := $(ADDIN_SRC) $(CORE_SRC)
LIB_DEPS   := $(LIB_SRC) $(ADDIN_HDR) $(CORE_HDR)
LIB_CFLAGS := -std=c11 $(WARN) -pedantic -O2 -DNDEBUG -fvisibility=hidden -Icore -Iaddin \
              -Iaddin/uno -DSG_VERSION='"$(VERSION)"'
ARM64_ROOT := $(B)/sysroot/arm64
WIN64      := $(B)/win64
MACOSX     := addin/platform/macosx
LIB_NAME_linux_x86_64   := libsensesgap.so
LIB_NAME_linux_aarch64  := libsensesgap.so
LIB_NAME_windows_x86_64 := sensesgap.dll
LIB_NAME_macosx_x86_64  := libsensesgap.dylib
LIB_NAME_macosx_aarch64 := libsensesgap.dylib
LIBS := $(foreach p,$(PLATFORMS),$(B)/$(p)/$(LIB_NAME_$(p)))

# -z defs: an unresolved symbol would still register, then fail every call with Err:504.
$(B)/linux_x86_64/libsensesgap.so: $(LIB_DEPS) | deps
	@mkdir -p $(@D)
	gcc $(LIB_CFLAGS) -g -fPIC -DLINUX -isystem $(SDK)/include -shared $(LIB_SRC) -o $@ \
	  -Wl,-z,defs -Wl,--as-needed -L$(SDK)/lib -luno_cppu -luno_sal -lm

# Linked against Debian's own arm64 sal and cppu, unpacked (not installed) into ARM64_ROOT.
$(ARM64_ROOT)/.stamp: addin/platform/linux_aarch64/sysroot.sh | deps
	bash $< $(ARM64_ROOT)
	@touch $@

$(B)/linux_aarch64/libsensesgap.so: $(LIB_DEPS) $(ARM64_ROOT)/.stamp
	@mkdir -p $(@D)
	aarch64-linux-gnu-gcc $(LIB_CFLAGS) -g -fPIC -DLINUX -isystem $(SDK)/include -shared \
	  $(LIB_SRC) -o $@ -Wl,-z,defs -Wl,--as-needed -L$(ARM64_ROOT)/lib \
	  -Wl,-rpath-link,$(ARM64_ROOT)/lib -luno_cppu -luno_sal -lm

# Windows: headers overlaid for mingw (generated from the installed SDK), import libraries
# made from .def files naming the few sal3.dll/cppu3.dll functions used.
$(WIN64)/include/.stamp: addin/platform/windows_x86_64/overlay.py | deps
	$(PYTHON) $< $(SDK)/include $(WIN64)/include
	@touch $@

$(WIN64)/lib%.a: addin/platform/windows_x86_64/%.def | deps
	@mkdir -p $(@D)
	x86_64-w64-mingw32-dlltool -d $< -l $@ -D $*.dll

$(B)/windows_x86_64/sensesgap.dll: $(LIB_DEPS) $(WIN64)/include/.stamp $(WIN64)/libsal3.a \
                                   $(WIN64)/libcppu3.a
	@mkdir -p $(@D)
	x86_64-w64-mingw32-gcc $(LIB_CFLAGS) -isystem $(WIN64)/include -isystem $(SDK)/include \
	  -shared $(LIB_SRC) -o $@ -L$(WIN64) -lcppu3 -lsal3 -static-libgcc -Wl,--no-insert-timestamp -s

# macOS without Apple's SDK: clang and lld; libc from a text stub of libSystem. sal and cppu are
# bound when LibreOffice loads the library (they are loaded already), so no install path of
# theirs is written into it. lld signs arm64 output ad hoc, as macOS requires.
MAC_TARGET_macosx_x86_64  := x86_64-apple-macos11
MAC_TARGET_macosx_aarch64 := arm64-apple-macos11
$(B)/macosx_%/libsensesgap.dylib: $(LIB_DEPS) $(MACOSX)/libSystem.tbd $(wildcard $(MACOSX)/include/*.h) | deps
	@mkdir -p $(@D)
	clang --target=$(MAC_TARGET_macosx_$*) $(LIB_CFLAGS) -nostdlibinc -isystem $(MACOSX)/include \
	  -DMACOSX -isystem $(SDK)/include -fuse-ld=lld -nostdlib -shared $(LIB_SRC) \
	  $(MACOSX)/libSystem.tbd -Wl,-undefined,dynamic_lookup \
	  -Wl,-install_name,@rpath/libsensesgap.dylib -o $@

libs: $(LIBS)

# --- the package: every platform's library in one .oxt ---------------------------------------
$(PKG)/linux_%/libsensesgap.so: $(B)/linux_%/libsensesgap.so
	@mkdir -p $(@D)
	$(if $(filter aarch64,$*),aarch64-linux-gnu-)strip --strip-debug -o $@ $<

$(PKG)/windows_x86_64/sensesgap.dll: $(B)/windows_x86_64/sensesgap.dll
	@mkdir -p $(@D)
	cp $< $@

$(PKG)/macosx_%/libsensesgap.dylib: $(B)/macosx_%/libsensesgap.dylib
	@mkdir -p $(@D)
	cp $< $@

$(PKG)/CalcAddIns.xcu: $(B)/tools/gen_xcu
	@mkdir -p $(@D)
	$< > $@

$(PKG)/description.xml: addin/package/description.xml.in Makefile
	@mkdir -p $(@D)
	sed 's/@VERSION@/$(VERSION)/; s/@PLATFORMS@/$(subst $(space),$(comma),$(PLATFORMS))/' $< > $@

$(PKG)/META-INF/manifest.xml: addin/package/platforms.py Makefile
	@mkdir -p $(@D)
	$(PYTHON) $< $(PKG) $(foreach p,$(PLATFORMS),$(p)=$(p)/$(LIB_NAME_$(p)))

PKG_STATIC := $(PKG)/Paths.xcu $(PKG)/description-en.txt $(PKG)/LICENSE.txt $(PKG)/about.html \
              $(PKG)/icon.png

$(PKG)/icon.png: addin/package/icon.py
	@mkdir -p $(@D)
	$(PYTHON) $< $@

$(PKG)/%: addin/package/%
	@mkdir -p $(@D)
	cp $< $@

$(PKG)/sensesgap.rdb: $(B)/sensesgap.rdb
	cp $< $@

# --- the map template: written directly as ODF (no office needed), shipped inside the package ---
$(TEMPLATE): $(TEMPLATE_SRC) | deps
	@mkdir -p $(@D)
	$(PYTHON) addin/template/build.py template $@

$(PKG_TEMPLATE): $(TEMPLATE)
	rm -rf $(PKG)/templates
	mkdir -p "$(PKG)/templates/$(TEMPLATE_CATEGORY)"
	cp $< "$(PKG)/templates/$(TEMPLATE_CATEGORY)/relationship-reality-map.ots"
	touch $@

PKG_LIBS := $(foreach p,$(PLATFORMS),$(PKG)/$(p)/$(LIB_NAME_$(p)))
$(OXT): $(PKG_LIBS) $(PKG)/CalcAddIns.xcu $(PKG)/description.xml $(PKG)/META-INF/manifest.xml \
        $(PKG)/sensesgap.rdb $(PKG_STATIC) $(PKG_TEMPLATE)
	rm -f $@
	cd $(PKG) && zip -q -X -r ../$(@F) description.xml META-INF sensesgap-*.components \
	  sensesgap.rdb CalcAddIns.xcu Paths.xcu templates $(PLATFORMS) description-en.txt LICENSE.txt \
	  about.html icon.png
	@echo "built $@ (version $(VERSION); $(PLATFORMS))"

# --- the leadership portfolio: a program over many map workbooks, built from the same core -------
# libzip reads the packages and expat the XML (pf_read.h says how hostile files are contained).
# The workbook's look and the 90-day pilot come from the template's Python source, generated.
PF_SRC    := $(wildcard addin/portfolio/*.c)
PF_HDR    := $(wildcard addin/portfolio/*.h)
PF_READER := addin/portfolio/pf_read.c addin/portfolio/pf_book.c addin/portfolio/pf_map.c addin/portfolio/pf_format.c \
             addin/portfolio/pf_account.c
PF_PARTS  := $(B)/portfolio/pf_parts.h
PF_CFLAGS := -std=c11 -D_XOPEN_SOURCE=700 $(WARN) -pedantic -Icore -Iaddin/portfolio -I$(B)/portfolio \
             -DSG_VERSION='"$(VERSION)"'
PF_LIBS   := -lzip -lexpat -lm -pthread

$(PF_PARTS): addin/template/portfolio_parts.py $(TEMPLATE_SRC) | deps
	@mkdir -p $(@D)
	$(PYTHON) addin/template/portfolio_parts.py $@

$(PORTFOLIO): $(PF_SRC) $(PF_HDR) $(PF_PARTS) $(CORE_SRC) $(CORE_HDR) | deps
	$(CC) $(PF_CFLAGS) -O2 $(PF_SRC) $(CORE_SRC) $(PF_LIBS) -o $@

# The same program with AddressSanitizer and UndefinedBehaviorSanitizer, for the hostile files.
$(B)/portfolio/sensesgap-portfolio-asan: $(PF_SRC) $(PF_HDR) $(PF_PARTS) $(CORE_SRC) $(CORE_HDR) | deps
	$(CC) $(PF_CFLAGS) -g -O1 $(SAN) $(PF_SRC) $(CORE_SRC) $(PF_LIBS) -o $@

portfolio: $(PORTFOLIO)

# Linux arm64: cross-built against Debian's own arm64 libzip and expat, unpacked (never installed)
# under PF_ARM64_ROOT; make test-portfolio-arm64 runs it under qemu against the native build.
PF_ARM64_ROOT := $(B)/sysroot/portfolio-arm64
PF_ARM64_LIBS := $(PF_ARM64_ROOT)/usr/lib/aarch64-linux-gnu:$(PF_ARM64_ROOT)/lib/aarch64-linux-gnu
$(PF_ARM64_ROOT)/.stamp: addin/portfolio/platform/arm64-sysroot.sh | deps
	bash $< $(PF_ARM64_ROOT)
	@touch $@

$(B)/linux_aarch64/sensesgap-portfolio: $(PF_SRC) $(PF_HDR) $(PF_PARTS) $(CORE_SRC) $(CORE_HDR) \
                                        $(PF_ARM64_ROOT)/.stamp
	@mkdir -p $(@D)
	aarch64-linux-gnu-gcc $(PF_CFLAGS) -O2 -isystem $(PF_ARM64_ROOT)/usr/include/aarch64-linux-gnu \
	  -isystem $(PF_ARM64_ROOT)/usr/include $(PF_SRC) $(CORE_SRC) \
	  $(patsubst %,-L%,$(subst :, ,$(PF_ARM64_LIBS))) -Wl,-rpath-link,$(PF_ARM64_LIBS) $(PF_LIBS) -o $@

# --- tests --------------------------------------------------------------------------------------
$(B)/unit/%: tests/unit/%.c tests/unit/sg_test.h $(CORE_SRC) $(CORE_HDR) | deps
	@mkdir -p $(@D)
	$(CC) -std=c11 $(WARN) -g -O1 $(SAN) -Icore $< $(CORE_SRC) -lcmocka -lm -o $@

# Unit tests run under AddressSanitizer and UndefinedBehaviorSanitizer.
test-unit: $(UNIT_TESTS)
	@fail=0; for t in $(UNIT_TESTS); do $$t || fail=1; done; exit $$fail

# The same unit tests without sanitizers, under valgrind's memcheck: zero errors, zero leaks.
$(B)/unit-plain/%: tests/unit/%.c tests/unit/sg_test.h $(CORE_SRC) $(CORE_HDR) | deps
	@mkdir -p $(@D)
	$(CC) -std=c11 $(WARN) -g -O1 -Icore $< $(CORE_SRC) -lcmocka -lm -o $@

test-valgrind: $(UNIT_TESTS:$(B)/unit/%=$(B)/unit-plain/%)
	@fail=0; for t in $^; do SG_UNDER_VALGRIND=1 valgrind -q --error-exitcode=99 --leak-check=full \
	  --errors-for-leak-kinds=all $$t >/dev/null || { echo "valgrind: $$t failed"; fail=1; }; done; \
	  [ $$fail = 0 ] && echo "valgrind: $(words $^) unit test programs, 0 errors, 0 leaks"; exit $$fail

# Mutation testing: each mutant of core/*.c (one operator, constant, status or condition changed)
# against the unit tests; prints the kill rate per file and fails below 97%. About 2 minutes on
# 2 cores, part of make test (tests/README.md). make mutate MUTATE_ARGS='--file core/sg_band.c'
mutate: | deps
	$(PYTHON) tests/mutate/mutate.py --cc "$(CC)" $(MUTATE_ARGS)

# libFuzzer: one target per core entry point that takes spreadsheet data (the same harness built
# with its selector fixed). Each run starts from tests/fuzz/regressions as corpus; crashers land in
# build/fuzz/crashes/ and belong in tests/fuzz/regressions/. make fuzz FUZZ_SECONDS=60 for longer.
FUZZ_SECONDS ?= 10
FUZZ_TARGETS := score_gap gap_band untrusted reality_status account_band focus_reality \
                score_label gap_trend value_at_risk reality_check thresholds_check next_review \
                mean_gap review_overdue parse_number
FUZZ_BINS := $(FUZZ_TARGETS:%=$(B)/fuzz/fuzz_%)
PF_FUZZ   := $(B)/fuzz/fuzz_portfolio

# The number reader against strtod as its oracle (tests/fuzz/fuzz_parse.c).
$(B)/fuzz/fuzz_parse_number: tests/fuzz/fuzz_parse.c $(CORE_SRC) $(CORE_HDR) | deps
	@mkdir -p $(@D)
	clang -std=c11 $(WARN) -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	  -Icore $< $(CORE_SRC) -lm -o $@

# The portfolio's reader: any bytes as a map file, seeded with real maps (tests/fuzz/fuzz_portfolio.c).
$(PF_FUZZ): tests/fuzz/fuzz_portfolio.c $(PF_READER) $(PF_HDR) $(CORE_SRC) $(CORE_HDR) | deps
	@mkdir -p $(@D)
	clang -std=c11 -D_XOPEN_SOURCE=700 $(WARN) -g -O1 -fsanitize=fuzzer,address,undefined \
	  -fno-sanitize-recover=all -Icore -Iaddin/portfolio $< $(PF_READER) $(CORE_SRC) $(PF_LIBS) -o $@

$(B)/fuzz/fuzz_%: tests/fuzz/fuzz_core.c $(CORE_SRC) $(CORE_HDR) | deps
	@mkdir -p $(@D)
	clang -std=c11 $(WARN) -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	  -DSG_FUZZ_TARGET='"$*"' -Icore $< $(CORE_SRC) -lm -o $@

fuzz: $(FUZZ_BINS) $(PF_FUZZ)
	@mkdir -p $(B)/fuzz/crashes
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(B)/fuzz/corpus/$$t; \
	  $(B)/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=$(B)/fuzz/crashes/ $(B)/fuzz/corpus/$$t tests/fuzz/regressions \
	    > $(B)/fuzz/$$t.log 2>&1 || { tail -30 $(B)/fuzz/$$t.log; exit 1; }; \
	  echo "fuzz $$t: $$(grep -o 'number_of_executed_units: *[0-9]*' $(B)/fuzz/$$t.log | \
	    grep -o '[0-9]*$$') runs in $(FUZZ_SECONDS) s, no findings"; \
	done
	@rm -rf $(B)/fuzz/corpus/portfolio-seeds && mkdir -p $(B)/fuzz/corpus/portfolio $(B)/fuzz/corpus/portfolio-seeds
	@cp examples/*.fods $(B)/fuzz/corpus/portfolio-seeds/
	@if [ -d $(B)/portfolio/corpus ]; then find $(B)/portfolio/corpus -name '*.ods' | head -20 | \
	  while read f; do cp "$$f" $(B)/fuzz/corpus/portfolio-seeds/; done; fi
	@$(PF_FUZZ) -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 -artifact_prefix=$(B)/fuzz/crashes/ \
	  $(B)/fuzz/corpus/portfolio $(B)/fuzz/corpus/portfolio-seeds tests/fuzz/portfolio \
	  > $(B)/fuzz/portfolio.log 2>&1 || { tail -30 $(B)/fuzz/portfolio.log; exit 1; }
	@echo "fuzz portfolio: $$(grep -o 'number_of_executed_units: *[0-9]*' $(B)/fuzz/portfolio.log | \
	  grep -o '[0-9]*$$') runs in $(FUZZ_SECONDS) s over real maps, no findings"

# Real Calc: functions typed into cells, then the README's own commands.
test-calc: $(OXT) $(TEMPLATE)
	@$(LO_PROGRAM)/soffice --version
	$(PYTHON) tests/calc/run.py $(OXT) $(TEMPLATE)

# The same Calc suite in Debian 13's LibreOffice (25.2), in a chroot made once under LO25_ROOT
# (tests/lo25/debian13.sh; needs root, or sudo), against this build's package. Then an .xlsx saved
# by each LibreOffice is opened in the other. The chroot lives outside the tree: a clone's copies
# and make clean never reach it, and another clone on this machine reuses it.
LO25_ROOT ?= /var/cache/sensesgap/debian13
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
RELEASE_1_0_0 := $(B)/release-1.0.0/build/sensesgap.oxt
test-lo25: $(OXT) $(TEMPLATE) $(RELEASE_1_0_0)
	@mkdir -p $(B)/exchange
	@$(LO_PROGRAM)/soffice --version
	$(PYTHON) tests/lo25/xlsx_exchange.py save $(OXT) $(B)/exchange/saved-by-host.xlsx
	$(PYTHON) tests/lo25/xlsx_exchange.py short-names $(OXT) tests/golden/short-names-25.2.xlsx
	$(SUDO) bash tests/lo25/debian13.sh $(LO25_ROOT) $(OXT) $(TEMPLATE) $(B)/exchange
	$(PYTHON) tests/lo25/xlsx_exchange.py open $(OXT) $(B)/exchange/saved-by-debian13.xlsx \
	  "an .xlsx saved by Debian 13's LibreOffice"

# The portfolio program against real Calc: about 50 maps made and computed by Calc (cached under
# build/portfolio/corpus/ until the template, package or corpus script changes) compared cell for
# cell, hostile files (also under valgrind), the portfolio workbook opened in Calc without the
# extension, the README's portfolio commands and the examples folder rolled up.
test-portfolio: $(OXT) $(TEMPLATE) $(RELEASE_1_0_0) $(PORTFOLIO)
	$(PYTHON) tests/portfolio/test_portfolio.py $(OXT) $(TEMPLATE) $(PORTFOLIO)

# The arm64 build under qemu-aarch64: the same CSV, problem lines, exit status and workbook as the
# native one, over the examples, broken files and (after test-portfolio) the Calc-made corpus.
test-portfolio-arm64: $(PORTFOLIO) $(B)/linux_aarch64/sensesgap-portfolio
	$(PYTHON) tests/portfolio/test_arm64.py $(PORTFOLIO) $(B)/linux_aarch64/sensesgap-portfolio \
	  $(PF_ARM64_ROOT)

# Release 1.0.0 rebuilt from this repository's history, for the upgrade test (test-calc builds it
# too; the chroot has no compilers).
$(RELEASE_1_0_0): | deps
	$(PYTHON) tests/calc/test_sharing.py --build-release-1.0.0

# What only a window shows, in a real Calc window under Xvfb typed with xdotool; screenshots go to
# build/window/ for a person to look at.
test-window: $(OXT) $(TEMPLATE)
	$(PYTHON) tests/window/test_window.py $(OXT) $(TEMPLATE)

# The add-in library itself under memcheck, inside real Calc (LibreOffice's launcher runs
# soffice.bin under valgrind when VALGRIND=memcheck): only errors in our code count.
test-valgrind-calc: $(OXT) $(TEMPLATE)
	$(PYTHON) tests/calc/valgrind_calc.py $(OXT) $(TEMPLATE)

# The package's contents, every platform's library checked by format, exports and imports.
test-package: $(OXT) $(B)/XFunctions.idl
	$(PYTHON) tests/package/test_package.py $(OXT) $(VERSION)

# The ABI test host: each library driven as LibreOffice's loader and Calc do, natively, under
# qemu-aarch64 and under wine; the three transcripts must be identical (tests/abi/README.md).
include tests/abi/abi.mk

# fuzz follows test-portfolio, whose Calc-made maps seed the portfolio reader's fuzz target.
test: test-unit test-valgrind mutate test-abi test-abi-asan test-package test-calc \
      test-portfolio test-portfolio-arm64 fuzz test-window test-valgrind-calc test-lo25

# --- benchmarks: the core per call, then Calc (see tests/bench/README.md) ----------------------
# The no-op add-in is the floor Calc charges any add-in call; it is never part of sensesgap.oxt.
$(NOOP)/noop.rdb: tests/bench/noop/XNoop.idl | deps
	@mkdir -p $(@D)
	$(SDK)/bin/unoidl-write $(OFFICE_TYPES) $< $@

$(NOOP)/inc/.stamp: $(NOOP)/noop.rdb
	rm -rf $(NOOP)/inc
	$(SDK)/bin/cppumaker -Gc -O$(abspath $(NOOP)/inc) $(OFFICE_TYPES) $(abspath $<)
	@touch $@

$(NOOP)/pkg/libnoop.so: tests/bench/noop/noop.cxx $(NOOP)/inc/.stamp
	@mkdir -p $(@D)
	$(CXX) -std=c++17 $(WARN) -O2 -fPIC -fvisibility=hidden -isystem $(SDK)/include \
	  -isystem $(NOOP)/inc -DUNX -DGCC -DLINUX -DCPPU_ENV=gcc3 -shared $< -o $@ \
	  -Wl,-z,defs -L$(SDK)/lib -luno_cppuhelpergcc3 -luno_cppu -luno_sal

$(B)/bench/noop.oxt: $(NOOP)/pkg/libnoop.so $(NOOP)/noop.rdb tests/bench/noop/gen_xcu.py \
                     tests/bench/noop/noop.components tests/bench/noop/description.xml \
                     tests/bench/noop/META-INF/manifest.xml
	mkdir -p $(NOOP)/pkg/META-INF
	cp $(NOOP)/noop.rdb tests/bench/noop/noop.components tests/bench/noop/description.xml $(NOOP)/pkg/
	cp tests/bench/noop/META-INF/manifest.xml $(NOOP)/pkg/META-INF/
	$(PYTHON) tests/bench/noop/gen_xcu.py org.sensesgap.bench.Noop > $(NOOP)/pkg/CalcAddIns.xcu
	rm -f $@ && cd $(NOOP)/pkg && zip -q -X -r $(abspath $@) .

# The C floor: the shipped add-in's own binary-UNO object code with functions that do nothing.
NOOPC := $(B)/bench/noop-c
NOOPC_SRC := tests/bench/noop_c/noop.c addin/uno/uno_runtime.c addin/uno/uno_component.c
$(NOOPC)/pkg/libnoopc.so: $(NOOPC_SRC) $(ADDIN_HDR) | deps
	@mkdir -p $(@D)
	gcc $(LIB_CFLAGS) -fPIC -DLINUX -isystem $(SDK)/include -shared $(NOOPC_SRC) -o $@ \
	  -Wl,-z,defs -L$(SDK)/lib -luno_cppu -luno_sal

$(B)/bench/noop-c.oxt: $(NOOPC)/pkg/libnoopc.so tests/bench/noop_c/XCNoop.idl tests/bench/noop/gen_xcu.py \
                       tests/bench/noop_c/noop-c.components tests/bench/noop_c/description.xml \
                       tests/bench/noop_c/META-INF/manifest.xml
	mkdir -p $(NOOPC)/pkg/META-INF
	$(SDK)/bin/unoidl-write $(OFFICE_TYPES) tests/bench/noop_c/XCNoop.idl $(NOOPC)/pkg/noop-c.rdb
	cp tests/bench/noop_c/noop-c.components tests/bench/noop_c/description.xml $(NOOPC)/pkg/
	cp tests/bench/noop_c/META-INF/manifest.xml $(NOOPC)/pkg/META-INF/
	$(PYTHON) tests/bench/noop/gen_xcu.py org.sensesgap.bench.CNoop > $(NOOPC)/pkg/CalcAddIns.xcu
	rm -f $@ && cd $(NOOPC)/pkg && zip -q -X -r $(abspath $@) .

$(B)/bench/core_bench: tests/bench/core_bench.c $(CORE_SRC) $(CORE_HDR) | deps
	@mkdir -p $(@D)
	$(CC) -std=c11 $(WARN) -pedantic -O2 -Icore $< $(CORE_SRC) -lm -o $@

# make bench BENCH_N=100000 BENCH_RUNS=20
bench: $(B)/bench/core_bench $(B)/bench/noop.oxt $(B)/bench/noop-c.oxt $(OXT) $(TEMPLATE) \
       $(PORTFOLIO) $(RELEASE_1_0_0)
	$(B)/bench/core_bench
	$(PYTHON) tests/bench/bench_calc.py $(OXT) $(B)/bench/noop.oxt $(B)/bench/noop-c.oxt \
	  $(TEMPLATE) $(BENCH_N) $(BENCH_RUNS)
	$(PYTHON) tests/bench/bench_portfolio.py $(PORTFOLIO) $(OXT) $(TEMPLATE) $(BENCH_MAPS)

# --- use ----------------------------------------------------------------------------------------
install: $(OXT) $(TEMPLATE)
	$(UNOPKG) add $(UNOPKG_SCOPE) --force --suppress-license $(OXT)
	$(UNOPKG) list $(UNOPKG_SCOPE) org.sensesgap.calc | grep 'is registered: yes' >/dev/null
	@echo "installed$(if $(UNOPKG_SCOPE), for all users); restart LibreOffice to use the functions"

uninstall: deps
	$(UNOPKG) remove $(UNOPKG_SCOPE) org.sensesgap.calc

run: $(OXT) $(TEMPLATE)
	$(PYTHON) tests/calc/demo.py $(OXT) $(TEMPLATE) examples/worked-example.fods $(B)/worked-example.pdf

# The examples are committed (users open them without building); the tests check they are current.
EXAMPLES_DIR ?= examples
examples: $(TEMPLATE_SRC) examples/accounts.py | deps
	$(PYTHON) addin/template/build.py examples $(EXAMPLES_DIR)

clean:
	rm -rf --one-file-system $(B)
