"""Plain-English checks of intake answers: phone numbers, email, postcodes, dates, ages, text.

Each check returns a Check: either a cleaned `value` or an `error` to show the person. "I don't
know" and "skip" are recognised by `is_unknown`, so callers can accept unknowns where the police do.
"""
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, List, Optional

import phonenumbers
from dateutil import parser as date_parser
from email_validator import EmailNotValidError, validate_email

UNKNOWN_ANSWERS = {
    "dont know", "do not know", "i dont know", "i do not know", "dunno", "idk", "not sure",
    "no idea", "unknown", "skip", "pass", "no clue", "not known", "i have no idea", "cant remember",
    "can not remember", "i cant remember", "rather not say", "prefer not to say", "n/a", "na", "none",
}
# Ofcom reserves these for drama and testing; phonenumbers calls them unallocated.
OFCOM_TEST_RANGES = (
    "7700900", "1632960", "2079460", "1134960", "1144960", "1154960", "1164960", "1174960",
    "1184960", "1214960", "1314960", "1414960", "1514960", "1614960", "2890180", "2920180",
    "808157", "9098790", "3069990",
)
# The UK postcode pattern (without the special cases GIR 0AA and overseas territories).
POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$")
NUMBER_WORDS = {
    "newborn": 0, "baby": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
}


@dataclass(frozen=True)
class Check:
    """The outcome of checking one answer."""

    value: Any = None
    error: Optional[str] = None

    @property
    def ok(self) -> bool:
        return self.error is None


def bare(text: str) -> str:
    """Lower case without apostrophes or punctuation (except "/"), single spaces: how short
    answers such as "Don't know." or "n/a" are compared."""
    return " ".join(re.sub(r"[^\w/\s]", "", text.lower().replace("'", "")).split())


# Said around an answer without changing it: "no idea sorry", "honestly dunno".
_FILLERS = {"sorry", "soz", "tbh", "honestly", "really", "mate", "love", "pal", "though", "tho", "im", "afraid"}


def is_unknown(text: str) -> bool:
    """The person does not know or wants to skip ("dunno", "not sure", "no idea sorry", "skip")."""
    words = bare(text).split()
    while words and words[-1] in _FILLERS:
        words.pop()
    while words and words[0] in _FILLERS - {"im"}:
        words.pop(0)
    return " ".join(words) in UNKNOWN_ANSWERS


def phone(text: str) -> Check:
    """A UK phone number, returned as +44... (E.164)."""
    try:
        number = phonenumbers.parse(text, "GB")
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and number.country_code == 44:
        national = str(number.national_number)
        if phonenumbers.is_valid_number(number) or (
            phonenumbers.is_possible_number(number) and national.startswith(OFCOM_TEST_RANGES)
        ):
            return Check(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return Check(error="That does not look like a UK phone number. Please type it like 07700 900123.")


def email(text: str) -> Check:
    """An email address, normalised; no network look-up."""
    try:
        return Check(validate_email(text.strip(), check_deliverability=False).normalized)
    except EmailNotValidError:
        return Check(error="That does not look like an email address. Please type it like name@example.com.")


def postcode(text: str) -> Check:
    """A UK postcode, in capitals with one space: "CV34 4BZ"."""
    match = POSTCODE.match(re.sub(r"\s+", "", text.upper()))
    if not match:
        return Check(error="That does not look like a UK postcode. Please type it like CV34 4BZ.")
    return Check(f"{match.group(1)} {match.group(2)}")


def full_date(text: str) -> Optional[date]:
    """A date with day, month and year ("12th March 1989", "12/03/1989"), or None."""
    results = []
    for default in (datetime(2000, 1, 1), datetime(2001, 2, 2)):
        try:
            # fuzzy: words around the date are skipped ("date of birth 9 February 1984")
            results.append(date_parser.parse(text, dayfirst=True, default=default, fuzzy=True).date())
        except (ValueError, OverflowError):
            return None
    # A part missing from the text takes each default's value, so the two results differ.
    return results[0] if results[0] == results[1] else None


def date_of_birth(text: str, today: date, min_age: int = 0, max_age: int = 120) -> Check:
    """A date of birth in the past, giving an age between min_age and max_age."""
    born = full_date(text)
    if born is None:
        return Check(error="Please give the date with day, month and year, like 12 March 1989.")
    if born >= today:
        return Check(error="A date of birth must be in the past. Please check the year.")
    age = years_between(born, today)
    if not min_age <= age <= max_age:
        return Check(error=f"That gives an age of {age}. Please check the date.")
    return Check(born)


def years_between(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def age_or_date_of_birth(text: str, today: date) -> Check:
    """An adult's age ("34", "about 40", "in his 30s") or date of birth."""
    decade = re.search(r"\b(\d)0s\b", text)
    if decade:
        return Check({"age": int(decade.group(1)) * 10 + 5, "approximate": True})
    born = full_date(text)
    ages = re.findall(r"\b(\d{1,3})(?:ish)?\b", text)
    year = re.fullmatch(r"\D*\b(19\d\d|20[0-2]\d)\b\D*", text)
    if year and not born:  # "born 1975", "1986 i think"
        return Check({"age": today.year - int(year.group(1)), "approximate": True})
    if len(ages) == 2 and not born and abs(int(ages[0]) - int(ages[1])) <= 10:  # "36 or 37", "between 55 and 60"
        ages = [str((int(ages[0]) + int(ages[1])) // 2)]
        text = f"about {ages[0]}"
    if len(ages) == 1 and not born:
        age = int(ages[0])
        if not 10 <= age <= 110:
            return Check(error="Please give an age between 10 and 110, or a date of birth.")
        approximate = bool(re.search(r"about|around|roughly|maybe|ish|approx|think|guess|or so", text.lower()))
        return Check({"age": age, "approximate": approximate})
    born = date_of_birth(text, today)
    return Check({"date_of_birth": born.value}) if born.ok else Check(
        error="Please give their age, like 34 or about 40, or their date of birth."
    )


def child_ages(text: str) -> Check:
    """Children's ages from one answer ("4 and 7", "twins aged three", "a baby"): each 0-17."""
    # "two kids aged 4 and 7": the count of children is not an age.
    lowered = re.sub(r"\b\w+\s+(?:kids|children|boys|girls|sons|daughters|little ones|of them)\b", " ", text.lower())
    ages: List[int] = [int(number) for number in re.findall(r"\b\d{1,2}\b", lowered)]
    ages += [value for word, value in NUMBER_WORDS.items() if re.search(rf"\b{word}\b", lowered)]
    if re.search(r"\btwins\b", lowered) and len(ages) == 1:
        ages *= 2
    if re.search(r"\bmonths?\b", lowered) and not re.search(r"\byears?\b", lowered):
        ages = [0] * max(1, len(ages))
    if not ages:
        return Check(error="Please give each child's age in years, like 4 and 7.")
    if any(age > 17 for age in ages):
        return Check(error="The scheme is about children under 18. Please give ages from 0 to 17.")
    return Check(ages)


def free_text(text: str, max_length: int) -> Check:
    """Text up to max_length characters, with spacing tidied."""
    tidy = " ".join(text.split())
    if not tidy:
        return Check(error="Please type an answer, or say skip.")
    if len(tidy) > max_length:
        return Check(error=f"Please keep this under {max_length} characters. You are at {len(tidy)}.")
    return Check(tidy)
