# The two commands of README.md (run, test), and installing Veille as a service
# (docs/install-and-operate.md). `run`, `test` and `install` install missing system packages first.

.PHONY: run test evaluate dependencies install install-files uninstall deb service-check

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
LIBDIR ?= $(PREFIX)/lib/veille
SYSCONFDIR ?= /etc
UNITDIR ?= /etc/systemd/system
DESTDIR ?=
# The installed binary: Swift's standard library and Foundation linked in, so that it runs without
# the toolchain. Built in its own folder, since the flag would otherwise rebuild `make run`'s.
STATIC_BIN ?= .build-static/release/veille
VERSION := $(shell sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/veille/Version.swift)

# Build in release mode and watch ./Inbox with ./Config, keeping state in ./State.
run: dependencies
	swift run -c release veille watch

# Build and run the whole test suite.
test: dependencies
	swift test

# Classification figures on ../shared/corpus (dev and seeds), failing below their floors.
evaluate: dependencies
	@scripts/evaluate.sh

dependencies:
	@scripts/install-dependencies.sh

# Rebuilt only when a source changed, so that `make install` in a box without the toolchain, on a
# tree built beforehand, only copies.
$(STATIC_BIN): Package.swift $(shell find Sources -type f)
	@scripts/install-dependencies.sh
	swift build -c release --static-swift-stdlib --scratch-path .build-static --product veille
	@touch $@

# As root: the binary, the configuration (an edited file is kept), the unit, the `veille` user and
# group, and the state folder with its inbox. Then: systemctl enable --now veille
install: install-files
	@if [ -z "$(DESTDIR)" ]; then \
		packaging/prepare-system.sh; \
		if [ -d /run/systemd/system ]; then systemctl daemon-reload; fi; \
		echo "installed; start it with: systemctl enable --now veille"; \
	fi

# The files alone, under DESTDIR: what `install` and `deb` share.
install-files: $(STATIC_BIN)
	install -D -m 755 $(STATIC_BIN) $(DESTDIR)$(BINDIR)/veille
	install -D -m 755 packaging/prepare-system.sh $(DESTDIR)$(LIBDIR)/prepare-system
	scripts/install-config.sh install Config $(DESTDIR)$(SYSCONFDIR)/veille
	install -d $(DESTDIR)$(UNITDIR)
	sed 's|/usr/local/bin/veille|$(BINDIR)/veille|g' systemd/veille.service > $(DESTDIR)$(UNITDIR)/veille.service
	chmod 644 $(DESTDIR)$(UNITDIR)/veille.service

# Stops and removes the service, the binary, and each configuration file still as installed. Left:
# edited configuration files, /var/lib/veille (index, archive, digests), and the `veille` user.
uninstall:
	-@if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then systemctl disable --now veille 2>/dev/null; fi
	rm -f $(DESTDIR)$(BINDIR)/veille $(DESTDIR)$(UNITDIR)/veille.service $(DESTDIR)$(LIBDIR)/prepare-system
	-rmdir $(DESTDIR)$(LIBDIR) 2>/dev/null
	@scripts/install-config.sh uninstall Config $(DESTDIR)$(SYSCONFDIR)/veille
	-@if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then systemctl daemon-reload; fi

# A Debian package, veille_VERSION_ARCH.deb in .build-deb/, which runs without the toolchain.
deb: $(STATIC_BIN)
	@scripts/make-deb.sh $(STATIC_BIN) $(VERSION) .build-deb

# Installs with `make install` and with the .deb in a throw-away systemd (../shared/tools/systemd-box).
service-check: $(STATIC_BIN) deb
	@scripts/service-check.sh
