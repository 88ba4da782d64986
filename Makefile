# sensesgap — the one entry point: build, test, install, run.
#   make            build build/sensesgap.oxt
#   make test       unit tests (ASan+UBSan) and Calc integration tests
#   make run        open the map template in Calc (headless: evaluate the worked example, write a PDF)
#   make examples   regenerate examples/*.fods from examples/accounts.py
#   make install    add the extension to the current user's LibreOffice; make uninstall removes it
# Missing Debian packages are installed first (apt-get, as root or through sudo).

SHELL       := /bin/bash
VERSION     ?= 1.0.0
LO_PROGRAM  := /usr/lib/libreoffice/program
SDK         := /usr/lib/libreoffice/sdk
PYTHON      := /usr/bin/python3
UNOPKG      := $(LO_PROGRAM)/unopkg
# unopkg refuses root for a user install: root installs for all users instead.
UNOPKG_SCOPE := $(if $(filter 0,$(shell id -u)),--shared)
OFFICE_TYPES := $(LO_PROGRAM)/types.rdb $(LO_PROGRAM)/types/offapi.rdb
DEB_PACKAGES := libreoffice-dev libreoffice-calc-nogui libcmocka-dev python3-uno zip gcc g++ make \
                clang libclang-rt-14-dev valgrind

B   := build
OXT := $(B)/sensesgap.oxt
PKG := $(B)/pkg

WARN     := -Wall -Wextra -Werror
CFLAGS   := -std=c11 $(WARN) -pedantic -O2 -g -fPIC -fvisibility=hidden
CXXFLAGS := -std=c++17 $(WARN) -O2 -g -fPIC -fvisibility=hidden \
            -isystem $(SDK)/include -isystem $(B)/inc -Icore \
            -DUNX -DGCC -DLINUX -DCPPU_ENV=gcc3 -DSG_VERSION='"$(VERSION)"'
SAN      := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

