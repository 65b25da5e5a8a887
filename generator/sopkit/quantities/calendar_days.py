"""Deadlines named by a day rather than a length: "by the end of the next working day",
"bis Freitag", "voor het einde van de maand", "by 15 March".

Mostly tables per language, expanded into patterns once: these phrases are many, and
each one is a bound that holds no number.
"""

from __future__ import annotations

import re

from sopkit.literals import GuardedPattern, GuardedTable
from sopkit.wordpatterns import PerLanguage, whole_words_source

#: What a system sends the moment it receives a request: an instant bound when
#: "immediately" is said of it ("you receive an automatic confirmation immediately").
_RECEIPTS = (
    r"confirmation|acknowledg\w*|receipt|reference\s+number|case\s+number|"
    r"\w*bestätigung|aktenzeichen|quittung|vorgangsnummer|notifications?|\w*benachrichtigung|"
    r"notificatie|pushbericht|"
    r"\w*bevestiging|ontvangstmelding|referentienummer|dossiernummer|zaaknummer"
)

#: The close of a working day, said short (the full words have patterns of their own).
_CLOSE_OF_DAY = r"COB|EOD|EOB|COP|(?:the\s+)?(?:end|close)\s+of\s+play"

#: Not right after a span's unit: in "24 hours before the appointment", "4 Arbeitstage vor
#: dem Abfuhrtermin" or "2 weken voor aanvang" the span is the bound and the event its
#: anchor, no deadline of its own. (German without word starts, for compounds.)
_AFTER_NO_SPAN = {
    "en": "".join(
        rf"(?<!\b{unit}\s)"
        for unit in (
            "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
            "months", "notice", "advance",
        )
    ),
    "de": "".join(
        rf"(?<!{unit}\s)"
        for unit in (
            "Minuten", "Stunde", "Stunden", "Tag", "Tage", "Tagen", "Woche", "Wochen", "Monat",
            "Monate", "Monaten", r"min\.", r"Std\.",
        )
    ),
    "nl": r"(?<!dagen\s)"
    + "".join(
        rf"(?<!\b{unit}\s)"
        for unit in ("dag", "uur", "weken", "week", "maanden", "maand", "minuten")
    ),
}  # fmt: skip

#: Deadlines told by the day: (pattern, amount, unit, words). "Same day" is the
#: strictest bound there is (amount 0); "next working day" equals "1 working day".
#: An end said only roughly ("towards the end of the week", "gegen Ende März", "rond eind
#: december"), which no ending below may take as a bound.
_NOT_NEAR = {
    # (and never from "end" after its article: "towards the end" must be read whole)
    "en": r"(?<!towards\s)(?<!toward\s)(?<!near\s)(?<!around\s)(?<!about\s)(?<!nearer\s)(?<!the\s)",
    "de": r"(?<!gegen\s)(?<!etwa\s)(?<!ungefähr\s)(?<!circa\s)(?<!ca\.\s)",
    "nl": r"(?<!tegen\s)(?<!rond\s)(?<!rondom\s)(?<!omstreeks\s)(?<!ongeveer\s)(?<!circa\s)"
    r"(?<!het\s)",
}
#: "The end of the week after your survey": a week counted from an event, not this one.
_NOT_AFTER = r"(?![\w-])(?!\s+(?:after|following|nach|na)(?![\w-]))"
#: Not a week when a day of it follows: "in der gleichen Woche am Mi." is that day (read
#: with the weekdays).
_NO_DAY_OF_IT = (
    r"(?!\s+am\s+(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\.(?![-–])|(?:Montag|Dienstag|Mittwoch|Donnerstag|"
    r"Freitag|Samstag|Sonntag)(?![\w-])))"
)
#: "Ende Dezember oder Anfang Januar": an end that may also be a beginning.
_NOT_OPEN = {
    "en": r"(?!\s+or\s+(?:the\s+)?(?:beginning|start|early))",
    "de": r"(?!\s+oder\s+(?:Anfang|Beginn))",
    "nl": r"(?!\s+of\s+(?:begin|aan\s+het\s+begin))",
}

