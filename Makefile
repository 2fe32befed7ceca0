# The two commands a newcomer needs. Both install whatever is missing first.
.PHONY: run test test-content budget bench lighthouse

run: ## build the release and serve it on http://127.0.0.1:8080/
	scripts/run.sh

test: ## every check: fmt, clippy, host tests, browser tests, release build, end-to-end
	scripts/test.sh

test-content: ## validate the question bank and print its counts
	cargo test --test bank -- --nocapture

budget: ## gzipped size of the initial load of dist/ against the 150 KB budget (build first)
	node tools/budget.mjs dist

bench: ## build, then measure load, feedback latency and memory against a minimal Yew app
	scripts/measure.sh bench

lighthouse: ## build, then Lighthouse's mobile preset against dist/ (reports in target/lighthouse/)
	scripts/measure.sh lighthouse
