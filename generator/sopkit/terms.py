"""Vague and hedging phrases that make a standard unmeasurable, per language.

These lists serve the front-matter rules (metric and timeframe). Teams add their own
vague terms in the configuration (``vague_terms``); they are merged in here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sopkit.numbers import COUNT_OF_TIMES, word_to_number
from sopkit.wordpatterns import word_patterns

#: Words and phrases that promise speed or quality without a number.
VAGUE: dict[str, tuple[str, ...]] = {
    "en": (
        "as quickly as possible", "as fast as possible", "as soon as possible", "asap",
        "quickly", "quick", "promptly", "promptness", "rapidly", "speedily", "fast", "soon",
        "timely", "in a timely manner", "in a timely fashion", "in due course",
        "depending on urgency",
        "timeous", "timeously",  # Scots: timely
        "punctual", "punctually", "lightning fast", "lightning-fast", "superfast", "super fast",
        "plenty of time", "ample time", "at the earliest convenient time", "a little while",
        "around the middle of", "about the middle of", "towards the middle of",
        "the earliest convenient time", "a long period", "a long period of time",
        # each case judged on its own, no bound: "decided case by case"
        "case by case", "case-by-case", "on a case by case basis", "on a case-by-case basis",
        # a time to be agreed, with no bound: "We will agree a mutually acceptable timeframe"
        "a mutually acceptable time", "a mutually acceptable timeframe",
        "a mutually acceptable date",
        "without delay", "without undue delay", "right away", "straight away",
        "immediately", "at once", "as needed", "as required", "when needed", "if needed",
        # "for immediate service", "checks messages throughout the day": no bound said (not
        # "immediate" alone: "the immediate supervisor")
        "immediate service", "immediate response", "immediate attention", "immediate help",
        "immediate assistance", "immediate action", "immediate reply",
        "throughout the day", "in the next step", "at flexible times",
        "at a flexible time",
        "when necessary", "reasonable", "reasonably", "appropriate", "appropriately",
        "happy", "delighted", "great service", "excellent service", "friendly",
        "at the earliest opportunity", "at the earliest possible opportunity",
        "as early as possible", "shortly", "swiftly", "expeditiously", "in good time",
        # praise of the timing, not a bound: "we get to site in excellent timing"
        "in excellent time", "in excellent timing", "in good timing", "in no time",
        "in record time",
        "at our soonest opportunity", "at the soonest opportunity",
        "within a reasonable time", "within a reasonable period", "in a reasonable time",
        "early", "prompt", "speedy", "rapid", "on time", "within hours", "within days",
        "within minutes", "within weeks", "a few days", "a few weeks", "a few hours",
        "well in advance", "depends on", "depending on", "as quickly as we can",
        "as soon as we can", "as fast as we can", "within reasonable time",
        "several days", "several weeks", "a number of days", "a number of weeks",
        "some days", "some weeks", "as short as possible",
        "several business days", "several working days", "several calendar days",
        "never long", "not long", "never too long", "enough time",
        "with urgency", "as per need", "per need", "available resources",
        # "treated with the utmost urgency", "in an expeditious manner", "with higher priority"
        "utmost urgency", "expeditious", "with higher priority", "with a higher priority",
        "minimise queuing times", "minimize queuing times", "minimise waiting times",
        "minimize waiting times",
        "a few business days", "a few working days",
        # "within a couple of days": a number nobody wrote
        "a couple of days", "a couple of weeks", "a couple of hours", "a couple of months",
        "a couple of business days", "a couple of working days",
        # "payment dates are around the same time each month"
        "around the same time",
        "now and then", "every now and then", "from time to time",
        # "Any installation target date quoted ... is an estimate"
        "is an estimate", "only an estimate",
        # "The delivery times shown are averages": what happens most often, not a bound
        "is an average", "are averages", "only an average",
        # priority in place of a bound: "handled with the highest priority"
        "with the highest priority", "with highest priority", "with top priority",
        "as a matter of priority", "as a priority",
        # an order in place of a time: "emergency repairs are handled in order of urgency"
        "in order of urgency", "in order of priority", "according to urgency",
        "according to priority", "based on urgency", "by order of urgency",
        # an unsaid amount of time: "giving you adequate time to cancel", "a little longer"
        "adequate time", "adequate notice", "sufficient time", "sufficient notice",
        "a little longer", "a bit longer", "slightly longer",
        "shortly before", "just before", "a few minutes", "within a few minutes",
        "shortly after", "soon after",
        # a day that is the earliest, not the latest: "we refund it on or after that day"
        "on or after",
        "reasonable timeframe", "a reasonable timeframe", "within a reasonable timeframe",
        "reasonable time frame",
        "in the coming days", "in the coming weeks", "in the following days",
        "in the days that follow", "in the near future", "over the coming weeks",
        "faster", "quicker",
        "at our earliest convenience", "with due diligence", "at the earliest convenience",
        # whenever it suits us or a calendar: "respond when convenient", "on the next
        # available business day"
        "when convenient", "when it is convenient", "at our convenience",
        # (not "the next available agent", who answers within the bound)
        "next available day", "next available working day", "next available business day",
        "next available appointment", "next available slot", "next available date",
        "next available time", "next available time slot",
        "within a short time",
        "within a short period", "in a short time", "short period of time", "minimal delay",
        "the minimum of delay",
        "some delay", "a delay", "regularly", "at regular intervals", "periodically",
        "on a regular basis", "as soon as it is possible", "as soon as is possible",
        "sooner or later",
        "to a minimum", "as little as possible", "several months", "a few months", "some time",
        "a certain number of days",
        "varies",
        "several times a day", "several times daily", "multiple times a day",
        "several times a week",
        "as best we can", "best possible",
        # a period or a wait that is there but has no length: "within a certain period"
        "within a certain period", "a certain period of time", "within a certain time",
        "after a wait", "too long",
    ),
    "de": (
        "so schnell wie möglich", "so schnell als möglich", "schnellstmöglich",
        "schnellstens", "baldmöglichst", "möglichst schnell", "möglichst bald", "zeitnah",
        # fast, in due time or these days, with no length: "Sekundenschnell wird der Antrag
        # weitergeleitet", "form- und fristgerecht", "werden in diesen Tagen ausgesandt"
        "sekundenschnell", "blitzschnell", "in diesen tagen",
        # a longer time with no length: "Dauert es länger, gibt es einen Zwischenbescheid"
        "dauert es länger", "sollte es länger dauern", "falls es länger dauert",
        "wenn es länger dauert",
        "zeitversetzt", "zeitversetzter", "zeitversetzten", "zeitversetzte",
        "umgehend", "unmittelbar", "unverzüglich", "alsbald", "sofort", "schnell", "zügig", "bald",
        "rechtzeitig", "rechzeitig",  # (a common misspelling)
        "pünktlich", "pünktliche", "pünktlichen", "zu lang",
        "superschnell", "rasend schnell", "frühestmöglichen termin", "frühestmöglichen zeitpunkt",
        "eine kleine weile", "eine weile", "gegen mitte", "etwa mitte",
        "von fall zu fall", "einen längeren zeitraum", "einem längeren zeitraum",
        "für beide seiten akzeptablen", "für beide seiten akzeptabler",
        "für beide seiten akzeptable",
        "zeitgerecht", "zeitgerechte", "zeitgerechten", "mehrere werktage", "mehreren werktagen",
        "in geeigneter zeit", "innert geeigneter zeit", "innerhalb geeigneter zeit",
        "geeigneter frist",
        "einige werktage", "einigen werktagen",
        "rechtzeitige", "rechtzeitigen", "rechtzeitiger", "kurzfristigen", "kurzfristige",
        "kurzfristiger", "marktüblichen zeiten", "marktüblicher zeit", "marktüblich",
        "ohne verzögerung", "bei bedarf", "nach bedarf", "angemessen", "zufrieden",
        # "wird laufend aktualisiert": as it comes, at no interval anyone could check
        "laufend", "fortlaufend",
        "im bedarfsfall", "bei zwingender notwendigkeit",
        "glücklich", "freundlich", "kurzfristig", "schnellen", "schnelle", "zeitnahe",
        "umgehende", "baldigst", "in kürze", "in angemessener zeit", "in angemessener frist",
        "innerhalb angemessener frist", "schnellstmögliche", "schnellstmöglichen",
        "angemessenen", "angemessener", "angemessene", "in einem angemessenen zeitraum",
        "ein paar tage", "ein paar wochen", "einige tage", "einige wochen", "wenige tage",
        "wenigen tagen", "wenige wochen", "wenigen wochen", "frühzeitig", "je nach",
        # case by case, or a step with no time: "Die Terminierung erfolgt individuell", "bei
        # Bedarf im nächsten Schritt an uns herantreten"
        "erfolgt individuell", "individuell terminiert", "im nächsten schritt",
        # served at the next date free, with no bound: "erfolgt die Durchführung zum
        # nächstmöglichen Termin"
        "nächstmöglichen termin", "nächstmöglichen zeitpunkt",
        "zeitlich flexibel",
        "abhängig von", "so zügig wie möglich", "zeitnahen", "kurzer zeit", "in kürzester zeit",
        "mehrere tage", "mehrere wochen", "mehreren tagen", "mehreren wochen",
        "einzelne tage", "einzelne wochen", "einzelnen tagen", "einzelnen wochen",
        "innert nützlicher frist", "innert angemessener frist", "innert kürzester zeit",
        "einzelne monate", "einzelnen monaten", "ohne lange verzögerung",
        "ohne lange zeitverzögerung", "ohne große verzögerung", "ohne lange wartezeit",
        "ohne lange wartezeiten", "ohne längere wartezeit", "ohne größere verzögerung",
        "wenigen minuten", "weniger minuten", "wenige minuten", "wenigen stunden",
        "weniger stunden", "weniger tage", "einigen minuten", "kurz vor", "kurz vorher",
        "kurz nach", "kurz danach", "am oder nach", "um dieselbe zeit", "um die gleiche zeit",
        "nach eigenem ermessen", "nach unserem ermessen",
        "weniger wochen", "weniger monate", "wenigen monaten", "einiger wochen",
        "einigen wochen", "einiger tage", "einigen tagen", "einigen stunden", "einiger monate",
        "einigen monaten", "mehrerer wochen", "mehrerer tage", "mehrere monate",
        "mehreren monaten", "weniger werktage", "wenigen werktagen",
        "kurz bevor",
        "sehr unterschiedlich", "unterschiedlich",
        "in den kommenden tagen", "in den kommenden wochen", "in den nachfolgenden tagen",
        "in den folgenden tagen", "in den darauffolgenden tagen", "sofortige", "sofortigen",
        "in naher zukunft", "demnächst",
        "rasch", "rasche", "raschen", "möglichst rasch", "raschere", "rascheren", "rascher",
        "schneller", "zügiger", "baldiger",
        "ohne verzug", "ohne jeden verzug", "kurze frist", "kurzen frist", "kurzer frist",
        "ausreichende zeit", "angemessene zeit", "angemessener zeit",
        "kurze nachfrist", "kurzen nachfrist", "kurzer nachfrist", "nicht lange", "nie lange",
        "ehestmöglich", "ehestens", "schnellst möglich", "schnellstmöglichst", "ehest möglich",
        "frühest möglich",
        "verzögert", "etwas verzögert", "nicht verzögert", "verzögerungen",
        "in regelmäßigen abständen", "regelmäßig", "periodisch", "in regelmässigen abständen",
        "regelmäßige", "regelmäßigen", "regelmäßiger",
        # priority without a bound: "werden mit höchster Priorität behandelt"
        "mit höchster priorität", "mit oberster priorität", "mit hoher priorität",
        "mit höherer priorität", "kürzere reaktionszeit", "kürzeren reaktionszeit",
        "kürzere reaktionszeiten", "kürzeren reaktionszeiten", "kürzere responsezeit",
        "kürzeren responsezeit", "kürzere antwortzeit", "kürzeren antwortzeiten",
        # an order in place of a time: "erfolgt die Auftragsabwicklung nach Dringlichkeit"
        "nach dringlichkeit", "nach priorität", "nach prioritäten",
        # "Die angegebenen Lieferzeiten sind Durchschnittswerte"
        "ist ein durchschnittswert", "sind durchschnittswerte", "nur ein durchschnittswert",
        "mit priorität",
        # when it seems right, or as urgent as it is: no time
        "zu gegebenem zeitpunkt", "zu gegebener zeit", "entsprechend der dringlichkeit",
        "je nach dringlichkeit", "nach maßgabe der dringlichkeit",
        "regelmässig",
        "zügige", "zügigen", "kurze wartezeit", "kurze wartezeiten", "kurzen wartezeiten",
        "etwas länger", "in den nächsten tagen",
        "in den nächsten wochen",
        "einige monate", "einige zeit",
        "einiger zeit", "bestimmten anzahl", "auf ein minimum", "so gering wie möglich",
        "gewisse zeit", "gewissen zeit", "etwas dauern", "etwas zeit",
        "einige minuten", "einige stunden", "ein paar minuten",
        "ein paar stunden", "früher oder später", "sobald es möglich ist",
        "sobald dies möglich ist", "sobald das möglich ist", "sobald möglich",
        "variiert", "bestmöglich", "bestmögliche",
        # "sobald wie möglich": "so bald wie möglich" written as one word
        "sobald wie möglich", "sobald als möglich", "kann abweichen", "können abweichen",
        "stark abweichen",
        # how often, without a number: "mehrmals täglich geleert"
        "mehrmals täglich", "mehrmals am tag", "mehrmals pro tag", "mehrmals wöchentlich",
        "mehrmals pro woche", "mehrmals im monat", "mehrmals",
        "bestmöglichen", "in kurzer frist", "innerhalb kurzer frist", "binnen kurzem",
        "vorrangig", "ausreichend zeit", "genügend zeit", "genug zeit", "wünschenswert",
        "nach vereinbarung",
        "innerhalb einer bestimmten frist", "einer bestimmten frist", "nach einer wartezeit",
        "zum frühestmöglichen zeitpunkt", "frühestmöglich", "frühestmöglichen",
        "frühestmögliche", "zu lange", "zu langen",
    ),
    "nl": (
        "zo snel mogelijk", "zo spoedig mogelijk", "z.s.m.", "zsm", "zo vlug mogelijk",
        "op een geschikt moment", "te gelegener tijd", "volgens urgentie",
        "naargelang de urgentie",
        "binnen de kortste keren", "afhankelijk van", "al het mogelijke", "redelijkerwijs",
        "hangt af van", "in het begin van", "op termijn",
        "in redelijkheid",
        "snel", "spoedig", "spoedige", "binnenkort", "afzienbare tijd", "tijdig", "direct",
        "bijtijds", "punctueel", "voor beide partijen acceptabel", "razendsnel", "bliksemsnel",
        "supersnel", "een lange periode", "lange periode", "op het eerst geschikte moment",
        "een tijdje", "rond het midden van", "omstreeks het midden van",
        "geval per geval", "van geval tot geval",
        "voor beide partijen acceptabele",
        "meteen",
        "vroegtijdig",
        "onmiddellijk", "onmiddelijk",  # (a common misspelling)
        "in de volgende stap",  # a step, not a time
        "op flexibele tijden", "flexibel in de tijd",
        "nooit lang", "nooit heel lang", "nooit te lang", "niet lang", "niet heel lang",
        "eerstdaags", "het snelst",
        "onverwijld", "per omgaande", "per ommegaande", "met bekwame spoed", "naar behoefte",
        "indien nodig", "waar nodig", "de komende dagen", "de komende weken",
        "passend", "redelijk", "redelijke", "tevreden", "blij", "vriendelijk", "op tijd", "z.s.m",
        "zo snel als mogelijk", "zo spoedig als mogelijk", "binnen redelijke termijn",
        "binnen korte tijd", "in korte tijd", "met minimale vertraging", "stipte",
        "met de hoogste prioriteit", "met hoogste prioriteit", "met voorrang", "met prioriteit",
        "met hogere prioriteit", "met een hogere prioriteit", "kortere reactietijd",
        "kortere reactietijden", "kortere responstijd", "kortere responstijden",
        # an order in place of a time: "storingen worden op volgorde van urgentie verholpen"
        "op volgorde van urgentie", "in volgorde van urgentie", "naar urgentie",
        "op basis van urgentie", "op volgorde van prioriteit",
        # "De tijdspanne die wordt aangeduid is een gemiddelde"
        "is een gemiddelde", "zijn gemiddelden", "slechts een gemiddelde",
        "ruim van te voren", "ruim van tevoren", "ruim vooraf", "ruim op tijd",
        "zeer geregeld", "heel geregeld",  # "geregeld" alone is also "arranged"
        # a wait nobody can foretell: "is moeilijk vooraf te bepalen"
        "moeilijk vooraf te bepalen", "moeilijk te bepalen", "moeilijk te voorspellen",
        "moeilijk te zeggen",
        "binnen een redelijke termijn", "vlot", "vlug", "snelle",
        "meerdere dagen", "meerdere weken", "enige tijd",
        "enkele dagen", "enkele weken", "enkele minuten", "enkele uren", "vlak voor",
        "enige dagen", "enige weken", "enige maanden", "enige uren", "bij benadering",
        "vlak vóór", "vlak voordat", "vlak vóórdat", "kort voordat", "kort vóórdat",
        "kort voor", "kort vóór", "kort na", "kort nadat", "op of na", "een paar dagen",
        "rondom hetzelfde moment", "rond hetzelfde moment", "rond dezelfde tijd",
        "een paar weken",
        "een paar maanden", "een paar uur", "een paar jaar", "enkele jaren", "voortijdig",
        "voldoende tijd",
        "in de daaropvolgende dagen",
        "in de dagen daarna", "in de volgende dagen", "in de nabije toekomst",
        "op afzienbare termijn",
        "sneller", "vlotter",
        "even duren", "enige vertraging", "vertraging", "regelmatig", "periodiek", "met regelmaat",
        "enkele werkdagen", "enkele maanden", "een aantal dagen", "een aantal werkdagen",
        "tot een minimum",
        "op regelmatige basis", "met regelmatige tussenpozen", "zodra dat mogelijk is",
        "op korte termijn", "korte termijn",
        "zodra het mogelijk is", "zodra dit mogelijk is", "zodra mogelijk", "zo gauw mogelijk",
        "vroeg of laat",
        "varieert", "zo goed als mogelijk",
        # an unsaid delay or point in time: "kan de levertijd iets langer zijn", "nadien"
        "iets langer", "wat langer", "nadien", "naderhand",
        "meerdere keren per dag", "meermaals per dag", "meerdere keren per week", "meermaals",
        "onverwijlde", "binnen een bepaalde termijn", "binnen een bepaalde tijd",
        "na een wachttijd", "te lang", "te lange",
        # "U ontvangt t.z.t. een factuur": in due course, no time
        "t.z.t.", "t.z.t", "te zijner tijd",
    ),
}  # fmt: skip

#: Phrases that turn a standard into an intention ("we aim to", "where possible").
HEDGES: dict[str, tuple[str, ...]] = {
    "en": (
        "where possible", "wherever possible", "if possible", "when possible",
        # the bound's own time may be missed: "10 – 15 business days ..., and these times
        # may vary" (see the judgement's not-binding hedges)
        "can vary", "may vary", "will vary", "may differ", "can differ",
        "whenever possible", "as far as possible", "where feasible", "if feasible",
        "where practicable", "if practicable", "we aim to", "aim to", "aims to",
        "we try to", "try to", "tries to", "trying to", "we strive to", "strive to", "strives to",
        "we endeavour to", "endeavour to", "endeavor to", "we do our best",
        "do our best", "best effort", "best efforts", "ideally", "hopefully",
        "whenever we can", "if we can", "we want to", "it is intended", "is intended to",
        "sometimes take longer", "if all goes well", "all being well", "may be able to",
        "we may be able to", "may or may not", "at the discretion of", "at our discretion",
        "at the sole discretion of",
        "attempted",
        "attempt", "under normal circumstances", "in normal circumstances",
        "under normal conditions", "in normal conditions", "where circumstances allow",
        "the majority of", "may take longer", "can take longer", "might take longer",
        "in rare cases", "expected to", "is expected within", "are expected within",
        # a hope, not a promise: "I'm hoping to get the waiting list caught up by next week"
        "hoping to", "we are hoping", "we're hoping", "i'm hoping", "i am hoping",
        "is expected in", "are expected in", "is expected by", "are expected by",
        # effort instead of a result: "we make every effort to reply within 5 days"
        "every effort", "every reasonable effort", "reasonable efforts", "reasonable endeavours",
        "a reasonable effort", "reasonable effort",
        # "it can be an hour or two longer"
        "an hour or two longer", "a day or two longer",
        "best endeavours", "all reasonable steps",
        "approximate", "indicative", "as a guide",
        # frequency hedges: the bound holds only sometimes
        "usually", "normally", "generally", "typically", "mostly", "ordinarily",
        "usualy",  # (a common misspelling)
        "in most cases", "in many cases", "in the majority of cases", "most of the time",
        "as a rule",
        "in principle", "in general", "as a general rule", "on most occasions",
        "in most instances", "where we can", "wherever we can", "if at all possible",
        "where that is at all possible", "where that is possible", "if that is possible",
        "where this is possible", "if this is possible",
        # effort promised instead of a result: "we'll do everything possible to ... within"
        "do everything possible", "everything possible", "do everything we can",
        "everything in our power",
        # a goal named in a service level: "a resolution goal of Noon Next Business Day"
        "goal of", "goals of", "service goal", "service goals", "resolution goal",
        "response goal",
        # intentions
        "we aim", "our aim is", "aim", "aims", "aiming", "we will aim", "we strive",
        "we would appreciate it if", "we appreciate it if", "i strive", "i aim",
        "strive", "strives", "we endeavour", "endeavour", "endeavours", "endeavor",
        "endevour", "endevor",  # as some spell it
        "endeavors", "our goal is", "our objective is", "our ambition is", "we will try",
        "our main goal is", "our primary goal is", "our main aim is",
        "we hope", "we expect to", "we seek to", "seek to", "we attempt to", "attempt to",
        "as things stand", "as things currently stand", "mainly", "predominantly",
        # a long wait described, not a bound promised: "a wait of 5 years is not unusual"
        "not unusual", "not uncommon",
        "attempts to", "we will attempt to", "we will aim to", "we will endeavour to",
        "our very best", "do our very best", "do our utmost", "our utmost", "sometimes",
        # as a firm or a person writes it: "will do it's utmost", "do my utmost"
        "do its utmost", "do it's utmost", "its utmost", "it's utmost", "do my utmost",
        "my utmost", "do their utmost", "their utmost",
        # the earliest, not the latest: "As soon as the next day, you can review the proofs"
        "as soon as the next day", "as soon as the same day", "as early as the next day",
        # a request that binds nobody: "..., but this is not mandatory"
        "not mandatory", "not compulsory",
        "occasionally", "often", "frequently", "where appropriate", "if appropriate",
        "as appropriate", "customary", "usual", "the usual",
        "has a goal of", "have a goal of", "a goal of", "aims for", "aim for", "strive for",
        "estimated time", "estimated delivery",
        "tries its best", "try our best", "tries their best", "its best", "their best",
        "our goal", "our aim", "it is our goal", "it is our aim", "aimed at", "aimed for",
        "based on workload", "depending on workload", "subject to workload",
        "depending on our schedule",
        "subject to demand", "depending on demand", "workload permitting", "non-binding",
        "if resources allow", "as resources allow",
        # a wish said as one: "we want the phone to be ringing within 60 seconds", "Auva
        # does have an objective to get these reviews done within 14 days"
        "we want", "we would like", "an objective to", "objective is to", "our objective",
        "will likely", "most likely", "likely to",
        # a near-certainty or an effort, not a promise: "we can almost certainly do this",
        # "we will always do what we can", "an ambitious target to reduce ... to one hour"
        "almost certainly", "do what we can", "all we can", "ambitious target",
        "ambitious targets", "ambitious goal", "to the best of our knowledge",
        "we do not guarantee", "we don't guarantee", "we cannot guarantee",
        "not binding", "to the best of our ability", "to the best of our abilities",
        # a probability, not a promise: "you probably won't receive it until Tuesday"
        "probably", "it is possible that", "it's possible that", "may well",
        "for guidance only", "without guarantee", "almost all", "nearly all",
        # the times disowned: "delivery times ARE NOT CONTRACTUAL", "this is only for
        # guidance and does not form part of any contractual commitment"
        "not contractual", "non-contractual", "not contractually binding",
        "only for guidance", "for guidance purposes only", "for guidance purposes",
        "not form part of any contractual", "not form part of the contract",
        "not part of the contract",
        "time is not of the essence", "not of the essence",
        "virtually all", "longer waiting times", "longer waits",
        # the best case, not a bound: "with you in as little as 30 minutes"
        "in as little as", "as little as",
        # a longer time with no length: "a longer processing time applies"
        "longer processing time", "longer processing times", "longer turnaround time",
        "where this is practical", "where it is practical", "where practical", "if practical",
        "where reasonably practicable", "the vast majority of", "vast majority",
        "great majority", "overwhelming majority", "best-effort", "where applicable",
        "it is hoped", "under certain circumstances",
        # an intention or an expectation, not a promise: "It is the intention of the Coroner
        # that ...", "We would expect to respond no later than 14 working days"
        "it is the intention", "it is our intention", "our intention is", "the intention is",
        "would expect", "we would expect", "we'd expect", "may not be possible",
        "it may be possible", "it might be possible", "may be possible",
        "might not be possible", "may not always be possible",
        # an open end or the capacity of the day: "up to 30 days (or longer)"
        "or longer", "or even longer", "even longer", "or later", "depending on availability",
        "can be longer", "may be longer", "could be longer", "might be longer",
        "could take longer", "not always possible", "not always be possible",
        "it may happen", "it can happen", "it could happen",
        "nearly always", "almost always", "virtually always", "targeting", "is targeting",
        "are targeting",
        "not always able", "cannot always", "can't always", "can not always",
        "subject to availability",
        "depending on capacity",
        # a bound that is not promised: "we cannot guarantee that ... within 5 days"
        "cannot guarantee", "can't guarantee", "can not guarantee", "not guaranteed",
        # the bound said to vary either way: "allow two weeks (it might be less or more)"
        "less or more", "more or less",
        # rarely over the bound: sometimes over it
        "rarely more than", "rarely longer than", "seldom more than", "seldom longer than",
        "no guarantee", "cannot be guaranteed", "preferably", "at best",
        # "timelines are goals, not guarantees"
        "not guarantees",
        "do not guarantee", "don't guarantee", "does not guarantee", "doesn't guarantee",
        "a guide only", "as a guide only", "guide only",
        # advice, not a commitment: "it is good practice to send an acknowledgement at once"
        "it is good practice to", "is good practice to",
        # "a substantive response aimed to be provided within 21 working days"
        "aimed to", "is aimed", "are aimed",
        # an intention, or the day's capacity: "we intend to", "circumstances permitting"
        "we intend to", "intend to", "intends to",
        # a plan, not a promise: "we plan to", "we are planning to" (and "we plan for all
        # work to be completed", a shape below)
        "we plan to", "we are planning to",
        "circumstances permitting", "staffing permitting",
        "resources permitting", "time permitting", "staffing allows", "staffing permits",
        "resources allow", "resources permit", "time allows", "circumstances allow", "or so",
        # help offered, not a bound promised: "your insurer can help you get an appointment"
        "can help you to", "can help you get",
    ),
    "de": (
        "nach möglichkeit", "wenn möglich", "falls möglich", "soweit möglich",
        # an effort for the customer, not a result: "werden alles Mögliche tun, um ..."
        "alles mögliche tun", "wie es derzeit aussieht",
        "nach derzeitigem stand", "nach aktuellem stand",
        # mostly, not always: "stellt Pakete hauptsächlich abends zwischen 17 und 21 Uhr zu"
        "hauptsächlich",
        "keine ausnahme", "keine seltenheit",
        "kann variieren", "können variieren",
        "nach unseren möglichkeiten", "im rahmen unserer möglichkeiten", "wann immer möglich",
        "im rahmen der möglichkeiten", "nach kräften", "geht man davon aus",
        "gehen wir davon aus", "wir gehen davon aus", "ist davon auszugehen",
        "sofern möglich", "wo möglich", "möglichst",
        "im rahmen des möglichen",
        "wir bemühen uns", "bemühen uns", "ich bemühe mich", "bemühe mich", "bemüht sich",
        "wir versuchen", "versuchen",
        "versucht", "wir streben an", "streben an", "strebt an", "anstreben",
        "idealerweise", "wir geben unser bestes", "unser bestes", "wenn es geht",
        "in der regel", "in aller regel", "im regelfall", "i.d.r.", "idr", "i. d. regel",
        "i.d. regel", "i. d. r.", "i.d.regel",
        "unter normalen umständen", "unter normalen bedingungen", "im normalfall",
        "voraussichtlich", "richtwert", "richtwerte", "richtwerten", "die meisten",
        # inflected: "Die angestrebte Wiederherstellungszeit", "voraussichtliche Termine";
        # an assumption: "gehen wir von 5-6 Werktagen aus"; "nach bestem Wissen und Gewissen"
        "angestrebte", "angestrebten", "voraussichtliche", "voraussichtlichen",
        "nach bestem wissen", "höchstwahrscheinlich", "fast sicher", "ehrgeiziges ziel",
        "kann länger dauern", "kann es länger dauern", "in ausnahmefällen länger",
        "je nach situation",
        "in ausnahmefällen später", "in einzelfällen länger", "in einzelfällen später",
        "oder später",
        "erfahrungsgemäß", "in der mehrzahl",
        "grundsätzlich", "normalerweise", "üblicherweise", "gewöhnlich", "meist", "meistens",
        "in den meisten fällen", "in den allermeisten fällen", "in vielen fällen",
        "wir wollen", "wollen wir", "geschätzte", "geschätzten", "wenn alles gut geht",
        "in der mehrzahl der fälle", "überwiegend",
        "weitgehend",
        "nicht selten", "im allgemeinen",
        "streben", "strebt", "angestrebt", "anzustreben", "ziel ist", "unser ziel ist",
        "unser ziel", "zum ziel gesetzt", "ist es unser ziel", "bemühen", "bemüht",
        "bestrebt", "wir setzen alles daran", "setzen alles daran", "setzt alles daran",
        "alles daransetzen", "alles daran setzen", "wir tun alles", "tun alles", "tut alles",
        "alles tun", "alles unternehmen", "unternehmen alles", "alles in unserer macht",
        "alles menschenmögliche", "es ist unser ziel",
        "unser ziel ist es", "wir haben uns zum ziel gesetzt", "zielen darauf ab",
        "häufig", "oft", "manchmal", "gelegentlich", "gegebenenfalls", "ggf.", "üblich",
        "übliche", "üblichen", "unser möglichstes",
        "richtzeit", "richtzeiten", "erwartete",
        "ziel von",
        "der meisten", "den meisten", "i. d. r", "gerechnet werden",
        "je nach arbeitsaufkommen", "je nach bearbeitungslage", "je nach auslastung",
        "abhängig von der auslastung", "kein vertragsbestandteil", "lediglich zur orientierung",
        # a time not owed: "Die Einhaltung bestimmter Lieferfristen ist nicht geschuldet"
        "nicht geschuldet", "nicht vertraglich zugesichert", "nicht zugesichert",
        # a possibility, not a promise: "dass theoretisch ein Ausfall von 2 Tagen denkbar
        # ist" (not "denkbar einfach", "die theoretisch möglichen Anrufe")
        "theoretisch ein", "theoretisch eine", "theoretisch ist", "theoretisch kann",
        "theoretisch können", "theoretisch wäre", "denkbar ist", "denkbar wäre", "denkbar sind",
        # staffed or open only part of the time: "nachts nicht durchgängig besetzt"
        "nicht durchgängig", "nicht durchgehend",
        "zur orientierung", "unverbindlich", "nach besten kräften", "nach bestem vermögen",
        "wahrscheinlich", "vermutlich", "es ist möglich, dass", "es ist möglich dass",
        "kann durchaus", "können durchaus",
        "ohne gewähr", "nicht verbindlich", "nahezu alle",
        "nicht verpflichtend", "annähernd",
        "fast alle", "zielzeit", "zielzeiten", "zielwert", "längeren wartezeiten",
        "längere wartezeiten", "längeren bearbeitungszeiten", "längere bearbeitungszeit",
        "längere bearbeitungszeiten", "längere bearbeitungsdauer", "längere wartezeit",
        "u. u.", "u.u.", "unter umständen", "wir beabsichtigen", "beabsichtigen",
        "beabsichtigt", "ist unsere absicht", "umstände es zulassen", "umstände es erlauben",
        "umstände zulassen", "personalsituation es zulässt", "kapazitäten es zulassen",
        "ressourcen es erlauben", "ressourcen es zulassen", "kapazitäten es erlauben",
        "die große mehrheit", "der großteil",
        "zum großteil", "großteils",
        "oder länger", "oder auch länger", "auch länger", "noch länger", "im prinzip",
        "selten mehr als", "selten länger als",
        "im grunde", "je nach verfügbarkeit", "nach verfügbarkeit",
        "abhängig von der verfügbarkeit", "je nach kapazität", "je nach terminlage",
        # a possibility, not a promise; the English loanword for effort
        "kann es vorkommen", "es kann vorkommen", "nicht immer möglich", "nicht immer",
        "best effort", "best-effort", "nach bestem bemühen", "fast immer", "nahezu immer",
        "beinahe immer", "zur regel", "sogar länger", "sogar noch länger",
        "typischerweise", "typisch", "ohne garantie", "keine garantie", "nicht garantieren",
        "garantieren wir dies nicht", "garantieren wir das nicht", "garantieren wir nicht",
        # "Umbuchungen können – vorbehaltlich verfügbarer Kapazitäten – bis 7 Tage vor ..."
        "vorbehaltlich verfügbarer kapazitäten", "vorbehaltlich",
        "nicht garantiert", "nicht zusichern", "vorzugsweise", "am liebsten", "bestenfalls",
        "im besten fall", "meisten", "es empfiehlt sich", "es ist ratsam", "ratsam ist es",
        "eventuell", "evtl.",
        "hoffentlich", "hoffen", "hofft", "wir hoffen", "in seltenen fällen",
        # most, not all: "Das meiste hat aber bis zum Morgen Zeit"
        "das meiste",
        # effort, not a result: "Der Möbelspediteur gibt sich die größte Mühe, ... einzuhalten"
        "geben uns mühe", "geben uns die größte mühe", "geben uns alle mühe",
        "geben uns große mühe", "gibt sich mühe", "gibt sich die größte mühe",
        "gibt sich alle mühe", "gibt sich große mühe", "setzen uns dafür ein",
        "setzt sich dafür ein",
        "nur in seltenen fällen", "stichprobenartig", "stichprobenweise",
    ),
    "nl": (
        "indien mogelijk", "waar mogelijk", "zo mogelijk", "wanneer mogelijk",
        "kunnen variëren", "kan variëren", "kan afwijken", "kunnen afwijken",
        "uiterste best", "haar uiterste best", "ons uiterste best", "zijn uiterste best",
        "als het praktisch haalbaar is", "als het praktisch nog haalbaar is",
        "indien praktisch haalbaar", "indien haalbaar", "als het haalbaar is",
        "als het kan", "als het mogelijk is", "voor zover mogelijk", "wij streven ernaar",
        "binnen de mogelijkheden", "naar vermogen",
        "we streven ernaar", "streven ernaar", "streeft ernaar", "streven naar",
        # one practitioner's effort ("Ik streef ernaar dezelfde werkdag te reageren") and
        # a wish of the customer, not a promise ("stellen we het op prijs wanneer ...")
        "ik streef ernaar", "streef ernaar", "ik streef", "stellen we het op prijs",
        "stellen wij het op prijs",
        # the passive: "Er wordt naar gestreefd om ... binnen 48 uur"
        "wordt naar gestreefd", "wordt gestreefd", "gestreefd",
        "doelstelling is", "onze doelstelling", "het doel is", "ons doel is",
        "wij proberen", "we proberen", "proberen", "probeert", "probeer", "wij doen ons best",
        # an organisation doing its best; what is customary: "Een termijn van 6 maanden is
        # gangbaar"
        "haar best", "doet haar best", "doet zijn best", "gangbaar", "is gangbaar",
        "we doen ons best", "ons best", "zijn best", "idealiter", "zo veel mogelijk",
        "zoveel mogelijk",
        "in de regel", "meestal", "doorgaans", "normaal gesproken", "normaliter",
        "als regel", "de verwachting is", "het is de verwachting",
        "onder normale omstandigheden", "in normale omstandigheden", "vaak", "veelal",
        "naar verwachting", "als richtlijn", "vermoedelijk", "vermoedelijke", "kan langer duren",
        "kan dit langer zijn",
        "kan het langer zijn", "kan langer zijn", "tenzij het druk is", "of later", "indicatief",
        # a likelihood, not a promise: "is de kans zeer groot dat we hem opnemen"
        "de kans is groot", "de kans is zeer groot", "de kans zeer groot", "de kans groot",
        "grote kans",
        # "Gezien de drukte kan deze termijn langer zijn"
        "kan deze termijn langer zijn", "kan de termijn langer zijn",
        "indicatieve",
        "kan het langer duren",
        "gewoonlijk", "in principe", "in beginsel", "over het algemeen", "in het algemeen",
        "in de meeste gevallen", "in de allermeeste gevallen", "in veel gevallen", "getracht",
        "in meest voorkomende gevallen", "in de meest voorkomende gevallen",
        "zowel korter als langer", "garanderen wij niet", "garanderen we niet",
        # "verwachten wij de auto binnen 8 tot 12 weken af te leveren", "onder voorbehoud"
        # (not "wij verwachten dat 90% ...", a share the team reports on)
        "verwachten wij", "verwachten we", "onder voorbehoud", "wellicht",
        "vrijwel zeker", "bijna zeker", "naar beste weten", "ambitieus doel", "ambitieuze",
        # the state of things, not a promise: "Zoals het er nu naar uitziet openen wij ..."
        "zoals het er nu naar uitziet", "zoals het er nu uitziet", "naar het zich laat aanzien",
        "geen uitzondering", "voornamelijk", "hoofdzakelijk",
        # "Wij zouden u graag binnen twee weken uitnodigen": a wish
        "zouden u graag", "zouden je graag", "zouden graag", "zou graag",
        "normaalgesproken", "normaal gezien", "wij willen", "willen wij", "we willen", "willen we",
        "geschatte", "als het goed is",
        "als alles goed gaat", "vrijwel altijd", "bijna altijd",
        "onze doelstelling is", "wij streven", "we streven", "streven",
        "streeft", "nastreven", "zo goed mogelijk", "trachten", "tracht",
        "wij doen er alles aan", "we doen er alles aan", "doen er alles aan", "doet er alles aan",
        "alles aan doen", "alles in het werk", "stellen alles in het werk", "ons inspannen",
        "inspanning", "inspanningen", "de nodige inspanningen", "alle inspanningen",
        "in de meeste", "de meeste", "in de meeste situaties", "het is ons streven om",
        "het is ons streven", "ons streven is", "het is ons doel om", "ons doel is om",
        "normaal", "hun best", "doen hun best", "wij doen onze uiterste best",
        "soms", "af en toe", "zo nodig", "eventueel", "gebruikelijk", "gebruikelijke",
        # effort, not a result: "zet zich in de levertijd te realiseren"
        "zet zich in", "zetten zich in", "zetten ons in", "zet zich ervoor in",
        "zetten ons ervoor in", "zetten zich ervoor in",
        "richttijd", "richttijden", "streefdatum", "streeftermijn",
        "afhankelijk van de drukte", "afhankelijk van de werkdruk",
        "afhankelijk van de werkvoorraad", "niet-bindend", "niet bindend",
        "naar beste vermogen", "naar best vermogen", "streefdata", "streefdatums",
        "waarschijnlijk", "het is mogelijk dat", "het kan goed zijn dat",
        "in de mate van het mogelijke",
        "zonder verbintenis",
        "slechts als aanwijzing", "ter indicatie", "nagenoeg alle", "vrijwel alle",
        # "De opgegeven termijnen zijn slechts benaderend"
        "benaderend", "slechts benaderend", "geen garanties",
        # a request that binds nobody: "Het is fijn als u ..., maar dit is niet verplicht"
        "niet verplicht", "het is fijn als",
        # "gelden als indicatie en niet als fatale termijn": a delivery time nobody is held to
        "als indicatie", "niet als fatale termijn", "geen fatale termijn",
        "nooit als fatale termijn",
        "bijna alle", "streeftijd", "streeftijden", "streefwaarde", "streefnorm",
        "uitgangspunt is", "het uitgangspunt is", "als uitgangspunt geldt",
        "doen we er alles aan", "doen wij er alles aan",
        "langere wachttijden", "langere doorlooptijd", "langere behandeltijd",
        "langere behandeltermijn", "langere wachttijd", "langere verwerkingstijd",
        "onder omstandigheden", "wij zijn van plan", "zijn wij van plan", "het is onze bedoeling",
        "omstandigheden het toelaten", "omstandigheden dit toelaten", "bezetting het toelaat",
        "drukte het toelaat", "capaciteit het toelaat",
        "de overgrote meerderheid", "het merendeel", "merendeels",
        "of langer", "of nog langer", "nog langer", "ook langer",
        "zelden meer dan", "zelden langer dan",
        "afhankelijk van de beschikbaarheid", "afhankelijk van de capaciteit",
        "afhankelijk van de planning", "afhankelijk van de ruimte in de agenda",
        "kan het voorkomen", "het kan voorkomen", "niet altijd mogelijk", "niet altijd",
        "best effort", "best-effort", "spant zich in", "spannen zich in", "zich inspannen",
        "zelfs langer", "zelfs nog langer",
        "niet garanderen", "niet gegarandeerd", "geen garantie", "zonder garantie",
        "het liefst", "bij voorkeur", "in het beste geval",
        # advice, not a commitment: "het is netjes om direct een bevestiging te sturen"
        "het is netjes om", "het is verstandig om", "het is raadzaam om",
        "hopelijk", "quasi altijd", "quasi steeds", "hopen", "hoopt", "we hopen", "wij hopen",
        "kan je helpen om", "kan u helpen om", "kunnen je helpen om", "kunnen u helpen om",
    ),
}  # fmt: skip

#: Absolutes that read as a target but state no number ("answer every call").
ABSOLUTES: dict[str, tuple[str, ...]] = {
    "en": ("every", "all", "each", "always", "any"),
    "de": ("jede", "jeder", "jedes", "jeden", "alle", "allen", "immer", "stets"),
    "nl": ("elke", "elk", "iedere", "ieder", "alle", "altijd"),
}


#: Approximations before a number make the bound approximate ("about 5 days").
APPROXIMATIONS: dict[str, tuple[str, ...]] = {
    "en": ("about", "around", "approximately", "approx", "approx.", "roughly", "circa", "ca.",
           "some", "more or less", "±", "+/-"),
    "de": ("etwa", "ungefähr", "rund", "circa", "ca.", "ca", "zirka", "in etwa", "gut", "knapp",
           "±", "+/-"),
    "nl": ("ongeveer", "circa", "ca.", "rond", "rondom", "zo'n", "omstreeks", "ruwweg",
           "plusminus", "ca", "±", "+/-"),
}  # fmt: skip


@dataclass(frozen=True)
class TermMatch:
    """One phrase found in a text, with its character span."""

    term: str
    start: int
    end: int


class PhraseMatcher:
    """Find whole-word, case-insensitive occurrences of a set of phrases.

    Where phrases start at the same place, the longest wins ("as soon as possible" over
    "as soon"): see :func:`phrase_tree`.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        unique = sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True)
        self.phrases = tuple(unique)
        if not unique:
            self._pattern = None
            return
        # A phrase ends at a word boundary that is not a contraction: "if we can" is
        # not in "if we can't".
        self._pattern = re.compile(
            rf"(?<![\w-]){phrase_tree(unique)}(?![\w-]|['’]\w)", re.IGNORECASE
        )

    def find(self, text: str) -> list[TermMatch]:
        """Every non-overlapping match in ``text``, left to right."""
        if self._pattern is None:
            return []
        return [TermMatch(m.group(), m.start(), m.end()) for m in self._pattern.finditer(text)]


