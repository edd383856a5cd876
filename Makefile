# coursecheck — the two commands a user types are `make report` and `make test`.
SWIFT  ?= swift
DEPS   := libgsl-dev libopenblas-dev pkg-config pandoc zlib1g-dev libxml2-dev
SHEET  ?= fixtures/answers/submitted.md
BIN     = $(shell $(SWIFT) build -c release --show-bin-path)/coursecheck

PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: all deps build release report test bench install gradescope clean

all: report

# Install the Debian packages that are missing (root or sudo).
deps:
	@missing=""; \
	for p in $(DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product coursecheck

# Verify the submitted sheet. `verify` exits 1 when some answer does not
# hold: that is the report's finding, not a failure of `make report`.
report: release
	@mkdir -p reports
	@for f in markdown:md json:json; do \
	  "$(BIN)" verify $(SHEET) --format $${f%%:*} --output reports/answer-report.$${f##*:}; \
	  s=$$?; [ $$s -le 1 ] || exit $$s; \
	done
	@echo "wrote reports/answer-report.md and reports/answer-report.json"
	@sed -n '/^## Summary/,/^## Part/p' reports/answer-report.md | sed '$$d'

# Tests run on a release build: the numerical kernels (gate loops on SIMD4,
# finite differences over 1.4 M parameters) run about 50x slower unoptimised.
# Test hooks are reached through @_spi(Testing), so no -enable-testing.
test: deps
	$(SWIFT) build -c release --build-tests
	$(SWIFT) test -c release --skip-build

bench: release
	bench/verify-vs-numpy.py
	bench/docx-vs-pandoc.py
	bench/models-vs-numpy.py
	bench/train-vs-numpy.py --numpy-without-openblas-env

# The binary, its shell completions (swift-argument-parser writes them) and
# its manual pages (swift-argument-parser's generate-manual plugin).
install: release
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" \
	  "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d" \
	  "$(DESTDIR)$(PREFIX)/share/man/man1"
	install -m 755 "$(BIN)" "$(DESTDIR)$(PREFIX)/bin/coursecheck"
	"$(BIN)" --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/coursecheck"
	"$(BIN)" --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_coursecheck"
	"$(BIN)" --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/coursecheck.fish"
	$(SWIFT) package plugin generate-manual --multi-page >/dev/null
	install -m 644 .build/plugins/GenerateManual/outputs/coursecheck/*.1 "$(DESTDIR)$(PREFIX)/share/man/man1/"
	@echo "installed coursecheck in $(DESTDIR)$(PREFIX)"

# A Gradescope autograder bundle: setup.sh, run_autograder (which calls
# `verify --format gradescope`), the assignment and a coursecheck built with
# the static Swift standard library. Upload gradescope/autograder.zip.
# ACCURACY_REFERENCE=FILE (made by `coursecheck accuracy-reference`) ships it
# too, and the accuracies are then judged against it.
ACCURACY_REFERENCE ?=
gradescope: deps
	$(SWIFT) build -c release --product coursecheck --static-swift-stdlib --scratch-path .build-gradescope
	rm -rf gradescope && mkdir -p gradescope/bundle
	install -m 755 "$$($(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-gradescope --show-bin-path)/coursecheck" gradescope/bundle/
	install -m 755 autograder/setup.sh autograder/run_autograder gradescope/bundle/
	install -m 644 fixtures/assignment.json gradescope/bundle/
	@if [ -n "$(ACCURACY_REFERENCE)" ]; then \
	  "$(BIN)" verify fixtures/answers/submitted.md --assignment fixtures/assignment.json \
	    --accuracy-reference "$(ACCURACY_REFERENCE)" >/dev/null; [ $$? -le 1 ] || exit 2; \
	  install -m 644 "$(ACCURACY_REFERENCE)" gradescope/bundle/accuracy-reference.json; \
	fi
	cd gradescope/bundle && python3 -m zipfile -c ../autograder.zip setup.sh run_autograder coursecheck assignment.json \
	  $$( [ -f accuracy-reference.json ] && echo accuracy-reference.json )
	@echo "wrote gradescope/autograder.zip"

clean:
	rm -rf .build
