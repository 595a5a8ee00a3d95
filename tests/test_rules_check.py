"""`python -m bot rules-check`: the safety rules on every labelled message, before and after a change."""
from bot import rules_check
from bot.labelled import labelled_messages
from bot.safety import DEFAULT_PATTERNS, SafetyResult

MESSAGES = {
    "help": ("emergency", "set"),
    "a man is dragging my daughter into his van right now": ("emergency", "set"),
    "my son is 11 and hasnt come home from school, its 7pm": ("emergency", "set"),
    "i want to check my new partner before he moves in": ("routine_check", "set"),
    "he hurt her last year": ("concern", "set"),
    "im 13 and my stepdad touches me": ("child_disclosure", "set"),
}


def test_labelled_messages_reads_training_held_out_sets_and_phrasings(tmp_path):
    for folder, name, text in [("data/nlu", "a.yml", "hello"), ("tests/nlu", "b.yml", "bye")]:
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / name).write_text(f'version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - {text}\n')
    (tmp_path / "tests" / "safety").mkdir()
    (tmp_path / "tests" / "safety" / "phrasings.yml").write_text('none:\n  - "hello"\n  - "its all quiet"\n')
    assert labelled_messages(tmp_path) == {
        "hello": ("greet", "a"),
        "bye": ("greet", "b"),
        "its all quiet": ("none", "safety/phrasings"),
    }


def test_compare_sorts_every_changed_message():
    before = {text: None for text in MESSAGES}
    before["a man is dragging my daughter into his van right now"] = "emergency"
    before["he hurt her last year"] = "emergency"
    before["im 13 and my stepdad touches me"] = "child_disclosure"
    after = {text: None for text in MESSAGES}
    after["my son is 11 and hasnt come home from school, its 7pm"] = "emergency"
    after["i want to check my new partner before he moves in"] = "emergency"
    after["he hurt her last year"] = "child_disclosure"
    changes = rules_check.compare(before, after, MESSAGES)
    assert [row[2] for row in changes.lost] == ["a man is dragging my daughter into his van right now"]
    assert [row[2] for row in changes.gained] == ["my son is 11 and hasnt come home from school, its 7pm"]
    assert [row[2] for row in changes.fixed] == ["he hurt her last year"]
    assert [row[2] for row in changes.new_false] == ["i want to check my new partner before he moves in"]
    assert changes.other == [("child_disclosure, set", "child_disclosure -> None", "im 13 and my stepdad touches me")]
    assert rules_check.figures(after, MESSAGES) == {"messages": 6, "emergencies": 3, "caught": 1, "false_emergencies": 1}


def test_a_change_that_loses_an_emergency_fails(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(rules_check, "labelled_messages", lambda: MESSAGES)
    assert rules_check.main(DEFAULT_PATTERNS) == 0
    weaker = tmp_path / "patterns.yml"
    weaker.write_text(DEFAULT_PATTERNS.read_text(encoding="utf-8").replace("exact: [help, help me,", "exact: [help me,", 1))
    assert rules_check.main(DEFAULT_PATTERNS, patterns=weaker) == 1
    assert "LOST (an emergency no longer caught): 1" in capsys.readouterr().out


def test_an_emergency_newly_read_as_settled_is_listed():
    quiet = SafetyResult(None)
    settled = SafetyResult(None, (), negated_danger=True)
    messages = {"he's sat next to me shaking": ("emergency", "set"), "she's asleep now": ("concern", "set")}
    before = {text: quiet for text in messages}
    after = {text: settled for text in messages}
    assert rules_check.newly_demoted(before, after, messages) == [("emergency", "set", "he's sat next to me shaking")]
    assert rules_check.newly_demoted(after, after, messages) == []
