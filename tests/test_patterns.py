"""The compact pattern syntax of data/safety/patterns.yml."""
import re

import pytest
import yaml

from bot.patterns import PatternError, compile_pattern
from bot.safety import DEFAULT_PATTERNS

SETS = {"child": ["son", "daughter"], "now": ["now", "tonight"]}


def test_words_alternatives_and_sets():
    assert compile_pattern("in danger", SETS) == [{"NORM": "in"}, {"NORM": "danger"}]
    assert compile_pattern("my|our @child", SETS) == [
        {"NORM": {"IN": ["my", "our"]}},
        {"NORM": {"IN": ["daughter", "son"]}},
    ]


def test_optional_and_wildcard_tokens():
    assert compile_pattern("really? _ _? @now", SETS) == [
        {"NORM": "really", "OP": "?"},
        {},
        {"OP": "?"},
        {"NORM": {"IN": ["now", "tonight"]}},
    ]


def test_a_bang_spec_is_any_token_but_its_alternatives():
    assert compile_pattern("in !@now|there? when", SETS) == [
        {"NORM": "in"},
        {"NORM": {"NOT_IN": ["now", "there", "tonight"]}, "OP": "?"},
        {"NORM": "when"},
    ]
    with pytest.raises(PatternError, match="not a regex"):
        compile_pattern("in !re:^x$ when", SETS)


def test_regex_may_follow_words_and_contain_bars():
    token = compile_pattern("aged|re:^(?:[4-9]|1[0-7])$", SETS)[0]
    regex = token["NORM"]["REGEX"]
    assert re.search(regex, "aged") and re.search(regex, "13") and re.search(regex, "9")
    assert not re.search(regex, "18") and not re.search(regex, "aged13")


def test_unknown_set_and_all_optional_patterns_are_errors():
    with pytest.raises(PatternError, match="unknown set @adult"):
        compile_pattern("@adult now", SETS)
    with pytest.raises(PatternError, match="required token"):
        compile_pattern("really? _?", SETS)


def test_no_multi_word_alternative_is_split_across_tokens():
    """`send help|the police` is two tokens, `help|the` then `police`: it never matches "send help".

    A word that appears both among a token's alternatives and in the next token is that slip.
    """
    rules = yaml.safe_load(DEFAULT_PATTERNS.read_text(encoding="utf-8"))["rules"]
    split = []
    for rule, patterns in rules.items():
        for pattern in patterns:
            # a `!` token matches none of its words, so it is never that slip
            tokens = [set() if token.startswith("!") else set(token.rstrip("?").split("|")) for token in pattern.split()]
            split += [(rule, pattern) for this, after in zip(tokens, tokens[1:]) if (this & after) - {"_"}]
    assert split == []
