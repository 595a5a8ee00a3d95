"""Helpline directory (data/helplines.yml) and plain-English opening hours: "open now until 9pm"."""
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple
from zoneinfo import ZoneInfo

import yaml

from bot import DATA_DIR

DEFAULT_DIRECTORY = DATA_DIR / "helplines.yml"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Words people use for each service, for questions such as "is the nspcc open now?".
ALIASES: Dict[str, Tuple[str, ...]] = {
    "stop_it_now": ("stop it now", "stopitnow"),
    "childline": ("childline", "child line"),
    "nspcc_bsl": ("bsl", "sign language", "signvideo", "deaf"),
    "nspcc": ("nspcc",),
    "police_101": ("101", "non emergency", "non-emergency"),
    "warwickshire_police": ("warwickshire",),
}


@dataclass(frozen=True)
class Service:
    """One helpline; `hours` maps a weekday (0 = Monday) to its (open, close) times."""

    key: str
    name: str
    always_open: bool
    hours: Dict[int, Tuple[time, time]] = field(default_factory=dict)
    phone: Optional[str] = None
    textphone: Optional[str] = None
    email: Optional[str] = None
    web: Optional[str] = None
    note: Optional[str] = None
    source: str = ""
    checked: str = ""

    def is_open(self, moment: datetime) -> bool:
        """Whether the service is open at `moment` (a time zone aware datetime)."""
        if self.always_open:
            return True
        window = self.hours.get(moment.weekday())
        return bool(window) and window[0] <= moment.time() < window[1]

    def status(self, moment: datetime) -> str:
        """"open now until 9pm", "open 24 hours" or "closed now; opens Monday at 9am"."""
        if self.always_open:
            return "open 24 hours, every day"
        if self.is_open(moment):
            return f"open now until {say_time(self.hours[moment.weekday()][1])}"
        day, opening = self._next_opening(moment)
        return f"closed now; opens {_say_day(day, moment.date())} at {say_time(opening)}"

    def _next_opening(self, moment: datetime) -> Tuple[date, time]:
        for ahead in range(8):
            day = moment.date() + timedelta(days=ahead)
            window = self.hours.get(day.weekday())
            if window and (ahead > 0 or moment.time() < window[0]):
                return day, window[0]
        raise ValueError(f"{self.key} has no opening hours")


class Directory(Dict[str, Service]):
    """All services by key, with the time zone their hours are given in."""

    def __init__(self, services: Dict[str, Service], timezone: str):
        super().__init__(services)
        self.timezone = ZoneInfo(timezone)

    def now(self) -> datetime:
        """The current time in the directory's time zone."""
        return datetime.now(self.timezone)


def load_directory(path: Path = DEFAULT_DIRECTORY) -> Directory:
    """Read the directory file."""
    with open(path, encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    services = {key: _service(key, spec) for key, spec in raw["services"].items()}
    return Directory(services, raw["timezone"])


def _service(key: str, spec: dict) -> Service:
    hours = spec.pop("hours")
    always = hours == "always"
    windows = {} if always else {DAYS.index(day): _window(text) for day, text in hours.items()}
    return Service(key=key, always_open=always, hours=windows, **spec)


def _window(text: str) -> Tuple[time, time]:
    opens, closes = (time.fromisoformat(part.strip()) for part in text.split("-"))
    return opens, closes


def say_time(moment: time) -> str:
    """9am, 9:30pm, midday."""
    if moment == time(12, 0):
        return "midday"
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes}{'am' if moment.hour < 12 else 'pm'}"


def _say_day(day: date, today: date) -> str:
    if day == today:
        return "today"
    if day == today + timedelta(days=1):
        return "tomorrow"
    return DAY_NAMES[day.weekday()]


def contact(service: Service) -> str:
    """The ways to reach a service, e.g. "0808 800 5000 or help@nspcc.org.uk"."""
    ways = [way for way in (service.phone, service.email, service.web) if way]
    return " or ".join(ways)


def status_line(service: Service, moment: datetime) -> str:
    """"NSPCC helpline, 0808 800 5000 or help@nspcc.org.uk: open now until 10pm."""
    return f"{service.name}, {contact(service)}: {service.status(moment)}."


def status_lines(directory: Directory, keys: Optional[Sequence[str]] = None, moment: Optional[datetime] = None) -> List[str]:
    """One status line per service (all services when `keys` is None)."""
    moment = moment or directory.now()
    return [status_line(directory[key], moment) for key in (keys or list(directory))]


def services_named_in(text: str) -> List[str]:
    """Keys of the services a message mentions, in the order of ALIASES."""
    lowered = f" {text.lower()} "
    found = [key for key, words in ALIASES.items() if any(word in lowered for word in words)]
    # "the nspcc bsl line" names both: keep the specific one.
    if "nspcc_bsl" in found and "nspcc" in found:
        found.remove("nspcc")
    return found
