"""Route figures from rasa test nlu output."""
from bot.nlu_report import route_figures

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
