"""References: unguessable, checkable, forgiving of how people type them."""
from bot.store.reference import ALPHABET, new_reference, normalise


def test_new_references_are_well_formed_and_distinct():
    references = {new_reference() for _ in range(2000)}
    assert len(references) == 2000
    for reference in references:
        assert normalise(reference) == reference
        assert reference[-1] in ALPHABET  # never *, ~, $, = or U


def test_typed_variants_are_understood():
    reference = new_reference()
    body = reference.replace("-", "")
    assert normalise(body.lower()) == reference
    assert normalise(" ".join(body)) == reference
    assert normalise(reference[3:]) == reference


def test_every_single_character_mistake_is_caught():
    reference = new_reference()
    body = reference.replace("SL-", "").replace("-", "")
    for position in range(9):
        for char in ALPHABET:
            if char != body[position]:
                wrong = body[:position] + char + body[position + 1:]
                assert normalise(wrong) == "", wrong


def test_swapped_neighbours_are_caught():
    reference = new_reference()
    body = reference.replace("SL-", "").replace("-", "")[:8]
    check = reference[-1]
    for i in range(7):
        if body[i] != body[i + 1]:
            swapped = body[:i] + body[i + 1] + body[i] + body[i + 2:]
            assert normalise(swapped + check) == ""
