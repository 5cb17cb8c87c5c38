# Thin wrapper: `make run` and `make test` do all the setup on a fresh Debian 12.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

.PHONY: all deps configure build run test fuzz sanitize bench bench-analytics bench-redelivery bench-licensing bench-packages bench-concurrency package screenshots translations clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS)

configure: $(BUILD_DIR)/CMakeCache.txt

build: deps configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/app/royaltydesk $(ARGS)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# Every fuzz target for FUZZ_SECONDS each (clang, ASan + UBSan, in build-fuzz).
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh $(ARGS)

# The test suites built with AddressSanitizer and UndefinedBehaviorSanitizer (in build-asan).
sanitize: deps
	scripts/sanitize.sh $(ARGS)

bench: build
	$(BUILD_DIR)/bench/royaltydesk-bench-import $(ARGS)

bench-analytics: build
	$(BUILD_DIR)/bench/royaltydesk-bench-analytics $(ARGS)

bench-redelivery: build
	$(BUILD_DIR)/bench/royaltydesk-bench-redelivery $(ARGS)

bench-licensing: build
	$(BUILD_DIR)/bench/royaltydesk-bench-licensing $(ARGS)

bench-packages: build
	$(BUILD_DIR)/bench/royaltydesk-bench-packages $(ARGS)

# SECONDS=600 for the long run the closing notes report.
SECONDS ?= 30
bench-concurrency: build
	$(BUILD_DIR)/bench/royaltydesk-bench-concurrency --seconds $(SECONDS) $(ARGS)

package: build
	cmake --build $(BUILD_DIR) --target package

screenshots: build
	scripts/screenshots.sh

translations: configure
	scripts/update-translations.sh

clean:
	rm -rf $(BUILD_DIR)