CORE_SRC  := $(wildcard core/*.c)
CORE_HDR  := $(wildcard core/*.h)
CORE_OBJ  := $(CORE_SRC:core/%.c=$(B)/core/%.o)
ADDIN_SRC := addin/component.cxx addin/args.cxx
ADDIN_HDR := $(wildcard addin/*.hxx)
UNIT_TESTS := $(patsubst tests/unit/%.c,$(B)/unit/%,$(wildcard tests/unit/test_*.c))
TEMPLATE_SRC := $(wildcard addin/template/*.py)
TEMPLATE := $(B)/relationship-reality-map.ots
PKG_TEMPLATE := $(PKG)/templates/sensesgap/relationship-reality-map.ots

BENCH_N    ?= 100000
BENCH_RUNS ?= 20
NOOP := $(B)/bench/noop

.PHONY: all deps test test-unit test-valgrind fuzz test-calc test-valgrind-calc install uninstall run examples bench clean

all: $(OXT) $(TEMPLATE)

# Installs the Debian packages the build and tests need, when any is missing.
deps:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	  $$sudo apt-get update -q && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

# --- core ---------------------------------------------------------------------------------
$(B)/core/%.o: core/%.c $(CORE_HDR) | deps
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c $< -o $@

$(B)/libsgcore.a: $(CORE_OBJ)
	$(AR) rcs $@ $^

# --- UNO types and generated headers --------------------------------------------------------
$(B)/sensesgap.rdb: idl/XFunctions.idl | deps
	@mkdir -p $(@D)
	$(SDK)/bin/unoidl-write $(OFFICE_TYPES) $< $@

$(B)/inc/.stamp: $(B)/sensesgap.rdb | deps
	rm -rf $(B)/inc
	$(SDK)/bin/cppumaker -Gc -O$(abspath $(B)/inc) $(OFFICE_TYPES) $(abspath $<)
	@touch $@

# --- add-in library, configuration and package ----------------------------------------------
$(B)/addin/%.o: addin/%.cxx $(ADDIN_HDR) $(CORE_HDR) $(B)/inc/.stamp
	@mkdir -p $(@D)
	$(CXX) $(CXXFLAGS) -c $< -o $@

# -z defs: an unresolved symbol would still register, then fail every call with Err:504.
$(B)/libsensesgap.so: $(ADDIN_SRC:addin/%.cxx=$(B)/addin/%.o) $(B)/libsgcore.a
	$(CXX) -shared -o $@ $^ -Wl,-z,defs -Wl,--as-needed -L$(SDK)/lib \
	  -luno_cppuhelpergcc3 -luno_cppu -luno_sal -lm

$(PKG)/libsensesgap.so: $(B)/libsensesgap.so
	@mkdir -p $(@D)
	strip --strip-debug -o $@ $<

$(B)/gen_xcu: addin/gen_xcu.cxx addin/functions.hxx
	@mkdir -p $(@D)
	$(CXX) -std=c++17 $(WARN) -O2 $< -o $@

$(PKG)/CalcAddIns.xcu: $(B)/gen_xcu
	@mkdir -p $(@D)
	$(B)/gen_xcu > $@

$(PKG)/description.xml: addin/package/description.xml.in Makefile
	@mkdir -p $(@D)
	sed 's/@VERSION@/$(VERSION)/' $< > $@

PKG_STATIC := $(PKG)/META-INF/manifest.xml $(PKG)/sensesgap.components $(PKG)/Paths.xcu \
              $(PKG)/description-en.txt $(PKG)/LICENSE.txt
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
	@mkdir -p $(@D)
	cp $< $@

$(OXT): $(PKG)/libsensesgap.so $(PKG)/CalcAddIns.xcu $(PKG)/description.xml $(PKG)/sensesgap.rdb \
        $(PKG_STATIC) $(PKG_TEMPLATE)
	rm -f $@
	cd $(PKG) && zip -q -X -r ../$(@F) description.xml META-INF sensesgap.components sensesgap.rdb \
	  CalcAddIns.xcu Paths.xcu templates libsensesgap.so description-en.txt LICENSE.txt
	@echo "built $@ (version $(VERSION))"

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

# libFuzzer: one target per core entry point that takes spreadsheet data (the same harness built
# with its selector fixed). Each run starts from tests/fuzz/regressions as corpus; crashers land in
# build/fuzz/crashes/ and belong in tests/fuzz/regressions/. make fuzz FUZZ_SECONDS=60 for longer.
FUZZ_SECONDS ?= 10
FUZZ_TARGETS := score_gap gap_band untrusted reality_status account_band focus_reality \
                score_label gap_trend value_at_risk
FUZZ_BINS := $(FUZZ_TARGETS:%=$(B)/fuzz/fuzz_%)

$(B)/fuzz/fuzz_%: tests/fuzz/fuzz_core.c $(CORE_SRC) $(CORE_HDR) | deps
	@mkdir -p $(@D)
	clang -std=c11 $(WARN) -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	  -DSG_FUZZ_TARGET='"$*"' -Icore $< $(CORE_SRC) -lm -o $@

fuzz: $(FUZZ_BINS)
	@mkdir -p $(B)/fuzz/crashes
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(B)/fuzz/corpus/$$t; \
	  $(B)/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=$(B)/fuzz/crashes/ $(B)/fuzz/corpus/$$t tests/fuzz/regressions \
	    > $(B)/fuzz/$$t.log 2>&1 || { tail -30 $(B)/fuzz/$$t.log; exit 1; }; \
	  echo "fuzz $$t: $$(grep -o 'number_of_executed_units: *[0-9]*' $(B)/fuzz/$$t.log | \
	    grep -o '[0-9]*$$') runs in $(FUZZ_SECONDS) s, no findings"; \
	done

# Real Calc: functions typed into cells, then the README's own commands.
test-calc: $(OXT) $(TEMPLATE)
	$(PYTHON) tests/calc/run.py $(OXT) $(TEMPLATE)

# The add-in library itself under memcheck, inside real Calc (LibreOffice's launcher runs
# soffice.bin under valgrind when VALGRIND=memcheck): only errors in our code count.
test-valgrind-calc: $(OXT) $(TEMPLATE)
	$(PYTHON) tests/calc/valgrind_calc.py $(OXT) $(TEMPLATE)

test: test-unit test-valgrind fuzz test-calc test-valgrind-calc

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
	$(PYTHON) tests/bench/noop/gen_xcu.py > $(NOOP)/pkg/CalcAddIns.xcu
	rm -f $@ && cd $(NOOP)/pkg && zip -q -X -r $(abspath $@) .

$(B)/bench/core_bench: tests/bench/core_bench.c $(CORE_SRC) $(CORE_HDR) | deps
	@mkdir -p $(@D)
	$(CC) -std=c11 $(WARN) -pedantic -O2 -Icore $< $(CORE_SRC) -lm -o $@

# make bench BENCH_N=100000 BENCH_RUNS=20
bench: $(B)/bench/core_bench $(B)/bench/noop.oxt $(OXT) $(TEMPLATE)
	$(B)/bench/core_bench
	$(PYTHON) tests/bench/bench_calc.py $(OXT) $(B)/bench/noop.oxt $(TEMPLATE) $(BENCH_N) $(BENCH_RUNS)

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
	rm -rf $(B)