#: Phrases of more words than this stay out of :func:`phrase_tree`'s tree (a team's
#: term of 2,000 words would nest 2,000 groups, past what Python's parser can read).
TREE_WORDS = 12


def phrase_tree(phrases: Iterable[str]) -> str:
    """A pattern for ``phrases`` (lower case, words apart) with shared words said once.

    A list of 300 phrases as one alternation makes the regex engine try every phrase
    at every word: "as soon as possible|as soon as|as soon|..." tries each from the
    start. As a tree of words ("as", then "soon" or ..., then optionally "as", then
    optionally "possible"), the engine reads each word once: finding the phrases in
    the corpus's 9,404 sentences took a third to a half of the time.

    The result is the same as the alternation ordered longest first. Each optional
    tail is greedy, so a longer phrase is tried before its part. Of a word's next
    words, at most one can match with the phrase ending right after it (the ending's
    look-ahead refuses a letter), unless one is the other plus punctuation
    ("z.s.m" and "z.s.m."): the longer word is tried first. Phrases of more than
    :data:`TREE_WORDS` words come first, as a plain alternation: any phrase of fewer
    words that matches where one of them does is a part of it.
    """
    tree: dict[str, Any] = {}
    long = []
    for phrase in phrases:
        words = phrase.split()
        if len(words) > TREE_WORDS:
            long.append(words)
            continue
        node = tree
        for word in words:
            node = node.setdefault(word, {})
        node[""] = {}  # a phrase ends here

    def longest_first(words: Iterable[str]) -> list[str]:
        return sorted((w for w in words if w), key=lambda w: (-len(w), w))

    def branches(node: dict[str, Any]) -> str:
        return "|".join(re.escape(word) + after(node[word]) for word in longest_first(node))

    def after(node: dict[str, Any]) -> str:
        if not any(node):
            return ""
        tail = rf"\s+(?:{branches(node)})"
        return f"(?:{tail})?" if "" in node else tail

    long.sort(key=lambda words: -len(" ".join(words)))
    flat = [r"\s+".join(map(re.escape, words)) for words in long]
    return "(?:" + "|".join([*flat, branches(tree)] if tree else flat) + ")"


