"""Read one intake answer: plain Python, no Rasa, so every rule can be unit-tested.

Each reader takes the person's text and returns a validation.Check whose value is what the
slot holds (JSON-friendly: strings, numbers, lists and dicts; dates as ISO strings).
"""
import re
from datetime import date
from typing import Dict, List, Optional, Tuple

from bot import validation
from bot.facts import extract_facts
from bot.validation import Check, is_unknown

UNKNOWN = "unknown"
CANCEL_ANSWERS = {
    "cancel", "cancel it", "cancel this", "cancel that", "cancel please", "please cancel", "stop",
    "stop it", "stop this", "quit", "exit", "i want to cancel", "i want to stop", "cancel application",
    "cancel my application", "cancel the application", "cancel the report", "stop the application",
    "forget it", "never mind", "nevermind", "i dont want to do this", "i dont want to do this anymore",
}
SUBJECT_RELATIONSHIPS = {
    "partner_living_together": "Partner, living together",
    "boyfriend_girlfriend": "Boyfriend or girlfriend",
    "relative": "Relative",
    "friend": "Friend",
    "neighbour": "Neighbour",
    "other": "Other",
}
APPLICANT_RELATIONSHIPS = {
    "parent": "Parent",
    "carer": "Carer",
    "guardian": "Guardian",
    "grandparent": "Grandparent",
    "other": "Other",
}
_APPLICANT_WORDS = {
    "parent": r"parent|mum|mom|mummy|mam|mother|dad|daddy|father|my (?:son|daughter|kids?|children|child)",
    "carer": r"carer|foster|step ?(?:mum|mom|dad|parent|mother|father)|look after",
    "guardian": r"guardian|special guardian|kinship",
    "grandparent": r"grand ?parent|gran|nan|nana|nanna|grandma|granny|grandad|grandpa|grandmother|grandfather",
}
_SUBJECT_WORDS = {
    "partner_living_together": r"live together|lives with|living with|we live|moved in|moving in|husband|wife",
    "boyfriend_girlfriend": r"boyfriend|girlfriend|partner|bf|gf|fella|seeing",
    "relative": r"relative|family|uncle|aunt|auntie|cousin|brother|sister|grandad|grandpa|nephew|in.law|step",
    "friend": r"friend|mate|pal",
    "neighbour": r"neighbou?r|next door|over the road|across the road|lives near",
}
_DATE_IN_TEXT = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*,?\s+(?:\d{4}|\d{2})\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b",
    re.I,
)
_NAME_LEAD = re.compile(
    r"^(?:(?:my|his|her|their)\s+(?:full\s+)?name\s+is|(?:i\s*am|i'?m|im|it'?s|its|this is|call me|name)\b|his name'?s|her name'?s)\s*",
    re.I,
)
_BORN = re.compile(r"\b(?:(?:i\s+was\s+)?born(?:\s+on)?|dob|date of birth(?:\s+is)?|d\.o\.b\.?)\b[:\s]*", re.I)
_CHILD_STOP = {
    # relationships and people
    "my", "our", "his", "her", "their", "the", "a", "an", "son", "daughter", "sons", "daughters", "kids", "kid",
    "child", "children", "boy", "boys", "girl", "girls", "baby", "toddler", "teen", "teenager", "twins", "twin",
    "step", "stepson", "stepdaughter", "grandson", "granddaughter", "grandchild", "foster", "brother", "brothers",
    "sister", "sisters", "cousin", "nephew", "niece", "half", "mum", "mam", "mom", "mummy", "dad", "daddy",
    "mother", "father", "parent", "parents", "nan", "nana", "gran", "grandma", "grandad", "grandparent", "carer",
    "guardian", "eldest", "youngest", "oldest", "middle", "little", "big", "both", "all", "of", "them",
    # pronouns and small words
    "i", "im", "me", "we", "us", "he", "she", "they", "it", "s", "who", "whos", "and", "also", "plus", "then",
    "with", "is", "are", "was", "be", "called", "named", "name", "names", "have", "has", "got", "live", "lives",
    "at", "in", "on", "to", "for", "so", "but", "or", "just", "only", "please", "thanks", "yes", "no", "ok",
    # ages
    "aged", "age", "ages", "years", "year", "yrs", "yr", "old", "yo", "months", "month", "weeks", "nearly",
    "almost", "about", "around", "turned", "turning", "turns", "one",
    # as typed without apostrophes, plurals and dialect: "my son jack hes 9", "my granddaughters, hollie 10"
    "hes", "shes", "theyre", "lad", "lads", "lass", "lasses", "wee", "bairn", "bairns", "grandsons",
    "granddaughters", "grandchildren", "grandkids", "stepsons", "stepdaughters", "nephews", "nieces", "cousins",
    "that", "thats", "this", "due",
}


