"""How often something is done: "every day", "twice a week", "wöchentlich", "elke
maandag", with their spans. A schedule is a bound for a recurring task.
"""

from __future__ import annotations

import re

from sopkit.quantities.calendar_days import MONTH_NAMES, WEEKDAYS
from sopkit.quantities.kept import _kept
from sopkit.wordpatterns import word_patterns

#: The German months, for "im November eines jeden Jahres".
_GERMAN_MONTHS = "|".join(german for _, german, _ in MONTH_NAMES)

#: How often something is done: a schedule is checkable ("quarterly", "8-mal im Jahr").
#: Ordinals of a weekday in a month, one or several: "first", "2nd or 4th", "2. und 4.",
#: "1e en 3e".
_ORDINAL_WORDS = {
    "en": r"(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)",
    "de": r"(?:ersten|zweiten|dritten|vierten|fünften|letzten|[1-5]\.)",
    "nl": r"(?:eerste|tweede|derde|vierde|vijfde|laatste|[1-5](?:e|de|ste))",
}
_ORDINALS = {
    lang: rf"{word}(?:\s*(?:,|or|and|&|oder|und|of|en)\s*{word})*"
    for lang, word in _ORDINAL_WORDS.items()
}
_FREQUENCIES: dict[str, str] = {
    "en": r"daily|weekly|fortnightly|monthly|quarterly|annually|yearly|half-yearly|biannually|"
          # "3-monthly", "6-monthly reviews", "two-weekly"
          r"(?:\d{1,2}|two|three|four|six|twelve)-(?:weekly|monthly|yearly)|"
          # the period a share is measured over: "99.9% as an annual average"
          r"(?:(?:as|on)\s+an?\s+)?(?:annual|yearly|monthly|quarterly)\s+average|averaged\s+over\s+"
          r"(?:a|the|each|every)\s+(?:calendar\s+)?(?:year|month|quarter)|"
          r"on\s+a\s+(?:daily|weekly|monthly|quarterly|yearly|annual|regular\s+\w+)\s+basis|"
          r"in\s+the\s+first\s+(?:\w+\s+)?(?:days|weeks|months)\s+of\s+(?:each|every)\s+"
          r"(?:week|month|quarter|year|calendar\s+year)|"
          # "(at least) once every five years", "every 2 weeks"
          r"(?:(?:at\s+least|at\s+most|no\s+less\s+than)\s+)?(?:(?:once|twice)\s+)?every\s+"
          r"(?:\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
          r"twenty|thirty)\s+|half\s+an?\s+|other\s+)?(?:minutes?|hours?|days?|"
          r"weeks?|months?|quarters?|years?)|hourly|"
          r"(?:once|twice|\d+\s*(?:times|x|×)|(?:two|three|four|five|six)\s+times)\s+"
          r"(?:a|per|each|every|in\s+a)\s+(?:day|week|month|quarter|year)|"
          r"(?:\d+\s*(?:times|x|×)|(?:two|three|four)\s+times)\s+(?:daily|weekly|monthly|"
          r"yearly|annually)|per\s+(?:day|week|month|quarter|year)|"
          # "(3 to 4 times) during the course of your workday"
          r"\d+(?:\s*(?:to|-|–)\s*\d+)?\s+times\)?\s+(?:during|in|over)\s+(?:the\s+course\s+of\s+)?"
          r"(?:the|a|each|every|your|our)\s+(?:working\s+|work\s+|business\s+)?(?:day|workday|"
          r"week|month)|"
          r"(?:each|every)\s+(?:day|week|month|quarter|year|monday|tuesday|wednesday|thursday|"
          r"friday|saturday|sunday|working\s+day|weekday)|on\s+(?:mondays|tuesdays|wednesdays|"
          r"thursdays|fridays|saturdays|sundays)|at\s+the\s+end\s+of\s+(?:each|every)\s+"
          r"(?:month|quarter|year)|on\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
          r"Saturday)s?(?:\s+"
          r"to\s+(?:Friday|Saturday))?|(?:Monday|Tuesday)\s+to\s+(?:Friday|Saturday)|"
          # a shorter range: "shipped from Monday to Wednesday only"
          r"(?:from\s+)?(?:Monday|Tuesday|Wednesday)\s+(?:to|through|until|-|–)\s+(?:Wednesday|"
          r"Thursday)|"
          # an amount of service per period: "3 meals per week", "at least 35 lessons a year"
          r"(?:(?:at\s+least|at\s+most|up\s+to)\s+)?(?:\d+|one|two|three|four|five|six|seven|"
          r"eight|nine|ten|eleven|twelve)\s+(?:[^\W\d_]+\s+){1,4}?(?:per|a|each|every)\s+"
          r"(?:day|week|month|quarter|year|(?:school|contract|calendar|financial|fiscal)\s+year|"
          r"term|semester)|"
          # British: "at six weekly intervals" is every six weeks
          r"(?:at\s+)?(?:\d+|two|three|four|five|six|eight|ten|twelve)[-\s](?:weekly|monthly)\s+"
          r"intervals|"
          # a week of each month: "in the last week of every month"
          r"in\s+the\s+(?:first|second|third|last)\s+week\s+of\s+(?:each|every)\s+month|"
          # the end of each period: "we review all sales at the end of every week"
          r"(?:at|by|on)\s+the\s+end\s+of\s+(?:each|every)\s+(?:week|month|quarter|year)|"
          # "the first Monday of every month", "every 2nd or 4th Monday" (also every other one)
          rf"(?:every|each|on\s+the|the)\s+{_ORDINALS['en']}\s+(?:monday|tuesday|"
          r"wednesday|thursday|friday|saturday|sunday|working\s+day|weekday)\s+(?:of|in)\s+"
          rf"(?:the|each|every)\s+month|(?:every|each)\s+{_ORDINALS['en']}\s+(?:monday|tuesday|"
          r"wednesday|thursday|friday|saturday|sunday)(?![\w-])|(?:in|on|every)\s+(?:odd|even)(?:-numbered)?\s+(?:weeks?|years?)",
    "de": r"stündlich|täglich|wöchentlich|monatlich|vierteljährlich|quartalsweise|halbjährlich|"
          r"auf\s+(?:täglicher|wöchentlicher|monatlicher|vierteljährlicher|jährlicher)\s+Basis|"
          r"(?:im|als)\s+(?:Jahres|Monats|Quartals)(?:mittel|durchschnitt)|im\s+(?:Mittel|Durchschnitt)\s+"
          r"(?:eines|des|jedes)\s+(?:Kalender)?(?:Jahres|Monats|Quartals)|"
          r"(?:\d+|zwei|drei|vier|vierzehn)-?tägig(?:e[nmrs]?)?|zweiwöchentlich(?:e[nmrs]?)?|"
          # "dreimonatlich", "3-monatlich", "zweijährlich"
          r"(?:\d{1,2}-?|zwei|drei|vier|sechs|zwölf)(?:wöchentlich|monatlich|jährlich)(?:e[nmrs]?)?|"
          # "Die Abfuhr erfolgt 4-wöchig", "im 2-wöchigen Rhythmus" (with a noun: a bound)
          r"(?:\d{1,2}-|zwei|drei|vier|sechs)(?:wöchig|monatig)(?![\w-])|"
          r"im\s+(?:[\w-]+\s+)?[\w-]*(?:[Tt]urnus|[Rr]hythmus)|"
          r"in\s+den\s+ersten\s+(?:\w+\s+)?(?:Tagen|Wochen|Monaten)\s+(?:jedes|jeden|eines\s+jeden)\s+"
          r"(?:Monats|Quartals|Jahres|Kalenderjahres|Schuljahres)|"
          # the adjective: "im Rahmen einer jährlichen Kontrollbegehung"
          r"(?:stündlich|täglich|wöchentlich|monatlich|vierteljährlich|halbjährlich|"
          r"jährlich)e[nmrs]?|"
          r"(?:(?:immer|jeweils)\s+)?(?:zum|am)\s+Monats(?:ersten|letzten|anfang|beginn)|"
          r"jährlich|jede\s+(?:halbe\s+)?Stunde|alle\s+\d+\s+Minuten|"
          r"(?:\d+-?\s*mal|\d+\s*[x×]|(?:ein|zwei|drei|vier|fünf|sechs)\s*-?\s*mal)\s+"
          # "einmal im Kalenderhalbjahr", "zweimal im Vierteljahr"
          r"(?:pro|im|in\s+der|am|je|jedes)\s+(?:Tag|Woche|(?:Kalender)?(?:Monat|Quartal|Jahr|"
          r"Halbjahr|Vierteljahr)|Semester|Schuljahr)|"
          r"(?:(?:mindestens|höchstens|spätestens)\s+)?(?:(?:einmal|zweimal)\s+)?alle\s+"
          # not "alle paar Tage": every few days is no schedule
          r"(?!(?:paar|einige[nr]?|wenige[nr]?|etliche[nr]?|mehrere[nr]?)\s)\w+"
          r"(?:\s*[-–]\s*\d+|\s+bis\s+\w+)?\s+(?:Tage|Wochen|Monate|Jahre)|"  # "alle 4-6 Wochen"
          r"(?:pro|je)\s+(?:Tag|Woche|Monat|Quartal|Jahr)|jeden\s+(?:Tag|Monat)|jede\s+Woche|"
          r"(?:(?:ein|zwei|drei|vier)\s*-?\s*mal|\d+-?\s*mal|\d+\s*[x×])\s+(?:täglich|wöchentlich|"
          r"monatlich|vierteljährlich|halbjährlich|jährlich)|"
          # a month of each year: "Im November eines jeden Jahres" (not "die Kosten eines
          # jeden Jahres": the genitive names whose)
          rf"(?:im|Anfang|Mitte|Ende)\s+(?:{_GERMAN_MONTHS})\s+eines\s+jeden\s+Jahres|"
          r"jedes\s+(?:Jahr|Quartal)|(?:jeden|immer\s+am|am\s+jedem)\s+(?:Montag|Dienstag|"
          r"Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|immer\s+(?:am\s+)?(?:Montag|Dienstag|"
          r"Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|(?:montags|dienstags|mittwochs|"
          r"donnerstags|freitags|samstags|sonntags)|(?:am\s+|zum\s+)?Ende\s+(?:jeden|jedes|eines\s+"
          r"jeden)\s+(?:Monats|Quartals|Jahres)|am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|"
          r"Samstag|Sonntag)|(?:Montag|Dienstag|Mittwoch|Donnerstag)\s+bis\s+(?:Freitag|Samstag)|"
          # a range of weekdays, also as shops abbreviate it: "ausschließlich von Mo-Mi"
          # (to Friday or Saturday: "Mo–Fr 8–18 Uhr" is opening hours, read as such)
          r"(?:von\s+)?(?:Montag|Dienstag|Mo|Di)\.?\s*(?:bis|-|–)\s*(?:Mittwoch|Donnerstag|Mi|Do)"
          r"(?![\w-])\.?|"
          # a part of a weekday: "jeweils am Montagvormittag", "jeden Freitagnachmittag"
          r"(?:(?:jeweils|immer|jeden)\s+)?(?:am\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|"
          r"Samstag|Sonntag)(?:vormittag|nachmittag|morgen|abend|mittag)s?|"
          r"(?:jeweils|immer)\s+am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|"
          # "einmal in 2 Wochen": once in every two weeks
          r"(?:ein|zwei|drei|\d+-?\s*)mal\s+in\s+(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|"
          r"neun|zehn|zwölf)\s+(?:Tagen|Wochen|"
          r"Monaten|Jahren)|"
          r"in\s+der\s+(?:ersten|zweiten|dritten|letzten)\s+Woche\s+(?:jedes|jeden|eines\s+jeden)\s+"
          r"Monats|"
          r"(?:am|zum)\s+Ende\s+(?:jeder|jedes|jeden)\s+(?:Woche|Monats|Quartals|Jahres)|"
          rf"(?:jeden|am)\s+{_ORDINALS['de']}\s+(?:Montag|Dienstag|Mittwoch|"
          r"Donnerstag|Freitag|Samstag|Sonntag|Werktag)\s+(?:im|des|eines|jedes)\s+Monats?|"
          r"in\s+(?:den\s+)?(?:ungeraden|geraden)\s+(?:Kalender)?(?:wochen?|Jahren)|"
          r"(?:(?:mindestens|höchstens|bis\s+zu)\s+)?(?:\d+|zwei|drei|vier|fünf|sechs|sieben|"
          r"acht|neun|zehn|elf|zwölf)\s+(?:[^\W\d_]+\s+){1,4}?(?:pro|je|im|jedes|jeden)\s+"
          r"(?:Tag|Woche|Monat|Quartal|Jahr|Schuljahr|Halbjahr|Semester|Vertragsjahr|"
          r"Kalenderjahr|Geschäftsjahr)",
    "nl": r"dagelijks|wekelijks|twee-?wekelijks|maandelijks|drie-?maandelijks|half-?jaarlijks|"
          # "op wekelijkse basis": weekly
          r"op\s+(?:dagelijkse|wekelijkse|tweewekelijkse|maandelijkse|driemaandelijkse|"
          r"halfjaarlijkse|jaarlijkse)\s+basis|"
          # "3-maandelijks", "6-wekelijkse", "zesmaandelijks"
          r"(?:\d{1,2}-?|vier|zes|twaalf)(?:wekelijks|maandelijks|jaarlijks)e?|"
          r"(?:als\s+|het\s+)?(?:jaar|maand|kwartaal)gemiddelde|gemiddeld\s+(?:per|over\s+een|over\s+het)\s+"
          r"(?:jaar|maand|kwartaal)|op\s+jaarbasis|"
          r"(?:dagelijkse|wekelijkse|twee-?wekelijkse|maandelijkse|drie-?maandelijkse|"
          r"half-?jaarlijkse|jaarlijkse)|"
          r"in\s+de\s+eerste\s+(?:\w+\s+)?(?:dagen|weken|maanden)\s+van\s+(?:elke|iedere|elk|ieder)\s+"
          r"(?:week|maand|kwartaal|jaar|kalenderjaar)|"
          r"(?:elk|ieder)\s+(?:half\s+)?uur|elke\s+\d+\s+minuten|per\s+uur|"
          # "(minstens) eens per vijf jaar", "elke twee weken", "om de drie maanden"
          r"(?:(?:minstens|minimaal|ten\s+minste|maximaal)\s+)?(?:(?:eens|eenmaal|één\s+keer|"
          r"een\s+keer)\s+)?(?:elke|iedere|om\s+de|per)\s+(?:\d+|twee|drie|vier|vijf|zes|zeven|"
          r"acht|negen|tien|twaalf)(?:\s*(?:-|–|à|tot)\s*\d+)?\s+(?:minuten|uur|dagen|weken|"
          r"maanden|jaar)|"
          r"jaarlijks|per\s+kwartaal|(?:\d+\s*(?:keer|maal|x|×)|eenmaal|tweemaal|driemaal|"
          r"(?:één|een|twee|drie|vier|vijf|zes)\s+(?:keer|maal)|eens)\s+(?:per|in\s+de|in\s+het|"
          r"elke|iedere|elk|ieder)\s+(?:dag|week|maand|kwartaal|jaar)|(?:elke|iedere)\s+(?:dag|week|"
          r"maand|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|werkdag)|"
          r"(?:elk|ieder)\s+(?:kwartaal|jaar)|per\s+(?:dag|week|maand|jaar)|"
          # a week of each month: "in de laatste week van iedere maand"
          r"in\s+de\s+(?:eerste|tweede|derde|laatste)\s+week\s+van\s+(?:elke|iedere)\s+maand|"
          # a list of weekdays, parts elided: "op maandag-, woensdag- en vrijdagavond"
          r"op\s+(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:ochtend|middag|avond)?-?,?\s+)+"
          r"en\s+(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:ochtend|morgen|middag|avond)?(?:en)?|"
          r"om\s+de\s+(?:ene\s+|andere\s+)?(?:dag|week|maand|kwartaal|jaar)|"
          # "In alle oneven jaren actualiseren we de wachtlijst", "in even weken"
          # the days of service: "van maandag t/m vrijdag bezorgd" (as "Monday to Friday")
          r"(?:van\s+)?(?:maandag|dinsdag|woensdag)\s+(?:t/m|tot\s+en\s+met|tot)\s+(?:woensdag|"
          r"donderdag|vrijdag|zaterdag)|"
          # ("even" alone is also "a while": "het duurt even")
          r"(?:in\s+(?:alle\s+|de\s+)?|alle\s+|elke\s+|ieder(?:e)?\s+)(?:on)?even\s+(?:weken|week|"
          r"jaren|jaar)(?![\w-])|"
          # every other year, once in five years: "om het jaar", "1 x 5 jaar"
          r"om\s+het\s+(?:andere\s+)?jaar|(?:1|één|een)\s*(?:x|×|keer|maal)\s+(?:per\s+)?\d+\s+"
          r"(?:jaar|maanden|weken)|"
          # "donderdagen om 12:00 uur": a weekday of each week, with its time
          r"(?:op\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)en(?:\s+om\s+"
          r"\d{1,2}(?:[.:]\d\d)?\s*uur)?|"
          r"aan\s+het\s+eind(?:e)?\s+van\s+(?:elke|iedere)\s+(?:maand|week)|"
          r"aan\s+het\s+eind(?:e)?\s+van\s+(?:elk|ieder)\s+(?:kwartaal|jaar)|"
          r"(?:de\s+)?\d{1,2}e\s+van\s+(?:elke|iedere)\s+maand|"
          r"op\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag)(?:\s+(?:tot\s+en\s+met|t/m)\s+"
          r"(?:vrijdag|zaterdag|zondag))?|"
          r"(?:aan|op)\s+het\s+(?:eind|einde)\s+van\s+(?:elke|iedere|elk|ieder)\s+(?:week|maand|"
          r"kwartaal|jaar)|"
          rf"(?:op\s+)?(?:elke|iedere|de)\s+{_ORDINALS['nl']}\s+"
          r"(?:maandag|dinsdag|"
          r"woensdag|donderdag|vrijdag|zaterdag|zondag|werkdag)(?:ochtend|morgen|middag|avond)?\s+"
          r"van\s+(?:de|elke|iedere)\s+maand|"
          r"in\s+(?:de\s+)?(?:on)?even\s+we(?:ek|ken)|"
          # a part of a weekday: "elke maandagochtend", "op vrijdagmiddag"
          r"(?:elke|iedere|op)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
          r"(?:ochtend|morgen|middag|avond)(?:en)?|"
          # "eens in de zes weken", "eens in de vier tot tien weken"
          r"eens\s+in\s+de\s+(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf)"
          r"(?:\s+(?:tot|à|-)\s+(?:\d+|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf))?\s+"
          r"(?:dagen|weken|maanden|jaar)|"
          # "1 keer in de 2 weken": once in every two weeks
          r"(?:\d+\s*(?:keer|maal)|eenmaal|tweemaal|(?:één|een|twee|drie)\s+(?:keer|maal))\s+in\s+"
          r"de\s+(?:\d+|twee|drie|vier|vijf|zes|acht)\s+(?:dagen|weken|maanden|jaar)|"
          r"(?:(?:minimaal|minstens|maximaal|tot)\s+)?(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|"
          r"negen|tien|elf|twaalf)\s+(?:[^\W\d_]+\s+){1,4}?(?:per|elke|iedere|elk|ieder)\s+"
          r"(?:dag|week|maand|kwartaal|jaar|schooljaar|semester|contractjaar|kalenderjaar|boekjaar)",
}  # fmt: skip
#: A weekday said bare with its hour: "vrijdag om 8 uur", "Freitag um 8 Uhr", "Friday at
#: 8am" (with "op", "am" or "on" the patterns above read it).
for _lang, (_days, _at, _hour) in {
    "en": ("|".join(d for d, _, _ in WEEKDAYS), "at", r"(?:[.:]\d\d)?\s*(?:am|pm)"),
    "de": ("|".join(d for _, d, _ in WEEKDAYS), "um", r"(?:[.:]\d\d)?\s*Uhr"),
    "nl": ("|".join(d for _, _, d in WEEKDAYS), "om", r"(?:[.:]\d\d)?\s*uur|[.:]\d\d"),
}.items():
    _FREQUENCIES[_lang] += rf"|(?:{_days})\s+{_at}\s+\d{{1,2}}(?:{_hour})"