#: A share that says some cases go faster than the bound, not that some miss it:
#: "5 working days - although in practice many complaints will be resolved in less time".
_FASTER_THAN_THE_BOUND = (
    r"(?!(?:\W+[\w'-]+){0,6}?\W+(?:sooner|faster|quicker|earlier|less\s+time|more\s+quickly)"
    r"(?![\w-]))"
)
#: Right after a unit of time, as fixed-width look-behinds: "24 hours or more" is an open
#: end, "orders of 50 pounds or more" is not.
_AFTER_UNIT = {
    lang: "|".join(rf"(?<=\b{unit}\s)" for unit in units.split())
    for lang, units in {
        "en": "seconds minutes mins hours hrs days weeks months years second minute hour day "
        "week month year",
        "de": "Sekunden Minuten Stunden Tage Tagen Werktage Werktagen Arbeitstage Arbeitstagen "
        "Wochen Monate Monaten Jahre Jahren",
        "nl": "seconden minuten uur uren dagen werkdagen weken maanden jaar jaren",
    }.items()
}
#: Hedges that need a shape, not a phrase: "Most complaints are closed within 14 days"
#: (a share without a number), but never "at most" or "the most urgent".
HEDGE_PATTERNS: dict[str, str] = {
    # "as far as operationally possible", "where practically possible"
    # a plan for the work, not a promise: "(we) plan for all work to be completed by ..."
    "en": r"(?<![\w-])(?:we\s+)?plan\s+for\s+(?:[\w-]+\s+){1,4}?to\s+be(?![\w-])|"
    # the earliest, not the latest: 'deliveries can be as soon as "next day"', "as early as
    # 2 hours after" ("as soon as the next day" is a term)
    r"(?<![\w-])as\s+(?:soon|early)\s+as(?=\s+[“\"'‘]?(?:(?:the\s+)?(?:next|same|following)\s+"
    r"(?:working\s+|business\s+)?day|\d+\s*(?:hours?|hrs?|days?|working\s+days?|business\s+days?)"
    r"(?![\w-])(?!\s+(?:before|in\s+advance|prior|ahead))))|"
    r"(?<![\w-])(?:as\s+far\s+as|where|if|when)\s+[a-z]+ally\s+(?:possible|feasible)"
    r"(?![\w-])|"
    # "the normal target time", "our normal turnaround": the usual case, not a bound
    r"(?<![\w-])(?:(?:we|i)\s+)?(?:can't|cannot|can\s+not|do\s+not|don't|"
    r"are\s+unable\s+to)\s+"
    r"(?:promise|guarantee|ensure)(?![\w-])|"  # "We can't promise to respond to all comments"
    r"(?<![\w-])normal\s+(?:[\w-]+\s+){0,2}?(?:time|times|timescale|timescales|turnaround|"
    # not when a share says how often it holds: "normal production time (for 95% of orders)"
    r"target|targets)(?![\w-])"
    r"(?!(?:\s+(?:[\w-]+\s+)?times?)?\s*\(?\s*(?:for|in)\s+\d+(?:[.,]\d+)?\s*(?:%|per\s*cent))|"
    # a share without a number as the subject: "Many GPs offer ... within 48 hours"
    r"^\s*(?:many|several|some)(?=\s+(?:of\s+)?[^\W\d_])|"
    r"(?<!at\s)(?<!the\s)(?<![\w-])most\s+(?:of\s+(?:the\s+|our\s+)?)?(?:\w+\s+){0,2}?"
    rf"\w+s(?![\w-]){_FASTER_THAN_THE_BOUND}|"
    # "Typical resolution time is 5-7 days", not "in a typical hour" or "a typical greeting"
    r"(?<![\w-])typical(?:ly)?\s+(?:[\w-]+\s+){0,2}?(?:time|times|turnaround|response|"
    r"resolution|wait|waiting|processing|delivery|lead)(?![\w-])|"
    r"(?<![\w-])as\s+(?:many|much)\s+(?:[\w-]+\s+){0,3}?as\s+(?:possible|we\s+can)(?![\w-])|"
    # "may exceed" admits misses; "may not exceed" forbids them, a cap
    r"(?<![\w-])(?:may|can|might|could)\s+(?!(?:not|never)\s+exceed)(?:\w+\s+){0,3}?"
    r"exceed(?![\w-])|"
    r"(?<![\w-])estimated\s+(?:\w+\s+){0,2}?(?:response|delivery|time|date|completion|arrival|"
    r"resolution|wait|turnaround)(?![\w-])|(?<![\w-])our\s+(?:goal|aim)\s+for(?![\w-])|"
    # "Our target for assessing an application is 10 working days"; not with a share ("Our
    # target is to answer 80% of calls ..."), a target the team reports on
    r"(?<![\w-])our\s+targets?(?:\s+(?:for|in)(?:\s+[\w-]+){1,6}?)?\s+(?:is|are)(?=\s+(?:to|within|"
    r"under|below|less|no|not|at|about|around|\d))(?![^.]*\d\s*(?:%|per\s*cent|percent))|"
    # "subject to verification and availability", "subject to staff capacity"
    r"(?<![\w-])subject\s+to\s+(?:[\w-]+\s+){0,3}?(?:availability|capacity)(?![\w-])|"
    # "the target response time is 1 to 8 business hours": a time aimed at, not promised
    r"(?<![\w-])(?:our|the)\s+target\s+(?:[\w-]+\s+){0,2}?times?\s+(?:is|are|of)(?=\s+(?:within|"
    r"under|below|less|no|not|at|about|around|\d|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|twelve|twenty|thirty|forty|fifty|sixty))(?![^.]*\d\s*(?:%|per\s*cent|percent))|"
    r"(?<![\w-])(?:may|can|could)\s+be\s+(?:shortened|reduced|expedited)(?![\w-])|"
    # "It's our target to have bus stops assigned within five working days"; not with a
    # share, a target the team reports on
    r"(?<![\w-])it(?:'s|’s|\s+is)\s+our\s+(?:target|objective|ambition)\s+to(?![\w-])"
    r"(?![^.]*\d\s*(?:%|per\s*cent|percent))|"
    # a ceiling on the share, not a floor: "serving up to 90% of customers"
    r"(?<![\w-])up\s+to(?=\s+\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent))|"
    # the bound admitted to be missed: "it may take a little longer", "can take slightly longer"
    r"(?<![\w-])(?:may|can|might|could)\s+(?:\w+\s+){0,2}?take\s+(?:a\s+(?:little|bit)\s+|"
    r"slightly\s+|somewhat\s+|a\s+few\s+\w+\s+)longer(?![\w-])|"
    # an open end: "24 hours or more", not "orders of 50 pounds or more"
    rf"(?:{_AFTER_UNIT['en']})or\s+more(?![\w-])|"
    # a bound that may be met: "complaints may be responded to within 15 working days"
    r"(?<![\w-])(?:may|might)\s+be\s+[^\W\d_]+(?:ed|en|t)(?:\s+(?:to|with|on))?(?=\s+within\s)|"
    # a possibility, not a promise: "you could receive it within 2 days", "it might arrive
    # tomorrow"; not "could take up to three working days" (a cap)
    r"(?<![\w-])(?:could|might)\s+(?:already\s+|even\s+)?(?:receive|arrive|get|be\s+"
    r"(?:delivered|shipped|dispatched|sent|ready|collected))(?![\w-])|"
    # "we'll work to resolve": an effort; not "we work to a 5-day standard"
    r"(?<![\w-])(?:work|works|working)\s+(?:hard\s+)?to(?=\s+(?!a\b|an\b|the\b|our\b|these\b|this\b|that\b|"
    r"those\b|your\b)[^\W\d_]+)",
    "de": r"^\s*(?:viele|manche|etliche|einige)(?=\s+[^\W\d_])|"
    # "abzielen" split, with a word between: "Diese Städte zielen zudem darauf ab, ..."
    r"(?<![\w-])(?:zielen|zielt|ziele)\s+(?:(?:zudem|auch|daher|dabei|ebenfalls|insbesondere|"
    r"vor\s+allem|nun|außerdem)\s+)?darauf\s+ab(?![\w-])|"
    # times given without commitment: "Lieferfristen sind unverbindliche Angaben"; not "ein
    # unverbindliches Angebot", which binds the customer to nothing
    r"(?<![\w-])unverbindlich(?:e|en|er|es)\s+(?:[\w-]*(?:[Aa]ngabe|[Aa]ngaben|[Zz]eit|[Zz]eiten|"
    r"[Ff]rist|[Ff]risten|[Tt]ermin|[Tt]ermine|[Dd]atum|[Rr]ichtwert|[Rr]ichtwerte|[Ss]chätzung|"
    r"[Pp]rognose))(?![\w-])|"
    # the earliest, not the latest: "ist die Lieferung bereits am nächsten Tag möglich"
    r"(?<![\w-])(?:bereits|schon)\s+(?:am\s+(?:nächsten|folgenden|selben|gleichen)\s+"
    r"(?:Werk|Arbeits|Geschäfts)?[Tt]ag|(?:nach|in|innerhalb\s+von|binnen)\s+\d+\s+(?:Stunden|"
    r"(?:Werk|Arbeits)?[Tt]agen?)|morgen|übermorgen|heute)\s+möglich(?![\w-])|"
    # "werden regulär innerhalb von 1 bis 2 Tagen zugestellt": as a rule; not "die reguläre
    # Frist", a name
    r"(?<![\w-])regulär(?=\s+(?:innerhalb|binnen|innert|in|nach|am|bis|spätestens)\b)|"
    # what the office can spare: "im Rahmen ihrer organisatorischen und personellen
    # Möglichkeiten", "nach Maßgabe der verfügbaren Kapazitäten"
    r"(?<![\w-])(?:im\s+Rahmen|nach\s+Maßgabe)\s+(?:der|ihrer|unserer|seiner|deren)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:Möglichkeiten|Kapazitäten|Ressourcen)(?![\w-])|"
    # the day's capacity deciding, "es" first: "wenn es die Ressourcen erlauben"
    r"(?<![\w-])(?:wenn|sofern|soweit|falls)\s+es\s+(?:die|unsere|der|das)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:Ressourcen|Kapazitäten|Umstände|Zeit|Auslastung|Personalsituation|Lage|Kapazität)\s+"
    r"(?:erlauben|erlaubt|zulassen|zulässt)(?![\w-])|"
    # "stellt Ersatz nach den vorhandenen Möglichkeiten", "nach unseren Kapazitäten"
    r"(?<![\w-])nach\s+(?:den|unseren|seinen|ihren|deren)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:Möglichkeiten|Kapazitäten|Ressourcen)(?![\w-])|"
    # a guarantee refused: "Wir können keine Antwort innerhalb von 24 Stunden garantieren"
    r"(?<![\w-])(?:können|kann)\s+(?:[\w-]+\s+){0,8}?(?:nicht|keine[nmrs]?)\s+(?:[\w-]+\s+){0,8}?"
    r"(?:garantieren|zusichern|versprechen|gewährleisten|sicherstellen)(?![\w-])|"
    r"(?<![\w-])(?:streben|strebt)\s+(?:[\w-]+\s+){1,8}?an(?![\w-])|"
    # an assumption, not a promise: "Bei Einzeldokumenten gehen wir von 5-6 Werktagen aus"
    r"(?<![\w-])(?:gehen\s+wir|wir\s+gehen|geht\s+man|man\s+geht)\s+(?:[\w-]+\s+){0,3}?von\s+"
    r"(?:[\w-]+\s+){1,8}?aus(?![\w-])|"
    # "sofern dies denn möglich ist", "soweit das möglich ist"
    r"(?<![\w-])(?:sofern|soweit|wenn|falls)\s+(?:(?:dies|das|es|denn)\s+){1,3}möglich"
    r"(?:\s+ist)?(?![\w-])|"
    # "Soweit organisatorisch möglich", "soweit zeitlich möglich": possible or not
    r"(?<![\w-])(?:sofern|soweit|wenn|falls)\s+[a-zäöüß]+(?:isch|lich|ell)\s+möglich(?![\w-])|"
    r"(?<![\w-])(?:das|unser|ein)\s+(?:[\w-]+\s+)?Ziel(?![\w-])|"
    # (not an average the customer can count on: "müssen durchschnittlich mit 2 Wochen
    # Wartezeit rechnen")
    r"(?<![\w-])(?<!durchschnittlich\s)(?<!im\sSchnitt\s)mit\s+(?:[\w-]+\s+){0,10}?(?:zu\s+)?"
    r"rechnen(?![\w-])|"
    # "die normale Bearbeitungszeit", not "beim normalen Termin"
    r"(?<![\w-])normale[nr]?\s+\w*(?:zeit|zeiten|dauer|frist|fristen|umständen|bedingungen)"
    r"(?![\w-])|(?<=\w\s)sollten?(?![\w-])|"
    r"(?<![\w-])(?:zu\s+erwartenden?|erwarteten?|voraussichtlichen?)\s+(?:\w+\s+){1,4}?(?:ist|sind|beträgt|"
    r"betragen)(?![\w-])|"
    r"(?<![\w-])kann\s+(?:[\w-]+\s+){0,12}?überschreiten(?![\w-])|"
    rf"(?:{_AFTER_UNIT['de']})oder\s+mehr(?![\w-])|"
    r"(?<![\w-])bis\s+zu(?=\s+\d+(?:[.,]\d+)?\s*(?:%|Prozent))|"
    # an effort with words between: "setzen selbstverständlich alles daran"
    r"(?<![\w-])(?:setzen|setze|setzt)\s+(?:[\w-]+\s+){1,3}?alles\s+daran(?![\w-])|"
    # the bound admitted to be missed: "manchmal kann es etwas länger dauern"
    r"(?<![\w-])(?:kann|könnte|können|mag)\s+(?:[\w-]+\s+){0,3}?(?:etwas|ein\s+wenig|ein\s+"
    r"bisschen|ein\s+paar\s+\w+|einige\s+\w+)\s+länger\s+dauern(?![\w-])|"
    # a possibility, not a promise: "könnten Sie bereits am übernächsten Tag erhalten";
    # not "Falls wir Sie nicht erreichen könnten" (a condition)
    r"(?<![\w-])könnten?\s+(?:[\w-]+\s+){0,8}?(?:erhalten|bekommen|ankommen|eintreffen|"
    r"geliefert|zugestellt|versandt|versendet|abholen)(?![\w-])|"
    # a shorter bound that is only possible: "kann die Frist auf zwei Tage verkürzt werden"
    r"(?<![\w-])kann\s+(?:[\w-]+\s+){0,8}?(?:verkürzt|reduziert|beschleunigt)\s+werden(?![\w-])",
    "nl": r"^\s*(?:veel|sommige|enkele)(?=\s+[^\W\d_])|"
    # the earliest, not the latest: "is levering al de volgende dag mogelijk"
    r"(?<![\w-])(?:al|reeds)\s+(?:de\s+(?:volgende|eerstvolgende)\s+(?:werk)?dag|dezelfde\s+dag|"
    r"morgen|overmorgen|vandaag|(?:binnen|na)\s+\d+\s+(?:uur|(?:werk)?dagen?))\s+mogelijk(?![\w-])|"
    # the day's capacity deciding: "indien de planning het toelaat", "als de tijd het toelaat"
    r"(?<![\w-])(?:als|indien|wanneer|voor\s+zover)\s+(?:de|het|onze|uw)\s+(?:planning|capaciteit|"
    r"drukte|bezetting|tijd|agenda|middelen|omstandigheden)\s+(?:het|dit)\s+(?:toelaat|toelaten)"
    r"(?![\w-])|"
    # "voor zover organisatorisch mogelijk"; an attempt: "wordt eerst geprobeerd"
    r"(?<![\w-])(?:voor\s+zover|indien|als|waar)\s+[a-z]+(?:isch|lijk)\s+mogelijk(?![\w-])|"
    r"(?<![\w-])(?:wordt|worden|werd)\s+(?:[\w-]+\s+){0,3}?geprobeerd(?![\w-])|"
    # "We verwachten vanaf 5 februari weer open te gaan"; not "we verwachten dat 90% ...",
    # a share the team reports on
    r"(?<![\w-])(?:we|wij)\s+verwachten(?!\s+dat\s+\d)(?![\w-])|"
    # "als dit voor ons mogelijk is", "indien dat mogelijk is" ("als het mogelijk is" is a term)
    r"(?<![\w-])(?:als|indien|wanneer|voor\s+zover)\s+(?:(?:dit|dat)(?:\s+voor\s+[^\W\d_]+)?|"
    r"het\s+voor\s+[^\W\d_]+)\s+mogelijk\s+is(?![\w-])|"
    # a guarantee refused: "Wij kunnen niet garanderen dat u binnen 24 uur antwoord krijgt"
    r"(?<![\w-])(?:kunnen|kan)\s+(?:[\w-]+\s+){0,8}?(?:niet|geen)\s+(?:[\w-]+\s+){0,8}?"
    r"(?:garanderen|beloven|toezeggen|waarborgen)(?![\w-])|"
    r"(?<![\w-])(?:de\s+)?meeste\s+\w+(?![\w-])|"
    # "de normale levertijd", not "de normale post"
    r"(?<![\w-])normale\s+\w*(?:tijd|tijden|duur|termijn|termijnen|omstandigheden)(?![\w-])|"
    r"(?<![\w-])(?:te\s+verwachten|verwachte)\s+(?:\w+\s+){1,4}?(?:is|zijn|bedraagt|bedragen)(?![\w-])|"
    r"(?<![\w-])kan\s+(?:[\w-]+\s+){0,12}?overschrijden(?![\w-])|"
    rf"(?:{_AFTER_UNIT['nl']})of\s+meer(?![\w-])|"
    r"(?<![\w\d-])(?<!\d\s)tot(?:\s+wel)?(?=\s+\d+(?:[.,]\d+)?\s*(?:%|procent))|"
    r"(?<![\w-])spannen\s+(?:ons|zich|wij\s+ons|we\s+ons)\s+(?:[\w-]+\s+){0,2}?in(?![\w-])|"
    # the bound admitted to be missed: "soms kan het iets langer duren"
    r"(?<![\w-])(?:kan|kunnen|zou|mag)\s+(?:[\w-]+\s+){0,3}?(?:iets|wat|een\s+beetje|een\s+"
    r"paar\s+\w+|enkele\s+\w+)\s+langer\s+duren(?![\w-])|"
    r"(?<![\w-])kan\s+(?:[\w-]+\s+){0,8}?(?:(?:verkort|ingekort|versneld)\s+worden|"
    r"worden\s+(?:verkort|ingekort|versneld))(?![\w-])|"
    # a possibility, not a promise: "u zou de bestelling morgen kunnen ontvangen"
    r"(?<![\w-])(?:zou|zouden)\s+(?:[\w-]+\s+){0,8}?kunnen\s+(?:ontvangen|krijgen|"
    r"ophalen|afhalen|worden\s+(?:geleverd|bezorgd|verzonden))(?![\w-])|"
    # "mogelijk" as "possibly": "kunt u mogelijk nog op dezelfde dag terecht"
    r"(?<![\w-])mogelijk(?=\s+(?:nog|al|ook|pas)(?![\w-]))",
}
_HEDGE_SHAPES = {
    lang: re.compile(pattern, re.IGNORECASE) for lang, pattern in HEDGE_PATTERNS.items()
}


