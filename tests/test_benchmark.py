"""The benchmark's arithmetic; its timings are printed, never asserted."""
from bot.benchmark import summary, timings_ms


def test_timings_are_one_per_text_after_a_warm_up():
    calls = []
    timings = timings_ms(calls.append, ["a", "b", "c"])
    assert calls == ["a", "a", "b", "c"]
    assert len(timings) == 3 and all(t >= 0 for t in timings)


def test_summary_gives_the_median_and_95th_percentile():
    figures = summary([float(n) for n in range(1, 101)])
    assert figures == {"median": 50.5, "p95": 95.0}