def is_cancel(text: str) -> bool:
    """The person wants to stop the intake ("cancel", "stop", "forget it")."""
    return validation.bare(text) in CANCEL_ANSWERS


def yes_no(text: str) -> Optional[bool]:
    """True for yes, False for no, None when the text says neither."""
    bare = validation.bare(text)
    if re.match(r"^(?:no|nope|nah|not|dont|do not|never|they dont|she doesnt|he doesnt|doesnt)\b", bare):
        return False
    if re.match(r"^(?:yes|yeah|yep|yh|ye|ok|okay|sure|they do|she does|he does|of course|correct|agree|i agree|fine)\b", bare):
        return True
    return None


def _last_yes_no(bare: str) -> Optional[bool]:
    """A yes or no that ends the answer: "the other parent is the one going out with him so no"."""
    last = bare.split()[-1:] or [""]
    return {"no": False, "yes": True}.get(last[0])


def unknown_or(reader):
    """A reader that also accepts "don't know" and "skip" as UNKNOWN."""
    def read(text: str, *args) -> Check:
        return Check(UNKNOWN) if is_unknown(text) else reader(text, *args)
    return read


def subject_name(text: str) -> Check:
    """The name (and any other names) of the person asked about; "my partner John Smith, 34" -> "John Smith"."""
    if is_unknown(text):
        return Check(error="The police need at least a first name or a nickname to check someone. "
                           "Please type what you know, like Dave, surname not known.")
    facts = extract_facts(text)
    if facts.get("subject_name"):
        return Check(facts["subject_name"])
    cleaned = _NAME_LEAD.sub("", _AGE_UNKNOWN.sub(" ", _DATE_IN_TEXT.sub(" ", text)).strip())
    cleaned = re.sub(r"[,;(]?\s*(?:he'?s|she'?s|they'?re|aged?|about|around|roughly|maybe|in (?:his|her|their))?\s*\b\d{1,3}(?:s|ish)?\b\s*(?:years old|yo)?\)?", " ", cleaned, flags=re.I)
    cleaned = " ".join(_BORN.sub(" ", cleaned).split()).strip(" .,!;-")
    cleaned = re.sub(r"\s+(?:and|but|he|she|they)$", "", cleaned, flags=re.I)
    return validation.free_text(cleaned.title() if cleaned.islower() else cleaned, 120)


def age_in(text: str, today: date) -> Optional[Check]:
    """The age given beside a name ("John Smith, about 40", "Dave, not sure how old"), if any."""
    if _AGE_UNKNOWN.search(text):
        return Check(UNKNOWN)
    found = _DATE_IN_TEXT.search(text) or re.search(r"(?:about|around|roughly|maybe|approx\w*|in (?:his|her|their))?\s*\b\d{1,3}(?:s|ish)?\b", text, re.I)
    if not found:
        return None
    check = age(found.group(0), today)
    return check if check.ok else None


_AGE_UNKNOWN = re.compile(r"\b(?:(?:do ?n[o']?t|dont) know|not sure(?: of| about)?|no idea(?: of| about)?|unsure of)\s+(?:his|her|their|the)?\s*(?:age|how old(?: (?:he|she|they) (?:is|are))?)\b", re.I)


def subject_relationship(text: str) -> Check:
    """How the person asked about knows the writer: one of SUBJECT_RELATIONSHIPS, or "other: ..."."""
    choice = _option(text, SUBJECT_RELATIONSHIPS)
    if choice:
        return Check(choice)
    if is_unknown(text):
        return Check(error="Please choose the closest one. If none fits, say other and a few words.")
    lower = text.lower()
    living = re.search(rf"\b(?:{_SUBJECT_WORDS['partner_living_together']})\b", lower)
    fact = extract_facts(text).get("subject_relationship")
    if fact in ("boyfriend_girlfriend", "partner_living_together", None) and living:
        return Check("partner_living_together")
    if fact in SUBJECT_RELATIONSHIPS:
        return Check(fact)
    for value, words in _SUBJECT_WORDS.items():
        if re.search(rf"\b(?:{words})\b", lower):
            return Check(value)
    return _other(text)


def applicant_relationship(text: str) -> Check:
    """What the writer is to the children: one of APPLICANT_RELATIONSHIPS, or "other: ..."."""
    choice = _option(text, APPLICANT_RELATIONSHIPS)
    if choice:
        return Check(choice)
    for value, words in _APPLICANT_WORDS.items():
        if re.search(rf"\b(?:{words})\b", text.lower()):
            return Check(value)
    return _other(text)