def hedges_in(text: str, lang: str) -> list[TermMatch]:
    """Hedge phrases and shapes in ``text``, left to right, shapes giving way to phrases."""
    phrases = matcher("hedge", lang).find(text)
    shape = _HEDGE_SHAPES.get(lang)
    shapes = (
        [TermMatch(m.group(), m.start(), m.end()) for m in shape.finditer(text)] if shape else []
    )
    # a shape that holds a phrase whole names the whole hedge ("Soweit es die Umstände
    # zulassen" over "Umstände zulassen"); otherwise the phrase wins
    whole = [s for s in shapes if any(s.start <= p.start and p.end <= s.end for p in phrases)]
    phrases = [p for p in phrases if not any(s.start <= p.start and p.end <= s.end for s in whole)]
    kept = [s for s in shapes if not any(s.start < p.end and p.start < s.end for p in phrases)]
    found = sorted(phrases + kept, key=lambda t: t.start)
    return [
        t for t in found
        # "of the expected time" is what staff tell about; "of trying to" is still an effort
        if not (
            _TOLD_ABOUT.search(text, max(0, t.start - 24), t.start)
            and not _EFFORT.match(t.term)
            # "een afhandeltermijn van in principe 6 weken": the hedge is on the bound after it
            and not _number_next(text, t.end, lang)
        )
        and not _TOLD_WHEN.search(text, max(0, t.start - 200), t.start)
        # "Den voraussichtlichen Prüfungstermin teilen wir ... mit": the estimate is a date
        # staff give, the object of the promise, not a hedge on its bound
        # (not said of the bound: "De leveringsdatum is een vermoedelijke datum")
        and not (
            _ESTIMATE.fullmatch(t.term)
            and _DATE_GIVEN.match(text, t.end)
            and _GIVEN.search(text) is not None
            and not _COPULA_BEFORE.search(text, max(0, t.start - 100), t.start)
        )
        # "stays of 3 days or more": the open end names which cases, not the bound
        and not (_OR_MORE.fullmatch(t.term) and _LENGTH_OF.search(text, 0, t.start))
        # "25% langer dan normaal": the usual case compared with, not the bound hedged
        and not (
            t.term.lower() in _USUAL and _COMPARED.search(text, max(0, t.start - 40), t.start)
        )
        # "we will still be expected to reach the targets": a duty put on the team, not
        # an estimate ("the repair is expected to take 5 days")
        and not (
            t.term.lower() == "expected to"
            and _DUTY_ON.search(text, max(0, t.start - 40), t.start)
        )
        # "the consumer is expected to receive feedback within two hours": what the
        # customer gets, said as "you can expect a reply within 5 days", not an estimate
        and not (
            t.term.lower() == "expected to"
            and _CUSTOMER_IS.search(text, max(0, t.start - 40), t.start)
            and _GETS.match(text, t.end)
        )
        and not _ends_a_clause(text, t)
        and not in_another_sense(text, t)
        # "een kwartier eerder of later dan de afgesproken tijd": a window around the time
        # agreed, both ways a bound
        and not (
            t.term.lower() in _OR_LATER
            and _EARLIER_BEFORE.search(text, max(0, t.start - 12), t.start)
            and _WINDOW_SIZE.search(text, max(0, t.start - 40), t.start)
            and _THAN_AGREED.match(text, t.end)
        )
        # "kostenlos und unverbindlich reserviert", "für den Kunden unverbindlich": the
        # customer is bound to nothing; the promise is not released
        and not (
            _NO_OBLIGATION.fullmatch(t.term)
            and (
                _FOR_THE_CUSTOMER.search(text, max(0, t.start - 40), t.start)
                or (
                    _FREE_AND.search(text, max(0, t.start - 30), t.start)
                    and _AN_OFFER.match(text, t.end)
                )
            )
        )
        # "Endeavour Energy has an obligation to ...": a name, not an intention
        and not (lang == "en" and t.term.lower() in _NAME_WORDS and _NAMED.match(text, t.start))
        # "within 5-10 working days but may take longer to arrive in your bank": the bank's
        # part after the bound, not the bound
        and not (_LONGER_ELSEWHERE.match(text, t.end) and t.term.lower().endswith("longer"))
        # "delivery will be attempted 2 times over 5 days": the attempts are what is
        # promised, counted; "we attempt to reply within 5 days" stays an intention
        and not (_ATTEMPT.fullmatch(t.term) and _COUNTED.match(text, t.end))
        # "a longer processing time of 10 days": the longer time is said, as a bound
        and not (
            _LONGER_TIME.search(t.term)
            and (length := _ITS_LENGTH.match(text, t.end)) is not None
            and _number_next(text, length.end(), lang)
        )
    ]  # fmt: skip


