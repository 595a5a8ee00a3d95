"""References people can quote: "SL-7K4M-Q2XD-P" (Crockford base32, 40 random bits, check character).

Crockford's alphabet has no I, L, O or U, so a reference read over the phone is hard to mishear;
the last character is the mod-37 check symbol, which catches any single wrong character and
any swap of two neighbours. New references only use check values that are letters or digits.
"""
import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_SYMBOLS = ALPHABET + "*~$=U"
PREFIX = "SL"
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _check_symbol(body: str) -> str:
    value = 0
    for char in body:
        value = value * 32 + ALPHABET.index(char)
    return CHECK_SYMBOLS[value % 37]


def new_reference() -> str:
    """A fresh random reference whose check character is a letter or digit too (about 32 bodies
    in 37 qualify), so no reference ends in a symbol that is awkward to read out."""
    while True:
        body = "".join(secrets.choice(ALPHABET) for _ in range(8))
        check = _check_symbol(body)
        if check in ALPHABET:
            return f"{PREFIX}-{body[:4]}-{body[4:]}-{check}"


def normalise(text: str) -> str:
    """The canonical form of what someone typed ("sl 7k4m q2xd p" -> "SL-7K4M-Q2XD-P"), or "" if invalid."""
    raw = re.sub(r"[\s-]", "", text.upper())
    if raw.startswith(PREFIX):
        raw = raw[len(PREFIX):]
    if len(raw) != 9:
        return ""
    body, check = raw[:8].translate(_READ_AS), raw[8]
    if any(char not in ALPHABET for char in body) or _check_symbol(body) != check.translate(_READ_AS):
        return ""
    return f"{PREFIX}-{body[:4]}-{body[4:]}-{check.translate(_READ_AS)}"
