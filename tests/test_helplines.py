"""Helpline directory and opening hours, with fixed clocks (UK time)."""
import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.helplines import load_directory, say_time, services_named_in, status_line

UK = ZoneInfo("Europe/London")
DIRECTORY = load_directory()


def at(year, month, day, hour, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=UK)


# 2026-11-30 is a Monday.
@pytest.mark.parametrize(
    "key, moment, expected",
    [
        ("stop_it_now", at(2026, 11, 30, 10), "open now until 9pm"),
        ("stop_it_now", at(2026, 12, 4, 18, 59), "open now until 7pm"),
        ("stop_it_now", at(2026, 12, 4, 19), "closed now; opens Monday at 9am"),
        ("stop_it_now", at(2026, 12, 5, 12), "closed now; opens Monday at 9am"),
        ("stop_it_now", at(2026, 12, 6, 12), "closed now; opens tomorrow at 9am"),
        ("stop_it_now", at(2026, 12, 1, 8, 30), "closed now; opens today at 9am"),
        ("stop_it_now", at(2026, 12, 1, 21), "closed now; opens tomorrow at 9am"),
        ("nspcc", at(2026, 12, 6, 17), "open now until 6pm"),
        ("nspcc", at(2026, 12, 6, 19), "closed now; opens tomorrow at 8am"),
        ("nspcc", at(2026, 12, 5, 7), "closed now; opens today at 9am"),
        ("childline", at(2026, 12, 6, 3), "open 24 hours, every day"),
        ("emergency", at(2026, 12, 25, 3), "open 24 hours, every day"),
    ],
)
def test_status(key, moment, expected):
    assert DIRECTORY[key].status(moment) == expected


def test_hours_are_uk_time_across_the_clock_change():
    # 29 March 2026: the clocks go forward; 9am is still 9am in UK time.
    assert DIRECTORY["stop_it_now"].status(at(2026, 3, 30, 9)) == "open now until 9pm"


def test_status_line_names_the_service_and_how_to_reach_it():
    line = status_line(DIRECTORY["nspcc"], at(2026, 11, 30, 12))
    assert line == "NSPCC helpline, 0808 800 5000 or help@nspcc.org.uk: open now until 10pm."


@pytest.mark.parametrize("moment, spoken", [(time(9), "9am"), (time(21, 30), "9:30pm"), (time(12), "midday"), (time(0), "12am")])
def test_say_time(moment, spoken):
    assert say_time(moment) == spoken


@pytest.mark.parametrize(
    "text, keys",
    [
        ("is the nspcc open now", ["nspcc"]),
        ("when does stop it now open", ["stop_it_now"]),
        ("can i ring childline at night", ["childline"]),
        ("is the nspcc bsl line open", ["nspcc_bsl"]),
        ("what are your hours", []),
    ],
)
def test_services_named_in(text, keys):
    assert services_named_in(text) == keys


def test_every_service_has_a_source_a_date_and_a_way_in():
    for service in DIRECTORY.values():
        assert service.source and re.fullmatch(r"\d{4}-\d{2}-\d{2}", service.checked), service.key
        assert service.phone or service.web, service.key


def test_numbers_in_replies_are_in_the_directory(domain):
    known = {way for s in DIRECTORY.values() for way in (s.phone, s.textphone, s.email) if way}
    numbers = {
        match
        for variants in domain["responses"].values()
        for variant in variants
        for match in re.findall(r"\b0[\d ]{7,12}\d\b|[\w.]+@[\w.]+\w", variant["text"])
    }
    assert numbers and numbers <= known, numbers - known