#: "Or later" after "earlier", and the agreed time it is said against.
_OR_LATER = frozenset({"or later", "of later", "oder später"})
_EARLIER_BEFORE = re.compile(r"(?:earlier|eerder|früher)\s+$", re.IGNORECASE)
#: The window's size before "earlier": "15 minutes", "een kwartier", "eine Viertelstunde".
_WINDOW_SIZE = re.compile(
    r"\d|kwartier|viertelstunde|quarter|half|halbe|halve|(?<![\w-])(?:one|two|five|ten|fifteen|"
    r"thirty|eine[nr]?|zwei|fünf|zehn|fünfzehn|dreißig|een|twee|vijf|tien|vijftien|dertig)(?![\w-])",
    re.IGNORECASE,
)
_THAN_AGREED = re.compile(
    r"\s+(?:(?:zijn|sein|be)\s+)?(?:than|dan|als)\s+(?:(?:the|de|het|die|der|das|zur|zum)\s+)?"
    r"(?:agreed|arranged|booked|scheduled|afgesproken|overeengekomen|geplande|vereinbart\w*|"
    r"gebucht\w*|geplant\w*)(?![\w-])",
    re.IGNORECASE,
)
#: Hedges that say something binds no one, and what makes them the customer's freedom.
_NO_OBLIGATION = re.compile(
    r"unverbindlich\w*|vrijblijvend\w*|non-binding|not\s+binding|niet[-\s]bindend", re.IGNORECASE
)
_FOR_THE_CUSTOMER = re.compile(
    r"(?:für|for|voor)\s+(?:(?:den|die|the|de)\s+)?(?:Kunden|Kundin|Kundinnen|Mieter|Mieterin|"
    r"Auftraggeber|Sie|dich|customers?|clients?|you|klant|klanten|huurder|opdrachtgever|u|jou)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: "Kostenlos und unverbindlich" before what is offered: reserved, advised, quoted.
_FREE_AND = re.compile(
    r"(?:kostenlos|kostenfrei|gratis|free|kosteloos)\w*\s*(?:,|und|and|en)\s*$", re.IGNORECASE
)
_AN_OFFER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:reserviert|reservieren|vorgemerkt|beraten|angeboten|zugeschickt|"
    r"zugesandt|Angebot|Beratung|Besichtigung|Kostenvoranschlag|Probe\w*|Termin|gereserveerd|"
    r"reserveren|offerte|advies|adviesgesprek|proefles|reserved|quote|quotation|consultation|"
    r"trial)(?![\w-])",
    re.IGNORECASE,
)