_DAY_DEADLINES: dict[str, tuple[tuple[str, float, str, str], ...]] = {
    "en": (
        # the start of the next working day (before "next working day" takes its end)
        (r"(?:at|by)\s+the\s+(?:beginning|start)\s+of\s+the\s+(?:new|next|following)\s+"
         r"(?:working\s+|business\s+|work\s+)?day", 1, "working_day", "next working day"),
        # the close of a day said short: "COB", "EOD", "end of play"
        (rf"(?:by\s+)?(?:{_CLOSE_OF_DAY})\s+(?:on\s+)?(?:the\s+)?(?:next|following)\s+"
         r"(?:working|business|work)\s+day", 1, "working_day", "next working day"),
        (rf"(?:by\s+)?(?:(?:{_CLOSE_OF_DAY}|(?:the\s+)?(?:end|close)\s+of\s+(?:business|"
         r"(?:the\s+)?(?:working\s+|business\s+)?day))\s+)?(?:on\s+)?(?<!after\s)tomorrow"
         r"(?:\s+(?:morning|"
         r"afternoon|evening))?", 1, "day", "next day"),
        (rf"(?:by\s+)?(?:{_CLOSE_OF_DAY})(?:\s+today)?|(?:by\s+)?(?:the\s+)?(?:end|close)\s+of\s+"
         r"(?:business|(?:the\s+)?(?:working\s+|business\s+)?day)\s+today", 0, "day", "same day"),
        (r"(?:on\s+)?(?:the\s+)?same\s+or\s+(?:the\s+)?next\s+(?:working|business)\s+day", 1,
         "working_day", "next working day"),
        (r"(?:on\s+)?(?:the\s+)?same[-\s]+(?:working[-\s]+|business[-\s]+)day", 0, "working_day",
         "same working day"),
        (r"(?:on\s+)?that\s+(?:same\s+)?(?:working|business)\s+day|"
         r"(?:(?:within|during|on)\s+)?the\s+current\s+(?:working|business)\s+day", 0,
         "working_day", "same working day"),
        (r"(?:on\s+)?(?:the\s+)?same[-\s]+day|(?:on\s+)?that\s+(?:same\s+)?day", 0, "day",
         "same day"),
        (r"(?:by\s+)?(?:the\s+)?(?:end|close)\s+of\s+(?:business\s+(?:on\s+)?)?(?:the\s+)?"
         r"(?:next|following)\s+(?:working|business|work)\s+day", 1, "working_day",
         "next working day"),
        (r"(?:by\s+|on\s+)?(?:the\s+)?(?:next|following)[-\s]+(?:(?:standard|regular|normal|full|"
         r"non-holiday)\s+)?(?:working|business|work)[-\s]+day", 1, "working_day",
         "next working day"),
        # the second of two "following" days: "the following Monday or non-holiday business day"
        (r"(?<=\sor\s)(?:non-holiday\s+)?(?:working|business)\s+day(?![\w-])", 1, "working_day",
         "next working day"),
        (r"(?:by\s+)?(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:next|following)\s+day",
         1, "day", "next day"),
        # the next day a place is open: "after 9.30am the next day the Research Centre is
        # open", "the next day we are open" (an opening day counts as a working day)
        (r"(?:by\s+|on\s+)?(?:the\s+)?(?:next|following)[-\s]+day\s+(?:that\s+|when\s+|"
         r"on\s+which\s+)?(?:we|(?:the|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:is|are)\s+open",
         1, "working_day", "next working day"),
        (r"(?:by\s+|on\s+)?(?:the\s+)?(?:next|following)[-\s]+day", 1, "day", "next day"),
        # "the working day after dispatch", "on the day following the end of the pay
        # period": the event follows "after" or "following", an anchor
        (r"(?:by\s+|on\s+)?the\s+(?:working|business)\s+day(?=\s+(?:after|following)\s)", 1,
         "working_day", "next working day"),
        (r"(?:by\s+|on\s+)?the\s+day(?=\s+(?:after\s(?!tomorrow)|following\s))", 1, "day",
         "next day"),
        (r"(?:by\s+|on\s+)?the\s+day\s+after\s+tomorrow", 2, "day", ""),
        # "the day before delivery": the event follows "before", an anchor
        (r"(?:by\s+|on\s+)?the\s+(?:working|business)\s+day(?=\s+(?:before|prior)(?!\s+yesterday)\b)",
         1, "working_day", "working day before"),
        (r"(?:by\s+|on\s+)?the\s+day(?=\s+(?:before|prior)(?!\s+yesterday)\b)", 1, "day",
         "day before"),
        (r"(?:by\s+|on\s+)?the\s+(?:evening|night)(?=\s+before(?!\s+last)\b)", 1, "day",
         "evening before"),
        (r"by\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:working\s+|business\s+)?day|"
         r"(?:by\s+)?close\s+of\s+business", 0, "day", "same day"),
        (r"within\s+the\s+(?:same\s+)?hour", 1, "hour", ""),
        (r"within\s+the\s+(?:same\s+)?(?:working|business)\s+day", 0, "working_day",
         "same working day"),
        (r"(?:within\s+)?(?:a|one)\s+fortnight", 2, "week", ""),
        (r"(?:in|during|by)\s+the\s+last\s+week\s+of\s+the\s+(?:following|next)\s+month", 2,
         "month", "end of the next month"),
        (r"(?:in|during|by)\s+the\s+last\s+week\s+of\s+the\s+(?:same\s+|current\s+)?month", 1,
         "month", "end of the month"),
        (r"(?:a\s+)?quarter\s+of\s+an\s+hour|(?:a\s+)?quarter[-\s]hour", 15, "minute", ""),
        (r"three[-\s]quarters\s+of\s+an\s+hour", 45, "minute", ""),
        (r"(?:(?:by|on)\s+)?(?:the\s+)?next\s+(?:working\s+)?(?:delivery|collection|postal|opening)\s+"
         r"day", 1, "working_day", "next working day"),
        (r"(?:at|on|by|with|during)\s+(?:the|your)\s+next\s+(?:scheduled\s+|regular\s+|planned\s+)?"
         r"(?:bin\s+|waste\s+|refuse\s+|recycling\s+)?collection(?!\s+day)", 1, "month",
         "next collection"),
        (r"during\s+(?:the|your)\s+(?:same\s+)?(?:call|visit|conversation|chat|appointment|"
         r"consultation|meeting)|(?:in|on)\s+the\s+same\s+(?:call|visit|contact)", 0, "day",
         "on the spot"),
        # the end of a session the customer is at: "at the end of the Donation Session"
        (r"(?:at|by)\s+the\s+end\s+of\s+(?:the|your|each)\s+(?:[\w-]+\s+)?(?:session|visit|"
         r"appointment|call|meeting|consultation|class|lesson|interview|tour)(?![\w-])|"
         # the start of the contact: "at the start of the call"
         r"at\s+the\s+(?:start|beginning)\s+of\s+(?:the|your|each|every)\s+(?:first\s+|next\s+)?"
         r"(?:[\w-]+\s+)?(?:call|visit|"
         r"appointment|call|meeting|consultation|class|lesson|interview|tour)(?![\w-])", 0, "day",
         "on the spot"),
        (rf"(?:immediately|at\s+once|straight\s+away|instantly|automatic(?:ally)?)(?=\W+(?:\w+\W+){{0,6}}?"
         rf"(?:{_RECEIPTS}))|(?:{_RECEIPTS})\W+(?:\w+\W+){{0,4}}?(?:immediately|instantly|at\s+once)",
         0, "day", "at once"),
        (r"at\s+the\s+same\s+time(?:\s+as)?", 0, "day", "at the same time"),
        # during the contact itself: "at the time of your call", "at the time of booking"
        (r"at\s+the\s+time\s+of\s+(?:your\s+|the\s+)?(?:call|visit|booking|order|request|"
         r"enquiry|inquiry|appointment)(?![\w-])", 0, "day", "on the spot"),
        # before a booked event: "prior to the scheduled appointment"; not "24 hours before
        # the appointment", whose bound is the hours
        (_AFTER_NO_SPAN["en"] +
         r"(?:(?:by|on\s+or)\s+)?(?:prior\s+to|before)\s+(?:the\s+|your\s+)?(?:scheduled\s+|agreed\s+|booked\s+|planned\s+|arranged\s+)?"
         r"(?:appointment|visit|hearing|event|session|interview|consultation|departure|arrival|"
         r"installation|inspection|move|viewing|ceremony)(?![\w-])", 0, "day", "before the event"),
        # before the work goes on: "before proceeding", "prior to starting the repair"; a
        # gerund names the event (not "before anything", "before long")
        (_AFTER_NO_SPAN["en"] + r"(?:(?:by|on\s+or)\s+)?(?:prior\s+to|before)\s+"
         r"(?![a-z]*thing\b)[a-z]{3,}ing(?![\w-])", 0, "day", "before the event"),
        # the start of an event, or a change taking effect: "before the start of the print
        # run", "before they take effect", "before we start"; not "2 weeks before the start
        # of the course", whose bound is the weeks
        (_AFTER_NO_SPAN["en"] +
         r"(?:by\s+(?=the\s+start\s+of\s)|(?:(?:by|on\s+or)\s+)?(?:prior\s+to|before)\s+)"
         r"(?:the\s+start\s+of\s+(?:the|your|each)\s+"
         r"[^\W\d_][\w-]*|(?:they|it|the\s+changes?)\s+takes?\s+effect|we\s+(?:start|begin)|"
         # the customer's first of a kind: "before your first order"
         r"(?:your|the)\s+first\s+(?:order|booking|delivery|appointment|visit|session|lesson|"
         r"class|payment|invoice|treatment|collection|shift|course|consultation)(?![\w-])|"
         # the date of an event said after it: "before the date on which you graduate"
         r"the\s+(?:date|day)\s+(?:on\s+which|that|when)(?=\s)|"
         # before each event of a kind: "before each appointment", "prior to any work"
         r"(?:each|every|any)\s+[^\W\d_][\w-]*)"
         r"(?![\w-])|"
         # a clause before the promise: "Before extra work is charged, we tell you the cost"
         r"(?:(?<=^)|(?<=[.;:]\s))(?:Before|Prior\s+to)\s+(?!you\b)"
         r"(?![^,.;]*\b(?:can|could|may|must)\b)(?=[^,.;]*\b(?:is|are|we|they|it)\b)[^,.;\d]{3,80}?(?=\s*(?:,|$))",
         0, "day", "before the event"),
        # a holiday: "before Christmas", "by Christmas Eve"
        # ("in good time before Christmas" stays vague)
        (r"(?<!time\s)(?<!well\s)(?<!shortly\s)(?<!just\s)(?:before|by)\s+Christmas\s+Eve", 0,
         "day", "before Christmas Eve"),
        (r"(?<!time\s)(?<!well\s)(?<!shortly\s)(?<!just\s)(?:before|by)\s+Christmas(?:\s+Day)?",
         0, "day", "before Christmas"),
        # the end of a term a contract sets: "at the end of the loan period"
        (r"(?:at|by)\s+the\s+end\s+of\s+(?:the|your)\s+(?:loan\s+|rental\s+|hire\s+|notice\s+|"
         r"contract\s+|grace\s+)?(?:term|period)(?![\w-])", 0, "day", "end of the term"),
        # a date the customer chooses: "on the date of your choice"
        (r"(?:on\s+)?(?:the|a)\s+(?:date|day)(?:\s+and\s+time)?\s+of\s+your\s+choice|"
         r"(?:on\s+)?your\s+chosen\s+(?:date|day)", 0, "day", "chosen date"),
        (r"(?:on|upon|at)\s+(?:your\s+|the\s+)?(?:arrival|discharge|check-in|check-out|handover|"
         r"key\s+handover|signing)(?![\w-])", 0, "day", "on the spot"),
        # the day of an event, named: "on delivery day", "on the day of arrival" (below)
        (r"on\s+(?:the\s+|your\s+)?(?:delivery|arrival|departure|collection|check-in|check-out|"
         r"moving|move-in|installation|completion|appointment|exam|examination|results|payment|"
         r"due|dispatch|shipping|travel|event|visit|admission|discharge)\s+(?:day|date)", 0, "day",
         "same day"),
        (r"later\s+(?:today|(?:on\s+)?(?:that|the\s+same)\s+day|in\s+the\s+day)", 0, "day",
         "same day"),
        # a part of the day of an event: "on the morning of your trip"
        (r"on\s+the\s+(?:morning|afternoon|evening)\s+of\s+(?:the|your)\s+(?:day\s+of\s+(?:the|your)\s+)?"
         r"(?:trip|departure|arrival|event|journey|hire|charter|tour|sailing|collection|delivery|"
         r"appointment|wedding|party)(?![\w-])|"
         # "on the morning of your usual set pay date"
         r"on\s+the\s+(?:morning|afternoon|evening)\s+of\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:pay|"
         r"payment|payout|delivery|collection|due|departure|arrival|travel|event)\s+(?:date|day)"
         r"(?![\w-])", 0, "day", "same day"),
        # the month of an event: "in the month of your retirement", not "of the year"
        (r"(?:by\s+the\s+end\s+of\s+|(?:in|during)\s+)the\s+(?:same\s+)?(?:calendar\s+)?month\s+"
         r"(?:of|in\s+which)\s+(?:your|the|their|its|his|her)\s+(?!(?:year|week|day|month|"
         r"season|quarter)\b)[\w-]+", 1, "month", "month of the event"),
        # the next bill: "on your next bill", "with the next invoice"
        (r"(?:on|with|in|onto)\s+(?:your|the|our|their)\s+next\s+(?:regular\s+|monthly\s+|"
         r"quarterly\s+|annual\s+|final\s+)?(?:bill|invoice|statement|account\s+statement|"
         r"billing\s+cycle)", 12, "month", "next bill"),
        # "on their final day of tenancy": the last day of a period the sentence names
        (r"(?:by\s+|on\s+)?(?:the|your|their|its|his|her)\s+(?:final|last)\s+day(?=\s+(?:of|at|in)\s)",
         0, "day", "last day"),
        (r"(?:in|within|during|later\s+in)\s+the\s+same\s+(?:calendar\s+)?week|"
         # a timeframe written without its preposition: "the same week"
         r"^\s*the\s+same\s+(?:calendar\s+)?week(?=\s*$)", 1, "week", ""),
        (r"before\s+the\s+month\s+(?:has\s+passed|is\s+(?:out|over)|ends)", 1, "month",
         "end of the month"),
        (r"before\s+the\s+week\s+(?:has\s+passed|is\s+(?:out|over)|ends)", 1, "week", ""),
        # the working day before: "on the prior working day", "the previous business day"
        (r"(?:(?:on|by)\s+)?the\s+(?:prior|previous|preceding)\s+(?:working|business)\s+day", 0,
         "working_day", "working day before"),
        # the week's end: "goes to the police by the end of the week"; not "towards the end
        # of the week" nor "the end of the week after your survey"
        (rf"{_NOT_NEAR['en']}(?:(?:by|before|at|until|on)\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+"
         rf"(?:same\s+|current\s+)?week{_NOT_AFTER}", 1, "week", "end of the week"),
        (rf"{_NOT_NEAR['en']}(?:(?:by|before|at|until|on)\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?"
         rf"(?:next|following)\s+week{_NOT_AFTER}", 2, "week", "end of the next week"),
        (r"(?:in|during)\s+the\s+(?:following|next)\s+(?:calendar\s+)?month|in\s+the\s+month"
         r"(?=\s+(?:after|following)\s)", 2, "month", "end of the next month"),
        # the year's last month: "in the last month of the year"
        (r"in\s+the\s+last\s+month\s+of\s+(?:the|each|every)\s+(?:calendar\s+)?year", 12, "month",
         "end of the year"),
        # before delivery or arrival: "before delivery", "prior to the installation"
        (_AFTER_NO_SPAN["en"] + r"(?:prior\s+to|before)\s+(?:the\s+|your\s+)?(?:delivery|"
         r"collection|dispatch|handover|move-in|move-out)(?![\w-])", 0, "day", "before the event"),
        # with the confirmation: "sent with your booking confirmation"
        (r"(?:together\s+)?with\s+(?:the|your)\s+(?:booking\s+|order\s+|reservation\s+)?"
         r"confirmation(?![\w-])", 0, "day", "at the same time"),
        # the next meeting: "decided at the next board meeting"
        (r"(?:at|by)\s+(?:the|its|their|our)\s+next\s+(?:[\w-]+\s+){0,2}?meeting(?![\w-])", 1,
         "month", "next meeting"),
        # this weekend; at an opening: "with the opening of registration"
        (r"(?:(?:at|over|on|by)\s+)?(?:this|the\s+coming)\s+weekend", 1, "week", ""),
        (r"(?:with|at)\s+the\s+opening\s+of\s+(?:the\s+)?[\w-]+", 0, "day", "at the same time"),
        # the month or week before an event: "in the month before the move"
        (r"(?:in|during)\s+the\s+(?:calendar\s+)?month(?=\s+(?:before|preceding|prior\s+to)\s)",
         1, "month", "before the event"),
        (r"(?:in|during)\s+the\s+(?:calendar\s+)?week(?=\s+(?:before|preceding|prior\s+to)\s)",
         1, "week", "before the event"),
        # the end of a meeting: "at the end of the hearing", "at the end of your appointment"
        (r"at\s+the\s+(?:end|close)\s+of\s+(?:the|your|each)\s+(?:hearing|meeting|appointment|call|"
         r"visit|session|consultation|interview|inspection|assessment|examination|conversation)",
         0, "day", "on the spot"),
        # the rest of a calendar week or day: "in the course of the week"
        (r"(?:in|during)\s+the\s+course\s+of\s+the\s+(?:same\s+|current\s+)?week", 1, "week", ""),
        # the next seven days; the week after, at most two away: "repairs are made the
        # following week", "in the course of next week"
        (r"within\s+the\s+next\s+week(?!\s*(?:days?|ends?)\b)(?!-)", 1, "week", ""),
        (r"(?<!\bof\s)(?<!\bof\sthe\s)(?:(?:in|during|by\s+the\s+end\s+of)\s+)?"
         r"(?:the\s+course\s+of\s+)?(?:the\s+)?(?:next|following|coming)\s+(?:calendar\s+)?"
         r"week(?!\s*(?:days?|ends?)\b)(?!-)", 2, "week", "end of the next week"),
        (r"(?:in|during)\s+the\s+course\s+of\s+the\s+(?:same\s+)?day", 0, "day", "same day"),
        # a practice's or office's next session: "at the next surgery", "next office hours"
        (r"(?:at|in|during|by)\s+(?:the|your|our)\s+next\s+(?:surgery|clinic|consultation\s+hours|"
         r"office\s+hours|opening\s+hours|opening\s+session)", 1, "working_day",
         "next opening hours"),
        # the end of a shift: "at end of shift", "by the end of your shift"
        (r"(?:at|by|before)\s+(?:the\s+)?end\s+of\s+(?:the\s+|each\s+|your\s+|their\s+|every\s+)?"
         r"shift", 0, "day", "same day"),
        (r"(?:at|by)\s+the\s+end\s+of\s+(?:the|each|every)\s+(?:working\s+|business\s+)?"
         r"(?:day|workday)|"
         # a timeframe written without its preposition: "the end of the working day"
         r"^\s*(?:the\s+)?(?:end|close)\s+of\s+the\s+(?:working\s+|business\s+)?day", 0, "day",
         "same day"),
        (r"(?:the\s+)?(?:next|following)\s+(?:morning|afternoon|evening)", 1, "day", "next day"),
        (r"(?:on\s+)?the\s+same\s+(?:evening|afternoon|morning)|"
         r"immediately(?=\s+(?:after|when|once|upon|following)\b)|"
         # "we will immediately notify you of the outcome after inspecting the item"
         r"immediately(?=\W+(?:[\w'-]+\W+){1,8}?(?:after|upon|on|once)\s+\w+ing(?![\w-]))",
         0, "day", "same day"),
        (r"on\s+the\s+(?:same\s+)?(?:date|day)\s+(?:that|when|on\s+which)(?:\s+[\w'-]+){0,8}", 0,
         "day", "same day"),
        (r"on\s+the\s+day\s+(?:of\s+(?:(?:your|the)\s+)?\w+|(?:we|you)\s+\w+\s+it)", 0, "day",
         "same day"),
        # "on the day the ILL item is received": the day an event happens
        (r"on\s+the\s+day\s+(?:the|your|a|an|you|they|we)\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were|"
         r"has\s+been)\s+"
         r"(?:received|returned|delivered|reported|submitted|booked|made|found|collected|lodged|"
         # an event in progress: "on the day a customer is moving property"
         r"(?:moving|relocating|leaving|arriving|travelling|traveling)(?:\s+(?:out|in|house|home|"
         r"property|premises|address))?(?![\w-]))",
         0, "day", "same day"),
        # "on day of submission", "the day of receipt"; not "within a day of receipt"
        # nor the anchor of another bound: "within 5 working days of the day of receipt"
        (r"(?<!of\s)(?<!from\s)(?<!after\s)(?:on\s+)?(?:the\s+)?(?<!of\sthe\s)"
         r"(?<!from\sthe\s)(?<!after\sthe\s)(?<!of\s)(?<!from\s)(?<!after\s)(?<!\ba\s)"
         r"(?<!\bone\s)(?<!\d\s)(?:day|date)\s+of\s+(?:receipt|"
         r"submission|arrival|application|request|delivery|booking|purchase|registration|"
         r"referral|notification|report|reporting|enquiry|inquiry|contact)", 0, "day", "same day"),
        (r"on\s+the\s+spot|while\s+you\s+wait|(?:immediately|at\s+once)(?=\s+(?:issue|issued|"
         r"hand|handed|give|given|print|printed))|(?:issued|handed\s+(?:over|out)|given|printed)"
         r"\s+(?:to\s+you\s+)?(?:immediately|at\s+once)", 0, "day", "on the spot"),
    ),
    "de": (
        (r"(?:am\s+)?(?:gleichen|selben)\s+oder\s+(?:am\s+)?nächsten\s+(?:Tag|Abend)", 1, "day",
         "next day"),
        # the working day before: "spätestens am vorherigen Werktag"
        (r"(?:spätestens\s+)?am\s+(?:vorherigen|vorhergehenden|vorangehenden)\s+(?:Werk|Arbeits|"
         r"Geschäfts)tag", 0, "working_day", "working day before"),
        (r"(?:spätestens\s+)?am\s+(?:vorherigen|vorhergehenden|vorangehenden)\s+Tag", 0, "day",
         "day before"),
        # the week's end: "bis Ende der Woche", "zum Ende dieser Woche"; not "gegen Ende der
        # Woche"
        (rf"{_NOT_NEAR['de']}(?:(?:bis|spätestens|per)\s+)?(?:(?:zum|am)\s+)?Ende\s+(?:der|dieser|"
         rf"derselben)\s+(?:laufenden\s+)?Woche{_NOT_AFTER}", 1, "week", "end of the week"),
        (rf"{_NOT_NEAR['de']}(?:(?:bis|spätestens|per)\s+)?(?:(?:zum|am)\s+)?Ende\s+der\s+(?:nächsten|"
         rf"folgenden|kommenden)\s+Woche{_NOT_AFTER}", 2, "week", "end of the next week"),
        (r"sofort(?=,?\s+(?:[\w-]+,?\s+){0,5}?(?:sobald|wenn|nachdem)\s)|"
         r"(?:sofort|unmittelbar|direkt|gleich)(?=\s+nach\b)", 0, "day", "at once"),
        # at the moment of an event: "sofort bei der Übernahme", "direkt beim Eingang"; not
        # a condition ("sofort bei Fragen", "bei einem Notfall")
        (r"(?:sofort|unmittelbar|direkt|gleich)(?=\s+(?:beim|bei\s+(?:der|dem|Ihrer|Ihrem|deiner|"
         r"deinem))\s)", 0, "day", "on the spot"),
        (r"(?:noch\s+)?am\s+(?:gleichen|selben)\s+(?:Abend|Nachmittag|Vormittag)", 0, "day",
         "same day"),
        (r"(?:noch\s+)?an\s+(?:diesem|demselben|dem\s+selben|dem\s+gleichen|jenem)\s+"
         r"(?:Werk|Arbeits|Geschäfts)tage?", 0, "working_day", "same working day"),
        (r"(?:noch\s+)?an\s+(?:diesem|demselben|dem\s+selben|dem\s+gleichen|jenem)\s+Tage?|"
         r"(?:noch\s+)?(?:desselben|des\s+selben|des\s+gleichen)\s+Tages", 0, "day", "same day"),
        (r"(?:noch\s+)?innerhalb\s+des\s+(?:selben\s+|gleichen\s+)?(?:Werk|Arbeits|Geschäfts)"
         r"tages", 0, "working_day", "same working day"),
        (r"(?:am\s+)?(?:darauffolgenden|folgenden|nächsten)\s+"
         r"(?:Vormittag|Nachmittag|Abend|Morgen)", 1, "day", "next day"),
        (r"(?:bis\s+)?(?:zum\s+)?(?:Ende\s+des\s+(?:Arbeits|Werk|Geschäfts)?[Tt]ages|Tagesende|"
         r"Geschäftsschluss|Dienstschluss)", 0, "day", "same day"),
        (r"(?:am|an\s+dem)\s+(?:selben|gleichen)\s+oder\s+(?:am\s+)?(?:nächsten|folgenden)\s+"
         r"(?:Werk|Arbeits|Geschäfts)?tag", 1, "working_day", "next working day"),
        (r"(?:noch\s+)?(?:am|an\s+dem)\s+(?:selben|gleichen|selbigen|gleichen)\s+"
         r"(?:Werk|Arbeits|Geschäfts|Bankarbeits)tag", 0, "working_day", "same working day"),
        (r"(?:noch\s+)?(?:am|an\s+dem)\s+(?:selben|gleichen|selbigen)\s+Tag|taggleich|"
         r"am\s+Tag\s+des\s+Eingangs|(?:noch\s+)?am\s+Tag\s+selbst|noch\s+am\s+Tag\s+der\s+\w+|"
         r"noch\s+heute|(?:noch\s+)?am\s+Tag\s+(?:der|des)\s+[\w-]+|"
         # a part of the day of an event: "am Morgen des jeweiligen Ausfahrtstages"
         r"(?:noch\s+)?am\s+(?:Morgen|Vormittag|Mittag|Nachmittag|Abend)\s+des\s+(?:jeweiligen\s+)?"
         r"[\w-]*[Tt]ag(?:e?s)(?![\w-])|"
         # today: "erfolgt am heutigen Donnerstag"
         r"(?:noch\s+)?am\s+heutigen\s+(?:Tag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|"
         r"Sonntag)", 0, "day", "same day"),
        (r"gleichzeitig\s+mit|zeitgleich\s+mit", 0, "day", "at the same time"),
        # the month of an event, as one word: "im Austrittsmonat", "im Geburtsmonat"; not a
        # season's month or one that has a pattern of its own
        (r"(?:(?:bis|spätestens)\s+)?(?:spätestens\s+)?(?:noch\s+)?(?:im|in\s+dem)\s+"
         r"(?!(?:Folge|Vor|Sommer|Winter|Herbst|Frühlings|Frühjahrs|Früh|Urlaubs|Ferien|Kalender|"
         r"Wonne|Haupt|Spät|Regen|Hitze|Sonnen|Fasten|Sommerferien|Winter|Nächsten|Selben|"
         r"Gleichen|Laufenden|Jeweiligen)monat)[^\W\d_]{3,}monat(?:s|es)?(?![\w-])", 1, "month",
         "month of the event"),
        # the next bill: "mit der nächsten Schlussabrechnung", "auf der nächsten Rechnung"
        (r"(?:(?:mit|bei|in|auf|zu)\s+(?:der|den|die|Ihrer|Ihre|Ihren|deiner|deine)\s+)?(?:nächsten|"
         r"nächste|folgenden|folgende|"
         r"kommenden|kommende|nächstfolgenden)\s+[\w-]*(?:abrechnung|rechnung|Abrechnung|Rechnung)"
         r"(?:sbetrag)?(?![\w-])", 12, "month", "next bill"),
        # the day of an event, as one word: "am Anreisetag", "am Zustelltag", "am Abfuhrtag";
        # not a weekday, a holiday, a unit or a day that has a pattern of its own
        (r"(?:(?:bis|spätestens)\s+)?(?:spätestens\s+)?(?:noch\s+)?(?:am|an\s+dem)\s+"
         r"(?!(?:Mon|Diens|Donners|Frei|Sams|Sonn|Feier|Werk|Arbeits|Geschäfts|Wochen|Folge|Vor|"
         r"Schul|Unterrichts|Öffnungs|Kalender|Bankarbeits|Bankgeschäfts|Geburts|Ruhe|Brücken|"
         r"Fest|Gedenk|Sonnen|Namens|Jahres|Hochzeits|Mitt|Fr[eü]h|Nachmit|Vormit|Ganz|Halb|"
         r"Gleichen|Selben|Nächsten)tag)[^\W\d_]{3,}tag(?:e?s)?", 0, "day", "same day"),
        # "am letzten Tag (vor Ablauf)": the last day of a period the sentence names
        (r"(?:spätestens\s+)?am\s+letzten\s+(?:Werk|Arbeits|Geschäfts)?[Tt]ag(?!\s+(?:des|der|im|in|"
         r"vom|vor|davor)\b)", 0, "day", "last day"),
        # any event with "spätestens": "spätestens bei der Anpassung des Hörgeräts"
        # (an event: not "spätestens beim vierten Klingeln", a count)
        (r"spätestens\s+(?:bei\s+(?:der|dem|Ihrer|Ihrem)|beim)\s+(?!(?:ersten|zweiten|dritten|"
         r"vierten|fünften|sechsten|siebten|achten|neunten|zehnten|nächsten|folgenden|letzten)"
         r"\b)[^\W\d_]{4,}(?![\w-])", 0, "day", "on the spot"),
        # the moment of an event: "bei der Entlassung", "beim Check-in"
        (r"(?:bei|mit)\s+(?:der|Ihrer|ihrer)\s+(?:Entlassung|Abholung|Ankunft|Anreise|Abreise|"
         r"Übergabe|Schlüsselübergabe|Auslieferung|Zustellung|Buchung|Registrierung|Rückgabe|"
         r"Unterzeichnung|Vertragsunterzeichnung|Anmeldung|Antragstellung|Beantragung|Vorsprache)|"
         r"beim\s+(?:Check-?in|Check-?out|Einzug|Auszug|"
         r"Abholen|Vertragsabschluss)", 0, "day", "on the spot"),
        # a holiday: "vor Weihnachten", "spätestens bis Heiligabend"
        # ("rechtzeitig vor Weihnachten" stays vague)
        *(
            (rf"(?<!rechtzeitig\s)(?<!kurz\s)(?<!lange\s)(?:(?:noch|spätestens)\s+)?(?:vor|bis)\s+"
             rf"(?:{holiday})(?![\w-])", 0, "day", words)
            for holiday, words in (
                ("Weihnachten", "before Christmas"), ("Heiligabend", "before Christmas Eve"),
                ("Ostern", "before Easter"), ("Silvester", "before New Year's Eve"),
            )
        ),
        # before a booked date: "vor Eurem Hochzeitstermin", "bis zum Termin des
        # Beratungsgesprächs"; not "24 Stunden vor dem Termin", whose bound is the hours
        # (compounds too: "4 Arbeitstage vor dem Abfuhrtermin")
        (_AFTER_NO_SPAN["de"] + r"(?:spätestens\s+)?(?:vor|bis\s+zu[mr]?)\s+"
         r"(?:(?:dem|Ihrem|Eurem|eurem|deinem|Deinem|ihrem)\s+)?(?:vereinbarten\s+|gebuchten\s+|"
         r"geplanten\s+)?(?:[^\W\d_]+termin|Termin(?:\s+(?:des|der|Ihres|Eures|Ihrer|Eurer)\s+"
         r"[^\W\d_]{4,}))(?![\w-])|"
         # the date of an event said after it: "vor dem Tag, an dem Sie Ihren Abschluss machen"
         r"(?:spätestens\s+)?(?:vor|bis\s+zu)\s+dem\s+(?:Tag|Datum)\s*,?\s+an\s+dem(?=\s)", 0,
         "day", "before the event"),
        # the start of an event, or a change taking effect: "vor Beginn des Drucks", "bevor
        # sie in Kraft treten"; not "3 Wochen vor Beginn", whose bound is the weeks
        (_AFTER_NO_SPAN["de"] +
         r"(?:spätestens\s+)?(?:vor\s+Beginn\s+(?:des|der|Ihres|Ihrer|eures|eurer)\s+[^\W\d_][\w-]*|"
         # ... also said with an article or as "zum Start": an event, a capitalised noun that
         # is not a stretch of time ("zum Start der Ausbildung", not "zum Beginn der Zeit")
         r"(?:vor\s+dem\s+|(?:bis\s+)?zum\s+)(?:Beginn|Start)\s+(?:des|der|Ihres|"
         r"Ihrer|eures|eurer|deines|deiner)\s+(?!(?:Zeit|Jahres|Monats|Woche|Tages|Saison|Quartals|"
         r"Semesters|Sommers|Winters|Frühlings|Herbstes)(?![\w-]))(?-i:[A-ZÄÖÜ])[\w-]*|"
         # the customer's first of a kind: "vor deiner ersten Bestellung"
         r"vor\s+(?:Ihrer|Ihrem|deiner|deinem|eurer|eurem|der|dem)\s+ersten\s+(?:Bestellung|"
         r"Buchung|Lieferung|Behandlung|Sitzung|Stunde|Unterrichtsstunde|Zahlung|Rechnung|Abholung|"
         r"Fahrstunde|Beratung|Schicht|Kursstunde|Lektion|Trainingseinheit|Termin|Besuch|Kurs|"
         r"Einsatz)(?![\w-])|"
         r"bevor\s+(?:sie|diese|die\s+Änderungen)\s+in\s+Kraft\s+treten|bevor\s+wir\s+(?:beginnen|"
         r"starten)|"
         # before each event of a kind: "Vor jeder Auftragserteilung", "vor jedem Bankeinzug"
         r"vor\s+(?:jeder|jedem|jeden)\s+[^\W\d_][\w-]*)(?![\w-])|"
         # a clause before the promise: "Bevor Zusatzaufwand verrechnet wird, informieren wir"
         r"(?:(?<=^)|(?<=[.;:]\s))Bevor\s+(?!Sie\b)"
         r"(?![^,.;]*\b(?:können|kann|könnten|müssen|muss)\b)"
         r"(?=[^,.;]*\b(?:wird|werden|ist|sind|wir)\b)[^,.;\d]{3,80}?(?=\s*(?:,|$))", 0,
         "day", "before the event"),
        # the due date: "jeweils zum Fälligkeitstermin", "am Fälligkeitstag"
        (r"(?:(?:bis|spätestens)\s+)?(?:zum|am|an\s+dem)\s+(?:jeweiligen\s+)?Fälligkeits(?:termin|"
         r"tag|datum)(?![\w-])", 0, "day", "due date"),
        # the end of a term a contract sets: "Am Ende der Frist", "zum Ende der Laufzeit"
        # the last day of a period: "am letzten Tage der Arbeitsunfähigkeit"
        (r"(?:spätestens\s+)?(?:am|zum)\s+letzten\s+Tage?\s+(?:der|des|Ihrer|Ihres)\s+"
         r"[^\W\d_][\w-]+", 0, "day", "end of the term"),
        (r"(?:spätestens\s+)?(?:am|zum)\s+Ende\s+(?:der|Ihrer|ihrer)\s+(?:Frist|Laufzeit|"
         r"Vertragslaufzeit|Pfandfrist|Leihfrist|Mietzeit|Mietdauer|Kündigungsfrist)(?![\w-])",
         0, "day", "end of the term"),
        # a date the customer chooses: "am Tag Ihrer Wahl", "zum Wunschtermin"
        (r"(?:am|zum|an\s+dem)\s+(?:(?:Tag|Termin|Datum)\s+Ihrer\s+Wahl|(?:gewünschten|"
         r"vereinbarten\s+Wunsch)\s*(?:Termin|Tag|Datum)|Wunsch(?:termin|tag|datum))", 0, "day",
         "chosen date"),
        # "direkt im Anschluss": right after the event
        (r"(?:direkt|sofort|unmittelbar)\s+im\s+Anschlu(?:ss|ß)", 0, "day", "same day"),
        (r"(?:noch\s+)?(?:heute\s+)?später\s+am\s+(?:selben\s+|gleichen\s+)?Tag", 0, "day",
         "same day"),
        # (not when a weekday of it follows: "in der gleichen Woche am Mi.", read below)
        (rf"(?:noch\s+)?in\s+(?:derselben|der\s+selben|der\s+gleichen)\s+(?:Kalender)?woche"
         rf"{_NO_DAY_OF_IT}", 1, "week", ""),
        (r"(?:(?:am|zum)\s+Ende|zu\s+Beginn)\s+(?:des|Ihres)\s+(?:ersten\s+|nächsten\s+)?"
         r"(?:Termins|Gesprächs|Besuchs|Beratungsgesprächs|Beratungstermins|"
         r"Telefonats|Anrufs|Kurses|Verhandlungstermins|Verfahrens|Trainings|Unterrichts)|"
         # a lesson or session: "zu Beginn der ersten Schwimmstunde"
         r"(?:(?:am|zum)\s+Ende|zu\s+Beginn)\s+(?:der|Ihrer)\s+(?:ersten\s+|nächsten\s+)?"
         r"[\w-]*(?:stunde|sitzung|behandlung|lektion|veranstaltung|besprechung|beratung)|"
         # during the appointment: "noch beim Beratungstermin", "während des Termins"
         r"(?:noch\s+)?(?:beim|während\s+des|während\s+Ihres)\s+(?:Beratungs)?(?:termins?|"
         r"gesprächs?)(?![\w-])", 0, "day", "on the spot"),
        (r"(?:bis\s+(?:zum\s+)?(?:Ende\s+des\s+)?|am\s+|spätestens\s+am\s+)?(?:nächsten|folgenden|"
         r"darauffolgenden|darauf\s+folgenden|nächstfolgenden|nächster|folgender|"
         r"darauffolgender)\s+(?:Werk|Arbeits|Geschäfts|"
         r"Bankarbeits)tag(?:es|s)?", 1, "working_day", "next working day"),
        (r"(?:bis\s+(?:zum\s+)?|am\s+)?übernächsten\s+(?:Werk|Arbeits|Geschäfts)tag(?:es|s)?", 2,
         "working_day", ""),
        (r"(?:bis\s+(?:zum\s+)?|am\s+)?übernächsten\s+Tag(?:es|s)?", 2, "day", ""),
        # "am Werktag nach dem Versand": the event follows "nach", an anchor
        (r"(?:spätestens\s+)?am\s+(?:Werk|Arbeits|Geschäfts)tag(?=\s+nach\s)", 1, "working_day",
         "next working day"),
        (r"(?:spätestens\s+)?am\s+Tag(?=\s+nach\s)", 1, "day", "next day"),
        # "am Tag vor dem Termin": the event follows "vor", an anchor
        (r"(?:(?:bis|spätestens)\s+)?(?:spätestens\s+)?(?:am|zum)\s+(?:letzten\s+)?"
         r"(?:Werk|Arbeits|Geschäfts)tag(?:\s+davor|(?=\s+vor\s))", 1, "working_day",
         "working day before"),
        (r"(?:(?:bis|spätestens)\s+)?(?:spätestens\s+)?(?:am|zum)\s+(?:Vortage?s?|Tag(?:\s+davor|"
         r"(?=\s+vor\s)))", 1, "day", "day before"),
        (r"(?:(?:bis|spätestens)\s+)?(?:spätestens\s+)?(?:am|zum)\s+(?:Vorabend|Abend(?:\s+davor|"
         r"(?=\s+vor\s)))", 1, "day", "evening before"),
        (r"(?:bis\s+)?übermorgen", 2, "day", ""),
        (r"(?:einer|eine|1)\s+Viertelstunde", 15, "minute", ""),
        (r"(?:spätestens\s+)?in\s+der\s+letzten\s+Woche\s+des\s+(?:(?:folgenden|nächsten)\s+"
         r"Monats|Folgemonats)", 2, "month", "end of the next month"),
        (r"(?:spätestens\s+)?in\s+der\s+letzten\s+Woche\s+des\s+(?:laufenden\s+)?Monats", 1,
         "month", "end of the month"),
        (r"(?:einer|eine)\s+Dreiviertelstunde", 45, "minute", ""),
        # the close of the next day: "bis zur Schließung der Abholstation am Folgetag"
        (r"bis\s+zu[mr]\s+(?:Schließung|Geschäftsschluss|Ladenschluss|Betriebsschluss|"
         r"Dienstschluss)(?:\s+(?:der|des)\s+[\w-]+)?\s+am\s+(?:Folgetag|nächsten\s+Tag|"
         r"folgenden\s+Tag)", 1, "day", "next day"),
        (r"(?:bis\s+(?:zum\s+)?(?:Ende\s+des\s+)?|am\s+)?(?:nächsten|folgenden|darauffolgenden|"
         r"darauf\s+folgenden|nachfolgenden)\s+Tag(?:es|s)?|(?:am\s+)?Folgetag", 1, "day",
         "next day"),
        (r"(?:binnen|innerhalb)\s+(?:einer\s+)?Monatsfrist|Monatsfrist", 1, "month", ""),
        # "im Folgemonat", "im auf den Geburtstag folgenden Monat": by the next month's end
        (r"(?:spätestens\s+)?im\s+(?:Folgemonat|(?:darauf)?folgenden\s+Monat|nächsten\s+Monat|auf\s+"
         r"(?:den|die|das)\s+[\w-]+\s+folgenden\s+Monat)", 2, "month", "end of the next month"),
        (r"innerhalb\s+der\s+(?:nächsten|ersten)\s+Stunde", 1, "hour", ""),
        # the year's last month: "im letzten Monat des Jahres"
        (r"im\s+letzten\s+Monat\s+(?:des|eines|jedes)\s+(?:Kalender)?[Jj]ahres", 12, "month",
         "end of the year"),
        # before delivery or arrival: "vor der Auslieferung", "vor der Anreise"
        (_AFTER_NO_SPAN["de"] + r"(?:spätestens\s+)?vor\s+(?:der|Ihrer|dem|Ihrem)\s+"
         r"(?:Auslieferung|Lieferung|Zustellung|Abholung|Anreise|Abreise|Montage|Installation|Anlieferung|Übergabe|"
         r"Umzug|Einzug|Auszug)(?![\w-])", 0, "day", "before the event"),
        # with the confirmation: "wird mit der Buchungsbestätigung übermittelt"
        (r"(?:zusammen\s+)?mit\s+(?:der|Ihrer)\s+(?:Buchungs|Auftrags|Bestell|Reservierungs)?"
         r"bestätigung(?![\w-])", 0, "day", "at the same time"),
        # the month or week before an event: "im Monat vor dem Umzug", "in der Woche vor"
        (r"(?:im|in\s+dem)\s+(?:Kalender)?monat(?=\s+vor\s)", 1, "month", "before the event"),
        (r"in\s+der\s+(?:Kalender)?woche(?=\s+vor\s)", 1, "week", "before the event"),
        # the next meeting: "entscheidet die nächste Mitgliederversammlung"
        # (Swiss: "an der darauffolgenden Sitzung")
        (r"(?:(?:in|auf|bei|von|an)\s+)?(?:(?:der|die)\s+)?(?:nächsten?|folgenden?|kommenden?|"
         r"nächstfolgenden?|darauf\s?folgenden?)\s+[\w-]*(?:versammlung|sitzung)(?![\w-])", 1,
         "month", "next meeting"),
        # this weekend: "Wir versenden am Wochenende noch Mails"; at an opening: "Mit der
        # Eröffnung der Anmeldung senden wir Euch einen Rabattcode"
        # (not "am Wochenende" alone: also when a case happens, "Anfragen am Wochenende")
        (r"(?:noch\s+am|an\s+diesem|am\s+kommenden|am\s+nächsten|übers|über\s+das)\s+"
         r"Wochenende|am\s+Wochenende(?=\s+noch\b|\s*\.?\s*$)", 1, "week", ""),
        (r"(?:mit|bei)\s+(?:der|dem)\s+(?:Eröffnung|Öffnung|Freischaltung|Start)\s+(?:der|des)\s+"
         r"[\w-]+", 0, "day", "at the same time"),
        # the year's end: "noch im alten Jahr", "noch in diesem Jahr"
        (r"noch\s+(?:im\s+(?:alten|laufenden|selben|gleichen)|in\s+diesem)\s+(?:Kalender)?jahr"
         r"(?![\w-])", 12, "month", "end of the year"),
        (r"(?:am|bis\s+zum)\s+(?:nächsten|folgenden|darauffolgenden|darauf\s+folgenden|"
         r"nächstfolgenden)\s+(?:Zustell|Liefer|Abhol|Öffnungs|Ordinations|Praxis|Sprech)"
         r"tag(?:es|s)?", 1, "working_day",
         "next working day"),
        # the next round of a scheduled service: "bei der nächsten Restmüllleerung"
        (r"(?:bei|mit|zu|an)\s+der\s+(?:nächsten|folgenden|darauffolgenden|nächstfolgenden)\s+"
         r"(?:regulären\s+|planmäßigen\s+)?[\w-]*(?:leerung|abfuhr|abholung|sammlung)", 1,
         "month", "next collection"),
        (r"während\s+des\s+(?:Gesprächs|Anrufs|Besuchs|Telefonats)|im\s+(?:selben|gleichen)\s+"
         r"(?:Gespräch|Anruf|Telefonat)", 0, "day", "on the spot"),
        (r"(?:binnen|innerhalb)\s+(?:einer\s+)?Wochenfrist|Wochenfrist", 1, "week", ""),
        (r"im\s+Laufe?\s+der\s+(?:selben\s+|gleichen\s+|jeweiligen\s+|betreffenden\s+|laufenden\s+)?"
         r"Woche", 1, "week", ""),
        # the week after: "bekommen Sie die folgende Woche keine Kiste", "in der nächsten Woche"
        (r"(?:im\s+Laufe?\s+)?(?:(?:in\s+)?der|die)\s+(?:folgenden?|nächsten?|darauffolgenden?|"
         rf"kommenden?)\s+Woche{_NO_DAY_OF_IT}", 2, "week", "end of the next week"),
        (r"im\s+Laufe?\s+des\s+(?:selben\s+|gleichen\s+)?Tages", 0, "day", "same day"),
        # "Wir digitalisieren Ihre Post tagesaktuell": on the day it arrives
        (r"tagesaktuell", 0, "day", "same day"),
        (r"(?:in|zu|zur|bis\s+zur|während)\s+(?:der\s+)?(?:nächsten|folgenden|darauffolgenden|"
         r"nächstfolgenden)\s+(?:Sprechstunde|(?:Sprech|Öffnungs|Notdienst|Service|Geschäfts)"
         r"zeit)", 1, "working_day",
         "next opening hours"),
        (rf"(?:sofort|umgehend\s+automatisch\w*|automatisch\w*|unmittelbar)(?=\W+(?:\w+\W+){{0,6}}?"
         rf"(?:{_RECEIPTS}))", 0, "day", "at once"),
        (r"(?:sofort|direkt|unmittelbar|gleich)(?=\s+(?:aus\b|ausgestellt|ausgehändigt|ausgegeben|"
         r"ausgedruckt|ausdrucken|gedruckt|mit\b|mitnehmen|mitgegeben|übergeben))|(?:ausgestellt|ausgehändigt|mitgegeben)\s+(?:\w+\s+)?"
         r"sofort|während\s+(?:Ihres\s+Besuchs|Sie\s+warten)", 0, "day", "on the spot"),
        # "bis morgen", "morgen geliefert": tomorrow, not "am Morgen" (the morning)
        (r"(?<!am\s)(?<!jeden\s)(?<!heute\s)(?<!dem\s)(?<!den\s)(?<!guten\s)(?<!frühen\s)"
         r"(?<!einen\s)(?<!diesen\s)(?:(?:bis|spätestens)\s+)?(?:spätestens\s+)?morgen(?:\s+"
         r"(?:früh|Vormittag|Mittag|Nachmittag|Abend))?", 1, "day", "next day"),
    ),
    "nl": (
        # the working day before: "uiterlijk op de voorgaande werkdag"
        (r"(?:(?:uiterlijk\s+)?op\s+)?de\s+(?:vorige|voorgaande|voorafgaande)\s+werkdag", 0,
         "working_day", "working day before"),
        # the next week, also "opvolgende": "je kunt in de eerst opvolgende week starten"
        (r"in\s+de\s+(?:eerst\s?)?opvolgende\s+week", 2, "week", ""),
        # the week's end: "voor het einde van de week", "eind van deze week"
        (rf"{_NOT_NEAR['nl']}(?:(?:uiterlijk|voor|op)\s+)?(?:het\s+)?(?:eind|einde)\s+van\s+(?:de|"
         rf"deze|dezelfde)\s+week{_NOT_AFTER}", 1, "week", "end of the week"),
        (rf"{_NOT_NEAR['nl']}(?:(?:uiterlijk|voor|op)\s+)?(?:het\s+)?(?:eind|einde)\s+van\s+(?:de\s+)?"
         rf"volgende\s+week{_NOT_AFTER}", 2, "week", "end of the next week"),
        # "op de dag volgend op de dag waarop je bestelde": the event follows "volgend op"
        (r"(?:uiterlijk\s+)?(?:op\s+)?de\s+dag\s+volgend(?:e)?\s+op", 1, "day", "next day"),
        (r"(?:op\s+)?(?:die|de)?zelfde\s+(?:werk)?dag\s+of\s+(?:op\s+)?(?:de\s+)?(?:eerst)?volgende\s+"
         r"werkdag|(?:op\s+)?(?:dezelfde|de\s+zelfde)\s+of\s+(?:de\s+)?volgende\s+werkdag", 1,
         "working_day", "next working day"),
        (r"(?:nog\s+)?(?:op\s+)?(?:dezelfde|diezelfde|die|deze)\s+werkdag", 0, "working_day",
         "same working day"),
        (r"(?:nog\s+)?(?:op\s+)?(?:dezelfde|diezelfde|die|deze|(?:(?:die|de|deze)\s+)?zelfde)\s+dag",
         0, "day", "same day"),
        (r"(?:op\s+)?(?:de\s+)?(?:eerst\s?|daarop\s?)?volgende\s+werkdag", 1, "working_day",
         "next working day"),
        # a holiday: "vóór Kerst", "voor de kerstdagen"
        # ("ruim voor Kerst", "tijdig voor Kerst" stay vague)
        *(
            (rf"(?<!ruim\s)(?<!tijdig\s)(?<!kort\s)(?:(?:nog|uiterlijk)\s+)?(?:vóór|voor)\s+"
             rf"(?:{holiday})(?![\w-])", 0, "day", words)
            for holiday, words in (
                (r"Kerst(?:mis)?|de\s+kerstdagen", "before Christmas"),
                ("kerstavond", "before Christmas Eve"), ("Pasen", "before Easter"),
                ("oudejaarsavond", "before New Year's Eve"), ("Sinterklaas", "before Sinterklaas"),
            )
        ),
        # the start of an event, or a change taking effect: "voor aanvang van het
        # drukproces", "vóór ze in werking treden", "Voordat we starten met het onderhoud";
        # not "2 weken voor aanvang", whose bound is the weeks
        (_AFTER_NO_SPAN["nl"] + r"(?:uiterlijk\s+)?(?:(?:vóór|voor)\s+(?:de\s+)?(?:aanvang|"
         r"start)\s+van\s+(?:de|het|uw|je|een)\s+[^\W\d_][\w-]*|"
         # the customer's first of a kind: "vóór uw eerste bestelling"
         r"vóór\s+(?:uw|je|jouw|de|het)\s+eerste\s+(?:bestelling|boeking|levering|afspraak|les|"
         r"behandeling|betaling|factuur|ophaling|bezoek|sessie|dienst|cursus)(?![\w-])|"
         r"(?:vóór|voordat|vóórdat)\s+(?:ze|zij|"
         r"deze|die|de\s+wijzigingen)\s+in\s+werking\s+treden|(?:voordat|vóórdat)\s+(?:we|wij)\s+"
         r"(?:starten|beginnen))(?![\w-])", 0, "day", "before the event"),
        # before a booked date: "vóór uw afspraak", "voorafgaand aan de trouwdag"; "voor"
        # without accents is also "for" ("voor uw afspraak meebrengen"), so only "vóór"
        (_AFTER_NO_SPAN["nl"] + r"(?:uiterlijk\s+)?(?:vóór|voorafgaand\s+aan)\s+"
         r"(?:de|uw|je|jouw)\s+(?:geplande\s+|"
         r"afgesproken\s+|geboekte\s+)?(?:[^\W\d_]*afspraak|trouwdag|huwelijksdag|[^\W\d_]*datum|"
         r"bezoek|aankomst|vertrek|reservering)(?![\w-])|"
         # the date of an event said after it: "voor de datum dat jij afstudeert"
         r"(?:uiterlijk\s+)?(?:vóór|voor)\s+de\s+datum\s+(?:dat|waarop)(?=\s)|"
         # before each event of a kind: "vóór elke behandeling", "voorafgaand aan iedere klus"
         # ("voor elke" without accents is also "for each")
         r"(?:vóór|voorafgaand\s+aan)\s+(?:elke|iedere|ieder)\s+[^\W\d_][\w-]*(?![\w-])|"
         # a clause before the promise: "Voordat er meerwerk wordt berekend, informeren wij u"
         r"(?:(?<=^)|(?<=[.;:]\s))(?:Voordat|Vóórdat)\s+(?!u\b|je\b)"
         r"(?![^,.;]*\b(?:kunnen|kan|moeten|moet)\b)"
         r"(?=[^,.;]*\b(?:wordt|worden|is|zijn|we|wij)\b)[^,.;\d]{3,80}?(?=\s*(?:,|$))", 0, "day",
         "before the event"),
        # the due date: "op de vervaldag", "uiterlijk op de vervaldatum"
        (r"(?:uiterlijk\s+)?(?:op|tegen)\s+de\s+(?:uiterste\s+)?(?:vervaldag|vervaldatum)"
         r"(?![\w-])", 0, "day", "due date"),
        # the next day, as Flemish says it: "de dag nadien", "daags nadien"
        (r"(?:op\s+)?de\s+(?:werk)?dag\s+nadien|daags\s+nadien", 1, "day", "next day"),
        # the end of a term a contract sets: "aan het einde van de termijn"
        (r"(?:uiterlijk\s+)?(?:aan|op|bij)\s+het\s+eind(?:e)?\s+van\s+(?:de|uw|je)\s+(?:termijn|"
         r"looptijd|huurperiode|leenperiode|opzegtermijn|contractperiode|overeenkomst)(?![\w-])",
         0, "day", "end of the term"),
        # a date the customer chooses: "op de datum en het dagdeel van uw keuze"
        (r"(?:op\s+)?de\s+(?:datum|dag)(?:\s+en\s+(?:het\s+)?(?:dagdeel|tijdstip|tijdvak|uur))?\s+"
         r"van\s+(?:uw|je|jouw)\s+keuze|(?:op\s+)?de\s+(?:door\s+u\s+)?gekozen\s+(?:datum|dag)",
         0, "day", "chosen date"),
        (r"(?:op\s+)?(?:de\s+)?(?:eerst)?volgende\s+(?:bezorg|lever|post|ophaal|openings)dag", 1,
         "working_day", "next working day"),
        (r"(?:bij|tijdens|met)\s+de\s+(?:eerst)?volgende\s+(?:reguliere\s+|geplande\s+)?"
         r"[\w-]*(?:lediging|ophaling|ophaalronde|inzameling)", 1, "month", "next collection"),
        (r"binnen\s+de\s+maand", 1, "month", ""),
        # the month or week before an event: "in de maand voorafgaand aan de plaatsing"
        (r"in\s+de\s+(?:kalender)?maand(?=\s+(?:voor|vóór|voorafgaand|voorafgaande)\s)", 1,
         "month", "before the event"),
        (r"in\s+de\s+(?:kalender)?week(?=\s+(?:voor|vóór|voorafgaand|voorafgaande)\s)", 1,
         "week", "before the event"),
        # at the start of an event or during it: "bij aanvang van de eerste zwemles",
        # "tijdens uw afspraak"
        (r"bij\s+(?:de\s+)?(?:aanvang|start|begin)\s+van\s+(?:de|het|uw|je|jouw|elke|iedere)\s+"
         r"(?:eerste\s+|volgende\s+)?[^\W\d_][\w-]*|tijdens\s+(?:de|het|uw|je|jouw)\s+(?:afspraak|"
         r"bezoek|consult|gesprek|telefoongesprek)(?![\w-])", 0, "day", "on the spot"),
        (r"(?:op\s+)?de\s+datum\s+van\s+(?:ontvangst|aanvraag|aanmelding|indiening|binnenkomst)"
         r"(?![\w-])", 0, "day", "same day"),
        # the year's last month: "in de laatste maand van het jaar"
        (r"in\s+de\s+laatste\s+maand\s+van\s+(?:het|elk|ieder)\s+(?:kalender)?jaar", 12, "month",
         "end of the year"),
        # before delivery: "vóór de levering"; "voor" without its accent is also "for"
        (_AFTER_NO_SPAN["nl"] + r"(?:uiterlijk\s+)?(?:vóór|voorafgaand\s+aan)\s+(?:de|uw)\s+"
         r"(?:levering|bezorging|aflevering|ophaling|installatie|montage|verhuizing)(?![\w-])", 0,
         "day", "before the event"),
        # with the confirmation: "samen met de boekingsbevestiging"
        (r"(?:samen\s+met|bij)\s+(?:de|uw)\s+(?:boekings|order|reserverings)?bevestiging(?![\w-])",
         0, "day", "at the same time"),
        # the same (working) day: "dezelfde (werk)dag"
        (r"(?:op\s+)?(?:dezelfde|diezelfde)\s+\(werk\)dag", 0, "working_day", "same working day"),
        # the next meeting: "in de eerstvolgende ledenvergadering"
        (r"(?:(?:in|op|tijdens)\s+)?de\s+(?:eerst)?volgende\s+(?:algemene\s+)?[\w-]*(?:vergadering|"
         r"bijeenkomst)(?![\w-])", 1, "month", "next meeting"),
        # this weekend; at an opening: "bij de opening van de inschrijving"
        (r"(?:in\s+)?(?:dit|komend|het\s+komende)\s+weekend", 1, "week", ""),
        (r"(?:bij|met)\s+de\s+(?:opening|openstelling|start)\s+van\s+(?:de|het)\s+[\w-]+", 0, "day",
         "at the same time"),
        # the year's end: "nog dit jaar", "nog in het oude jaar"
        (r"nog\s+(?:dit|in\s+het\s+(?:oude|lopende|huidige)|in\s+hetzelfde)\s+(?:kalender)?jaar"
         r"(?![\w-])", 12, "month", "end of the year"),
        (r"binnen\s+de\s+week", 1, "week", ""),
        (r"in\s+de\s+loop\s+van\s+de\s+(?:betreffende\s+|desbetreffende\s+|zelfde\s+|lopende\s+|"
         r"huidige\s+)?week", 1, "week", ""),
        (r"in\s+de\s+loop\s+van\s+de\s+(?:zelfde\s+)?dag", 0, "day", "same day"),
        # the day of an event said as a clause: "op de dag dat u belt", "op de dag waarop
        # de aanvraag binnenkomt"
        (r"(?:nog\s+)?op\s+de\s+(?:(?:werk)?dag|datum)\s+(?:dat|waarop)\s+(?:u|je|jij|de|het|uw|"
         r"wij|we|een)\s+(?:[\w-]+\s+){0,4}?(?:belt|bellen|belde|binnenkomt|binnenkomen|"
         r"aanvraagt|aanvragen|meldt|melden|langskomt|ontvangen|ontvangt|binnen\s+is|is\s+"
         r"ontvangen|wordt\s+ontvangen|aanmeldt|bestelt|besteld|indient|ingediend|verhuist|"
         r"vertrekt|aankomt|opgenomen)(?![\w-])", 0, "day", "same day"),
        (r"(?:tijdens|op|bij|in)\s+het\s+(?:eerst)?volgende\s+(?:spreekuur|inloopspreekuur)", 1,
         "working_day", "next opening hours"),
        (r"tijdens\s+het\s+(?:gesprek|bezoek|telefoongesprek|contact)|in\s+hetzelfde\s+gesprek", 0,
         "day", "on the spot"),
        (r"(?:op\s+)?(?:de\s+)?volgende\s+dag|de\s+dag\s+(?:erna|daarna)", 1, "day", "next day"),
        # "in de week voorafgaand aan het diplomazwemmen": the week before an event
        (r"(?:in|tijdens)\s+de\s+week(?=\s+(?:voorafgaand(?:e)?\s+aan|voor|vóór)\s)", 1,
         "week", ""),
        # "de werkdag na verzending": the event follows "na", an anchor
        (r"(?:uiterlijk\s+)?(?:op\s+)?de\s+werkdag(?=\s+na\s)", 1, "working_day",
         "next working day"),
        (r"(?:uiterlijk\s+)?(?:op\s+)?de\s+dag(?=\s+na\s)", 1, "day", "next day"),
        # "de dag vóór levering": the event follows "voor", an anchor
        # Flemish says "voordien": "om 17u de dag voordien"
        (r"(?:uiterlijk\s+)?(?:op\s+)?de\s+werkdag(?:\s+(?:ervoor|daarvoor|voordien)|"
         r"(?=\s+v[oó]{2}r\s))", 1, "working_day", "working day before"),
        (r"(?:uiterlijk\s+)?(?:op\s+)?de\s+dag(?:\s+(?:ervoor|daarvoor|voordien)|"
         r"(?=\s+v[oó]{2}r\s))|daags(?=\s+v[oó]{2}r\s)", 1, "day", "day before"),
        (r"(?:uiterlijk\s+)?(?:op\s+)?de\s+avond(?:\s+(?:ervoor|daarvoor|voordien)|"
         r"(?=\s+v[oó]{2}r\s))", 1, "day", "evening before"),
        (r"(?:de\s+)?(?:eerst)?volgende\s+(?:ochtend|middag|avond|morgen)", 1, "day", "next day"),
        (r"(?:op\s+)?dezelfde\s+(?:avond|middag|ochtend)|(?:direct|meteen)(?=\s+(?:zodra|"
         # not the particle of a verb: "kijken we meteen na of ..."
         r"na(?!\s+(?:of|dat|wat|hoe|waarom|welke|wie|waar|wanneer|om)\b))\s+\w)", 0,
         "day", "same day"),
        (r"(?:aan\s+het\s+|voor\s+het\s+|tegen\s+het\s+)?eind(?:e)?\s+van\s+de\s+(?:werk)?dag", 0,
         "day", "same day"),
        # "(op) de dag van het bezoek", not "de dag van de week"
        (r"(?:op\s+)?de\s+dag\s+zelf|tegelijk\s+met|gelijktijdig\s+met|(?:op\s+)?de\s+dag(?:\s+en\s+(?:het\s+)?uur)?\s+van\s+"
         r"(?:(?:de|uw|het)\s+)?(?!(?:de|uw|het|vandaag|morgen|week|maand|jaar)\b)\w+", 0, "day",
         "same day"),
        # a part of the day of an event: "op de ochtend van de vaardag"
        (r"(?:op\s+)?de\s+(?:ochtend|voormiddag|middag|namiddag|avond)\s+van\s+(?:de|uw|je)\s+"
         r"[\w-]*dag(?![\w-])", 0, "day", "same day"),
        (r"binnen\s+het\s+uur", 1, "hour", ""),
        (r"later\s+(?:vandaag|op\s+(?:de|dezelfde)\s+dag)", 0, "day", "same day"),
        (r"(?:nog\s+)?(?:in|binnen)\s+(?:dezelfde|diezelfde)\s+(?:kalender)?week", 1, "week", ""),
        # "de daarop volgende week", "in de volgende week": the week after, at most two away
        (r"(?:(?:uiterlijk\s+)?(?:in|tijdens|in\s+de\s+loop\s+van)\s+)?(?:de\s+)?(?:eerst|daarop\s?)?"
         r"(?:volgende|komende)\s+(?:kalender)?week(?![\w-])", 2, "week", "end of the next week"),
        # ("in de maand na de opvangmaand": the event after "na" is named, not read)
        (r"(?:uiterlijk\s+)?in\s+de\s+(?:eerst\s?|daarop\s?)?volgende\s+(?:kalender)?maand|(?:in\s+)?de\s+"
         r"maand(?:\s+(?:erna|daarna)|(?=\s+na\s)|\s+volgend(?=\s+op\s))", 2, "month",
         "end of the next month"),
        (r"(?:aan\s+het|aan\s+het\s+eind\s+van|na\s+afloop\s+van|aan\s+het\s+einde\s+van)\s+"
         r"(?:het|de|uw|je)\s+(?:gesprek|bezoek|afspraak|consult|zitting|hoorzitting|telefoongesprek)",
         0, "day", "on the spot"),
        (r"(?:uiterlijk\s+)?op\s+(?:de|uw|je|hun)\s+laatste\s+dag(?=\s+(?:van|in)\s)", 0, "day",
         "last day"),
        # any event with "uiterlijk": "uiterlijk bij het aanpassen van het hoorhulpmiddel"
        (r"uiterlijk\s+bij\s+(?:de|het|uw|je)\s+(?!(?:eerste|tweede|derde|vierde|vijfde|zesde|"
         r"volgende|eerstvolgende)\b)[^\W\d_]{4,}(?![\w-])", 0, "day", "on the spot"),
        (r"bij\s+(?:uw\s+|je\s+|de\s+|het\s+)?(?:aankomst|ontslag|vertrek|aflevering|oplevering|"
         r"sleuteloverdracht|inschrijving|ondertekening|incheck|inchecken|uitchecken)(?![\w-])", 0,
         "day", "on the spot"),
        # the day of an event, as one word: "op de bezorgdag", "op de vertrekdag"
        (r"(?:uiterlijk\s+)?op\s+de\s+(?!(?:werk|feest|zater|zon|maan|dins|woens|donder|vrij|"
         r"kalender|school|openings|uitleen|verjaar|rust|brug|mid|ver|volgende|zelfde|eerste|"
         r"laatste)dag)[^\W\d_]{3,}dag", 0, "day", "same day"),
        (r"binnen\s+(?:de(?:zelfde)?|zijn|haar|hun|uw|je)\s+(?:eigen\s+)?werkdag", 0, "working_day",
         "same working day"),
        # the month of an event: "in de maand van uw uitdiensttreding"
        (r"(?:uiterlijk\s+)?in\s+de\s+(?:zelfde\s+)?(?:kalender)?maand\s+(?:van|waarin)\s+"
         r"(?:uw|je|de|het|hun|zijn|haar)\s+(?!(?:jaar|week|dag|maand|seizoen|kwartaal)\b)[\w-]+",
         1, "month", "month of the event"),
        # the next bill: "bij de volgende eindafrekening", "op uw volgende factuur"
        (r"(?:bij|met|op|in)\s+(?:de|uw|je|het)\s+(?:eerst)?volgende\s+[\w-]*(?:afrekening|"
         r"factuur|rekening|jaarafrekening)(?![\w-])", 12, "month", "next bill"),
        (r"(?:een|het|één)\s+kwartier", 15, "minute", ""),
        (r"(?:uiterlijk\s+)?in\s+de\s+laatste\s+week\s+van\s+de\s+(?:volgende|komende)\s+maand", 2,
         "month", "end of the next month"),
        (r"(?:uiterlijk\s+)?in\s+de\s+laatste\s+week\s+van\s+de\s+(?:lopende\s+)?maand", 1,
         "month", "end of the month"),
        (r"(?:drie|3)\s+kwartier", 45, "minute", ""),
        (r"overmorgen", 2, "day", ""),
        (rf"(?:direct|meteen|onmiddellijk|automatisch\w*)(?=\W+(?:\w+\W+){{0,6}}?(?:{_RECEIPTS}))",
         0, "day", "at once"),
        # at the moment of an event: "direct bij de aanvraag"; not "bij een storing"
        (r"(?:direct|meteen|onmiddellijk)(?=\s+bij\s+(?:de|het|uw|je)\s)", 0, "day", "on the spot"),
        (r"(?:direct|meteen|onmiddellijk)(?=\s+(?:mee\b|meegeven|meekrijgen|uitgereikt|"
         r"uitgeprint|ter\s+plekke))|ter\s+plekke|terwijl\s+u\s+wacht", 0, "day", "on the spot"),
        # "morgen in huis": tomorrow, not "de morgen" (the morning)
        (r"(?<!de\s)(?<!deze\s)(?<!elke\s)(?<!iedere\s)(?<!goede\s)(?<!die\s)"
         r"(?:(?:uiterlijk|vóór|voor)\s+)?morgen(?:ochtend|middag|avond|(?:\s+(?:vroeg|ochtend|"
         r"middag|avond)))?", 1, "day", "next day"),
    ),
}  # fmt: skip
#: Postal delivery targets: "E+1" (Einwurf plus one working day), "D+2" (day plus two).
for _lang in _DAY_DEADLINES:
    _DAY_DEADLINES[_lang] += tuple(
        (rf"(?<![\w+])[ED]\s?\+\s?{days}(?![\w+]|[.,]\d)", days, "working_day", "")
        for days in range(1, 6)
    )