def _option(text: str, options: Dict[str, str]) -> Optional[str]:
    """An option chosen by its number ("2") or its exact label ("Friend")."""
    bare = validation.bare(text)
    labels = list(options)
    if bare.isdigit() and 1 <= int(bare) <= len(labels):
        return labels[int(bare) - 1]
    return next((value for value, label in options.items() if validation.bare(label) == bare), None)


def _other(text: str) -> Check:
    tidy = validation.free_text(text, 80)
    return Check(f"other: {tidy.value}") if tidy.ok else tidy


def age(text: str, today: date) -> Check:
    """An adult's age or date of birth, or UNKNOWN."""
    if is_unknown(text):
        return Check(UNKNOWN)
    check = validation.age_or_date_of_birth(text, today)
    if check.ok and "date_of_birth" in check.value:
        return Check({"date_of_birth": check.value["date_of_birth"].isoformat()})
    return check


def children(text: str, known_ages: Optional[List[int]] = None) -> Check:
    """Each child's first name and age: "Amy 4 and Sam 7", "my son Sam who is 7", or names for known ages."""
    named = _named_children(text)
    ages = {child["age"] for child in named if child["age"] is not None}
    if re.search(r"\btwins\b", text.lower()) and len(ages) == 1:
        named = [{"name": child["name"], "age": next(iter(ages))} for child in named]
    if named and all(child["age"] is None for child in named) and known_ages and len(known_ages) == len(named):
        named = [{"name": child["name"], "age": age} for child, age in zip(named, known_ages)]
    if not named:
        return Check(error="Please give each child's first name and age, like Amy 4 and Sam 7.")
    if any(child["age"] is None for child in named):
        return Check(error="Please give each child's age too, like Amy 4 and Sam 7.")
    if any(child["age"] > 17 for child in named):
        return Check(error="The scheme is about children under 18. Please give ages from 0 to 17.")
    return Check(named)


def routine_contact(text: str) -> bool:
    """Only a usual arrangement, in one short clause: "he takes my son out in his car", "she babysits on fridays".

    Not an event or a time ("he took her", "he's got her in his car", "he takes her now and won't
    bring her back"): those stay for the safety layer to read.
    """
    match = _ROUTINE_CONTACT.fullmatch(" ".join(text.lower().replace("\u2019", "'").split()).rstrip("."))
    return bool(match) and len(match["rest"].split()) <= 10 and not _NOT_ROUTINE.search(match["rest"])


_ROUTINE_CONTACT = re.compile(
    r"(?:he|she|they|(?:my|our|her|his) [a-z']+|[a-z']+) (?:usually |sometimes |often |always |normally |also )?"
    r"(?:takes?|drives?|picks?|collects?|babysits?|minds?|visits?|sees?|comes?|stays?|coach(?:es)?|teach(?:es)?"
    r"|helps?|plays?|looks?|walks?|lives?)(?P<rest>(?: [a-z']+)*)"
)
_NOT_ROUTINE = re.compile(
    r"\b(?:now|rn|atm|tonight|today|right|still|just|currently|moment|again|not|never|wont|cant|\w+n't"
    r"|isnt|wasnt|hasnt|havent|hadnt|didnt|doesnt|arent"
    r"|back|away|gone|missing|help|hurt|hurting|scared|crying|screaming|and|but|then|so)\b"
)


def _named_children(text: str) -> List[Dict]:
    """Names with the age written next to them; ages left over are given to names in order."""
    text = _CHILD_COUNT.sub(" ", text)
    children_found: List[Dict] = []
    spare_ages: List[int] = []
    tokens = re.findall(r"[A-Za-z][A-Za-z'-]*|\d{1,2}", text)
    for index, token in enumerate(tokens):
        lower = token.lower()
        parts = [part for part in re.split(r"['-]", lower) if part]
        number = int(token) if token.isdigit() else validation.NUMBER_WORDS.get(lower)
        if lower == "one" and not (children_found and children_found[-1]["age"] is None):
            continue  # "one of them", "the little one"
        if number is not None:
            if tokens[index + 1:index + 2] and tokens[index + 1].lower() in _UNDER_A_YEAR:
                number = 0  # "harrison 10 months"
            waiting = next((child for child in children_found if child["age"] is None), None)
            if waiting is not None:
                waiting["age"] = number
            else:
                spare_ages.append(number)
        elif parts[0] not in _CHILD_STOP and not all(part in _CHILD_STOP for part in parts) and len(lower) > 1:
            children_found.append({"name": token[:1].upper() + token[1:], "age": spare_ages.pop(0) if spare_ages else None})
    return children_found


_UNDER_A_YEAR = {"month", "months", "week", "weeks", "wks", "days"}
_CHILD_COUNT = re.compile(
    r"\b(?:\d|one|two|three|four|five|six)\s+(?:kids|children|boys|girls|sons|daughters|little ones|of them|grandchildren|grandkids)\b", re.I
)


