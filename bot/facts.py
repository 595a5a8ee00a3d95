"""Several intake facts from one message, so the person is not asked again.

A blank spaCy English pipeline with an EntityRuler (patterns: data/intake/entity_patterns.jsonl)
finds who the person asked about is to the writer, whether they live together, and how the
writer is related to the children; small rules around those entities read the name and ages.

"my new partner John Smith, he's 34, he's moving in with me and my two kids aged 4 and 7" ->
{"subject_relationship": "partner_living_together", "subject_name": "John Smith",
 "subject_age": 34, "applicant_relationship": "parent", "child_ages": [4, 7]}
"""
import re
from functools import lru_cache
from typing import Any, Dict, Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from bot import DATA_DIR
from bot.validation import child_ages

PATTERNS = DATA_DIR / "intake" / "entity_patterns.jsonl"
_NAME_STOP = {"He", "She", "They", "I", "We", "My", "Our", "Is", "And", "But", "The", "Who", "Hes", "Shes"}
_SUBJECT_AGE = re.compile(r"\b(?:he|she|they|[A-Z][a-z]+)\s*(?:'s|s|is|are|'re)\s+(?:about\s+|around\s+)?(\d{2})\b|\baged\s+(\d{2})\b|\b(\d{2})\s*(?:years?\s+old|yo)\b", re.I)
_CHILD_AGES = re.compile(r"\b(?:aged?|ages|who (?:is|are))\s+([\w ,]+?)(?:[.;!?]|$)", re.I)


@lru_cache(maxsize=1)
def _nlp() -> Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.from_disk(PATTERNS)
    return nlp


def extract_facts(text: str) -> Dict[str, Any]:
    """The intake facts a message states; facts it does not state are left out."""
    doc = _nlp()(text)
    facts: Dict[str, Any] = {}
    subject = _subject(doc)
    if subject is not None:
        relationship = _through(doc, subject) or subject.ent_id_
        if relationship in ("partner", "boyfriend_girlfriend"):
            living = any(ent.label_ == "LIVING_TOGETHER" for ent in doc.ents)
            relationship = "partner_living_together" if living else "boyfriend_girlfriend"
        facts["subject_relationship"] = relationship
        name = _name_after(doc, subject)
        if name:
            facts["subject_name"] = name
    age = _SUBJECT_AGE.search(_before_children(doc))
    if age:
        value = int(next(group for group in age.groups() if group))
        if 16 <= value <= 110:
            facts["subject_age"] = value
    child = next((ent for ent in doc.ents if ent.label_ == "MY_CHILD"), None)
    if child is not None:
        facts["applicant_relationship"] = child.ent_id_
        ages = _CHILD_AGES.search(doc[child.start:].text)
        if ages:
            check = child_ages(ages.group(1))
            if check.ok:
                facts["child_ages"] = check.value
    return facts


def _subject(doc: Doc) -> Optional[Span]:
    """The person asked about: in "my friend's dad" that is the dad, not the friend."""
    relations = [ent for ent in doc.ents if ent.label_ == "SUBJECT_REL"]
    for ent, following in zip(relations, relations[1:] + [None]):
        if following is None or not all(token.lower_ in ("'s", "s") for token in doc[ent.end:following.start]):
            return ent
    return None


def _through(doc: Doc, subject: Span) -> Optional[str]:
    """"my sister's husband" is a relative of the writer; "my friend's dad" is someone else."""
    owner = subject.start - 1
    if owner >= 0 and doc[owner].lower_ in ("'s", "s"):
        owner -= 1
    if owner < 0 or doc[owner].lower_ in ("my", "our", "new", "ex"):
        return None
    word = doc[owner].lower_
    for candidate in (word, word[:-1] if word.endswith("s") else word):
        ents = _nlp()(candidate).ents
        if ents and ents[0].label_ == "SUBJECT_REL":
            return "relative" if ents[0].ent_id_ == "relative" else "other"
    return None


def _name_after(doc: Doc, subject: Span) -> Optional[str]:
    """Title-case words right after the relationship ("partner John Smith"), or after "called"."""
    start = subject.end
    if start < len(doc) and doc[start].lower_ in ("called", "named", "is"):
        start += 1
    words = []
    for token in doc[start:start + 3]:
        if not token.is_title or token.text in _NAME_STOP:
            break
        words.append(token.text)
    return " ".join(words) or None


def _before_children(doc: Doc) -> str:
    """The text before the first mention of the writer's children, where the subject's age is."""
    child = next((ent for ent in doc.ents if ent.label_ == "MY_CHILD"), None)
    return doc[: child.start].text if child is not None else doc.text