def _ends_a_clause(text: str, term: TermMatch) -> bool:
    """German "sollte" after a verb and before a comma: the verb at the end of a
    subordinate clause, a condition ("Falls sich ... eine schwerwiegende, möglicherweise
    lebensbedrohliche Erkrankung ergeben sollte, werden ..."), whose comma inside it the
    condition reader takes for its end. After a noun or a pronoun ("Der Bescheid sollte,
    sofern ..., ergehen") it is the main clause's verb, and a hedge."""
    if term.term.lower() not in ("sollte", "sollten") or not _COMMA_NEXT.match(text, term.end):
        return False
    before = _WORD_BEFORE.search(text, max(0, term.start - 40), term.start)
    return before is not None and before.group(1) not in _PRONOUNS


#: A capitalised word right before another one: a name ("Endeavour Energy", "Aim Higher
#: Trust"), for the hedges that are also nouns; "Usually Customer Services reply" keeps
#: its adverb.
_NAMED = re.compile(r"[A-Z][a-z]+ [A-Z][\w-]*")
_NAME_WORDS = frozenset({"endeavour", "endeavor", "aim", "strive", "attempt", "aspire"})
#: The money's way through the banks after the refund is sent: "may take longer to arrive
#: in your account", "to appear on your statement".
_LONGER_ELSEWHERE = re.compile(
    r"\s+(?:for\s+(?:it|the\s+\w+|your\s+\w+)\s+)?to\s+(?:arrive|appear|show|reach|clear|"
    r"reflect|be\s+(?:credited|received|reflected|shown|visible))(?![\w-])",
    re.IGNORECASE,
)
#: Words for an attempt, and a count of attempts soon after them: "attempted 2 times",
#: "attempt to return a user's call at least one time per day", "versucht zweimal",
#: "probeert 3 keer".
_ATTEMPT = re.compile(
    r"(?:(?:we\s+(?:will\s+)?)?attempt(?:s|ed)?(?:\s+to)?|(?:wir\s+)?versuch(?:en|t)|"
    r"(?:w[ei]j?\s+)?probe(?:ren|ert|er))",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    r"(?:\s+[\w'’]+){0,6}?\s+(?:at\s+least\s+|mindestens\s+|minstens\s+|minimaal\s+)?"
    + COUNT_OF_TIMES
    + r"(?![\w-])",
    re.IGNORECASE,
)
_COMMA_NEXT = re.compile(r"\s*,")
#: A lower-case word right before: a verb, as German nouns are written capitalised.
_WORD_BEFORE = re.compile(r"(?<![\w-])([a-zäöüß][\w-]*)\s+$")
_PRONOUNS = {"wir", "sie", "er", "es", "ihr", "man", "ich", "du"}


#: The customer, before "expected to": "the consumer is", "you can be", "applicants are".
_CUSTOMER_IS = re.compile(
    r"\b(?:you|(?:the\s+)?(?:customer|consumer|caller|applicant|client|complainant|tenant|"
    r"resident|patient|member)s?)\s+(?:is|are|will\s+be|can\s+be)\s+$",
    re.IGNORECASE,
)
#: What the customer gets, after "expected to": "receive feedback", "hear from us".
_GETS = re.compile(
    r"\s+(?:receive|get|hear|be\s+(?:contacted|called|told|informed|notified|sent|given|"
    r"offered))(?![\w-])",
    re.IGNORECASE,
)
#: Who a duty is put on, before "expected to": "we are expected to", "staff will be".
_DUTY_ON = re.compile(
    r"\b(?:we|you|i|staff|they|our\s+\w+)\s+(?:will\s+|shall\s+)?(?:still\s+|also\s+)?"
    r"(?:are|am|be)\s+(?:still\s+|also\s+)?$",
    re.IGNORECASE,
)