#: The weekdays, for deadlines such as "the following Monday": (English, German, Dutch).
WEEKDAYS = (
    ("Monday", "Montag", "maandag"), ("Tuesday", "Dienstag", "dinsdag"),
    ("Wednesday", "Mittwoch", "woensdag"), ("Thursday", "Donnerstag", "donderdag"),
    ("Friday", "Freitag", "vrijdag"), ("Saturday", "Samstag", "zaterdag"),
    ("Sunday", "Sonntag", "zondag"),
)  # fmt: skip
#: Calendar periods a deadline may end with ("by the end of the month"): English name,
#: length in months, and the German and Dutch words for the period.
CALENDAR_PERIODS = (
    ("month", 1, r"Monat(?:s|es)?", "maand"),
    ("quarter", 3, r"Quartal(?:s|es)?", "kwartaal"),
    ("year", 12, r"(?:Kalender)?[Jj]ahr(?:s|es)?|Geschäftsjahr(?:s|es)?", r"(?:kalender)?jaar"),
    # a university's half year: "zum Ende des Semesters", "by the end of the semester"
    ("semester", 6, r"Semesters?", "semester"),
    # a school's or a course's term: "a refund is issued at the end of term"
    ("school term", 4, r"Trimesters?|Schulhalbjahr(?:s|es)?", r"trimester|lesperiode"),
)


