"""Route figures, totals and missed emergencies from Rasa's NLU evaluation output."""
from bot.nlu_report import missed_emergencies, route_figures, totals

REPORT = {
    "faq_cost": {"support": 2}, "faq_how_long": {"support": 1}, "concern": {"support": 3},
    "routine_check": {"support": 2}, "accuracy": 0.5, "macro avg": {"support": 8},
}


def test_a_faq_mix_up_is_still_routed_right_and_a_route_mix_up_is_not():
    errors = [
        {"intent": "faq_cost", "intent_prediction": {"name": "faq_how_long"}},
        {"intent": "concern", "intent_prediction": {"name": "routine_check"}},
        {"intent": "concern", "intent_prediction": {"name": "nlu_fallback"}},
    ]
    assert route_figures(REPORT, errors) == {
        "concern": {"support": 3, "right": 1},
        "information": {"support": 3, "right": 3},
        "routine_check": {"support": 2, "right": 2},
    }


def test_totals_count_missed_and_false_emergencies_across_sets():
    first = (
        {"emergency": {"support": 2}, "concern": {"support": 2}, "accuracy": 0.5},
        [
            {"text": "he is here now", "intent": "emergency", "intent_prediction": {"name": "concern"}},
            {"text": "he hurt her last year", "intent": "concern", "intent_prediction": {"name": "emergency"}},
        ],
    )
    second = ({"faq_cost": {"support": 3}}, [{"text": "is it free", "intent": "faq_cost", "intent_prediction": {"name": "faq_how_long"}}])
    assert totals([first, second]) == {
        "messages": 7, "right": 5, "emergencies": 2, "emergencies_caught": 1,
        "false_emergencies": 1, "non_emergencies": 5,
    }
    assert missed_emergencies(first[1]) == ["he is here now"]
    assert missed_emergencies(second[1]) == []