#: Words for the usual case, and what compares with it: "langer dan normaal", "longer
#: than usual", "länger als normal".
#: A longer time named as a hedge ("a longer processing time"), and its length said right
#: after it ("of 10 days", "von bis zu 6 Wochen", "van maximaal 4 weken"): then a bound.
_LONGER_TIME = re.compile(r"^(?:longer|länger|langer)e?n?\s", re.IGNORECASE)
_ITS_LENGTH = re.compile(
    r"\s+(?:of|von|van)(?:\s+(?:up\s+to|bis\s+zu|maximal|maximaal|max\.?|höchstens|"
    r"hoogstens|ten\s+hoogste|tot|at\s+most))?(?=\s)",
    re.IGNORECASE,
)
_USUAL = {"normaal", "normal", "usual", "gebruikelijk", "üblich"}
_COMPARED = re.compile(r"(?:\b\w+er\s+(?:than|dan|als)|\b(?:than|dan))\s+$", re.IGNORECASE)


#: "informieren, ... wann die Störung voraussichtlich behoben sein wird": the estimate is
#: what staff tell, in an indirect question after a verb of telling; it hedges nothing.
_TOLD_WHEN = re.compile(
    r"\b(?:inform|informs|tell|tells|let\s+you\s+know|notify|informieren|informiert|mitteilen|"
    r"mitgeteilt|benachrichtigen|informeren|informeert|laten\s+weten|meedelen)\b[^.;]{0,160}?"
    r"\b(?:when|how\s+long|wann|wie\s+lange|wanneer|hoe\s+lang)\b[^,.;]*$",
    re.IGNORECASE,
)
#: "we tell you about the expected date": an estimate that is told, not hedged.
#: An effort named by its gerund: "our promise of trying to", "the aim of endeavouring to".
#: An open end by amount ("or more"); judgement's ``_OPEN_END`` is the one by time ("or longer").
_OR_MORE = re.compile(r"(?:or|oder|of)\s+(?:more|mehr|meer)", re.IGNORECASE)
#: A length that describes a noun, before its open end: "stays of 3 days", "für 5 Tage".
_LENGTH_OF = re.compile(
    r"\b(?:of|for|over|lasting|von|für|über|van|voor|gedurende)\s+[\w,.-]+\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_EFFORT = re.compile(r"(?:trying|aiming|attempting|endeavou?ring|striving|seeking)\b", re.I)
#: An estimate said as an adjective, and the date or time it names when that is what is
#: given ("the estimated delivery date", "den voraussichtlichen Liefertermin", "de
#: vermoedelijke datum"); not when the estimate is the bound ("Der voraussichtliche Termin
#: ist in 5 Tagen", "the estimated delivery date is 3 days").
_ESTIMATE = re.compile(
    r"voraussichtliche[nrms]?|estimated(?:\s+delivery|\s+time)?|vermoedelijke|verwachte",
    re.IGNORECASE,
)
_DATE_GIVEN = re.compile(
    r"\s+(?:[^\W\d_]*(?:termin|datum|zeitpunkt|tijdstip)e?s?|(?:[\w-]+\s+)?date|(?:time\s+)?of\s+"
    r"(?:arrival|delivery|completion))(?![\w-])"
    # not a label ("Estimated delivery date: 3 days"), one with its bound ("an estimated
    # delivery date of 3 days") or one said to be the bound ("... shown at checkout is 3 days")
    r"(?!\s*:)(?!\s+(?:of|von|van)\s)"
    r"(?![^.;]{0,60}?(?<![\w-])(?:ist|sind|beträgt|liegt|is|are|will\s+be|zijn|bedraagt|ligt|"
    r"kann|can|may|kan)(?![\w-]))",
    re.IGNORECASE,
)
#: A verb of giving or telling, whose object the estimated date is.
_GIVEN = re.compile(
    r"(?<![\w-])(?:tell|tells|send|sends|give|gives|confirm|confirms|notify|notifies|inform|"
    r"informs|let\s+you\s+know|teilen|teilt|mitteilen|mitgeteilt|nennen|nennt|senden|sendet|"
    r"schicken|schickt|bestätigen|bestätigt|informieren|informiert|laten\s+weten|laat\s+weten|"
    r"meedelen|delen|sturen|stuurt|geven|geeft|bevestigen|bevestigt|informeren|informeert)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_COPULA_BEFORE = re.compile(
    r"(?<![\w-])(?:is|ist|sind|are|was|zijn|wordt|bleibt|blijft)\s+(?:[^.;:]{0,80}?\s)?"
    r"(?:(?:a|an|een|ein|eine|einen|the|de|het|der|die|das)\s+)?$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+([^\W_][\w.,]*)")


def _number_next(text: str, position: int, lang: str) -> bool:
    """Whether the word after ``position`` is a number, in digits or words ("6", "sechs"):
    a hedge or a longer time right before it names that bound."""
    word = _NEXT_WORD.match(text, position)
    if word is None:
        return False
    found = word.group(1)
    return found[0].isdecimal() or word_to_number(found.lower(), lang) is not None


#: "of the date and approximate time": a second thing told about, after the first
_TOLD_ABOUT = re.compile(
    r"\b(?:about|of|over|über|van)\s+(?:the|de|het|die|den|das)?\s*(?:[\w-]+\s+(?:and|und|en)\s+)?$",
    re.I,
)


@cache
def _matcher(kind: str, lang: str, extra: tuple[str, ...]) -> PhraseMatcher:
    table = {"vague": VAGUE, "hedge": HEDGES, "absolute": ABSOLUTES}[kind]
    terms = (*table.get(lang, ()), *extra)
    if lang == "de":  # as keyboards without umlauts and Swiss spelling write them
        terms += tuple(sorted({_transliterated(t) for t in terms} - set(terms)))
    return PhraseMatcher(terms)


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe",
                          "Ü": "Ue"})  # fmt: skip


def _transliterated(term: str) -> str:
    """ "wir bemühen uns" -> "wir bemuehen uns", "regelmäßig" -> "regelmaessig"."""
    return term.translate(_UMLAUTS)


@cache
def _approximation_pattern(lang: str) -> re.Pattern[str]:
    words = sorted(APPROXIMATIONS.get(lang, ()), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    # "ca. 20", and "ca.20" with no space after the abbreviation's full stop
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?=\s+(?:\d|\w)|(?<=\.)\d)", re.IGNORECASE)


def approximations(text: str, lang: str, number_starts: Iterable[int]) -> list[TermMatch]:
    """Approximation words right before a number of a bound ("about 5 working days").

    Args:
        number_starts: where the bounds' numbers start; "about your letter" is not an
            approximation, "about 5 days" is.
    """
    starts = set(number_starts)
    found = []
    for match in _approximation_pattern(lang).finditer(text):
        if match.group() in _PLUS_MINUS and _TOLERANCE.match(text, match.end()):
            continue  # a tolerance around a set time is a bound both ways, not an estimate
        after = _PREPOSITION.match(text, match.end())  # "etwa nach ein bis zwei Tagen"
        article = _ARTICLE.match(text, after.end()) if after is not None else None
        # a range's lower end before the bound: "approximately between four and two weeks"
        lower = _LOWER_END.match(text, after.end()) if after is not None else None
        interval = (
            None
            if match.group().lower() in _ALSO_A_PREPOSITION
            else _INTERVAL.match(text, match.end())
        )
        # a bound that starts with its preposition: "Ca. am 23. des Monats"
        spaced = len(text) - len(text[match.end() :].lstrip())
        if (
            spaced in starts
            or (
                after is not None
                and (
                    after.end() in starts
                    or (article and article.end() in starts)
                    or (lower and lower.end() in starts)
                )
            )
            or (interval is not None and interval.end() in starts)
        ):
            found.append(TermMatch(match.group(), match.start(), match.end()))
    return found


_LOWER_END = re.compile(r"[\w.,]+\s*(?:and|to|und|bis|en|tot|-|–)\s*", re.IGNORECASE)
_PLUS_MINUS = frozenset({"±", "+/-"})
#: What makes "±" a tolerance: the time it is around, agreed or booked ("+/- 30 Minuten
#: zum vereinbarten Zeitpunkt", "within ±15 minutes of the agreed time", "15 minuten voor
#: of na het afgesproken tijdstip" is a window of its own).
_TOLERANCE = re.compile(
    r"\s*\d+(?:[.,]\d+)?\s*[^\W\d_]+\.?\s+(?:of|from|around|zum|zur|vom|von|um|ab|van|rond|"
    r"rondom|op|t\.o\.v\.|ten\s+opzichte\s+van)\s+(?:(?:the|your|our|a|an|de|het|uw|dem|den|der|"
    r"die|das|ihrem|ihrer|ihren|unserem|unserer)\s+)?(?:agreed|scheduled|booked|appointed|arranged|"
    r"confirmed|planned|timetabled|vereinbart\w*|gebucht\w*|geplant\w*|bestätigt\w*|"
    r"angegeben\w*|angekündigt\w*|afgesproken\w*|geplande|overeengekomen\w*|gereserveerde|"
    r"opgegeven|bevestigde|aangegeven)(?![\w-])",
    re.IGNORECASE,
)


_PREPOSITION = re.compile(
    r"\s*(?:(?:after|within|in|nach|innerhalb\s+von|innerhalb|binnen|na|in\s+ongeveer|between|"
    r"from|at|zwischen|von|um|gegen|tussen|van|om|rond|on|am|op)\s+)?",
    re.IGNORECASE,
)
#: A schedule's interval after the approximation: "approximately every four to six weeks",
#: "etwa alle 3 Monate"; not after a word that is also a preposition of topic ("report
#: about every outage within 1 hour").
_INTERVAL = re.compile(r"\s*(?:every|each|alle|elke|iedere)\s+", re.IGNORECASE)
_ALSO_A_PREPOSITION = frozenset({"about", "around", "some", "rund", "gut", "rond", "rondom"})
#: An article before the bound: "around the last working day", "rondom de laatste werkdag".
_ARTICLE = re.compile(r"(?:the|de|het|dem|den|der)\s+", re.IGNORECASE)


def matcher(
    kind: str, lang: str, extra: Mapping[str, Iterable[str]] | None = None
) -> PhraseMatcher:
    """The cached matcher for ``kind`` (vague, hedge, absolute) in ``lang``.

    Args:
        kind: which list.
        lang: ``en``, ``de`` or ``nl``.
        extra: configured terms per language; the key ``"*"`` applies to all.
    """
    added: tuple[str, ...] = ()
    if extra:
        added = tuple(sorted({*extra.get(lang, ()), *extra.get("*", ())}))
    return _matcher(kind, lang, added)


