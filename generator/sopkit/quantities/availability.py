"""When a service is open or ready: opening hours ("Mo-Fr 8-18 Uhr", "24/7") and
deadlines at a time of day ("orders received by 2 pm are sent the same day").

Such windows are bounds of their own kind: a standard that promises service during
them is checkable without a length of time.
"""

from __future__ import annotations

import re

from sopkit.quantities.calendar_days import _DAY_NAME
from sopkit.quantities.kept import _kept
from sopkit.wordpatterns import word_patterns

# --- availability and deadlines stated elsewhere ---------------------------------------

_AVAILABILITY: dict[str, str] = {
    "en": r"24\s*/\s*7-[^\W\d_]+|24\s*[/x×]\s*7|7\s*[x×]\s*24|(?:a)?round\s+the\s+clock|"
          r"24\s+hours(?:\s+a\s+day)?(?:,?\s+(?:7|seven)\s+days\s+a\s+week)?|"
          r"(?:7|seven)\s+days\s+a\s+week|"
          r"day\s+and\s+night|365\s+days\s+(?:a|of\s+the|per)\s+year|\d{1,2}\s+hours\s+a\s+day|"
          r"24\s+hours\s+(?:and|on)\s+365\s+days|"
          r"(?:at\s+)?any\s+time\s+of\s+(?:the\s+)?day\s+or\s+night",
    "de": r"24\s*/\s*7-[^\W\d_]+|24\s*[/x×]\s*7|7\s*[x×]\s*24(?:\s*Stunden)?|rund\s+um\s+die\s+Uhr|"
          r"24\s+Stunden(?:\s+(?:am\s+Tag|täglich)|(?=\s*,\s*(?:7|sieben)\s+Tage))|"
          r"24\s+Stunden\s+an\s+(?:7|sieben)\s+Tagen(?:\s+(?:in\s+der|pro|die)\s+Woche)?|"
          r"Tag\s+und\s+Nacht|(?:7|sieben)\s+Tage\s+die\s+Woche|"
          r"365\s+Tage\s+im\s+Jahr|zu\s+jeder\s+Tages-?\s+und\s+Nachtzeit|"
          # "während 24 Stunden und 365 Tagen": every hour of the year
          r"(?:während\s+)?24\s+Stunden\s+(?:und|an)\s+365\s+Tagen(?:\s+im\s+Jahr)?|"
          r"jederzeit(?=\s+(?:\w+\s+){0,2}?(?:möglich|erreichbar|geöffnet|zur\s+Verfügung|"
          r"verfügbar|im\s+Einsatz))|"
          # a self-service at any hour: "Jederzeit, auch außerhalb der Öffnungszeiten, können
          # Sie den Rückgabeautomaten nutzen"
          r"jederzeit(?=[^.;:!?]{0,160}?\b(?:nutzen|benutzen|nutzbar|zugänglich|zurückgeben|"
          r"einwerfen|abgeben|holen|abrufen|abrufbar|einsehen)\b)|"
          r"jederzeit(?=\s*\Z)|"  # a timeframe of that one word
          # "immer erreichbar - auch nach Dienstschluss und am Wochenende"
          r"(?:immer|stets|jederzeit)\s+erreichbar(?:\s*[-–,]\s*auch\s+(?:nach\s+Dienstschluss|"
          r"außerhalb\s+der\s+\w+|nachts)(?:\s+und\s+am\s+Wochenende)?)?|"
          # opening hours set elsewhere: "kann direkt während der Öffnungszeiten abgeholt werden"
          r"(?:direkt\s+)?während\s+der\s+(?:regulären\s+)?(?:Öffnungs|Sprech)"
          r"zeiten(?:\s+(?:des|der|unseres|unserer)\s+\w+)?|"
          # a service open 24 hours: "ein 24-Stunden-Notdienst", "einen 24stündigen Notdienst"
          r"24\s*-?\s*(?:h|Std\.?|Stunden|stündige[mnrs]?)[\s-]*\w*(?:dienst|service|hotline|"
          r"notruf|bereitschaft|erreichbarkeit|annahme|abgabe|schalter|automat|kasten|station|"
          r"zugang|support|betreuung|überwachung|nummer|telefon|leitung)\w*",
    "nl": r"24\s*/\s*7-[^\W\d_]+|24\s*u?\s*/\s*24(?:\s+en\s+7\s*/\s*7)?|24\s*[/x×]\s*7|"
          r"7\s*[x×]\s*24(?:\s*uur)?|"
          r"24\s+uur\s+per\s+dag(?:,?\s+(?:en\s+)?(?:7|zeven)\s+dagen\s+(?:per|in\s+de)\s+week)?|"
          # "1×24 uur beschikbaar" (Surinamese: round the clock), "altijd bereikbaar"
          r"1\s*[x×]\s*24\s*uur|(?:altijd|steeds)\s+bereikbaar|"
          r"(?:7|zeven)\s+dagen\s+(?:per|in\s+de)\s+week|dag\s+[eé]n\s+nacht|de\s+klok\s+rond|"
          r"24\s+uur\s+(?:en|op)\s+365\s+dagen|365\s+dagen\s+per\s+jaar|"
          r"24\s*-?\s*uurs?[\s-]*\w*(?:dienst|service|lijn|bereikbaarheid|permanentie|nummer|"
          r"telefoon)\w*",
}  # fmt: skip
#: Opening hours are a standard when the metric promises to be reachable in them.
_OPEN_WORDS = (
    r"erreichbar|geöffnet|besetzt|entgegen|für\s+Sie\s+da|available|open|reachable|staffed|"
    r"bereikbaar|geopend|beschikbaar|aanwezig|staan\s+(?:wij|we)\s+(?:voor\s+u\s+)?klaar|"
    r"zur\s+Verfügung|abholbereit|bereit|ready|afgehaald|af\s+te\s+halen|klaar|verfügbar|"
    r"erhältlich|abrufbar|einsehbar|erreichen|reach|bereiken|beziehen|bezugsfertig|beziehbar"
)
_CLOCK_TIME = (
    r"(?:\d{1,2}[uh][0-5]\d|(?:[01]\d|2[0-4])[0-5]\d|\d{1,2}(?:[.:]\d{2})?)\s*"
    r"(?:uhr|uur|h|am|pm|a\.m\.|p\.m\.)?"
)
_OPENING_HOURS = re.compile(
    rf"(?:between|from|von|zwischen|tussen|van|ab)?\s*{_CLOCK_TIME}\s*(?:-|–|—|bis|tot|to|until|"
    rf"and|en|und|&)\s*{_CLOCK_TIME}",
    re.IGNORECASE,
)
#: Days open until a time, the opening left unsaid: "ma t/m zo bereikbaar tot 23:00 uur".
for _lang in _AVAILABILITY:
    _AVAILABILITY[_lang] += (
        rf"|(?:{_DAY_NAME})\.?\s*(?:-|–|bis|to|through|until|tot(?:\s+en\s+met)?|t/m)\s*"
        rf"(?:{_DAY_NAME})\.?\s+(?:open|available|reachable|bereikbaar|geopend|erreichbar|"
        rf"geöffnet)\s+(?:tot|until|till|bis)\s+(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*(?:uhr|uur|"
        rf"h|am|pm)"
    )
