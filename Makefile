# The two commands of README.md. Both install missing system packages first.

.PHONY: run test evaluate dependencies

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
