"""A timeframe field read as one bound: "within 10 working days", "2 Stunden nach
Eingang", "uiterlijk de volgende werkdag".

The field must say one length of time, perhaps counted from an event; words around it
that do not change the bound (fillers, anchors, asides) are allowed, and anything else
makes the timeframe unreadable, so lint can say so.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from sopkit.numbers import COUNT_OF_TIMES, parse_number
from sopkit.quantities.availability import _clock_ranges, find_availability
from sopkit.quantities.calendar_days import _DAY_NAME
from sopkit.quantities.durations import _is_range_between, find_durations
from sopkit.quantities.number_roles import (
    _RANGE_WORDS,
    _clock_token,
    _in_a_named_month,
    _ordinal_at,
)
from sopkit.quantities.tokens import Token, _unit_at, tokenize
from sopkit.quantities.units import _MONTHS, _SECONDS, Duration, parse_iso_duration

#: Words after a timeframe's duration that tie it to an event: the rest names the event.
_ANCHORS = {
    "before", "after", "of", "from", "prior", "ahead", "following", "since", "vor", "nach",
    "ab", "seit", "vorher", "vorab", "zuvor", "beforehand", "voor", "vóór", "na", "vooraf", "vanaf",
    "sinds", "van", "in", "op",  # "in de maand volgend op de maand waarin ..."
    "bei", "beim", "bij", "nadat", "nachdem", "once", "zodra", "sobald",
    "des", "der",  # German's "of": "am gleichen Abend des Termins"
    "voordat", "bevor", "ehe",  # "een jaar voordat de termijn afloopt"
    "voorafgaand", "voorafgaande", "voorafgaandelijk",  # "een half uur voorafgaande aan"
    "upon",  # "within seven (7) working days upon receipt of payment"
    "beyond",  # "we hold your table for 30 minutes beyond your reservation time"
    "danach", "daarna", "thereafter", "afterwards",  # "bis zu 14 Tagen danach"
    "volgend",  # "binnen 14 dagen volgend op de dag waarop de consument ..."
    # "14 dagen, gerekend vanaf de inschrijvingsdatum", "14 days, counted from the date"
    "counted", "calculated", "reckoned", "gerechnet", "berechnet", "gerekend", "berekend",
    "on",  # "refunded 7 days on reporting": upon it
}  # fmt: skip

_TIMEFRAME_FILLER = {
    "within", "in", "after", "under", "max", "maximum", "at", "most", "no", "later", "than",
    "innerhalb", "von", "binnen", "uiterlijk", "spätestens", "höchstens", "maximal",
    "maximaal", "of", "per", "every", "each", "jede", "jeden", "alle", "elke", "iedere", "nach",
    "na", "never", "nooit", "nie",
    "the", "a", "dem", "den", "der", "des", "de", "het", "am", "by", "beim", "bei", "before",
    "vor", "voor", "or", "less", "oder", "weniger", "minder", "längstens", "innert", "ten",
    "hoogste", "up", "to", "bis", "zu", "tot", "not", "longer", "nicht", "länger", "als",
    "niet", "langer", "dan", "total", "insgesamt", "totaal", "further", "additional",
    "weitere", "weiteren", "weiterer", "verdere", "extra", "another", "on", "op", "um",
    "om", "allerspätestens", "latest", "notice", "advance", "vorher", "vorab", "tevoren",
    "zuvor", "beforehand",
    # a bound the sentence named before: "binnen deze vier weken", "innerhalb dieser 14 Tage"
    "deze", "diese", "dieser", "diesen", "these",
    # "bis einschließlich 1 Stunde vor Kursbeginn", "up to and including 10 days"
    "einschließlich", "inklusive", "including", "inclusive", "inclusief",
    # a delay capped: "mit maximal einer Minute Verzögerung", "met maximaal 5 minuten vertraging"
    "mit", "delay", "verzögerung", "vertraging", "verspätung",  # ("met", "with": below)
    "vorfeld",  # "eine Woche im Vorfeld"
    # the season a schedule runs in: "im Sommer täglich um 14 Uhr"
    "sommer", "winter", "frühling", "frühjahr", "herbst", "summer", "spring", "autumn",
    "zomer", "lente", "herfst", "saison", "season", "seizoen", "hauptsaison", "nebensaison",
    "hoogseizoen", "laagseizoen",
    # an article before a unit's adjective: "eine dreimonatige Frist", "een tweedaagse termijn"
    "eine", "einer", "einen", "een",
    # the end a notice period runs to: "zu jedem Monatsende mit einer Frist von 4 Wochen"
    "monatsende", "quartalsende", "jahresende", "halbjahresende",
    "vooraf", "least", "mindestens", "minimaal", "minstens", "im", "voraus", "nächsten",
    "kommenden", "next", "coming", "volgende", "komende", "eerstvolgende", "first", "ersten",
    "eerste", "meteen", "direct", "direkt", "sofort", "immediately", "onmiddellijk", "<", "≤",
    "<=", "(", ")", "consecutive", "minste", "more", "mehr", "meer",
    # the bound named as a span: "a 24-hour period", "a 24-hour time frame"
    "period", "timeframe", "time-frame", "frame", "time", "window", "später",
    # an average is a bound of its own: "an average of seven minutes", "gemiddeld binnen"
    "an", "average", "mean", "durchschnitt", "durchschnittlich", "schnitt", "gemiddeld",
    "gemiddelde",
    # "am jeweils darauf folgenden Werktag": each time
    "jeweils", "darauf", "telkens",
    # "nach Ablauf eines Kalendermonats", "na afloop van twee weken": the bound's end
    "ablauf", "afloop", "van",
    # "eine maximale Dauer von 1 Werktag", "a maximum duration of 5 days"
    "maximale", "maximalen", "maximaler", "dauer", "duration",
    # Flemish "ten laatste" (at the latest); a floor: "frühestens am Tag des Kursbeginns"
    "laatste", "frühestens", "earliest", "vroegste",
    # "within" as some write it: "withing 24 hours", "with in a maximum period of 14 days"
    "withing", "with",
    # the zone of a clock time: "at 6 PM EST on the day following their settlement"
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "gmt", "bst", "utc",
    "cet", "cest", "mez", "mesz", "aest", "aedt", "nzst", "nzdt", "ist",
    # "first thing the next business day"
    "thing",
    # the plural's possessive: "24 hours' notice"
    "'",
    # how long something lasts: "während 30 Tagen aufgelegt", "gedurende 14 dagen bewaard"
    "während", "gedurende", "during", "for",
    # the days a bound counts: "werktags binnen 24 Stunden" (and as some spell it)
    "werktags", "werkstags",
    # a cap on the gap between updates: "at intervals not exceeding 20 days"
    "intervals", "interval", "exceeding", "abständen", "abstand", "intervallen", "tussenpozen",
    # a window back in time: "maximal 6 Wochen rückwirkend", "tot 6 weken met terugwerkende
    # kracht", "backdated by up to 6 weeks"
    "rückwirkend", "retroactively", "retrospectively", "backdated", "met", "terugwerkende",
    "kracht",
    # how long something lasts, after the span: "eine Woche lang reserviert", "8 weken lang"
    "lang",
    # the cap after a wish: "unverzüglich, spätestens aber eine Woche nach dem Verlust"
    "aber", "jedoch", "but", "maar",
    # "<= 2 Werktage" as some tables write it; "should not take more than 2 weeks"
    "=", "take", "takes",
    # "equal to or less than 20 seconds", "kleiner oder gleich", "kleiner dan of gelijk aan"
    "equal", "kleiner", "gleich", "gelijk",
    # the bound stressed: "in ieder geval binnen zes weken", "in any case within six weeks",
    # "auf jeden Fall innerhalb"
    "ieder", "elk", "geval", "any", "case", "jedem", "fall", "auf", "jedenfalls", "very",
    # when a change takes effect: "effective from the 1st of the following month"
    "effective", "from", "wirksam", "ingaande", "vanaf", "ab",
    # a cap per occurrence: "limited to 20 minutes per visit"
    "visit", "call", "request", "order", "appointment", "besuch", "anruf", "bezoek",
    # "spätestens" as often misspelt
    "spätesten",
    # the end of the period a bound names: "aan het einde van de maand volgend op ..."
    "aan", "einde", "eind", "end", "ende",
    # "at the 90 day mark"; Dutch "hoogstens vier weken" (at most)
    "mark", "hoogstens",
    # a range: "tussen de drie en zes weken"; a length: "für sechs Monate"; "tenminste
    # binnen 30 dagen" (in any case within)
    "between", "zwischen", "tussen", "für", "tenminste",
    # "im Durchschnitt nur sieben Minuten"
    "nur", "only", "slechts",
    # "one full working day's notice", "two clear days", "every ten working days, as a
    # minimum", "on hold for over 30 seconds"
    "full", "clear", "as", "minimum", "over",
    # how long something holds: "drei Werktage lang gültig", "valid for 30 days"; an
    # extension: "+2 Monate"
    "gültig", "valid", "geldig", "+",
}  # fmt: skip

#: "the same month as your request": the period of an event, named after the bound.
_SAME = re.compile(r"\b(?:same|selben|gleichen|hetzelfde|dezelfde|zelfde)\b", re.IGNORECASE)
_SAME_AS = {"as", "als", "wie"}
#: Not an event but a wish: "in the same month as soon as possible".
_SOON = re.compile(
    r"\s*(?:soon|quickly|fast|possible|snel|spoedig|mogelijk|schnell|bald|rasch|möglich)",
    re.IGNORECASE,
)


#: A bracket that restates what it follows: "(i.e. ...)", "(d. h. ...)", "(dus ...)".
_THAT_IS = re.compile(
    r"\(\s*(?:i\.\s*e\.|ie|that\s+is|d\.\s*h\.|das\s+heißt|also|dus|d\.\s*w\.\s*z\.|oftewel|"
    r"namelijk)[\s,]",
    re.IGNORECASE,
)


def _said_again(text: str, first: Duration, second: Duration) -> bool:
    """Whether ``second``, in brackets or after a slash, says ``first`` again in other
    units ("thirty days (a month)", "10 working days (two weeks)", "1 business day (24
    hours)", "48 Hours/Two Working Days"): the same number of days within a tenth, a
    working day counted as a day or as 7/5 of one. "3 days / 5 days" says two bounds."""
    gap = text[first.span[1] : second.span[0]]
    if "(" not in gap and gap.strip() != "/":
        return False
    if _THAT_IS.search(gap):
        return True  # "the Friday of the following week (i.e. seven business days later)"
    first_days, second_days = _day_readings(first), _day_readings(second)
    return any(
        abs(one - other) <= 0.1 * max(one, other) for one in first_days for other in second_days
    )


def _day_readings(duration: Duration) -> tuple[float, ...]:
    """The numbers of days a bound can be restated as, for :func:`_said_again`."""
    if duration.days is None:
        return ()
    if duration.family == "working_days":
        return (duration.days, duration.base_amount)  # "2 working days (48 hours)"
    if duration.family == "months" or duration.unit in ("hour", "day", "week"):
        return (duration.days,)
    return ()


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _word_before(text: str, position: int) -> str:
    """The word right before ``position``, in lower case ("" at the start)."""
    # (a window: the whole text before each position made a long value quadratic)
    match = _LAST_WORD.search(text[max(0, position - 200) : position])
    return match.group(1).lower() if match else ""


#: A range of weekdays that says which days a bound counts: "Montag bis Freitag", "Mo-Fr".
_WEEKDAY_RANGE = re.compile(
    rf"(?<![\w-])(?:{_DAY_NAME})\.?\s*(?:-|–|bis|to|through|until|tot(?:\s+en\s+met)?|t/m)\s*"
    rf"(?:{_DAY_NAME})\.?(?![\w-])",
    re.IGNORECASE,
)


_DAY_KIND = (
    r"(?:(?:bank|public|statutory|national)\s+)?holidays|weekends?|Saturdays?|Sundays?|"
    r"(?:sonn-\s*und\s+)?feiertags|wochenends|(?:gesetzlichen?\s+)?Feiertag(?:en?)?|"
    r"Sonn-\s*und\s+Feiertag(?:en?)?|Wochenenden?|Samstag(?:en?)?|"
    r"Sonntag(?:en?)?|(?:officiële\s+|erkende\s+|nationale\s+)?feestdagen|weekend(?:en|s)?|"
    r"zaterdag(?:en)?|zondag(?:en)?|(?:de\s+)?(?:school)?vakanties?|(?:the\s+)?school\s+holidays|"
    r"(?:die\s+)?(?:Schul)?ferien"
)
#: Days a bound does not count: "10 working days, excluding bank holidays",
#: "5 Werktage (ohne Sonn- und Feiertage)", "5 werkdagen (excl. weekend en feestdagen)".
#: A day counted in, said after the bound: "inklusive des Ausstellungstags", "including the
#: day of issue", "inclusief de dag van ontvangst".
_DAYS_COUNTED_IN = re.compile(
    r"(?<![\w-])(?:including|incl\.?|inclusive\s+of|inklusive|inkl\.?|einschließlich|einschl\.?|"
    r"inclusief)\s+(?:(?:the\s+|des\s+|der\s+|dem\s+|de\s+|het\s+)?(?:[\w-]+\s+){0,2}?"
    r"[\w-]*(?:day|days|tag|tags|tage|tagen|dag|dagen)(?:\s+(?:of|van)\s+[\w-]+)?|"
    # the kinds of days a bound runs through: "10 weken, inclusief vakanties"
    rf"(?:{_DAY_KIND})(?:\s*(?:,|and|or|&|und|oder|en|of)\s*(?:{_DAY_KIND}))*)(?![\w-])",
    re.IGNORECASE,
)
#: The hours a bound counts, said after it: "1 hour during normal office hours", "4 uur
#: tijdens kantooruren", "4 Stunden während der Öffnungszeiten".
_HOURS_COUNTED = re.compile(
    r"(?<![\w-])(?:during|within|in|outside(?:\s+of)?|während|innerhalb|außerhalb|ausserhalb|"
    r"tijdens|binnen|gedurende|buiten)\s+(?:(?:the|our|normal|usual|standard|regular|core|"
    r"der|unserer|unseren|üblichen|normalen|de|onze|normale|reguliere)\s+){0,2}"
    r"(?:(?:office|business|working|opening|service|support)\s+(?:hours|times)|"
    r"(?:geschäfts|öffnungs|service|büro|arbeits|betriebs|support)zeiten?|"
    r"(?:kantoor|openings|werk|service|dienst)(?:uren|tijden?))(?![\w-])",
    re.IGNORECASE,
)
#: A margin's two sides, said after it and last: "15 minuten (ervoor en erna)", "10
#: minutes either side", "15 Minuten vorher und nachher" (with an event after them, "15
#: minuten voor of na de ophaaltijd", the bound is one around the event, as always).
_BOTH_SIDES = re.compile(
    r"\(?\s*(?<![\w-])(?:before\s+(?:and|or)\s+after|either\s+side|on\s+either\s+side|"
    r"ervoor\s+(?:en|of)\s+erna|voor\s+(?:en|of)\s+na|davor\s+(?:und|oder)\s+danach|"
    r"vorher\s+(?:und|oder)\s+nachher)(?![\w-])\s*\)?(?=\s*(?:[),.;]|$))",
    re.IGNORECASE,
)
#: Between a margin before an event and one after it: "een kwartier vóór tot een kwartier
#: ná de gewenste vertrektijd", "15 minutes before to 15 minutes after", "15 Minuten vor
#: bis 15 Minuten nach", "een kwartier eerder tot een kwartier later dan".
_AROUND_AN_EVENT = re.compile(
    r"\s+(?:vóór|voor|eerder|before|early|earlier|vor|früher|vorher)\s+(?:tot|to|until|and|en|und|"
    r"bis|or|of|oder)\s+",
    re.IGNORECASE,
)
_AFTER_THE_EVENT = re.compile(
    r"\s+(?:ná|na|later|after|late|nach|später|danach)(?:\s+(?:dan|than|als))?"
    r"(?![\w-])",
    re.IGNORECASE,
)
_DAYS_NOT_COUNTED = re.compile(
    r"(?<![\w-])(?:excluding|excl\.?|except(?:\s+for)?|not\s+(?:counting|including)|"
    r"ohne|exkl\.?|exklusive|ausgenommen|außer|ausser|"
    r"exclusief|zonder|behalve|uitgezonderd|met\s+uitzondering\s+van)\s+(?:an\s+|on\s+|op\s+)?"
    rf"(?:{_DAY_KIND})(?:\s*(?:,|and|or|&|und|oder|en|of)\s*(?:{_DAY_KIND}))*(?![\w-])|"
    # said after the days: "Samstage ausgenommen", "weekends excluded"
    rf"(?<![\w-])(?:{_DAY_KIND})(?:\s*(?:,|and|or|&|und|oder|en|of)\s*(?:{_DAY_KIND}))*\s+"
    r"(?:excluded|not\s+included|ausgenommen|ausgeschlossen|nicht\s+mitgerechnet|"
    r"uitgezonderd|niet\s+meegerekend)(?![\w-])",
    re.IGNORECASE,
)


#: Two bounds given as alternatives: "24 Stunden bzw. am nächsten Werktag", "2 dagen of 1 week".
#: A window given by its two ends, the upper first: "less than 24 hours but more than 4
#: hours prior to the appointment": the upper end is the bound.
_WINDOW_GAP = re.compile(
    r"\s*,?\s*(?:but|and|aber|und|maar|en)\s+(?:more|longer|mehr|länger|meer|langer)\s+"
    r"(?:than|als|dan)\s+",
    re.IGNORECASE,
)
#: "and/or" as one word: the bounds on either side are both given.
_AND_OR = re.compile(r"(?:and/or|und/oder|en/of)(?![\w-])", re.IGNORECASE)
_ALTERNATIVE_GAP = re.compile(
    r"\s*,?\s*(?:bzw\.?|beziehungsweise|oder|or|of|resp\.?|respectievelijk|and/or|und/oder|en/of)"
    r"\s+",
    re.IGNORECASE,
)


#: What separates the items of a list of alternative bounds: "4h, 8h, nächster Arbeitstag".
_LIST_GAP = re.compile(
    r"\s*(?:,|/|;)\s*(?:(?:or|oder|of|bzw\.?|beziehungsweise)\s+)?|\s*,?\s*(?:or|oder|of|bzw\.?)\s+",
    re.IGNORECASE,
)
#: The first of two amounts said "respectively" ("20 and 40 minutes respectively").
_RESPECTIVE = re.compile(
    r"(?P<number>\d+(?:[.,]\d+)?)\s+(?:and|und|en)\s+(?=\d[^.;]{0,80}?\b(?P<word>respectively|"
    r"jeweils|respektive|respectievelijk)\b)",
    re.IGNORECASE,
)


def _same_unit(tokens: list[Token], one: int, other: int) -> bool:
    """True when the words at ``one`` and ``other`` both name one unit ("day", "days")."""
    first, second = _unit_at(tokens, one), _unit_at(tokens, other)
    return first is not None and second is not None and first[0] == second[0]


#: A timeframe that names its span before the bound: "a maximum response time of 3 hours",
#: "eine maximale Reaktionszeit von 3 Stunden", "een maximale reactietijd van 3 uur".
#: A cap said as a rule before its bound: "may not exceed seven (7) minutes", "darf 10 Tage
#: nicht überschreiten" has its verb after the bound and needs no lead.
_MUST_NOT_EXCEED = re.compile(
    r"\s*(?:(?:(?:may|must|shall|should|will|can|does|do)\s+)?not|cannot|never)\s+"
    r"(?:exceeds?|be\s+(?:more|longer)\s+than)\s+",
    re.IGNORECASE,
)

#: The rest of an event's name after a deadline before it: words, no numbers.
_EVENT_NAMED = re.compile(r"(?:\s*[^\W\d_][\w'’-]*){1,8}\s*[.]?\s*")


#: The end of a span before the span: "spätestens bis zum Ablauf von drei Wochen", "na het
#: verstrijken van 6 weken", "by the end of 10 working days".
_EXPIRY_OF = re.compile(
    r"\s*(?:(?:spätestens|uiterlijk|at\s+the\s+latest)\s+)?(?:(?:bis\s+zum|vor|nach|mit)\s+Ablauf|"
    r"(?:na|vóór|voor|bij)\s+(?:het\s+)?(?:verstrijken|afloop)|(?:by|before|after|at|on)\s+the\s+"
    r"(?:end|expiry))\s+(?:von|van|of)\s+",
    re.IGNORECASE,
)
#: The event a bound counts from, said first: "nach dem ersten Kontakt innerhalb von 24
#: Stunden", "after your call within 2 days", "na ontvangst binnen 5 werkdagen".
_EVENT_FIRST = re.compile(
    r"\s*(?:(?:nach|after|na)\s+(?:[^\W\d_][\w-]*\s+){1,4}?(?:innerhalb(?:\s+von)?|binnen|within)|"
    # "ab Bestelleingang 9-14 Werktage", "vanaf ontvangst 5 werkdagen"
    r"(?:ab|vanaf)\s+(?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]*|"
    # an event after "nach", "na", "after": "nach Zahlungseingang 14 Tage", "na ontvangst 5
    # werkdagen" (not "nach Bedarf", "after about")
    r"(?:nach|na|after)\s+(?:(?:the|your|dem|der|de|het|uw)\s+)?[^\W\d_]*(?:eingang|erhalt|zahlung|"
    r"bestellung|auftrag|meldung|buchung|lieferung|rückgabe|ontvangst|betaling|bestelling|melding|"
    r"boeking|levering|receipt|payment|order|booking|delivery|request|application|aanvraag|"
    r"antrag)(?![\w-]))\s+",
    re.IGNORECASE,
)
_SPAN_NAMED = re.compile(
    r"\s*(?:(?:in|within|innerhalb|binnen|nach|after|na|na\s+een|während|for|für|during|"
    r"gedurende|with|mit|met)\s+)?"
    # "für die Dauer der Auflagefrist von 10 Tagen"
    r"(?:(?:die|the|de)\s+(?:Dauer|duration|duur)\s+(?:der|des|of|van)\s+)?"
    r"(?:(?:a|an|the|our|eine[mnrs]?|die|der|des|unsere?|een|de|het|onze)\s+)?(?:(?:max(?:imum)?|"
    r"maximal(?:e[nr]?)?|maximale|guaranteed|garantierte[nr]?|gegarandeerde|response|resolution|"
    r"reply|processing|delivery|repair|answer|lead|waiting|wait|statutory|legal|contractual|"
    # an average said as the span's name: "an average waiting time of 30 minutes"
    r"average|mean|durchschnittliche[nrs]?|mittlere[nrs]?|gemiddelde|"
    # a period the law or the contract sets: "der gesetzlichen Frist von einem Monat"
    r"gesetzliche[nrs]?|vertragliche[nrs]?|wettelijke|contractuele)\s+){0,2}"
    r"(?:[\w-]*(?:zeit|zeiten|frist|fristen|dauer|tijd|tijden|termijn|termijnen|duur|zeitraum|"
    r"zeitspanne|periode|tijdsbestek|garantie|gewährleistung|guarantee|warranty|"
    r"fenster|venster|tijdvak|tijdslot|tijdseenheid|tijdspanne|tijdsblok|"
    # a margin: "mit einer Karenz von 1 Stunde", "een tolerantie van 15 minuten"
    r"karenz|toleranz|tolerantie)|tolerance|grace\s+period|"
    # notice given ahead: "mit einem Vorlauf von sechs Wochen", "with a notice of 30 days"
    r"vorlauf|vorlaufzeit|[\w-]*ankündigung|notice|[\w-]*aankondiging|"
    r"time|period|turnaround|timescale|time\s+slot|slot|"
    r"timeframe|window)(?:e?s)?\s+(?:of|von|van)\s+(?:(?:max(?:imum)?|maximal|maximaal|at\s+most|"
    r"höchstens|ten\s+hoogste|up\s+to|bis\s+zu|tot|mindestens|at\s+least|minimaal|"
    r"ten\s+minste)\s+)?",
    re.IGNORECASE,
)


#: A period named, then its lengths as examples: "within the original timeframe for the
#: application e.g. 6, 8, 13 or 16 weeks", "innerhalb der gesetzlichen Frist, z. B. 3
#: Monate", "binnen de wettelijke termijn, bijv. 8 weken". The longest example is the bound.
_SPAN_BY_EXAMPLE = re.compile(
    r"\s*(?:within|in|innerhalb|binnen)\s+[^,;:()\d]{1,80}?,?\s*(?:e\.\s?g\.?|i\.\s?e\.?|"
    r"such\s+as|namely|z\.\s?B\.?|d\.\s?h\.?|bijv\.?|bv\.?|zoals|namelijk)\s*",
    re.IGNORECASE,
)


#: How many times within a span: "2 times over 5 days", "at least one time per day for
#: three consecutive business days", "dreimal innerhalb von 2 Tagen", "3 keer binnen 2
#: dagen". The span is the bound; the count says what happens in it.
_COUNT_OVER_SPAN = re.compile(
    r"\s*(?:(?:at\s+least|up\s+to|mindestens|bis\s+zu|minstens|minimaal|maximaal)\s+)?"
    + COUNT_OF_TIMES
    + r"\s+(?:(?:per|a|pro|am|in\s+de)\s+"
    r"(?:day|Tag|dag|week|Woche)\s+)?(?:over|within|in|during|for|across|innerhalb(?:\s+von)?|"
    r"über|während|binnen|gedurende|verspreid\s+over)\s+(?:(?:the|a|de|het|der|die|den)\s+)?"
    r"(?:(?:next|following|nächsten|folgenden|volgende|komende)\s+)?",
    re.IGNORECASE,
)


#: The period a bound names after it: "the 20-day consultation period", "der 20-tägigen
#: Auflagefrist", "de 20-daagse termijn": up to one word, then the span's noun.
_SPAN_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:period|window|timeframe|deadline|timescale|limit|time\s+limit|"
    r"[\w-]*(?:frist|fristen|zeitraums?|perioden?|termijn)|"
    # notice: "mit 30 Tagen Vorankündigung", "met 30 dagen vooraankondiging"
    r"Vorankündigung|Ankündigung|Vorlauf|Vorlaufzeit|vooraankondiging|aankondiging)(?![\w-])",
    re.IGNORECASE,
)


_RANGE_JOINERS = {"and", "to", "und", "bis", "en", "tot", "à", "-", "–"}


def _lower_end(tokens: list[Token], index: int, durations: list[Duration], lang: str) -> bool:
    """True when ``tokens[index]`` is a number that a joiner links to a bound's start,
    also past a cap on the upper end ("1 bis max. 2 Arbeitstage") and past more numbers
    of a list ("nach 5, 10 und 13 Tagen": reminders, the last is the bound)."""
    while (
        index + 2 < len(tokens)
        and tokens[index + 1].text == ","
        and parse_number(tokens[index].text, lang) is not None
        and parse_number(tokens[index + 2].text, lang) is not None
    ):
        index += 2
    upper = index + 2
    while upper < len(tokens) and tokens[upper].word in _UPPER_END_CAPS:
        upper += 1
    return (
        upper < len(tokens)
        and tokens[index + 1].word in _RANGE_JOINERS
        and any(d.span[0] == tokens[upper].start for d in durations)
        and parse_number(tokens[index].text, lang) is not None
    )


#: Words that cap a range's upper end: "1 bis max. 2", "2 tot maximaal 3", "1 to at most 2".
_UPPER_END_CAPS = {"max", "maximal", "maximaal", "maximum", "höchstens", "hoogstens", "at", "most"}


#: The course of a day already named: "im Laufe des Tages", "in de loop van de dag".
_DURING_THAT_DAY = re.compile(
    r"im\s+Laufe?\s+des\s+(?:selben\s+|gleichen\s+)?Tages|(?:in|during)\s+the\s+course\s+of\s+"
    r"the\s+(?:same\s+)?day|in\s+de\s+loop\s+van\s+de\s+(?:zelfde\s+)?dag",
    re.IGNORECASE,
)


#: A timeframe may leave out the preposition its metric says: "the start of the next
#: business day" for "at the start of ...", "the last week of the month" for "in ...".
_WITHOUT_PREPOSITION = {
    "en": (re.compile(r"the\s", re.IGNORECASE), ("at ", "in ", "by ", "on ")),
    "de": (re.compile(r"(?:der|die|das|dem|den)\s", re.IGNORECASE), ("in ", "an ")),
    "nl": (re.compile(r"(?:de|het)\s", re.IGNORECASE), ("op ", "in ")),
}


#: A cut-off in brackets after the bound, with its time or day: "same day (if submitted
#: before 5pm Mon-Friday)"; not a hedge said as a condition ("(where possible)", "(wenn
#: möglich)"), which names no time.
_BRACKETED_CUT_OFF = re.compile(
    r"(?P<bound>[^()]*?\S)\s*\(\s*(?![^()]*(?<![\w-])(?:possible|possibly|möglich|mogelijk|allows?|"
    r"permits?|zulässt|erlaub\w*|toelaat|toelaten|usually|normally|meist\w*|meestal|normaal|"
    r"Regel|regel|try|aim|streven|bemühen)(?![\w-]))"
    r"(?:if|when|provided|wenn|falls|sofern|bei|als|indien|mits|"
    r"wanneer|bij)(?![\w-])[^()]*?(?:\d|midnight|noon|Mitternacht|middernacht)[^()]*\)\s*",
    re.IGNORECASE,
)


#: A window both ways, said after its size: "een kwartier eerder of later" (than agreed).
_BOTH_WAYS = re.compile(
    r"(?P<bound>.*?\S)\s+(?:earlier\s+or\s+later|eerder\s+of\s+later|früher\s+oder\s+später)\s*",
    re.IGNORECASE,
)


#: The event a bound counts from, after it: "tien werkdagen te rekenen vanaf datum
#: poststempel", "14 days counted from receipt", "14 Tage gerechnet ab Eingang".
_COUNTED_FROM = re.compile(
    # (the event only: a hedge after it stays, "..., indien mogelijk")
    r"(?P<bound>.*?\S)\s+(?:te\s+rekenen|gerekend|counted|calculated|gerechnet)\s+(?:vanaf|van|na|"
    r"from|after|ab|nach|von)\s+[^,;()]+",
    re.IGNORECASE,
)
#: The same, with the event before the word for counting: "innerhalb von zwei Wochen vom Tage
#: des Eingangs gerechnet", "binnen tien dagen vanaf ontvangst gerekend". The event is a few
#: nouns (German ones capitalised) with their articles, so that a hedge is never taken for
#: one ("vom Eingang in der Regel gerechnet"), and bounded: the pattern is tried at each
#: "vom" of a long review interval, in time that grows with its length, not its square.
_GERMAN_EVENT = (
    r"(?:(?:dem|des|der|den|die|das|Ihre[mnrs]?|eines|einer)\s+)?[A-ZÄÖÜ][\w-]{0,40}"
    r"(?:\s+(?:(?:des|der|dem|Ihre[mnrs]?|eines|einer)\s+)?[A-ZÄÖÜ][\w-]{0,40}){0,2}"
)
_DUTCH_EVENT = (
    r"(?:(?:de|het|uw)\s+)?[a-z][\w-]{0,40}(?:\s+(?:van\s+)?(?:(?:de|het|uw)\s+)?[a-z][\w-]{0,40})?"
)
_COUNTED_FROM_BEFORE = re.compile(
    rf"(?P<bound>.*\S)\s+(?:(?:vom|von|ab)\s+{_GERMAN_EVENT}\s+(?:an\s+)?gerechnet|"
    rf"(?:vanaf|van)\s+{_DUTCH_EVENT}\s+(?:gerekend|te\s+rekenen))\s*"
)
#: The day's date in brackets after it: "Im Laufe des kommenden Freitags (18.06.2021)".
_DATE_SAID_AGAIN = re.compile(
    r"(?P<bound>[^()]*?\S)\s*\(\s*\d{1,2}[./-]\d{1,2}(?:[./-](?:\d{4}|\d{2}))?\.?\s*\)\s*"
)


#: Days left out, in brackets anywhere in the timeframe: "Donnerstag (ausgenommen Feiertage)
#: bis 10:00 Uhr", "Monday (except bank holidays) by 2pm", "vrijdag (behalve feestdagen)".
#: Only days: "(except when we are busy)", "(außer bei Bedarf)" are escape clauses, read.
_LEFT_OUT_DAY = (
    r"(?:(?:an|on|op)\s+)?(?:(?:bank|public|national)\s+)?(?:holidays?|weekends?|Sundays?|"
    r"Saturdays?|Feiertagen?|Sonn-|Sonntagen?|Samstagen?|Wochenenden?|Sa\.|So\.|feestdagen|"
    r"zon-|zondagen|zaterdagen|weekenden|feestdag|zondag|zaterdag)"
)
_EXCEPTION_IN_BRACKETS = re.compile(
    r"\(\s*(?:ausgenommen|außer|ausser|except|excluding|not\s+on|behalve|uitgezonderd|"
    rf"niet\s+op)\s+{_LEFT_OUT_DAY}(?:\s*(?:,|and|und|en|&|/|or|oder|of)?\s*{_LEFT_OUT_DAY})*\s*\)",
    re.IGNORECASE,
)


def without_excepted_days(text: str) -> str:
    """``text`` with days left out in brackets blanked ("Donnerstag (ausgenommen Feiertage)
    bis 10 Uhr"): blanked, not cut, so that the spans found in it stay those of ``text``."""
    return _EXCEPTION_IN_BRACKETS.sub(lambda m: " " * len(m.group()), text)


#: What may follow a bound in a timeframe and is read without it: a cut-off in brackets,
#: "earlier or later", the day's date in brackets, the event the bound counts from.
_SAID_AFTER_THE_BOUND = (
    _BRACKETED_CUT_OFF, _BOTH_WAYS, _DATE_SAID_AGAIN, _COUNTED_FROM, _COUNTED_FROM_BEFORE
)  # fmt: skip


def parse_timeframe(text: str, lang: str) -> Duration | None:
    """:func:`read_timeframe`; days left out in brackets are not read ("Donnerstag
    (ausgenommen Feiertage) bis 10 Uhr"); a value that starts with an article is also read with the
    preposition its metric uses in front ("the start of the next business day"), and a
    bound followed by one of :data:`_SAID_AFTER_THE_BOUND` is read without it."""
    text = without_excepted_days(text)
    after = next((m for p in _SAID_AFTER_THE_BOUND if (m := p.fullmatch(text))), None)
    if after is not None:
        text = after["bound"]
    found = read_timeframe(text, lang)
    if found is not None or lang not in _WITHOUT_PREPOSITION:
        return found
    article, prepositions = _WITHOUT_PREPOSITION[lang]
    stripped = text.strip()
    if not article.match(stripped):
        return None
    for preposition in prepositions:
        found = read_timeframe(preposition + stripped, lang)
        if found is not None:
            start, end = found.span
            shift = len(preposition)
            return replace(found, span=(max(0, start - shift), end - shift))
    return None


def read_timeframe(text: str, lang: str) -> Duration | None:
    """Read a whole timeframe value: "20 seconds", "within 2 Werktage", "PT20S".

    Returns ``None`` when the text is not one duration (or a sum of durations of
    one family, "1 hour 30 minutes"), with at most a leading preposition such as
    "within", "innerhalb von" or "binnen".
    """
    stripped = text.strip().replace("’", "'")
    iso = parse_iso_duration(stripped)
    if iso is not None:
        return iso
    durations = find_durations(stripped, lang)
    if not durations:
        return None
    # "drei bis sechs Monate nach Ende des Geschäftsjahres": the period's end is where the
    # bound starts, not a second bound to add
    durations = [
        d for index, d in enumerate(durations)
        if index == 0 or _word_before(stripped, d.span[0]) not in _ANCHORS
    ]  # fmt: skip
    # "am 1. Werktag nach einer Ziehung im Laufe des Tages": the day's course is when on
    # the day already named, not a second bound
    during = [
        d for index, d in enumerate(durations)
        if index > 0 and _DURING_THAT_DAY.fullmatch(stripped, *d.span)
    ]  # fmt: skip
    durations = [d for d in durations if d not in during]
    tokens = tokenize(stripped)
    covered: set[int] = set()
    for duration in durations + during:
        covered.update(range(*duration.span))
    for start, end in _clock_ranges(stripped):
        covered.update(range(start, end))  # "am nächsten Abend zwischen 18 und 22 Uhr"
    for start, end in find_availability(stripped, lang):
        if stripped[:start].rstrip().endswith("(") and stripped[end:].lstrip().startswith(")"):
            covered.update(range(start, end))  # "innerhalb von 4 Stunden (24/7)": when it runs
    named = (
        _SPAN_NAMED.fullmatch(stripped, 0, durations[0].span[0])
        or _MUST_NOT_EXCEED.fullmatch(stripped, 0, durations[0].span[0])
        or _SPAN_BY_EXAMPLE.fullmatch(stripped, 0, durations[0].span[0])
        or _COUNT_OVER_SPAN.fullmatch(stripped, 0, durations[0].span[0])
        or _EXPIRY_OF.fullmatch(stripped, 0, durations[0].span[0])
        or _EVENT_FIRST.fullmatch(stripped, 0, durations[0].span[0])
    )
    if named is not None:  # "maximum response time of 3 hours", "maximale reactietijd van"
        covered.update(range(named.start(), named.end()))
    for duration in durations:  # "20-day consultation period", "20-tägigen Auflagefrist"
        noun = _SPAN_NOUN_AFTER.match(stripped, duration.span[1])
        if noun is not None:
            covered.update(range(noun.start(), noun.end()))
    for days in (
        *_WEEKDAY_RANGE.finditer(stripped),
        *_DAYS_NOT_COUNTED.finditer(stripped),
        *_HOURS_COUNTED.finditer(stripped),
        *_DAYS_COUNTED_IN.finditer(stripped),
        *_BOTH_SIDES.finditer(stripped),
    ):
        covered.update(range(*days.span()))  # "Werktag (Montag bis Freitag)": which days count
    for index in range(len(tokens)):  # "erster Unterrichtstag des Monats Mai": a date in May
        ordinal = _ordinal_at(tokens, index, lang)
        unit = _unit_at(tokens, index + ordinal[1]) if ordinal else None
        if ordinal and unit and _in_a_named_month(tokens, index + ordinal[1] + unit[1]):
            covered.update(range(tokens[index].start, tokens[index + ordinal[1] + unit[1] - 1].end))
    respective = _RESPECTIVE.search(stripped)
    if respective is not None and len(durations) == 1 and durations[0].span[0] == respective.end():
        # "within 20 and 40 minutes respectively": two bounds of one unit, the larger holds
        covered.update(range(respective.start(), respective.end()))
        covered.update(range(respective.start("word"), respective.end("word")))
        said_first = float(respective["number"].replace(",", "."))
        only = durations[0]
        if said_first > only.amount:
            durations = [Duration(said_first, only.unit, only.span, only.relative)]
    tiers = _tiers(stripped, durations)
    for start, end in tiers:
        covered.update(range(start, end))
    pair_gap = (durations[0].span[1], durations[1].span[0]) if len(durations) == 2 else (0, 0)
    # tiers: the latest bound holds for every case, as with alternatives
    alternatives = (bool(tiers) and len(durations) >= 2) or (len(durations) == 2 and (
        _ALTERNATIVE_GAP.fullmatch(stripped, *pair_gap)
        or _WINDOW_GAP.fullmatch(stripped, *pair_gap)  # "less than 24 hours but more than 4"
    )) or (len(durations) >= 3 and all(
        # "4h, 8h, nächster Arbeitstag": the levels a contract may choose
        _LIST_GAP.fullmatch(stripped, one.span[1], other.span[0])
        for one, other in itertools.pairwise(durations)
    ))  # fmt: skip
    if alternatives:  # "innerhalb von 24 Stunden bzw. am nächsten Werktag"
        for one, other in itertools.pairwise(durations):
            covered.update(range(one.span[1], other.span[0]))
    if len(durations) == 2 and _said_again(stripped, *durations):
        covered.update(range(durations[0].span[1], durations[1].span[0]))  # "48 Hours/2 Days"
    around = len(durations) == 2 and _AROUND_AN_EVENT.fullmatch(
        stripped, durations[0].span[1], durations[1].span[0]
    )  # "een kwartier vóór tot een kwartier ná de vertrektijd": a window around an event
    if around:
        covered.update(range(durations[0].span[1], durations[1].span[0]))
        after = _AFTER_THE_EVENT.match(stripped, durations[1].span[1])
        if after is not None:  # the event itself is named after "ná", "later dan", "after"
            covered.update(range(after.start(), len(stripped)))
    last = max(d.span[1] for d in durations)
    for index, token in enumerate(tokens):
        if token.start in covered:
            continue
        if token.start >= last and token.word in _ANCHORS:
            break  # "3 Tage vor Ende der Leihfrist": a bound before or after an event
        if (
            token.start >= last
            and durations[-1].relative == "before the event"
            and _EVENT_NAMED.fullmatch(stripped, last)
        ):
            break  # "before the start of the print run", "Voordat we starten met het onderhoud"
        if (
            token.start >= last
            and token.word in _SAME_AS
            and _SAME.search(stripped, 0, last)
            and not _SOON.match(stripped, token.end)
        ):
            break  # "in hetzelfde jaar als waarin u bezwaar maakt": the event's period
        if token.word in _TIMEFRAME_FILLER or token.word in {"and", "und", "en", ",", "."}:
            continue
        if (
            index == 0
            and token.word in {"till", "until"}
            and index + 1 < len(tokens)
            and tokens[index + 1].word not in {"after", "further"}
        ):
            continue  # "till 5 minutes": up to, as "bis 5 Minuten" and "tot 5 minuten" are
        if _clock_token(tokens, index, lang):
            continue  # "am nächsten Werktag um 13 Uhr", "by 11:59pm on the second working day"
        if _unit_at(tokens, index) is not None:
            continue  # "4 hours (business hours)": the unit said again
        if token.text == "/" and _same_unit(tokens, index - 1, index + 1):
            continue  # "1-7 working day/days": the unit's singular and plural
        if token.text == "/" and index and _AND_OR.match(stripped, tokens[index - 1].start):
            continue  # "een week en/of een dag van tevoren": either, or both
        if _lower_end(tokens, index, durations, lang):
            continue  # "tussen de drie en zes weken": the range's lower end, in words
        if token.text in {"-", "–"} and index and _lower_end(tokens, index - 1, durations, lang):
            continue  # "alle 2 - max. 2,5h": the dash that joins the lower end
        if (
            token.word in _RANGE_WORDS
            and len(durations) == 2
            and durations[0].span[1] <= token.start < durations[1].span[0]
        ):
            continue  # "30 minutes - 2 hours": a range of two units, read below
        return None
    if len(durations) == 1:
        only = durations[0]
        return Duration(only.amount, only.unit, (0, len(stripped)), only.relative)
    families = {d.family for d in durations}
    if len(durations) == 2 and (
        durations[0].same_as(durations[1]) or _said_again(stripped, *durations)
    ):
        first = durations[0]  # "28 dagen (4 weken)": the same bound said twice
        return Duration(first.amount, first.unit, (0, len(stripped)), first.relative)
    if alternatives or around:  # the latest of them is the bound
        later = max(durations, key=lambda d: d.days or 0)
        return Duration(later.amount, later.unit, (0, len(stripped)), later.relative)
    if len(durations) == 2 and _is_range_between(tokens, durations):
        upper = durations[1]  # "acht weken tot zes maanden": the upper end is the bound
        return Duration(upper.amount, upper.unit, (0, len(stripped)), upper.relative)
    if len(families) != 1:
        return None
    family = families.pop()
    if family == "calendar":
        smallest = min(durations, key=lambda d: _SECONDS[d.unit]).unit
        total = sum(d.base_amount for d in durations) / _SECONDS[smallest]
        return Duration(total, smallest, (0, len(stripped)))
    if family == "months":
        smallest = min(durations, key=lambda d: _MONTHS[d.unit]).unit
        total = sum(d.base_amount for d in durations) / _MONTHS[smallest]
        return Duration(total, smallest, (0, len(stripped)))
    return Duration(sum(d.amount for d in durations), durations[0].unit, (0, len(stripped)))


#: A share of cases said before a bound: "90% within 4 business days".
_SHARE_FIRST = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[.,]\d+)?\s*(?:%|percent|per\s*cent|prozent|procent)(?:\s+(?:of\s+"
    r"(?:cases|calls|requests|faults)|der\s+Fälle|van\s+de\s+gevallen))?(?=\s)",
    re.IGNORECASE,
)
#: What joins the tiers of a bound: "90% within 4 days / 100% within 6 days".
_TIER_GAP = re.compile(r"\s*(?:/|;|,|\band\b|\bund\b|\ben\b)?\s*", re.IGNORECASE)


def _tiers(text: str, durations: list[Duration]) -> list[tuple[int, int]]:
    """The shares and joins of a bound in tiers ("90% within 4 business days / 10% within
    6 business days"), when each bound has its share before it; else nothing.

    A timeframe that repeats the metric's share ("80% within 20 seconds") is one tier.
    """
    shares = list(_SHARE_FIRST.finditer(text))
    if not shares or len(shares) != len(durations):
        return []
    spans: list[tuple[int, int]] = []
    previous_end = 0
    for share, duration in zip(shares, durations, strict=True):
        if not previous_end <= share.start() < share.end() <= duration.span[0]:
            return []  # each share stands before its own bound
        if previous_end and not _TIER_GAP.fullmatch(text, previous_end, share.start()):
            return []
        spans.append((previous_end, share.end()) if previous_end else share.span())
        previous_end = duration.span[1]
    return spans