#: Parts of a day written onto a weekday: "Montagmittag", "maandagmiddag".
_DAYPARTS_DE = "vormittag|nachmittag|mittag|morgen|abend"
_DAYPARTS_NL = "voormiddag|namiddag|middag|ochtend|morgen|avond"
#: A weekday, or one with its part of the day, as a lower-case word.
_WEEKDAY_WORD = re.compile(
    "(?:" + "|".join(day.lower() for row in WEEKDAYS for day in row) + ")"
    rf"(?:{_DAYPARTS_DE}|{_DAYPARTS_NL}|s)?"
)


def _weekday_deadlines() -> dict[str, list[tuple[str, float, str, str]]]:
    """ "The following Monday", "am folgenden Montag", "de eerstvolgende maandag".

    The bound is at most a week away; the card names the day itself.
    """
    table: dict[str, list[tuple[str, float, str, str]]] = {"en": [], "de": [], "nl": []}
    #: A weekday before "bis" names a range of days ("Montag bis Freitag"), not a deadline.
    after_no_weekday = "".join(
        rf"(?<!{day[:2]}\s)(?<!{day[-4:]}\s)(?<!{day[-4:]}s\s)" for _, day, _ in WEEKDAYS
    )  # ("von Montags bis Freitags" too)
    any_german_day = "(?:" + "|".join(rf"{g}|{g[:2]}\." for _, g, _ in WEEKDAYS) + ")"
    for english, german, dutch in WEEKDAYS:
        # after "Woche am" also as shops abbreviate it, or with another day of that week:
        # "in der gleichen Woche am Mi.", "in der darauffolgenden Woche am Mo. oder Di."
        german_day = (
            rf"(?:{german}|{german[:2]}\.)(?:\s+(?:oder|bzw\.?)\s+(?:am\s+)?{any_german_day})?"
        )
        following = {
            "en": rf"(?:by\s+|on\s+|before\s+)?(?:the\s+)?(?:next|following)\s+{english}"
                  r"(?:\s+(?:morning|afternoon|evening|night))?|"
                  rf"in\s+the\s+course\s+of\s+(?:the\s+)?(?:next|following|coming)\s+{english}",
            "de": rf"(?:bis\s+(?:zum\s+)?|am\s+|spätestens\s+am\s+)?(?:nächsten|folgenden|"
                  rf"darauffolgenden|darauf\s+folgenden|kommenden)\s+{german}|"
                  # "im Laufe des kommenden Freitags"
                  rf"im\s+Laufe\s+des\s+(?:nächsten|folgenden|kommenden)\s+{german}s",
            # ("de eerst volgende vrijdag": written apart too)
            "nl": rf"(?:uiterlijk\s+|op\s+|vóór\s+|voor\s+)?(?:de\s+)?(?:eerst\s?|daarop\s?)?"
                  rf"volgende\s+{dutch}|in\s+de\s+loop\s+van\s+(?:aanstaande|volgende)\s+{dutch}|"
                  rf"(?:uiterlijk\s+|op\s+)?aanstaande\s+{dutch}",
        }  # fmt: skip
        # a plain weekday is a deadline with a deadline word: "by Tuesday", "no later than
        # Friday", "on Tuesday at the latest"; "on Tuesday" alone is a schedule
        plain = {
            "en": rf"(?:by|before|no\s+later\s+than|not\s+later\s+than)\s+{english}|(?:on\s+)?"
                  rf"{english}(?=,?\s+at\s+the\s+latest)|(?:sometime\s+)?during\s+{english}",
            # ("bis spätestens freitags, 12 Uhr": the weekday as an adverb)
            "de": rf"{after_no_weekday}(?:bis\s+(?:spätestens\s+)?(?:zum\s+|am\s+)?|spätestens\s+"
                  rf"(?:am\s+|bis\s+)?)(?:kommenden\s+)?{german}(?:{_DAYPARTS_DE}|s)?",
            # "voor" is "for" too, but not before a weekday and a clock time: "voor
            # maandagmiddag 16.00 uur"
            "nl": rf"(?:uiterlijk\s+(?:op\s+)?|vóór\s+)(?:aanstaande\s+)?{dutch}(?:{_DAYPARTS_NL})?"
                  rf"|voor\s+{dutch}(?:{_DAYPARTS_NL})?"
                  r"(?=\s+(?:om\s+)?\d{1,2}(?:[.:]\d\d|\s*uu?r?\b)|\s*[,;)]|\s*$)",
        }  # fmt: skip
        # a weekday of the next week: "on the Friday of the following week", "am Freitag der
        # folgenden Woche", "op de vrijdag van de volgende week": within two weeks
        next_week = {
            "en": rf"(?:on\s+|by\s+)?(?:the\s+)?{english}\s+of\s+the\s+(?:following|next)\s+week|"
                  # "by the Friday of the week following the week the claim was filed"
                  rf"(?:on\s+|by\s+)?(?:the\s+)?{english}\s+of\s+the\s+week(?=\s+(?:following|after)\s)",
            "de": rf"(?:am\s+)?{german}\s+der\s+(?:folgenden|nächsten|darauffolgenden|kommenden)\s+"
                  rf"Woche|in\s+der\s+(?:folgenden|nächsten|darauffolgenden|darauf\s+folgenden|"
                  rf"kommenden)\s+Woche\s+am\s+{german_day}",
            "nl": rf"(?:op\s+)?(?:de\s+)?{dutch}\s+van\s+de\s+(?:volgende|daaropvolgende|"
                  rf"eerst\s?volgende|komende)\s+week",
        }  # fmt: skip
        # a weekday of the same week: "dezelfde week vrijdag", "am Freitag derselben Woche"
        same_week = {
            "en": rf"(?:on\s+)?(?:the\s+)?{english}\s+of\s+the\s+same\s+week|"
                  rf"(?:later\s+)?the\s+same\s+week\s+on\s+{english}",
            "de": rf"(?:am\s+)?{german}\s+(?:derselben|der\s+gleichen|der\s+selben)\s+Woche|"
                  rf"(?:noch\s+)?in\s+(?:derselben|der\s+gleichen|der\s+selben)\s+Woche\s+am\s+"
                  rf"{german_day}",
            "nl": rf"(?:nog\s+)?(?:dezelfde|diezelfde)\s+week(?:\s+op)?\s+{dutch}|"
                  rf"(?:op\s+)?{dutch}\s+van\s+(?:dezelfde|diezelfde)\s+week",
        }  # fmt: skip
        # a weekday before an event: "on the Friday before payday", "am Freitag vor dem Termin"
        before = {
            "en": rf"(?:by\s+|on\s+)?the\s+{english}(?=\s+(?:before|prior\s+to)\s)",
            "de": rf"(?:(?:bis|spätestens)\s+)?(?:am|zum)\s+{german}"
                  rf"(?=\s+vor\s+(?:de[mnr]|Ihre[mnr]?)\s)",
            "nl": rf"(?:uiterlijk\s+)?(?:op\s+)?de\s+{dutch}(?=\s+v[oó]{{2}}r\s)",
        }  # fmt: skip
        # a weekday after an event: "on the Wednesday after the funeral", "am Mittwoch nach
        # der Beerdigung", "op de woensdag na de uitvaart": within the week that follows it
        after = {
            "en": rf"(?:by\s+|on\s+)?the\s+{english}(?=\s+(?:after|following)\s)",
            "de": rf"(?:(?:bis|spätestens)\s+)?(?:am|zum)\s+{german}"
                  rf"(?=\s+nach\s+(?:de[mnr]|Ihre[mnr]?)\s)",
            "nl": rf"(?:uiterlijk\s+)?(?:op\s+)?de\s+{dutch}(?=\s+(?:na|volgend\s+op)\s)",
        }  # fmt: skip
        # the weekday after the event just named: "de maandag daarop", "am Montag darauf",
        # "the Monday after that"
        thereafter = {
            "en": rf"(?:by\s+|on\s+)?the\s+{english}\s+(?:thereafter|after\s+that)",
            "de": rf"(?:(?:bis|spätestens)\s+)?(?:am|zum)\s+{german}\s+darauf"
                  r"(?!\s+(?:hin|an|aufmerksam|ein)(?![\w-]))",
            "nl": rf"(?:uiterlijk\s+)?(?:op\s+)?de\s+{dutch}\s+(?:daarop|daarna)",
        }  # fmt: skip
        for lang, patterns in table.items():
            patterns += [(following[lang], 7, "day", f"next {english}"),
                         (plain[lang], 7, "day", f"next {english}"),
                         (same_week[lang], 7, "day", f"{english} of the same week"),
                         (next_week[lang], 14, "day", f"{english} of the next week"),
                         (before[lang], 7, "day", f"{english} before"),
                         (after[lang], 7, "day", f"{english} after"),
                         (thereafter[lang], 7, "day", f"{english} after")]  # fmt: skip
    return table