_AVAILABILITY_PATTERNS = word_patterns(_AVAILABILITY)
_OPEN_PATTERN = re.compile(rf"(?<![\w-])(?:{_OPEN_WORDS})(?![\w-])", re.IGNORECASE)
#: A service window said with its start and its end: "beginnt morgens um 9.00 Uhr und
#: endet am folgenden Tag um 9.00 Uhr", "opens at 8am and closes at 10pm".
_WINDOW_CLOCK = r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d\s*(?:uhr|uur|h|am|pm)?|\s*(?:uhr|uur|am|pm))"
_WINDOWS = re.compile(
    rf"(?<![\w-])(?:begins|starts|opens|beginnt|startet|öffnet|oeffnet|begint|opent)(?![\w-])"
    rf"[^.;:!?]{{0,60}}?{_WINDOW_CLOCK}(?![\w-])[^.;!?]{{0,60}}?(?<![\w-])(?:ends|closes|"
    rf"finishes|endet|schließt|schliesst|eindigt|sluit)(?![\w-])[^.;!?]{{0,40}}?{_WINDOW_CLOCK}"
    rf"(?![\w-])",
    re.IGNORECASE,
)


@_kept
def find_availability(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of availability promises: "24/7", "rund um die Uhr", "24 uur per dag", and
    opening hours ("Mo–Fr 8–18 Uhr") in a metric that promises to be reachable.

    Not a time bound, but a measurable standard of its own: each call or visit
    within the hours is answered, or not.
    """
    pattern = _AVAILABILITY_PATTERNS.get(lang)
    spans = [m.span() for m in pattern.finditer(text)] if pattern else []
    spans += [m.span() for m in _WINDOWS.finditer(text)]
    if _OPEN_PATTERN.search(text):
        spans += _clock_ranges(text)
    elif not _RESPONSE.search(text):
        # a job done in a window of the day: "De bak wordt geleegd tussen 07.00 uur en
        # 17.30 uur"; a reply in one ("we reply between 08:00 and 22:00") says not how soon
        spans += [m.span() for m in _SERVICE_WINDOW.finditer(text)]
    if _OPEN_PATTERN.search(text) or _FROM_THEN_ON.search(text):
        spans += [m.span() for m in _READY_FROM.finditer(text) if _CLOCK_SHAPE.search(m.group())]
    return sorted(spans)


#: Words that make a time from which something holds a promise, as an open word does:
#: "Die Anreise ist ab 15:00 Uhr garantiert", "check-in is possible from 3pm", a ticket
#: usable from a time. Not
#: open words themselves: "bis 14 Uhr möglich" is a deadline, not opening hours.
_FROM_THEN_ON = re.compile(
    r"(?<![\w-])(?:garantiert|guaranteed|gegarandeerd|möglich|possible|mogelijk|"
    # "Skipässe sind ab 16.00 Uhr des Vortages benutzbar", "tickets are valid from 4pm"
    r"benutzbar|nutzbar|gültig|usable|valid|bruikbaar|geldig)(?![\w-])",
    re.IGNORECASE,
)


#: A time from which something is ready: "ab 15:00 Uhr zur Verfügung", "na 16.00 uur".
_READY_FROM = re.compile(
    # a date: "ab 15.8.19 verfügbar", "vanaf 1-9-2024 beschikbaar"
    r"(?<![\w-])(?:from|ab|vanaf)\s+(?:dem\s+)?[0-3]?\d[./-][01]?\d[./-](?:\d{4}|\d{2})?(?!\d)|"
    # a time, "at the latest" ready: "ab spätestens 14 Uhr", "vanaf uiterlijk 15.00 uur"
    r"(?<![\w-])(?:from|after|ab|vanaf|na)\s+(?:(?:spätestens|allerspätestens|uiterlijk)\s+)?"
    r"(?:(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*"
    r"(?:am|pm|uhr|uur|h)?)(?=\W|$)",
    re.IGNORECASE,
)


#: A window of the day said with "between" and times that can only be clock times
#: ("07.00 uur", "5pm", "17:30"): when a job is done, checkable visit by visit. The
#: first end may be a bare hour when the second says it is one ("zwischen 4 und 7 Uhr",
#: "between 4 and 7 am"); "between 4 and 7 days" is no window of the day.
_WINDOW_TIME = (
    r"(?:(?:[01]?\d|2[0-4])[.:][0-5]\d\s*(?:uhr|uur|h|[ap]\.m\.?|am|pm)?|"
    r"(?:1[0-2]|0?[1-9])\s*(?:[ap]\.m\.?|am|pm)|"
    r"(?:[01]?\d|2[0-4])\s*(?:uhr|uur))"
)
_SERVICE_WINDOW = re.compile(
    rf"(?<![\w-])(?:between|zwischen|tussen)\s+(?:{_WINDOW_TIME}|(?:[01]?\d|2[0-4])(?!\d))\s*"
    rf"(?:(?:and|und|en)\s|[-–—&])\s*{_WINDOW_TIME}(?![\w-])",
    re.IGNORECASE,
)
#: Up to 40 characters within a sentence: a dot only inside a number ("9.00").
_WORDS_BETWEEN = r"(?:[^.;]|(?<=\d)\.(?=\d)){0,40}"
#: Answering someone: its window of the day says nothing of how long they wait.
_RESPONSE = re.compile(
    r"(?<![\w-])(?:repl(?:y|ies|ied)|respon(?:d|ds|se|ses)|answer(?:s|ed)?|call(?:s|ed)?\s+back|"
    r"return(?:s|ed)?\s+(?:calls?|e-?mails?)|get\s+back|[\w-]*antwort[\w-]*|beantwort[\w-]*|"
    rf"[\w-]*rückruf[\w-]*|zurückruf[\w-]*|rufen\b{_WORDS_BETWEEN}\bzurück|melden|reage[\w-]*|"
    rf"[\w-]*antwoord[\w-]*|terugbel[\w-]*|bel(?:len|t)?\b{_WORDS_BETWEEN}\bterug)(?![\w-])",
    re.IGNORECASE,
)
_CLOCK_MARK = re.compile(
    r"[.:]\d{2}|\d{4}|\d[uh]\d{2}|uhr|uur|am|pm|between|zwischen|tussen|von|van|from", re.I
)


#: A time in a window across days, marked as a time: "12 Uhr", "7 am", "18:00", "noon".
_DAY_CLOCK = (
    r"(?:(?:at|um|om)\s+)?(?:(?:[01]?\d|2[0-4])(?:[.:][0-5]\d\s*(?:uhr|uur|h|am|pm|a\.m\.|p\.m\.)?|"
    r"\s*(?:uhr|uur|h|am|pm|a\.m\.|p\.m\.|noon|midnight)(?!\w))|noon|midday|midnight|mitternacht|"
    r"middernacht)"
)
#: A window from one day's time to another's: an out-of-hours service at the weekend,
#: "SA 12 Uhr bis MO 7 Uhr", "from Friday 6pm to Monday 8am", "vrijdag 17.00 tot maandag 8.00".
_ACROSS_DAYS = re.compile(
    rf"(?<![\w-])(?:(?:from|von|vom|van|vanaf|ab)\s+)?(?:{_DAY_NAME})(?:\.|(?![\w-]))\s*,?\s*"
    rf"{_DAY_CLOCK}\s*(?:-|–|—|bis|tot|to|until|till|through)\s*(?:{_DAY_NAME})(?:\.|(?![\w-]))"
    rf"\s*,?\s*{_DAY_CLOCK}",
    re.IGNORECASE,
)


def _clock_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges of clock times ("8–18 Uhr", "08.00-17.00", "between 9am and 5pm"), also
    across days ("Sa 12 Uhr bis Mo 7 Uhr")."""
    spans = []
    for match in _OPENING_HOURS.finditer(text):
        body = match.group()
        if _CLOCK_MARK.search(body):
            spans.append((match.start() + len(body) - len(body.lstrip()), match.end()))
    spans += [m.span() for m in _ACROSS_DAYS.finditer(text)]
    return spans


_DAY_WORDS = re.compile(
    r"(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|täglich|daily|"
    r"dagelijks|werktags|weekdays|werkdagen|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag)s?|(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:en)?|"
    r"and|und|en|met|bis|tot|to|von|van|from|between|zwischen|tussen|uhr|uur|h|am|pm|an|on|op|"
    r"arbeitstagen?|werktagen?|wochenende|weekends?|mez|mesz|cet|cest|gmt|bst|utc|"
    # the day a round comes: "op de inzameldag tussen 07.00-18.00 uur"
    r"de|uw|je|inzameldag|ophaaldag|afvaldag|"
    # the nights or evenings it holds: "from 7:30 pm to 4:30 am each night"
    r"each|every|nightly|nights?|evenings?|jede[nr]?|nachts|abends|elke|iedere|avonds?|nacht)\.?",
    re.IGNORECASE,
)


def parse_availability(text: str, lang: str) -> bool:
    """True for a ``timeframe`` that states an availability: "24/7", "rund um die Uhr",
    "Mo–Fr 8–18 Uhr", "ma-vr 08.00-17.00 uur"."""
    stripped = text.strip()
    spans = [m.span() for m in _AVAILABILITY_PATTERNS[lang].finditer(stripped)] if (
        lang in _AVAILABILITY_PATTERNS
    ) else []  # fmt: skip
    spans += _clock_ranges(stripped)
    if not spans:
        return False
    rest = list(stripped)
    for start, end in spans:
        rest[start:end] = " " * (end - start)
    for word in re.findall(r"[^\W\d_]+\.?|\d+", "".join(rest).replace("t/m", "tot")):
        if not _DAY_WORDS.fullmatch(word):
            return False
    return True


#: A deadline at a time of day: "by 11.59pm", "spätestens um 13 Uhr", "uiterlijk om 17.00 uur".
_CLOCK = (
    # Flemish and French hours first: "voor 10u00", "avant 9h30"
    r"(?:[01]?\d|2[0-4])[uh][0-5]\d|"
    r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.|uhr|uur|h|u)?|"
    # the day's end and middle, named: "tot middernacht", "bis Mitternacht", "by noon"
    r"midnight|mitternacht|middernacht|noon|midday|mittag|12\s+uur\s+'s\s+middags"
)
_CLOCK_DEADLINES: dict[str, str] = {
    "en": rf"(?:no\s+later\s+than|not\s+later\s+than|by|before|at\s+the\s+latest\s+by|until|"
          rf"till|up\s+to)\s+(?:{_CLOCK})(?=\W|$)",
    "de": rf"(?:allerspätestens|spätestens|bis\s+spätestens|bis\s+allerspätestens|bis|vor)\s+"
          rf"(?:um\s+)?(?:{_CLOCK})(?=\W|$)",
    "nl": rf"(?:uiterlijk|vóór|voor|voor\s+uiterlijk|tot|ten\s+laatste)\s+(?:om\s+)?(?:{_CLOCK})"
          rf"(?=\W|$)",
}  # fmt: skip
#: The time of day a thing is done at: "Die Abholung erfolgt um 10:00 Uhr", "De
#: ophalingen starten om 7 uur", "Collection takes place at 10am". Marked as a time ("uur",
#: "am", a colon): "charged at 10.30 per visit" is a price.
_POINT_CLOCK = (
    r"(?:[01]?\d|2[0-4])(?::[0-5]\d\s*(?:am|pm|a\.m\.|p\.m\.|uhr|uur|h|u)?|(?:[.:][0-5]\d)?\s*"
    r"(?:am|pm|a\.m\.|p\.m\.|uhr|uur|h|u)(?![\w-]))|[01]?\d[uh][0-5]\d|midnight|mitternacht|"
    r"middernacht|noon|midday|mittag"
)
_CLOCK_POINTS = {
    lang: re.compile(rf"(?<![\w-]){word}\s+(?:{_POINT_CLOCK})(?=\W|$)", re.IGNORECASE)
    for lang, word in (("en", "at"), ("de", "um"), ("nl", "om"))
}
#: ... or starts at ("Ab 5:00 Uhr beginnt der Winterdienst", "Schon ab 4:00 Uhr prüfen die
#: Mitarbeiter das Wetter", "from 5am"): a clock time said as one (not "from 3 h", a length),
#: not the start of a window ("ab 8 bis 18 Uhr", "from 9am through 5pm", "vanaf 9:00-17:00")
#: nor an open end ("from 9am onwards"); the clock read whole, atomically: "from 7:30 pm to"
#: must not be read as "7:30" before " pm to".
_START_CLOCK = (
    r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.|uhr|uur|h|u)(?![\w-]))?|\s*"
    r"(?:am|pm|a\.m\.|p\.m\.|uhr|uur)(?![\w-])|[uh][0-5]\d)|midnight|mitternacht|middernacht|"
    r"noon|midday|mittag"
)
_NOT_A_WINDOW = (
    r"(?!\s*(?:-|–|—|/)|\s*(?:bis|to|through|thru|until|till|up\s+to|tot|t/m|and|und|en|"
    r"onwards?|on|and\s+later|or\s+later|und\s+später|oder\s+später|en\s+later|of\s+later)"
    r"(?![\w-]))"
)
_CLOCK_STARTS = {
    lang: re.compile(
        rf"(?<![\w-]){word}\s+(?>{_START_CLOCK}){_NOT_A_WINDOW}(?=\W|$)", re.IGNORECASE
    )
    for lang, word in (("en", "from"), ("de", "ab"), ("nl", "vanaf"))
}
#: What makes a start time the start of work: a verb of starting, or staff doing it (not
#: "Ab 18 Uhr sind die Preise günstiger", "Check-in from 3pm").
_WORK_STARTS = re.compile(
    r"(?<![\w-])(?:begins?|starts?|commences?|beginnt|beginnen|startet|starten|begint|"
    r"staff|team|teams|crews?|engineers?|gritters?|Mitarbeite\w*|Personal|Team|"
    r"medewerkers?|personeel|ploegen?)(?![\w-])",
    re.IGNORECASE,
)
#: Times that are no bound: the customer asked to call or come ("Call us at 9am", "Bitte
#: finden Sie sich um 8:30 Uhr ein", "U kunt ons om 9 uur bellen"), or opening hours
#: ("Die Bibliothek schließt um 18 Uhr", "opens at 9am").
_NOT_A_POINT = re.compile(
    r"^\s*(?:please|call|ring|phone|arrive|come|bring|bel|kom|breng|rufen\s+Sie|kommen\s+Sie)"
    r"(?![\w-])|(?<![\w-])(?:please|bitte|you\s+(?:can|may|should|must|need\s+to)|Sie\s+"
    r"(?:können|sollten|müssen|dürfen)|finden\s+Sie\s+sich|u\s+(?:kunt|kan|moet|dient)|je\s+"
    r"(?:kunt|kan|moet)|opens?|closes?|opened|closed|öffnet|öffnen|schließt|schliesst|schließen|"
    r"geöffnet|geschlossen|opent|openen|sluit|sluiten|gaat\s+(?:open|dicht))(?![\w-])",
    re.IGNORECASE,
)
#: The deadline is then the input's, not the answer's: "emails received by 3pm".
_RECEIVED = re.compile(
    # "made" after "will be" is the promise's own verb: "deliveries will be made by 4pm"
    r"(?:received|sent|submitted|(?<!\bwill\sbe\s)(?<!\bshall\sbe\s)made|placed|reported|eingegangen|eingehende|eingehen|"
    r"eingeht|gemeldet|ontvangen|binnengekomen|binnenkomen|gemeld|ingediend)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
_RECEIVED_AFTER = re.compile(
    r"\W+(?:\w+\W+){0,3}?(?:received|sent|submitted|placed|reported|eingehen|eingeht|"
    r"eingegangen|eingehende|bestellt|gemeldet|binnenkomen|binnenkomt|ontvangen|besteld|"
    r"gemeld|ingediend|doorgegeven)\b",
    re.IGNORECASE,
)
_CLOCK_DEADLINE_PATTERNS = {
    lang: re.compile(rf"(?<![\w-])(?:{pattern})", re.IGNORECASE)
    for lang, pattern in _CLOCK_DEADLINES.items()
}
#: A clock time after one of these words is a deadline only with an am/pm/Uhr/uur or a
#: colon, never a bare number ("by 2" is not a time).
_CLOCK_SHAPE = re.compile(
    r"[.:]\d{2}|am|pm|a\.m|p\.m|uhr|uur|\d\s?h\b|\du\b|\d[uh]\d\d|\d[./-]\d|midnight|mitternacht|"
    r"middernacht|"
    r"noon|"
    r"midday|mittag",
    re.IGNORECASE,
)


def _the_customers_time(text: str, match: re.Match[str]) -> bool:
    """Whether the time ``match`` found is when the customer's input comes: "emails received
    by 3pm", "Anfragen, die bis 12 Uhr eingehen" (looked for in three words before it and
    three after, not the whole text: a long text is read in time that grows with its
    length, not its square)."""
    before = text[max(0, match.start() - _RECEIVED_WINDOW) : match.start()]
    return bool(_RECEIVED.search(before) or _RECEIVED_AFTER.match(text, match.end()))


@_kept
def find_clock_deadlines(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of deadlines at a time of day, not those of an input ("received by 3pm")."""
    pattern = _CLOCK_DEADLINE_PATTERNS.get(lang)
    if pattern is None:
        return []
    spans = []
    # (searched once, and "received" only right before each time: a long text is read in
    # time that grows with its length, not its square)
    held = _HELD_READY.search(text) is not None
    opening_hours = _OPEN_PATTERN.search(text) is not None
    for match in pattern.finditer(text):
        if not _CLOCK_SHAPE.search(match.group()) or _the_customers_time(text, match):
            continue  # "Anfragen, die bis 12 Uhr eingehen": the customer's
        if _EN_UNTIL.match(match.group()) and not held:
            continue  # "until 8pm" is a deadline only for what is held: "we reserve ... until"
        if opening_hours and not (held and _UNTIL.match(match.group())):
            continue  # "bis 18 Uhr erreichbar": opening hours; but "tot 11:00 uur voor u
            # klaar" holds a reservation until then, a deadline
        spans.append(match.span())
    return spans


#: Made available at a time, an act, not opening hours: "Neue Termine werden um 8:00 Uhr zur
#: Verfügung gestellt", "made available at 9am", "om 8 uur beschikbaar gesteld".
_MADE_AVAILABLE = re.compile(
    r"zur\s+Verfügung\s+gestellt|made\s+available|beschikbaar\s+gesteld", re.IGNORECASE
)
#: Who is made available is a service staffed: "Telephone support is made available at 8am".
_STAFFED = re.compile(
    r"support|adviser|advisor|helpline|hotline|team|staff|Berater\w*|Mitarbeite\w*|"
    r"ondersteuning|medewerker\w*|adviseur\w*|helpdesk|erreichbar|reachable|bereikbaar",
    re.IGNORECASE,
)
#: How far back "received" is looked for: three words before the time.
_RECEIVED_WINDOW = 120


@_kept
def find_clock_points(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the time of day a thing is done at ("Die Abholung erfolgt um 10:00 Uhr")
    or work starts at ("Ab 5:00 Uhr beginnt der Winterdienst"): a bound when nothing else
    is, never one that makes a vague word a mere wish. Not the customer's time ("Call us at
    9am", "Orders received from 2pm") nor opening hours ("schließt um 18 Uhr")."""
    pattern = _CLOCK_POINTS.get(lang)
    opening_hours = _OPEN_PATTERN.search(text) and not (
        _MADE_AVAILABLE.search(text) and not _STAFFED.search(text)
    )
    if pattern is None or _NOT_A_POINT.search(text) or opening_hours:
        return []
    spans = [match.span() for match in pattern.finditer(text)]
    if _WORK_STARTS.search(text) is not None:
        for match in _CLOCK_STARTS[lang].finditer(text):
            if _the_customers_time(text, match):
                continue  # "Bestellungen, die ab 14 Uhr eingehen": the customer's time
            spans.append(match.span())
    return sorted(spans)


#: What is held for the customer until a time: "tot 11:00 uur voor u klaar".
_HELD_READY = re.compile(
    r"\b(?:klaar|bereit|abholbereit|ready|reserviert|reserved|gereserveerd|freigehalten|"
    # "guaranteed to be yours until 6pm", "bis 18 Uhr für Sie zurückgelegt", "tot 18 uur
    # voor u vastgehouden"
    r"held|reserve|reserves|hold|holds|(?:to\s+be|remains?|stays?)\s+yours|zurückgelegt|"
    r"voor\s+(?:u|je|jou)\s+vastgehouden)\b",
    re.IGNORECASE,
)
#: "until 8pm", and "up to 6 PM" for what is held ("rooms are held up to 6 PM").
_EN_UNTIL = re.compile(r"(?:until|till|up\s+to)\b", re.IGNORECASE)
_UNTIL = re.compile(r"(?:tot|bis|until)\b", re.IGNORECASE)