#: A weekday's part said bare: "retrieved Monday morning".
_FREQUENCIES["en"] += (
    r"|(?:on\s+)?(?:" + "|".join(d for d, _, _ in WEEKDAYS) + r")\s+(?:morning|afternoon|evening)"
)
_FREQUENCY_PATTERNS = word_patterns(_FREQUENCIES)


@_kept
def find_frequencies(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of schedules: "quarterly", "8-mal im Jahr", "elke maand", "per month"."""
    pattern = _FREQUENCY_PATTERNS.get(lang)
    return [m.span() for m in pattern.finditer(text)] if pattern else []


def parse_frequency(text: str, lang: str) -> bool:
    """True for a ``timeframe`` that is a schedule ("quarterly", "pro Monat"), also with
    the days it runs on ("an Bankarbeitstagen stündlich", "hourly on working days")."""
    stripped = text.strip().rstrip(".")
    days = _ON_THE_DAYS.match(stripped)
    head = days.end() if days else 0
    tail = _ON_THE_DAYS_AFTER.search(stripped)
    end = tail.start() if tail else len(stripped)
    hour = _AT_AN_HOUR_AFTER.search(stripped, 0, end)  # "täglich um 14 Uhr": when, each day
    end = hour.start() if hour else end
    spans = find_frequencies(stripped, lang)
    return any(start in (0, head) and stop in (len(stripped), end) for start, stop in spans)


#: The days a schedule runs on, before it ("an Bankarbeitstagen stündlich") or after it.
_DAYS_OF_A_SCHEDULE = (
    r"(?:(?:on|an|op)\s+(?:[^\W\d_]*(?:working|business|banking|Bankarbeits|Arbeits|Werk|"
    r"Geschäfts|werk)\s*(?:days|tagen|dagen)|weekdays|Werktagen|werkdagen|Wochentagen|weekdagen)|"
    # the season it runs in: "im Sommer täglich um 14 Uhr", "daily in summer"
    r"(?:im|in|in\s+the|during\s+the|during|in\s+de|tijdens\s+de)\s+(?:Sommer|Winter|Frühling|"
    r"Frühjahr|Herbst|summer|winter|spring|autumn|zomer|lente|herfst|Saison|season|seizoen|"
    r"Hauptsaison|Nebensaison|high\s+season|hoogseizoen))"
)
_ON_THE_DAYS = re.compile(_DAYS_OF_A_SCHEDULE + r"\s+", re.IGNORECASE)
_ON_THE_DAYS_AFTER = re.compile(r"\s+" + _DAYS_OF_A_SCHEDULE + r"\s*$", re.IGNORECASE)
#: The hour a schedule runs at, after it: "täglich um 14 Uhr", "daily at 9 am".
_AT_AN_HOUR_AFTER = re.compile(
    r"\s+(?:um|at|om|gegen|ab|from|vanaf)\s+(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*"
    r"(?:Uhr|uur|h|am|pm|a\.m\.|p\.m\.)?\s*$",
    re.IGNORECASE,
)