def _period_deadlines() -> dict[str, list[tuple[str, float, str, str]]]:
    """ "By the end of the month", "im selben Kalenderjahr", "in hetzelfde kalenderjaar".

    A deadline at the end of a calendar period is at most that period away; "the end
    of the following month" at most two.
    """
    table: dict[str, list[tuple[str, float, str, str]]] = {"en": [], "de": [], "nl": []}
    for name, months, german, dutch in CALENDAR_PERIODS:
        english = {
            "year": r"(?:calendar\s+|financial\s+)?year",
            "school term": r"(?:school\s+)?term",  # "at the end of term"
        }.get(name, name)
        this, following = f"end of the {name}", f"end of the next {name}"
        after_next = f"end of the {name} after next"
        start = f"start of the next {name}"
        table["en"] += [
            # the start of the next period is at most one period away
            (rf"(?:(?:by|before|at|from|on|with\s+effect\s+from)\s+)?(?:the\s+)?(?:start|beginning)\s+"
             rf"of\s+(?:the\s+)?(?:following|next)\s+{english}", months, "month", start),
            # "on the last banking day of every month": a day of each period
            (rf"(?:(?:by|on|before)\s+)?(?:the\s+)?last\s+(?:(?:working|business|banking|bank|"
             rf"calendar)\s+)?day\s+of\s+(?:the|each|every|a)\s+(?:same\s+|current\s+)?{english}",
             months, "month", this),
            (rf"(?:by|before|at|until|on)?\s*(?:the\s+)?end\s+of\s+the\s+{english}\s+after\s+next",
             3 * months, "month", after_next),
            (rf"(?:by|before|at|until|on)?\s*(?:the\s+)?end\s+of\s+(?:the\s+)?(?:following|next)\s+"
             rf"{english}", 2 * months, "month", following),
            (rf"(?:by|before|at|until|on)?\s*(?:the\s+)?end\s+of\s+(?:the\s+)?(?:same\s+|"
             rf"current\s+)?{english}|(?:(?:in|within|during)\s+)?the\s+same\s+{english}", months,
             "month", this),
        ]  # fmt: skip
        compound = {
            "month": "Monats",
            "quarter": "Quartals",
            "year": "Jahres",
            "semester": "Semester",
            "school term": "Trimester",
        }[name]
        table["de"] += [
            (rf"(?:(?:zu|zum|bis\s+(?:zum\s+)?|am|ab|mit\s+Wirkung\s+zum)\s+)?(?:Beginn|Anfang)\s+"
             rf"(?:des\s+)?(?:folgenden|nächsten|kommenden|darauffolgenden)\s+(?:{german})|"
             rf"(?:(?:zu|zum|bis\s+(?:zum\s+)?|am|ab)\s+)?(?:Beginn|Anfang)\s+des\s+"
             rf"Folge(?:{german.lower()})", months, "month", start),
            # "Ende Monat" (Swiss, without article), "am Ende eines Monats", "am letzten
            # Bankarbeitstag jedes Monats": the end of each period
            (rf"(?:(?:per|bis|auf|jeweils)\s+)?Ende\s+(?:{german})(?![\w-])|(?:(?:am|zum|bis\s+"
             rf"(?:zum\s+)?)\s+)?Ende\s+(?:eines|jedes|jeden)\s+(?:{german})|(?:(?:spätestens|bis)\s+)?"
             rf"(?:am|zum)\s+letzten\s+(?:Bank)?(?:arbeits|Arbeits|Werk|Geschäfts|Kalender)?[Tt]ag\s+"
             rf"(?:des|eines|jedes|jeden)\s+(?:laufenden\s+)?(?:{german})", months, "month", this),
            (rf"(?:bis\s+(?:zum\s+)?|zum\s+|vor\s+(?:dem\s+)?)?Ende\s+des\s+übernächsten\s+"
             rf"(?:{german})", 3 * months, "month", after_next),
            (rf"(?:bis\s+(?:zum\s+)?|zum\s+|vor\s+(?:dem\s+)?)?Ende\s+des\s+(?:folgenden|nächsten)\s+"
             rf"(?:{german})|(?:bis\s+(?:zum\s+)?|zum\s+)?Ende\s+des\s+Folge(?:{german.lower()})|"
             # within the next period: "im darauf folgenden Jahr", "im Folgejahr"
             rf"(?:(?:spätestens|noch)\s+)?im\s+(?:darauf\s+folgenden|darauffolgenden|folgenden|"
             rf"nächsten|kommenden)\s+(?:{german})|(?:(?:spätestens|noch)\s+)?im\s+"
             rf"Folge(?:{german.lower()})",
             2 * months, "month", following),
            (rf"(?:bis\s+(?:zum\s+)?|zum\s+|vor\s+(?:dem\s+)?|am\s+)?Ende\s+des\s+(?:laufenden\s+|"
             rf"gleichen\s+|selben\s+|jeweiligen\s+)?(?:{german})|(?:bis\s+(?:zum\s+)?|zum\s+|vor\s+"
             rf"(?:dem\s+)?)?{compound}ende|(?:(?:im|innerhalb\s+des)\s+)?(?<!\.\sdes\s)(?:selben|gleichen|laufenden|"
             rf"jeweiligen)\s+(?:{german})", months, "month", this),
        ]  # fmt: skip
        article = "de" if name == "month" else "het"
        table["nl"] += [
            (rf"(?:(?:aan|vanaf|tegen|per|met\s+ingang\s+van)\s+)?(?:het\s+)?begin\s+(?:van\s+"
             rf"{article}\s+)?(?:volgende|komende|eerst\s?volgende)\s+{dutch}", months, "month",
             start),
            (rf"(?:(?:uiterlijk|vóór|voor|tot)\s+)?op\s+de\s+laatste\s+(?:werk|bank|kalender)?dag\s+"
             rf"van\s+(?:{article}|elke|iedere|een)\s+(?:lopende\s+)?{dutch}|(?:aan\s+|tegen\s+)?"
             rf"(?:het\s+)?eind(?:e)?\s+van\s+(?:elke|iedere|ieder|elk)\s+{dutch}", months, "month",
             this),
            (rf"(?:uiterlijk\s+|vóór\s+|voor\s+|aan\s+|tegen\s+|per\s+)?(?:het\s+)?eind(?:e)?\s+"
             rf"van\s+{article}\s+(?:volgende|komende|eerst\s?volgende|daaropvolgende)\s+{dutch}",
             2 * months, "month", following),
            (rf"(?:uiterlijk\s+|vóór\s+|voor\s+|aan\s+|tegen\s+)?(?:het\s+)?eind(?:e)?\s+van\s+"
             rf"{article}\s+(?:lopende\s+|huidige\s+)?{dutch}|(?:(?:nog\s+)?(?:in|binnen)\s+)?"
             rf"(?:hetzelfde|dezelfde|datzelfde|diezelfde|het\s+lopende|de\s+lopende)\s+{dutch}",
             months, "month", this),
        ]  # fmt: skip
    _ordinal_quarters(table)
    return table


