# Two commands on a fresh machine:  `make run` (the assistant) and `make test` (every test).
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
RASA := $(VENV)/bin/rasa
PYTHON := $(VENV)/bin/python
RASA_DATA := data/nlu data/core
MODEL := models/current.tar.gz
# The project's own trainable components' code counts too: Rasa's fingerprint does not see it.
TRAINING_INPUTS := config.yml domain.yml $(sort $(shell find data/nlu data/core -name '*.yml' 2>/dev/null)) $(wildcard bot/nlu/*.py)

# Quiet start-up: TensorFlow's C++ log lines, Python deprecation warnings, Rasa's telemetry.
export TF_CPP_MIN_LOG_LEVEL := 3
export TF_ENABLE_ONEDNN_OPTS := 0
export PYTHONWARNINGS := ignore
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export RASA_TELEMETRY_ENABLED := false
export PYTHONPATH := $(CURDIR)

# FORCE: a target that always runs (see models/inputs.sha256).
.PHONY: FORCE help setup train run shell test validate pytest story-test nlu-test safety-report rules-check benchmark clean

help:
	@echo "make run    - set up, train if needed, start the assistant (action server + Rasa)"
	@echo "make shell  - the same, then chat in this terminal"
	@echo "make test   - set up, validate data, train, pytest (with browser tests), Rasa story tests, NLU held-out tests"
	@echo "make safety-report - recall and false alarms of the safety layer"
	@echo "make rules-check - the safety rules on every labelled message, against the last commit's rules"
	@echo "make benchmark - speed and memory figures of the trained assistant"

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt requirements-model.txt constraints.txt scripts/setup-venv
	scripts/setup-venv
	touch $@

# socket.io-client for the widget and axe-core for the accessibility tests, from package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Retrains when there is no model or the config, domain or training data changed. Decided by
# content, not file times: models/inputs.sha256 is rewritten only when a hash differs, so an edit
# made while a training run was going still retrains next time.
models/inputs.sha256: FORCE
	@mkdir -p models; sha256sum $(TRAINING_INPUTS) > $@.new; cmp -s $@.new $@ && rm $@.new || mv $@.new $@

$(MODEL): $(VENV)/.installed models/inputs.sha256
	$(RASA) train --data $(RASA_DATA) --fixed-model-name current --out models --quiet --force

train: $(MODEL)

run: $(MODEL) node_modules/.installed
	scripts/run server

shell: $(MODEL) node_modules/.installed
	scripts/run shell

# Rasa's validator reports responses used only by forms (utter_ask_*) and by the intake actions
# (utter_intake_*) as unused; those lines are filtered out. It fails on any other warning.
validate: setup
	set -o pipefail; $(RASA) data validate --data $(RASA_DATA) --fail-on-warnings --quiet 2>&1 \
		| { grep -v -E "The utterance '(utter_ask_|utter_intake_)[a-z_]+' is not used in any story or rule|^.\[0m$$" || true; }

pytest: $(MODEL) node_modules/.installed
	$(PYTHON) -m pytest

story-test: $(MODEL)
	$(RASA) test core --model $(MODEL) --stories tests/stories --fail-on-prediction-errors --out results/core --quiet

# Sets never trained on, each written later than the one before by someone who had not seen the
# training data (README, "Held-out figures": each set's first run, and which had their errors read).
# The first hundred and twenty-one sets became training data (the first twenty-three at stop 13, the
# twenty-fourth to fifty-seventh at stop 20, the fifty-eighth to hundred-and-twenty-first at stop 29:
# data/nlu/former_heldout_sets.yml).
# redteam_eval (stop 14): emergencies written to be hard to spot and hard negatives, also blind.
NLU_EVAL_SETS := hundred_and_twenty_second_eval hundred_and_twenty_third_eval hundred_and_twenty_fourth_eval hundred_and_twenty_fifth_eval hundred_and_twenty_sixth_eval hundred_and_twenty_seventh_eval hundred_and_twenty_eighth_eval hundred_and_twenty_ninth_eval hundred_and_thirtieth_eval hundred_and_thirty_first_eval hundred_and_thirty_second_eval hundred_and_thirty_third_eval hundred_and_thirty_fourth_eval hundred_and_thirty_fifth_eval hundred_and_thirty_sixth_eval hundred_and_thirty_seventh_eval hundred_and_thirty_eighth_eval hundred_and_thirty_ninth_eval hundred_and_fortieth_eval hundred_and_forty_first_eval hundred_and_forty_second_eval hundred_and_forty_third_eval hundred_and_forty_fourth_eval hundred_and_forty_fifth_eval hundred_and_forty_sixth_eval hundred_and_forty_seventh_eval hundred_and_forty_eighth_eval hundred_and_forty_ninth_eval hundred_and_fiftieth_eval hundred_and_fifty_first_eval hundred_and_fifty_second_eval hundred_and_fifty_third_eval hundred_and_fifty_fourth_eval hundred_and_fifty_fifth_eval hundred_and_fifty_sixth_eval hundred_and_fifty_seventh_eval hundred_and_fifty_eighth_eval hundred_and_fifty_ninth_eval hundred_and_sixtieth_eval hundred_and_sixty_first_eval hundred_and_sixty_second_eval hundred_and_sixty_third_eval hundred_and_sixty_fourth_eval hundred_and_sixty_fifth_eval hundred_and_sixty_sixth_eval hundred_and_sixty_seventh_eval hundred_and_sixty_eighth_eval hundred_and_sixty_ninth_eval redteam_eval
nlu-test: $(MODEL)
	$(PYTHON) -m bot nlu-test --model $(MODEL) --out results/nlu $(NLU_EVAL_SETS:%=tests/nlu/%.yml)

test: validate pytest story-test nlu-test

# The blind set measures the rules alone on phrasings written without seeing them; the classifier
# catches what they miss, so its figures are reported without failing the target.
safety-report: setup
	$(PYTHON) -m bot safety-report --quiet
	-$(PYTHON) -m bot safety-report tests/safety/blind.yml --quiet

# Fails if the working tree's rules no longer catch an emergency that the last commit's caught.
rules-check: setup
	@mkdir -p results
	git show HEAD:data/safety/patterns.yml > results/patterns-before.yml
	$(PYTHON) -m bot rules-check --before results/patterns-before.yml

# Figures only (README, "Speed"): timings on a shared machine are not asserted by any test.
benchmark: $(MODEL)
	$(PYTHON) -m bot benchmark --model $(MODEL)

clean:
	rm -rf models results .stamps