#: Vague shapes that no word list covers: "as short as possible", "so kurz wie möglich",
#: "zo kort mogelijk", "möglichst kurz".
VAGUE_PATTERNS: dict[str, str] = {
    "en": r"as\s+\w+\s+as\s+(?:is\s+)?(?:reasonably\s+)?(?:possible|we\s+can|practicable|"
    r"practical|feasible)|"
    # moments not named: "at a few key points", "op enkele belangrijke momenten"
    r"at\s+(?:a\s+few|several|some|various)\s+(?:\w+\s+)?(?:points|moments|stages)|"
    # "within a working day or two": about two days ("an hour or two longer" is a hedge)
    r"an?\s+(?:hour|day|working\s+day|business\s+day|week|month)\s+or\s+(?:two|three|four|"
    r"five|\d+)(?!\s+(?:longer|hours?|days?|working|business|weeks?|months?)\b)|"
    r"reasonable\s+(?:[\w-]+\s+)?(?:time|period|timeframe|timescale|time\s+frame)s?|"
    # "as soon as an engineer is available": when someone is free, not by when
    r"as\s+soon\s+as\s+(?:[\w-]+\s+){1,4}?(?:is|are|becomes?)\s+(?:free|available)|"
    # "later", but not "two days later", "no later than" nor "later today"
    r"(?<!no\s)(?<!not\s)(?<!day\s)(?<!days\s)(?<!week\s)(?<!weeks\s)(?<!hour\s)(?<!hours\s)"
    r"(?<!month\s)(?<!months\s)(?<!minute\s)(?<!minutes\s)(?<!year\s)(?<!years\s)(?<![\w-])"
    r"(?<!\d\s)(?<!\dh\s)(?:at\s+a\s+)?later(?:\s+(?:on|date|time|stage|point))?(?!\s+than)(?!\s+today)"
    r"(?!\s+(?:that|the\s+same|in\s+the)\s+(?:day|morning|afternoon|evening))(?![\w-])|"
    # the day of the month, approximately: "around the 23rd"
    r"(?:around|about|approximately)\s+the\s+\d{1,2}(?:st|nd|rd|th)(?![\w-])|"
    # the day's capacity: "as City staff time permits"
    r"as\s+(?:[\w-]+\s+){0,3}?time\s+(?:permits|allows)|"
    # a delay said to be avoided, with no length: "without unnecessary delay"
    r"(?<![\w-])(?:without\s+)?unnecessar(?:y|ily)\s+(?:delays?|delayed|long|waits?|waiting)"
    r"(?![\w-])|"
    # someone's convenience: "at the driver's earliest convenience"
    r"at\s+(?:your|their|his|her|its|(?:the\s+)?[\w-]+(?:'s|’s|s'))\s+(?:earliest|soonest)\s+"
    r"convenience|"
    # a short time with no length: "short response times", "shorter waiting times"
    r"(?<![\w-])short(?:er)?\s+(?:(?:response|reply|waiting|wait|lead|delivery|turnaround|"
    r"travel|processing|queue|queuing|repair|handling|callback|call-back)\s+)?(?:times?|"
    r"periods?|waits?|turnarounds?|timescales?)(?![\w-])",
    "de": r"zu\s+(?:einigen|mehreren|verschiedenen)\s+(?:\w+\s+)?(?:Zeitpunkten|Momenten)|"
    r"so\s+\w+\s+(?:wie|als)\s+möglich|möglichst\s+\w+|"
    # in due time, said of the service (not "fristgerecht eingegangene Widersprüche")
    r"(?<![\w-])fristgerechte?[nmrs]?(?!\s+(?:eingegangen|eingereicht|gestellt|erhoben|"
    r"beantragt|gekündigt)\w*)(?![\w-])|"
    # about a time of day: "Gegen 14.30 bekommen die Pelikane ihren Fisch", "gegen 14 Uhr"
    # (not "gegen Pfand bis 3 Tage", "gegen 2 Euro Gebühr")
    r"(?<![\w-])gegen\s+(?:[01]?\d|2[0-4])(?:[.:][0-5]\d(?:\s*Uhr)?|\s*Uhr)(?![\w.:-]*\d)|"
    # "Im Anschluss bekommen Sie eine Bestätigung": afterwards, some time; not "direkt im
    # Anschluss" (the same day) nor "im Anschluss an den Termin" (an anchor)
    r"(?<!direkt\s)(?<!sofort\s)(?<!unmittelbar\s)(?<!gleich\s)im\s+Anschlu(?:ss|ß)(?!\s+an\b)|"
    # capacity decides: "wenn es die personellen und zeitlichen Ressourcen erlauben"
    r"(?:wenn|sofern|soweit)\s+es\s+(?:[\w-]+\s+){0,5}?(?:erlauben|erlaubt|zulassen|zulässt)(?![\w-])|"
    # a time that depends on something: "hängt von der Art der Meldung ab"
    r"hängt\s+(?:[\w-]+\s+){1,6}?ab(?![\w-])|(?:von\s+(?:[\w-]+\s+){1,3}?)?abhängig(?![\w-])|"
    r"(?:(?:in|innerhalb)\s+(?:einer|einem|eines)\s+)?angemessene[nrs]?\s+"
    r"\w*(?:[Ff]rist|[Zz]eit|[Zz]eitraum)(?:en)?|"
    r"sobald\s+(?:[\w-]+\s+){1,4}?(?:frei|verfügbar)\s+(?:ist|sind|wird|werden)|"
    # "(erst) später", but not "zwei Tage später" nor "nicht später als"
    r"(?<!tag\s)(?<!tage\s)(?<!tagen\s)(?<!woche\s)(?<!wochen\s)(?<!stunde\s)(?<!stunden\s)"
    r"(?<!monat\s)(?<!monate\s)(?<!monaten\s)(?<!minute\s)(?<!minuten\s)(?<!jahr\s)"
    r"(?<!jahre\s)(?<![\w-])(?<!\d\s)(?<!\dh\s)(?:erst\s+)?später(?!\s+als)(?![\w-])|"
    r"(?:zu\s+)?einem\s+späteren\s+Zeitpunkt|"
    # the day of the month, approximately: "um den 23.", "etwa am 23."
    r"(?:um\s+den|gegen\s+den|etwa\s+am|ungefähr\s+am|rund\s+um\s+den)\s+\d{1,2}\.(?!\d)|"
    # a delay said to be avoided, with no length: "kein Akt wird unnötig verzögert"
    r"(?<![\w-])(?:ohne\s+)?unnötig(?:e[nmrs]?)?\s+(?:Verzögerung(?:en)?|verzögert|lange?|"
    r"Wartezeit(?:en)?|warten)(?![\w-])|"
    # a short time with no length: "kurze Anfahrtszeiten", "kürzere Bearbeitungsdauer"
    # (a compound: "kurzer Zeit" and "kurze Frist" are listed with their prepositions)
    r"(?<![\w-])(?:kurze[nr]?|kürzere[nr]?|kürzeste[nr]?)\s+[\w-]+(?:zeit|zeiten|frist|fristen|"
    r"dauer)(?![\w-])",
    "nl": r"op\s+(?:enkele|een\s+aantal|verschillende|diverse)\s+(?:\w+\s+)?"
    r"(?:momenten|tijdstippen)|"
    r"zo\s+\w+(?:\s+en\s+\w+)?\s+(?:mogelijk|als\s+mogelijk)|"
    # capacity decides: "indien de capaciteit het toelaat"
    r"(?:als|indien|wanneer|voor\s+zover)\s+(?:[\w-]+\s+){1,5}?(?:het\s+)?(?:toelaat|toelaten)(?![\w-])|"
    # "een week of twee": about two weeks
    r"een\s+(?:uur|dag|werkdag|week|maand)\s+of\s+(?:twee|drie|vier|vijf|zes|tien|\d+)|"
    r"(?:binnen\s+(?:een\s+)?)?redelijke\s+\w*(?:termijnen|termijn|tijd|periode)|"
    r"zodra\s+(?:[\w-]+\s+){1,4}?(?:beschikbaar|vrij)\s+(?:is|zijn|komt|komen)|"
    r"(?<!niet\s)(?<!geen\s)(?<!dag\s)(?<!dagen\s)(?<!week\s)(?<!weken\s)(?<!uur\s)"
    r"(?<!uren\s)(?<!maand\s)(?<!maanden\s)(?<!minuten\s)(?<!jaar\s)(?<![\w-])"
    r"(?<!\d\s)(?<!\du\s)(?<!\dh\s)later"
    r"(?!\s+dan)(?![\w-])|"  # "later", but not "twee dagen later"
    # the day of the month, approximately: "rond de 23ste", "omstreeks de 5e"
    r"(?:rond|rondom|omstreeks|ongeveer\s+op)\s+de\s+\d{1,2}(?:ste|de|e)(?![\w-])|"
    # a delay said to be avoided, with no length: "zonder onnodige vertraging"
    r"(?<![\w-])(?:zonder\s+)?onnodig(?:e)?\s+(?:vertraging(?:en)?|vertraagd|lang|"
    r"wachttijd(?:en)?|wachten)(?![\w-])|"
    # a short time with no length: "korte aanrijtijden", "kortere wachttijden"
    # (a compound: "korte tijd" and "korte termijn" are listed with their prepositions)
    r"(?<![\w-])(?:korte|kortere|kortste)\s+[\w-]+(?:tijd|tijden|termijn|termijnen|duur)(?![\w-])",
}
_VAGUE_SHAPES = word_patterns(VAGUE_PATTERNS)
#: A vague word right after one of these is negated: "zonder direct gevaar".
_NEGATIONS = {"zonder", "geen", "niet", "ohne", "kein", "keine", "nicht", "without", "no", "not"}


#: Punctual to a time ("pünktlich um 9 Uhr", "punctually at 9am"), and "usual" as the
#: customer's own regular day ("on the morning of your usual pay date").
_PUNCTUAL = frozenset({"punctual", "punctually", "pünktlich", "pünktliche", "pünktlichen",
                       "punctueel", "stipt"})  # fmt: skip
_AT_A_CLOCK_TIME = re.compile(r"\s+(?:um|at|om)\s+\d", re.IGNORECASE)
_USUAL_WORDS = frozenset({"usual", "übliche", "üblichen", "gewohnten", "gebruikelijke"})
_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w-])(?:your|ihre[mnrs]?|ihr|deine[mnrs]?|uw|je|jouw)\s+$", re.IGNORECASE
)
#: The customer's own regular day: "your usual (set) pay date", "Ihr gewohnter Liefertag".
_OWN_DAY_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:pay|payment|payday|delivery|collection|bin|[\w-]*(?:liefer|abhol|zahl|"
    r"bezorg|ophaal|betaal)[\w-]*)(?:\s+(?:date|day))?(?![\w-])",
    re.IGNORECASE,
)


def in_another_sense(text: str, term: TermMatch) -> bool:
    """True for a listed word that is no vague timing or hedge where it stands: "pünktlich um
    9 Uhr" (to the minute of a time), "your usual pay date" (the customer's regular one)."""
    word = term.term.lower()
    if word in _PUNCTUAL:
        return _AT_A_CLOCK_TIME.match(text, term.end) is not None
    if word in _USUAL_WORDS:
        return (
            _POSSESSIVE_BEFORE.search(text, max(0, term.start - 12), term.start) is not None
            and _OWN_DAY_AFTER.match(text, term.end) is not None
        )
    return False


#: "Depending on" words: a condition left unnamed, not a wish (SOP108 says so).
DEPENDING_WORDS = frozenset({"depending on", "depends on", "abhängig von", "afhankelijk van"})
#: Where the customer is, which picks one of several bounds after a "depending on" word.
_WHERE_YOU_ARE = re.compile(
    r"\s+(?:(?:your|the|ihrer|ihrem|ihren|der|dem|deiner|deinem|je|uw|jouw|de|het)\s+)?"
    r"(?:delivery\s+)?(?:address|postcode|post\s+code|zip\s+code|location|area|region|"
    r"Lieferadresse|Adresse|Wohnort|Postleitzahl|PLZ|Region|Liefergebiet|Standort|Ort|Bezirk|"
    r"Stadtteil|adres|bezorgadres|postcode|woonplaats|regio|bezorggebied|locatie|wijk)"
    # alone: "depending on the location and complexity" depends on more than where
    r"(?![\w-])(?!\s*(?:,|and|und|en|or|oder|of|&)\s)",
    re.IGNORECASE,
)


def vague_terms_in(
    text: str, lang: str, extra: Mapping[str, Iterable[str]] | None = None
) -> list[TermMatch]:
    """Vague words and shapes in ``text``, longest first where they overlap, not negated."""
    shapes = [
        TermMatch(m.group(), m.start(), m.end()) for m in _VAGUE_SHAPES[lang].finditer(text)
    ] if lang in _VAGUE_SHAPES else []  # fmt: skip
    listed = matcher("vague", lang, extra).find(text)
    # a listed phrase that holds a shape is the longer match: "within a short time"
    shapes = [
        s for s in shapes
        if not any(w.start <= s.start and s.end <= w.end and w.end - w.start > s.end - s.start
                   for w in listed)
    ]  # fmt: skip
    words = [w for w in listed if not any(w.start < s.end and s.start < w.end for s in shapes)]
    found = []
    for term in sorted(shapes + words, key=lambda t: t.start):
        before = text[: term.start].split()
        if before and before[-1].lower() in _NEGATIONS:
            continue
        if lang == "en" and _TEAM_NAME.match(text, term.end):
            continue  # "the quick response team": a team's name, no promise of speed
        if term.term.lower() in _DELAYS and _MEASURED_DELAY.search(text, 0, term.start):
            continue  # "met vijf minuten vertraging": a delay of a stated length
        if in_another_sense(text, term):
            continue  # "pünktlich um 9 Uhr": to the minute
        if term.term.lower() in DEPENDING_WORDS and _WHERE_YOU_ARE.match(text, term.end):
            continue  # "abhängig von Ihrer Lieferadresse dienstags oder mittwochs": which
            # bound holds where, each checkable; not a bound that depends on how busy we are
        found.append(term)
    return found


#: Words for a delay, and the length that measures one right before it.
_DELAYS = frozenset({"vertraging", "verzögerung", "verspätung", "delay"})
_MEASURED_DELAY = re.compile(
    r"\d[\d.,]*\s*(?:[\w-]+\s+)?(?:minuten|minuut|min|seconden|uur|dagen|Minuten|Minute|"
    r"Sekunden|Stunden|Tage|minutes|minute|seconds|hours|days)\.?\s+$|"
    r"(?:een|één|twee|drie|vier|vijf|tien|eine[rn]?|zwei|drei|fünf|zehn|one|two|three|five|ten)"
    r"\s+(?:minuten|minuut|uur|kwartier|dagen|Minuten?|Stunden?|Tage|minutes?|hours?|days?)\s+$",
    re.IGNORECASE,
)


#: What makes a vague adjective part of a name: "rapid response unit", "fast-track desk".
_TEAM_NAME = re.compile(
    r"[\s-]+(?:[\w-]+\s+)?(?:team|teams|unit|units|squad|squads|task\s+force|desk)(?![\w-])",
    re.IGNORECASE,
)