#: The quarters of a year by their ordinal: English, German, Dutch, Roman.
_QUARTER_ORDINALS = (
    ("first", "ersten", "eerste", "I"), ("second", "zweiten", "tweede", "II"),
    ("third", "dritten", "derde", "III"), ("fourth", "vierten", "vierde", "IV"),
)  # fmt: skip


def _ordinal_quarters(table: dict[str, list[tuple[str, float, str, str]]]) -> None:
    """ "By the end of the second quarter", "bis zum Ende des II. Quartals", "uiterlijk
    aan het eind van het tweede kwartaal": the end of a year's Nth quarter (of a year
    that an event may begin: "nach Abschluss des Wirtschaftsjahrs") is at most 3N months
    away."""
    for number, (english, german, dutch, roman) in enumerate(_QUARTER_ORDINALS, 1):
        words = f"end of the {english_ordinal(number)} quarter"
        nth = rf"(?:{english}|{english_ordinal(number)})"
        table["en"].append((
            rf"(?:(?:by|before|at|until|on)\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?{nth}\s+"
            r"(?:calendar\s+|financial\s+)?quarter", 3 * number, "month", words,
        ))  # fmt: skip
        table["de"].append((
            rf"(?:bis\s+(?:zum\s+)?|zum\s+|vor\s+(?:dem\s+)?|am\s+)?Ende\s+des\s+(?:{german}|"
            rf"{roman}\.|{number}\.)\s*Quartals", 3 * number, "month", words,
        ))  # fmt: skip
        table["nl"].append((
            r"(?:uiterlijk\s+|vóór\s+|voor\s+|aan\s+|tegen\s+)?(?:het\s+)?eind(?:e)?\s+van\s+"
            rf"het\s+(?:{dutch}|{number}(?:e|de|ste))\s+kwartaal", 3 * number, "month", words,
        ))  # fmt: skip


