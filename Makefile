# CircleDesk: `make run` to try it, `make test` to check it.
SWIFT ?= swift
RELEASE_BIN := .build/release/circledesk
# Release builds link the Swift runtime in, so the program runs where no toolchain is.
RELEASE := -c release --static-swift-stdlib -Xswiftc -no-toolchain-stdlib-rpath
PREFIX ?= /usr/local
DESTDIR ?=
INSTALL_BIN ?= $(RELEASE_BIN)
# The photo plugin (Sources/CPhoto, C over libvips and libchafa), built beside each program
# by the toolchain's clang as plain C: SwiftPM would link the Swift runtime into a library.
PHOTO_PLUGIN := libcircledesk-photo.so
# The clang beside the toolchain's swift, or the system's C compiler.
CLANG ?= $(or $(wildcard $(dir $(realpath $(shell command -v $(SWIFT))))clang),cc)
PHOTO_SOURCES := $(wildcard Sources/CPhoto/*.c)

.PHONY: deps build run test bench demo install deb man clean

## deps: install the Debian packages that are missing (a no-op when all are there)
deps:
	@scripts/deps.sh

## build: release build of circledesk
build: deps
	$(SWIFT) build $(RELEASE) --product circledesk
	@$(MAKE) --no-print-directory .build/release/$(PHOTO_PLUGIN)

## run: build, create the demo county on first run, open the desk
run: build
	@$(RELEASE_BIN) demo --if-missing
	@$(RELEASE_BIN)

## test: the whole suite (logic, store, screens, end to end)
test:
	@scripts/deps.sh test
	$(SWIFT) build --build-tests
	@$(MAKE) --no-print-directory .build/debug/$(PHOTO_PLUGIN)
	$(SWIFT) test --skip-build

## bench: demo, stats and the desk's key-to-frame times at scales 1, 10, 100 (BENCH_SCALES to choose),
##        and the program in tmux; then a 100,000-row cadre import beside sqlite3's own .import,
##        request act at scale 10, then 50 desks on one server at scale 10 beside one desk on the file;
##        with BENCH_BEFORE=REV, REV's program and this one on the same county, side by side
bench: build
	$(SWIFT) build $(RELEASE) --product queue-bench
	$(SWIFT) build $(RELEASE) --product served-bench
	$(SWIFT) build $(RELEASE) --product photo-bench
	@scripts/bench.sh $(RELEASE_BIN) .build/release/queue-bench $(or $(BENCH_SCALES),1 10 100)
	@scripts/import-bench.sh $(RELEASE_BIN)
	@test -f bench-data/scale-10.sqlite || $(RELEASE_BIN) demo --db bench-data/scale-10.sqlite --scale 10 --now 2026-11-28T09:00:00+08:00
	@scripts/write-bench.sh $(RELEASE_BIN) bench-data/scale-10.sqlite
	@echo; echo "Served (50 desks replaying the session at once, scale 10):"
	@.build/release/served-bench $(RELEASE_BIN) bench-data/scale-10.sqlite 50 1
	@echo; echo "Photos (scale 1):"
	@test -f bench-data/scale-1.sqlite || $(RELEASE_BIN) demo --db bench-data/scale-1.sqlite --now 2026-11-28T09:00:00+08:00
	@.build/release/photo-bench bench-data/scale-1.sqlite 10
	@if [ -n "$(BENCH_BEFORE)" ]; then echo; echo "Before and after (BENCH_BEFORE=$(BENCH_BEFORE)), the same county:"; \
	  scripts/bench-before.sh $(BENCH_BEFORE) $(RELEASE_BIN) .build/release/queue-bench $(or $(BENCH_SCALES),1 10 100); fi

## demo: (re)build the demo county at DEMO_DB (default: demo.sqlite here)
demo: build
	@rm -f $(or $(DEMO_DB),demo.sqlite) $(or $(DEMO_DB),demo.sqlite)-wal $(or $(DEMO_DB),demo.sqlite)-shm
	$(RELEASE_BIN) demo --db $(or $(DEMO_DB),demo.sqlite)

## install: the program (PREFIX, default /usr/local; DESTDIR for packaging), its bash, zsh and
##          fish completions, the systemd units and the example settings with the docs
install:
	@if [ "$(INSTALL_BIN)" = "$(RELEASE_BIN)" ]; then $(MAKE) build; fi
	@scripts/install.sh "$(INSTALL_BIN)" "$(DESTDIR)" "$(PREFIX)"

## deb: a Debian package in dist-out/ (apt install ./dist-out/circledesk_*.deb): the service
##      account, folders, service and backup timer set up, a backup before every upgrade
deb:
	@if [ "$(INSTALL_BIN)" = "$(RELEASE_BIN)" ]; then $(MAKE) build; fi
	@deb=$$(scripts/deb.sh "$(INSTALL_BIN)" dist-out) && echo "$$deb" && lintian --fail-on error --allow-root "$$deb"

## man: regenerate the man pages, man/circledesk.1 and man/zh_CN/circledesk.1, from the
##      program's own help in each language (a test holds them equal to it)
man:
	$(SWIFT) build --product circledesk
	@mkdir -p man/zh_CN
	scripts/manual.py .build/debug/circledesk en > man/circledesk.1
	scripts/manual.py .build/debug/circledesk zh > man/zh_CN/circledesk.1

# After SwiftPM's build, whose .build/debug and .build/release are links it makes.
.build/%/$(PHOTO_PLUGIN): $(PHOTO_SOURCES) $(wildcard Sources/CPhoto/include/*.h Sources/CPhotoAPI/include/*.h)
	$(CLANG) -shared -fPIC -O2 -g -Wall -Wextra -Werror -fvisibility=hidden -ISources/CPhoto/include -ISources/CPhotoAPI/include \
	  $(PHOTO_SOURCES) $$(pkg-config --cflags --libs vips chafa) -Wl,--as-needed -o $@

## clean: remove build products
clean:
	rm -rf .build
