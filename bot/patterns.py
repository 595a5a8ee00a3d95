"""Compile the compact pattern syntax of data/safety/patterns.yml into spaCy Matcher patterns.

A pattern is a string of space-separated token specs:
  word        a token whose spaCy norm is ``word`` (lower case; "nt" and "n't" are "not")
  a|b|c       any of the alternatives
  @set        any word of a named word set (sets may be mixed with words: ``@child|mum``)
  re:REGEX    a token whose norm matches REGEX (may follow words: ``a|b|re:^\\d+$``; the regex
              runs to the end of the spec, so it may contain ``|``)
Alternatives never contain spaces: ``a|b c`` is two tokens, (a or b) then c.
  _           any one token
  !a|@set     any one token that is none of the alternatives (``!@now?``: a wildcard that never
              swallows a time of now)
A trailing ``?`` makes a spec optional (``really?``, ``@adverb?``, ``_?``).
"""
import re
from typing import Dict, List, Sequence


class PatternError(ValueError):
    """A pattern in the data file cannot be compiled."""


def compile_pattern(text: str, sets: Dict[str, Sequence[str]]) -> List[dict]:
    """Turn one pattern string into a list of spaCy Matcher token dicts."""
    tokens = []
    for spec in text.split():
        optional = spec.endswith("?") and len(spec) > 1
        if optional:
            spec = spec[:-1]
        tokens.append(_compile_spec(spec, sets, text, optional))
    if not tokens or all(token.get("OP") == "?" for token in tokens):
        raise PatternError(f"pattern {text!r} must have at least one required token")
    return tokens


def _compile_spec(spec: str, sets: Dict[str, Sequence[str]], text: str, optional: bool) -> dict:
    if spec == "_":
        token: dict = {}
    elif spec.startswith("!") and len(spec) > 1:
        if "re:" in spec:
            raise PatternError(f"a '!' spec takes words and sets, not a regex, in pattern {text!r}")
        token = {"NORM": {"NOT_IN": sorted(set(_words(spec[1:], sets, text)))}}
    else:
        head, _, regex = spec.partition("re:")
        words = _words(head, sets, text)
        if regex:
            choices = [f"^(?:{'|'.join(re.escape(word) for word in sorted(set(words)))})$"] if words else []
            token = {"NORM": {"REGEX": "|".join(choices + [f"(?:{regex})"])}}
        elif len(words) == 1:
            token = {"NORM": words[0]}
        else:
            token = {"NORM": {"IN": sorted(set(words))}}
    if optional:
        token["OP"] = "?"
    return token


def _words(head: str, sets: Dict[str, Sequence[str]], text: str) -> List[str]:
    """The words of `a|b|@set` alternatives."""
    words: List[str] = []
    for alternative in filter(None, head.split("|")):
        if alternative.startswith("@"):
            name = alternative[1:]
            if name not in sets:
                raise PatternError(f"unknown set @{name} in pattern {text!r}")
            words.extend(sets[name])
        else:
            words.append(alternative)
    return words