_ENGLISH_ORDINALS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
#: "tenth" -> 10 ... "thirty-first" -> 31: the days of a month in English words.
MONTH_DAY_WORDS = {
    **{word: number for number, word in enumerate(_ENGLISH_ORDINALS, 1)},
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_ENGLISH_ORDINALS[:9], 1)},
    "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip


#: The days of the month in words, longest first (so "twenty-first" wins over "first").
_MONTH_DAY_WORD_ALTERNATION = "|".join(sorted(MONTH_DAY_WORDS, key=len, reverse=True))
#: German ordinals of the days of the month, without their ending ("fünfzehnt-en"):
#: "bis zum fünfzehnten Werktag des Monats" (the first eight also name the nth unit,
#: ``sopkit.quantities.number_roles``).
GERMAN_ORDINAL_STEMS = (
    "erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt",
    "elft", "zwölft", "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt",
    "achtzehnt", "neunzehnt", "zwanzigst", "einundzwanzigst", "zweiundzwanzigst",
    "dreiundzwanzigst", "vierundzwanzigst", "fünfundzwanzigst", "sechsundzwanzigst",
    "siebenundzwanzigst", "achtundzwanzigst", "neunundzwanzigst", "dreißigst",
    "einunddreißigst",
)  # fmt: skip
GERMAN_MONTH_DAY_WORDS = {word: number for number, word in enumerate(GERMAN_ORDINAL_STEMS, 1)}


