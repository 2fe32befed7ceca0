# The two commands a newcomer needs. Both install whatever is missing first.
.PHONY: run test test-content

run: ## build the release and serve it on http://127.0.0.1:8080/
	scripts/run.sh

test: ## every check: fmt, clippy, host tests, browser tests, release build, end-to-end
	scripts/test.sh

test-content: ## validate the question bank and print its counts
	cargo test --test bank -- --nocapture