def name_and_date_of_birth(text: str, today: date) -> Tuple[Check, Optional[Check]]:
    """"Jane Smith, 12/03/1989" -> the name, and the date of birth when the text has one."""
    found = _DATE_IN_TEXT.search(text)
    dob = None
    if found:
        dob = date_of_birth(found.group(0), today)
        text = text[: found.start()] + text[found.end():]
    if "@" in text:
        return Check(error="Please type your name here. I will ask how to contact you next."), dob
    name = _BORN.sub(" ", _NAME_LEAD.sub("", text.strip()))
    name = " ".join(re.sub(r"[^\w' -]", " ", name).split())
    if not name:
        return Check(error="Please type your full name."), dob
    if re.search(r"\d", text):
        return Check(error="Please type your name, then your date of birth, like Jane Smith, 12 March 1989."), dob
    return validation.free_text(name.title() if name.islower() else name, 120), dob


def date_of_birth(text: str, today: date) -> Check:
    """The writer's date of birth (they must be 16 or older), as an ISO string."""
    check = validation.date_of_birth(_BORN.sub(" ", text), today, min_age=16)
    return Check(check.value.isoformat()) if check.ok else check


def postcode(text: str) -> Check:
    """A UK postcode, alone or inside an address."""
    direct = validation.postcode(text)
    if direct.ok:
        return direct
    inside = re.search(r"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\b", text.upper())
    return validation.postcode(inside.group(0)) if inside else direct


def contact(text: str) -> Check:
    """How the police should get in touch: {"method": "phone"|"email"|"letter", "value": ...}."""
    if "@" in text:
        address = re.search(r"\S+@\S+", text).group(0).strip(".,;")
        check = validation.email(address)
        return Check({"method": "email", "value": check.value}) if check.ok else check
    digits = re.sub(r"[^\d+]", "", text)
    if 3 <= len(digits) < 7:
        return validation.phone(text)
    if len(digits) >= 7:
        check = validation.phone(re.search(r"[\d+][\d ()-]{6,}\d", text).group(0))
        return Check({"method": "phone", "value": check.value}) if check.ok else check
    lower = text.lower()
    if re.search(r"\b(?:letter|post|write|writing)\b", lower):
        return Check({"method": "letter", "value": None})
    if re.search(r"\b(?:phone|call|ring|mobile|text)\b", lower):
        return Check(error="Please type the phone number, like 07700 900123.")
    if re.search(r"\be-?mail\b", lower):
        return Check(error="Please type the email address, like name@example.com.")
    return Check(error="Please type a phone number or an email address, or say letter.")


_NO_MESSAGE = re.compile(
    r"\b(?:no|not|never|dont|don't|do not|cannot|can't|cant|mustn'?t|must not|shouldn'?t|won't)\b[^.]{0,25}\b(?:message|voicemail|voice mail|text|leave)",
    re.I,
)
_MESSAGE_OK = re.compile(r"\b(?:can|fine|ok|okay|happy|safe)\b[^.]{0,25}\b(?:message|voicemail|leave)|\b(?:message|voicemail)s? (?:is|are) (?:fine|ok|okay)", re.I)


def contact_safety(text: str) -> Check:
    """When it is safe to make contact, and whether a message may be left (unsure means no)."""
    if is_unknown(text):
        return Check({"times": UNKNOWN, "leave_message": False})
    tidy = validation.free_text(text, 200)
    if not tidy.ok:
        return tidy
    leave = False if _NO_MESSAGE.search(text) else bool(_MESSAGE_OK.search(text))
    return Check({"times": tidy.value, "leave_message": leave})


def other_parent_knows(text: str) -> Check:
    """Whether the children's other parent knows: "yes", "no", "not_applicable" or UNKNOWN."""
    if is_unknown(text):
        return Check(UNKNOWN)
    lower = validation.bare(text)
    if re.search(r"\b(?:no other|not involved|not around|not in the picture|passed away|died|dead|no contact|n/?a|not applicable)\b", lower):
        return Check("not_applicable")
    if re.search(r"\b(?:not told|havent told|have not told|will tell|ill tell|going to tell|gonna tell)\b", lower):
        return Check("no")
    if re.search(r"\b(?:knows|know about it|told (?:him|her|them)|mentioned it)\b", lower) and not re.search(r"\b(?:doesnt|does not|dont|do not|not)\b", lower):
        return Check("yes")
    answer = yes_no(text) if yes_no(text) is not None else _last_yes_no(lower)
    if answer is None:
        return Check(error="Please answer yes, no, or don't know.")
    return Check("yes" if answer else "no")


def text(limit: int):
    """Free text up to `limit` characters, or UNKNOWN."""
    return unknown_or(lambda answer: validation.free_text(answer, limit))