def english_ordinal(day: int) -> str:
    """ "1st", "2nd", "11th", "23rd": a day of the month as English writes it."""
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _month_day_deadlines() -> dict[str, list[tuple[str, float, str, str]]]:
    """ "Before the 10th of each month", "bis zum 15. des Folgemonats", "vóór de 10e van de
    maand": a deadline on a day of the month is at most a month away (two for the next).

    Each pattern names the day (``day``) and whether it is next month's (``next``);
    ``{day}`` and ``{next}`` in the words are filled in from them.
    """
    words = _MONTH_DAY_WORD_ALTERNATION
    german_words = "|".join(sorted(GERMAN_MONTH_DAY_WORDS, key=len, reverse=True))
    numbered = r"\d{1,2}(?:st|nd|rd|th)"
    english_day = rf"(?P<day>{numbered}|{words})(?:\s*\(\s*{numbered}\s*\))?"  # "tenth (10th)"
    # more days of each month: "on the 15th and 30th of the month", "am 1. und 15. jedes Monats"
    english_more = rf"(?P<more>(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:{numbered}|{words}))+)?"
    german_more = r"(?P<more>(?:\s*(?:,|und|&)\s*\d{1,2}\.)+\s*)?"
    dutch_more = r"(?P<more>(?:\s*(?:,|en|&)\s*(?:de\s+)?\d{1,2}(?:e|de|ste))+)?"
    relative = "the {day} of the {next}month"
    return {
        "en": [(
            rf"(?:(?:(?:by|before|on|until|no\s+later\s+than|not\s+later\s+than)\s+)?the\s+|"
            # a day of every month: "every 15th of the month", "at every 15th and 30th"
            r"(?:each|every)\s+(?:the\s+)?|"
            # a window of days: "between the 15th and 21st of the following month", "on the
            # 1st through the 4th of that month"
            rf"(?:(?:between|from|on)\s+)?the\s+(?:{numbered}|{words})\s+(?:and|to|through|thru|"
            r"until|till|-|–)\s+(?:the\s+)?|"
            # a numbered day without "the": "ship 10th of that month"
            rf"(?=\d{{1,2}}(?:st|nd|rd|th)\s))"
            rf"{english_day}{english_more}(?:\s+(?P<kind>(?:working|business|banking|bank)\s+)?"
            r"day)?\s+of\s+(?:each|every|the|a|that)\s+"
            r"(?P<next>(?:following|next)\s+)?month", 1, "month", relative,
        )],
        "de": [(
            r"(?:(?:bis|spätestens)\s+)*(?:zum\s+|am\s+|jeweils\s+am\s+|zwischen\s+dem\s+\d{1,2}\.\s*"
            r"(?:und|bis)\s+(?:(?:zum|dem)\s+)?)?(?:(?P<day>\d{1,2})(?:\.|s?te[nmr]?(?![\w-]))|"
            rf"(?P<dayword>{german_words})e[nmr]?(?![\w-]))\s*"
            rf"{german_more}(?:(?P<kind>Werk|Arbeits|Geschäfts|Bankarbeits|Bankgeschäfts|Bank)?"
            r"[Tt]ag\s+)?"
            r"(?:des|eines|jedes|jeden)\s+(?:laufenden\s+|aktuellen\s+|jeweiligen\s+)?"
            r"(?:(?P<next>Folge|folgenden\s+|nächsten\s+)[Mm]onats|"
            # a month by its use: "bis zum 15. Werktag eines Auszahlungsmonats"
            # ("des Monats März" names its month: read there)
            r"Monats|[A-ZÄÖÜ][\w-]*monats)(?!\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|"
            r"August|September|Oktober|November|Dezember)(?![\w-]))", 1, "month", relative,
        )],
        "nl": [(
            r"(?:(?:(?:uiterlijk|vóór|voor|op|tot)\s+)*(?:de|elke|iedere)\s+|tussen\s+de\s+"
            r"\d{1,2}(?:e|de|ste)\s+(?:en|tot)\s+(?:de\s+)?|"
            # a window of days: "vanaf de 23ste t/m 30ste van iedere maand"
            r"van(?:af)?\s+de\s+\d{1,2}(?:e|de|ste)\s+(?:t/m|tot\s+en\s+met|tot|-|–)\s+"
            r"(?:de\s+)?)(?P<day>\d{1,2})(?:e|de|ste)"
            rf"{dutch_more}\s+(?:(?P<kind>werk|bankwerk)?dag\s+)?van\s+"
            r"(?:de|elke|iedere|een)\s+(?P<next>(?:volgende|komende|daaropvolgende)\s+)?maand",
            1, "month", relative,
        )],
    }  # fmt: skip


#: The months, for deadlines such as "im Januar des Folgejahres": (English, German, Dutch).
MONTH_NAMES = (
    ("January", "Januar", "januari"), ("February", "Februar", "februari"),
    ("March", "März", "maart"), ("April", "April", "april"), ("May", "Mai", "mei"),
    ("June", "Juni", "juni"), ("July", "Juli", "juli"), ("August", "August", "augustus"),
    ("September", "September", "september"), ("October", "Oktober", "oktober"),
    ("November", "November", "november"), ("December", "Dezember", "december"),
)  # fmt: skip


def _month_deadlines() -> dict[str, list[tuple[str, float, str, str]]]:
    """ "In January of the following year", "im Januar des Folgejahres", "met de factuur
    van september": a deadline in a named month is at most a year away (two for the
    next year's). The card names the month. ("Before March" is not read: the card
    could only say "in March".) Of two months ("im Januar/Februar", "in May or June")
    the later is the bound: those patterns come first, so that the first month alone
    does not take the words.
    """
    table: dict[str, list[tuple[str, float, str, str]]] = {"en": [], "de": [], "nl": []}
    names = {lang: "|".join(row[i] for row in MONTH_NAMES) for i, lang in enumerate(table)}
    for either in (True, False):
        for english, german, dutch in MONTH_NAMES:
            first = {
                lang: rf"(?:{names[lang]})\s*(?:/|or|to|oder|bis|of|tot)\s*" if either else ""
                for lang in table
            }
            this, following = f"in {english}", f"in {english} of the next year"
            if not either:  # a named month's end: "we pay sellers at the end of December"
                table["en"].append((
                    rf"{_NOT_NEAR['en']}(?:(?:by|before|at|until|on)\s+)?(?:the\s+)?end\s+of\s+"
                    rf"{english}(?!\s+\d){_NOT_OPEN['en']}", 12, "month", f"end of {english}",
                ))  # fmt: skip
                table["de"].append((
                    rf"{_NOT_NEAR['de']}(?:(?:bis|per|spätestens)\s+)?(?:zum\s+)?Ende\s+{german}"
                    rf"(?!\s+\d){_NOT_OPEN['de']}", 12, "month", f"end of {english}",
                ))  # fmt: skip
                table["nl"].append((
                    rf"{_NOT_NEAR['nl']}(?:(?:uiterlijk|voor|op)\s+)?(?:eind|einde|het\s+einde\s+van|"
                    rf"eind\s+van)\s+{dutch}(?!\s+\d){_NOT_OPEN['nl']}", 12, "month",
                    f"end of {english}",
                ))  # fmt: skip
            table["en"] += [
                (rf"in\s+{first['en']}{english}\s+of\s+the\s+(?:following|next)\s+year", 24,
                 "month", following),
                (rf"in\s+(?:the\s+month\s+of\s+)?{first['en']}{english}(?!\s+\d)", 12, "month",
                 this),
            ]  # fmt: skip
            table["de"] += [
                (rf"(?:spätestens\s+)?im\s+{first['de']}{german}\s+(?:des\s+Folgejahres|des\s+"
                 r"folgenden\s+Jahres)", 24, "month", following),
                (rf"(?:spätestens\s+)?(?:im|des\s+Monats|im\s+Monat|innerhalb(?:\s+des)?(?:\s+Monats)?)"
                 rf"\s+{first['de']}{german}"
                 r"(?!\s+\d)", 12, "month", this),
            ]  # fmt: skip
            table["nl"] += [
                (rf"(?:uiterlijk\s+)?in\s+{first['nl']}{dutch}\s+van\s+het\s+volgende\s+jaar", 24,
                 "month", following),
                (rf"(?:(?:uiterlijk\s+)?in(?:\s+de\s+maand)?|(?:(?:met|bij|op)\s+)?de\s+[\w-]+\s+"
                 rf"van)\s+{first['nl']}{dutch}(?!\s+\d)", 12, "month", this),
            ]  # fmt: skip
    return table


def _month_day(match: re.Match[str], amount: float, words: str) -> tuple[float, str] | None:
    """The bound and card words of a day-of-the-month deadline; None for no such day.

    Of several days ("the 15th and 30th of the month") each is at most a month away;
    the card names them all.
    """
    word = match.groupdict().get("dayword")
    named = [word or match.group("day"), *_MORE_DAYS.findall(match.group("more") or "")]
    days = [
        MONTH_DAY_WORDS.get(day.lower())
        or GERMAN_MONTH_DAY_WORDS.get(day.lower())
        or int(re.sub(r"\D", "", day) or 0)
        for day in named
    ]
    if not all(1 <= day <= 31 for day in days):
        return None
    following = bool(match.group("next"))
    said = " and ".join(english_ordinal(day) for day in days)
    if match.group("kind"):  # "the 15th working day of the month": sooner than the 15th
        said += " working day"
    return (
        amount * 2 if following else amount,
        words.format(day=said, next="next " if following else ""),
    )


#: The days after the first in a list of days of the month ("15th and 30th", "1. und 15.").
_MORE_DAYS = re.compile(rf"\d{{1,2}}|{_MONTH_DAY_WORD_ALTERNATION}", re.IGNORECASE)


_WEEKDAY_DEADLINES = _weekday_deadlines()
_PERIOD_DEADLINES = _period_deadlines()
_MONTH_DAY_DEADLINES = _month_day_deadlines()
_MONTH_DEADLINES = _month_deadlines()


def _day_deadline_patterns(lang: str) -> GuardedTable[tuple[GuardedPattern, float, str, str]]:
    """One language's deadlines by the day, each with the strings its every match holds.

    Fewer than one metric in ten holds a deadline by the day: testing those strings
    first spares the rest some 150 scans each (the table looks for each distinct
    string once per metric), and a pattern is compiled only when a metric first holds
    its strings (see sopkit.literals).
    """
    return GuardedTable(
        (GuardedPattern(whole_words_source(pattern), re.IGNORECASE), amount, unit, words)
        for pattern, amount, unit, words in (
            *_DAY_DEADLINES[lang],
            *_WEEKDAY_DEADLINES[lang],
            *_PERIOD_DEADLINES[lang],
            *_MONTH_DAY_DEADLINES[lang],
            *_MONTH_DEADLINES[lang],
        )
    )


_DAY_DEADLINE_PATTERNS = PerLanguage(_DAY_DEADLINES, _day_deadline_patterns)


_DAY_NAME = (
    r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:days?)?|Mo(?:ntag)?|Di(?:enstag)?|"
    r"Mi(?:ttwoch)?|Do(?:nnerstag)?|Fr(?:eitag)?|Sa(?:mstag)?|So(?:nntag)?|ma(?:andag)?|"
    r"di(?:nsdag)?|wo(?:ensdag)?|do(?:nderdag)?|vr(?:ijdag)?|za(?:terdag)?|zo(?:ndag)?"
)
