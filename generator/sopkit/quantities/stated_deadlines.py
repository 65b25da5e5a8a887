"""Deadlines said without a length of time: a date ("by 31 January", "voor 1 juli"), or a
point set elsewhere ("within the statutory period", "on the agreed date", "at the next
service visit", "innerhalb der angegebenen Lieferzeit").

Each is checkable case by case, so a metric that names one has a bound.
"""

from __future__ import annotations

import re

from sopkit.quantities.calendar_days import WEEKDAYS
from sopkit.quantities.kept import _kept
from sopkit.wordpatterns import word_patterns

#: A hard bound word before a deadline defined elsewhere ("within the statutory
#: period", "innerhalb der angegebenen Lieferzeit", "uiterlijk binnen de wettelijke termijn").
_STATED_DEADLINES: dict[str, str] = {
    "en": r"(?:before|by|on|at)\s+(?:the\s+)?expiry\s+of\s+(?:the\s+|your\s+)?(?:[\w-]+\s+){0,2}?"
          r"[\w-]+|before\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+expires|"
          r"(?:within|by|before|no\s+later\s+than|at\s+the\s+latest\s+(?:within|by))\s+the\s+"
          r"(?:[\w-]+\s+){0,4}?(?:deadline|time\s+limit|statutory\s+period|legal\s+time\s+limit|"
          r"period\s+(?:agreed|stated|set))|(?:by|on|before)\s+the\s+(?:date|day|time)\s+"
          r"(?:that\s+)?we\s+(?:promised|agreed|gave|confirmed|told\s+you)|"
          # the next issue; the start or end of a billing period
          r"in\s+(?:the|our)\s+(?:next|following)\s+(?:available\s+)?(?:issue|edition|print\s+edition|"
          r"newsletter|bulletin)|"
          r"(?:at|by|until|before)\s+the\s+(?:start|beginning|end)\s+of\s+(?:the|your|each)\s+"
          r"(?:current\s+)?"
          r"(?:billing\s+(?:cycle|period)|subscription\s+(?:period|term))|"
          # the next visit: "Any defects are fixed at the next service visit"
          r"(?:on|by|before|at|during)\s+the\s+(?:next|following)\s+(?:[\w-]+\s+){0,2}?(?:date|"
          r"round|visit|run|collection|delivery|service|inspection|day\s+(?:we|the\s+\w+)\s+"
          r"(?:is|are)\s+open)|"
          # the next meeting or game: "a decision at the immediate next committee meeting",
          # "sent before his/her next game"
          r"(?:on|by|before|at|during|in)\s+(?:the|his/her|his|her|their|your|its|our)\s+"
          r"(?:immediate(?:ly)?\s+)?(?:next|following)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|"
          r"sitting|hearing|game|match|fixture|race|competition)s?(?![\w-])|"
          # the end of a period named before: "reopened at the end of this period"
          r"(?:at|by)\s+the\s+end\s+of\s+(?:this|the\s+chosen|the\s+selected)\s+(?:period|"
          r"time\s+limit)(?![\w-])|"
          # a handover the customer is at: "the deposit is refunded on return of the items"
          r"(?:on|upon|at)\s+(?:the\s+)?(?:return|collection|handover|hand-over|pick-?up)\s+of\s+"
          r"(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:items?|goods|equipment|keys?|key\s+cards?|"
          r"vehicle|car|bike|costumes?|hire|rental|garments?|clothes|laundry|order)(?![\w-])|"
          # a session counted: "by the third session at the latest", "at your last treatment"
          r"(?:by|at|before|no\s+later\s+than)\s+(?:the|your)\s+(?:first|second|third|fourth|fifth|"
          r"penultimate|last|final)\s+(?:session|treatment|appointment|lesson|visit|consultation)"
          r"(?:\s+at\s+the\s+latest)?(?![\w-])|"
          # the next payment: "paused from the next billing date", "at your next collection
          # date"
          r"(?:on|by|from|at|with|before|in|for)\s+(?:the|your)\s+(?:next|following)\s+"
          r"(?:(?:monthly|scheduled|regular)\s+)?(?:payment|billing|direct[-\s]debit|debit|"
          r"renewal|invoice|membership\s+fee)\s+(?:date|day|run|cycle|period)s?(?![\w-])|"
          # a time the client sets: "within the time determined by the client"
          r"(?:within|by)\s+the\s+(?:time|period|timeframe|date|deadline)\s+(?:determined|agreed|"
          r"set|specified|requested|chosen|stated|fixed)\s+(?:by|with)\s+(?:the\s+)?(?:client|customer|"
          r"you|applicant|requester|requestor|patient|tenant)|"
          # an appointment the customer chose or agreed: checkable case by case
          r"(?:on|by|at)\s+the\s+(?:agreed|chosen|selected|booked|arranged|appointed|scheduled|"
          r"confirmed)\s+(?:[\w-]+\s+)?"
          r"(?:date|day|time|appointment)|"
          r"(?:on|by|at)\s+the\s+(?:[\w-]+\s+)?(?:date|day|time)\s+(?:that\s+)?you\s+(?:specified|"
          r"specify|chose|choose|selected|select|booked|book|requested|request|picked|gave)|"
          # a bound counted in the customer's billing: "not later than 2 billing cycles"
          r"(?:within|by|before|no\s+later\s+than|not\s+later\s+than|at\s+the\s+latest\s+(?:within|"
          r"by))\s+(?:the\s+)?(?:\w+\s+)?(?:next\s+)?(?:billing|invoicing|meter[-\s]reading)\s+"
          r"(?:cycles?|periods?|runs?)",
    "de": r"(?:(?:spätestens\s+)?(?:vor|bis\s+zum|mit)\s+Ablauf|vor\s+dem\s+Ende)\s+"
          r"(?:der|des|Ihrer|Ihres|einer|eines)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?<!ung)(?<!ungen)|"
          r"(?:innerhalb|innert|binnen|spätestens|vor\s+Ablauf|bis\s+zum\s+Ablauf|bis\s+(?:zum\s+)?Ende)\s+"
          r"(?:innerhalb\s+)?"
          r"(?:der|des|dieser|einer)\s+(?:[\w-]+\s+){0,4}?(?:[\w-]*[Ff]rist|Lieferzeit|Zeitraums?)|"
          r"(?:zum|am|bis\s+zum|zur)\s+(?:ausgewählten|vereinbarten|verabredeten|gewählten|gewünschten|gebuchten|"
          r"bestätigten|abgesprochenen)\s+(?:[\w-]*[Tt]ermin|Datum|Tag|Zeitpunkt|Uhrzeit|Zeit)|"
          # a date the customer gave: "zum von Ihnen gewünschten Termin"
          r"(?:zum|am|bis\s+zum|zur)\s+von\s+(?:Ihnen|dir|euch|dem\s+Kunden)\s+(?:gewünschten|"
          r"gewählten|angegebenen|genannten|vorgegebenen)\s+(?:[\w-]*[Tt]ermin|Datum|Tag|Zeitpunkt|"
          r"Uhrzeit|Zeit)|"
          # the next issue: "berichtet in der nächsten Ausgabe darüber"
          r"in\s+der\s+(?:nächsten|folgenden|nächstmöglichen)\s+(?:Ausgabe|Sendung|Nummer)|"
          # the date the order names: "Lieferbeginn ist der im Auftrag genannte Termin"
          r"(?:der|den|dem|zum|am)\s+im\s+(?:Auftrag|Vertrag|Angebot|Bestellformular|Antrag)\s+"
          r"(?:genannten?|angegebenen?|vereinbarten?|festgelegten?|gewünschten?)\s+(?:Termin|Tag|"
          r"Datum|Zeitpunkt)|"
          # a date told at booking: "bis zum bei der Reservierung mitgeteilten Termin"
          r"(?:bis\s+zum|zum|am)\s+(?:bei|in|mit)\s+(?:der|dem)\s+[\w-]+\s+(?:mitgeteilten|"
          r"genannten|angegebenen|vereinbarten|bestätigten|festgelegten)\s+(?:Termin|Tag|Datum|"
          r"Zeitpunkt)|"
          # the start or end of a billing period: "zu Beginn der Rechnungsperiode", "bis zum
          # Ende Ihres aktuellen Abrechnungszyklus"
          r"(?:zu\s+Beginn|am\s+Anfang|am\s+Ende|zum\s+Ende|bis\s+zum\s+Ende)\s+(?:der|des|Ihrer|"
          r"Ihres|jeder|jedes)\s+(?:aktuellen\s+|jeweiligen\s+|laufenden\s+)?(?:Rechnungsperiode|"
          r"Abrechnungsperiode|Abrechnungszeitraums?|Abrechnungszyklus|Bezugszeitraums?|"
          r"Abonnementzeitraums?)|"
          # before the order or the vote: "vor der Bestellung mitgeteilt", "noch vor dem
          # jeweiligen Urnengang"
          r"(?:noch\s+|jeweils\s+)?vor\s+(?:der\s+Bestellung|der\s+Buchung|dem\s+Kauf|dem\s+"
          r"Vertragsabschluss|Vertragsschluss|(?:dem|der)\s+jeweiligen\s+[A-ZÄÖÜ][\w-]+)|"
          # the next visit: "Mängel werden beim nächsten Wartungstermin behoben"
          r"(?:beim|bei\s+(?:der|dem)|zum|zur)\s+nächsten\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:[Tt]ermin|"
          r"[Bb]esuch|[Ww]artung|[Ii]nspektion|[Ss]ervice|[Ll]ieferung|[Kk]ontrolle|[Aa]bholung)|"
          # the end of a period named before: "wird am Ende dieser Frist wieder geöffnet"
          r"(?:am|zum|mit)\s+Ende\s+(?:dieser|dieses)\s+(?:[\w-]*[Ff]rist|Zeitraums?|Laufzeit|"
          r"Sperrzeit|Sperrfrist)(?![\w-])|"
          # a handover the customer is at: "Bei Rückgabe wird die Kaution erstattet"
          r"(?:(?:bereits|direkt|gleich|schon)\s+)?bei\s+(?:der\s+)?(?:Rückgabe|Abholung|Übergabe)"
          r"(?:\s+(?:der|des|Ihrer|Ihres|eurer|eures|deiner|deines)\s+(?:[\w-]+\s+)?[\w-]+)?(?![\w-])|"
          # a session counted: "spätestens bei der dritten Behandlung", "in der vorletzten
          # Therapieeinheit"
          r"(?:spätestens|bis)\s+(?:bei|in|zu|zur|mit)\s+(?:der|dem)\s+(?:ersten|zweiten|dritten|"
          r"vierten|fünften|vorletzten|letzten)\s+(?:[\w-]*(?:Behandlung|Sitzung|Therapieeinheit|Einheit|"
          r"Therapiestunde|Termin|Lektion|Kurseinheit|Untersuchung)|Stunde)(?![\w-])|"
          # the next payment: "zur nächsten Beitragsfälligkeit aufgehoben", "ab der nächsten
          # Abbuchung"
          r"(?:zur|zum|bei\s+der|mit\s+der|ab\s+der|ab\s+dem|bis\s+zur|vor\s+der)\s+"
          r"(?:nächsten|folgenden|nächstfolgenden|darauffolgenden)\s+[\w-]*(?:[Ff]älligkeit|"
          r"[Aa]bbuchung|[Ll]astschrift|[Bb]eitragszahlung|[Aa]brechnung|[Rr]echnungsstellung)"
          r"(?![\w-])|"
          # the next meeting or game: "in der nächsten Vorstandssitzung", "vor dem nächsten Spiel"
          r"(?:in|bei|vor|zu|bis\s+zu)\s+(?:der|dem|seinem|ihrem)\s+(?:unmittelbar\s+)?"
          r"(?:nächsten|folgenden|darauffolgenden)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:[Ss]itzung|"
          r"[Vv]ersammlung|[Tt]agung|[Ss]piel|[Ww]ettkampf|[Ww]ettbewerb|[Rr]ennen)(?![\w-])",
    "nl": r"(?:vóór|voor)\s+(?:het\s+)?(?:verstrijken|aflopen|afloop)\s+van\s+(?:de|het|uw|je)\s+"
          r"(?:[\w-]+\s+){0,2}?[\w-]+|"
          r"(?:binnen|uiterlijk|voor\s+het\s+einde\s+van|voor\s+het\s+verstrijken\s+van)\s+"
          r"(?:binnen\s+)?(?:de|het|deze|die)\s+(?:[\w-]+\s+){0,5}?(?:\w*termijn)|"
          r"(?:op|tijdens)\s+de\s+eerst\s?volgende\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:dag|datum|werkdag|"
          r"ronde|levering)(?:\s+dat\s+[\w\s-]{0,40}?\s+open\s+is)?|"
          # the next visit: "Bij een volgende onderhoudsbeurt worden de opmerkingen opgelost"
          r"(?:bij|tijdens)\s+(?:de|het|een)\s+(?:eerst)?volgende\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:beurt|"
          r"bezoek|inspectie|keuring|onderhoud|controle|levering|ophaling)|"
          # the end of a period named before: "aan het einde van deze termijn weer geopend"
          r"(?:aan|op|bij)\s+het\s+(?:eind|einde)\s+van\s+(?:deze|die|de\s+gekozen)\s+(?:termijn|"
          r"periode)(?![\w-])|"
          # a handover the customer is at: "borgsom retour bij de teruggave van de artikelen"
          r"(?:direct\s+)?bij\s+(?:de\s+|het\s+)?(?:teruggave|terugbrengen|inlevering|inleveren|"
          r"afhaling|afhalen|ophalen|overhandiging)(?:\s+van\s+(?:de|het|uw|je|jouw)\s+"
          r"(?:[\w-]+\s+)?[\w-]+)?(?![\w-])|"
          # a session counted: "uiterlijk bij de derde behandeling"
          r"(?:uiterlijk|ten\s+laatste)\s+(?:bij|tijdens|voor|vóór|op)\s+de\s+(?:eerste|tweede|derde|"
          r"vierde|vijfde|voorlaatste|laatste)\s+(?:behandeling|sessie|afspraak|les|consult|"
          r"therapiesessie)(?![\w-])|"
          # the next payment: "vanaf de eerst volgende betalingsverplichting", "wordt het eerst
          # volgende incassomoment geen contributie ingehouden"
          r"(?:(?:op|vanaf|bij|per|vóór|voor|tot)\s+)?(?:de|het|uw|je)\s+(?:eerst\s?)?volgende\s+"
          r"[\w-]*(?:incasso|incassomoment|incassodatum|betalingsverplichting|betalingsdatum|"
          r"betaalmoment|afschrijving|facturatie|factuurdatum|vervaldatum|vervaldag)(?![\w-])|"
          # the next meeting or game: "in de eerstvolgende bestuursvergadering", "vóór de
          # volgende wedstrijd"
          r"(?:in|op|tijdens|vóór|voor)\s+(?:de|het|zijn|haar)\s+(?:eerst\s?)?volgende\s+"
          r"(?:[\w-]+\s+){0,2}?[\w-]*(?:vergadering|zitting|bijeenkomst|wedstrijd|competitie)"
          r"(?![\w-])|"
          r"(?:op|voor)\s+(?:de|het)\s+(?:vooraf\s+)?(?:afgesproken|gekozen|overeengekomen|geboekte|"
          r"bevestigde)\s+"
          r"(?:datum|dag|tijd|tijdstip|afspraak)|"
          # a date the customer gave: "op de door jou gevraagde datum"
          r"(?:op|voor)\s+(?:de|het)\s+door\s+(?:u|jou|je|de\s+klant)\s+(?:gevraagde|gekozen|"
          r"gewenste|aangegeven|opgegeven)\s+(?:datum|dag|tijd|tijdstip|moment)|"
          # the day of a round set by the calendar: "op de inzameldag", "op uw ophaaldag"
          r"op\s+(?:de|uw|je)\s+(?:(?:betreffende|desbetreffende)\s+)?(?:inzameldag|ophaaldag|afvaldag|"
          r"leverdag|bezorgdag|verspreiddag|verschijningsdag)|"
          # the next issue: "in de volgende editie", "in het eerstvolgende nummer"
          r"in\s+(?:de|het)\s+(?:eerst)?volgende\s+(?:editie|uitgave|nummer|krant)",
}  # fmt: skip
_MONTHS_EN = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![\w-])"  # "7 Jan", "Sept."
)
_MONTHS_DE = (
    "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
)
_MONTHS_NL = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)

#: A date in each language's usual form, with an optional year; the same day of two
#: months is one date each year ("7 Jan/July", "1. Januar/Juli").
_DATE = {
    "en": rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS_EN})(?:\s*/\s*(?:{_MONTHS_EN}))?"
          rf"(?:\s+\d{{4}})?|(?:{_MONTHS_EN})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?",
    "de": rf"\d{{1,2}}\.\s*(?:(?:{_MONTHS_DE})(?:\s*/\s*(?:{_MONTHS_DE}))?|\d{{1,2}}\.)"
          rf"(?:\s*\d{{4}})?|\d{{1,2}}/\d{{1,2}}/\d{{4}}",  # "15/01/2024", as some forms write it
    "nl": rf"\d{{1,2}}\s+(?:{_MONTHS_NL})(?:\s*/\s*(?:{_MONTHS_NL}))?(?:\s+\d{{4}})?",
}  # fmt: skip
_WEEKDAYS = {
    lang: "|".join(row[i] for row in WEEKDAYS) for i, lang in enumerate(("en", "de", "nl"))
}
#: A window between two dates, or one named date on a weekday: "vom 19. August 2021 bis
#: 05. September 2021", "op zaterdag 24 december", "on Saturday 24 December".
_DATE_WINDOWS = {
    lang: rf"(?:(?:im\s+Zeitraum|in\s+the\s+period|in\s+de\s+periode)\s+)?"
    # each date may have its weekday: "vanaf donderdag 2 november tot en met woensdag 31
    # januari 2024"
    rf"(?:from|between|vom|von|ab|zwischen|van|vanaf|tussen)\s+(?:dem\s+|the\s+)?"
    rf"(?:(?:{_WEEKDAYS[lang]}),?\s+(?:the\s+|den\s+)?)?(?:{date})\s+"
    rf"(?:to|until|and|bis(?:\s+zum)?|und|tot(?:\s+en\s+met)?|t/m|en)\s+(?:the\s+|dem\s+)?"
    rf"(?:(?:{_WEEKDAYS[lang]}),?\s+(?:the\s+|den\s+)?)?(?:{date})|"
    rf"(?:(?:on|am|op)\s+)?(?:{_WEEKDAYS[lang]}),?\s+(?:the\s+|den\s+)?(?:{date})"
    for lang, date in _DATE.items()
}
#: A deadline on a calendar date: "by 31 March", "bis zum 31. März", "uiterlijk 1 april".
_DATE_DEADLINES: dict[str, str] = {
    # ("up to and including 15 August": the last day it holds)
    "en": rf"(?:by|before|(?:no|not)\s+later\s+than|on\s+or\s+before|up\s+to\s+and\s+including)\s+"
          rf"(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS_EN})|(?:by|before|(?:no|not)\s+"
          rf"later\s+than|on\s+or\s+before|up\s+to\s+and\s+including)\s+(?:{_MONTHS_EN})\s+"
          rf"\d{{1,2}}(?:st|nd|rd|th)?",  # "By January 31st"
    # ("bis 31.12.2027": a year written on to the date's last full stop)
    "de": rf"(?:bis\s+(?:einschließlich|einschl\.)\s+(?:zum\s+)?|bis\s+(?:zum\s+)?|"
          rf"spätestens\s+(?:am\s+|zum\s+|bis\s+zum\s+)?|vor\s+dem\s+)"
          rf"\d{{1,2}}\.\s*(?:{_MONTHS_DE}|\d{{1,2}}\.(?:\d{{4}}|\d\d)?)",
    "nl": rf"(?:uiterlijk|vóór|voor|ten\s+laatste|niet\s+later\s+dan|tot\s+en\s+met|t/m)\s+"
          rf"(?:op\s+|vóór\s+|voor\s+)?"
          rf"\d{{1,2}}\s+(?:{_MONTHS_NL})|"
          rf"(?:voor|tegen|vóór)\s+het\s+einde?\s+van\s+(?:het|dit)\s+jaar|nog\s+dit\s+jaar",
}  # fmt: skip
_DATE_DEADLINES["en"] += (
    r"|by\s+the\s+end\s+of\s+(?:the|this)\s+(?:year|month)|(?:later\s+)?this\s+year"
    # a named year: "by the end of 2026", "noch in 2020", "uiterlijk eind 2026"
    r"|(?:by|before)\s+the\s+end\s+of\s+(?:19|20)\d\d(?![\w-])"
    # the end of a named month: "by the end of March", "bis Ende März", "uiterlijk eind maart"
    rf"|(?:by|before|until)\s+(?:the\s+)?end\s+of\s+(?:{_MONTHS_EN})"
)
_DATE_DEADLINES["de"] += (
    r"|(?:noch\s+)?in\s+diesem\s+Jahr|bis\s+(?:zum\s+)?Ende\s+(?:des|dieses)\s+(?:Jahres|Monats)"
    r"|noch\s+(?:in|im\s+Jahre?)\s+(?:19|20)\d\d(?![\w-])|bis\s+(?:spätestens\s+)?(?:zum\s+)?"
    r"Ende\s+(?:19|20)\d\d(?![\w-])"
    rf"|(?:bis\s+(?:zum\s+)?|spätestens\s+(?:aber\s+)?(?:bis\s+)?(?:zum\s+)?|(?:jeweils\s+)?per\s+|"
    rf"jeweils\s+|"
    rf"immer\s+)Ende\s+(?:{_MONTHS_DE})"
    # dates twice a year: "per Ende März und Ende September"
    rf"(?:\s*(?:,|und|sowie|bzw\.?|resp\.?)\s*(?:per\s+)?Ende\s+(?:{_MONTHS_DE}))*"
    # a month's part each year: "Ende November jeden Jahres", "bis spätestens Mitte Dezember"
    rf"|(?:Anfang|Mitte|Ende)\s+(?:{_MONTHS_DE})\s+(?:jeden|jedes|eines\s+jeden)\s+Jahres"
    rf"|(?:bis\s+(?:spätestens\s+)?|spätestens\s+(?:bis\s+)?)(?:Anfang|Mitte)\s+(?:{_MONTHS_DE})"
    # a month: "bis Mai", "spätestens bis März"
    rf"|(?:bis|spätestens(?:\s+bis)?)\s+(?:{_MONTHS_DE})(?![\w-])"
    # a cut-off date: "zum Stichtag 2. Februar"
    rf"|(?:zum|am|bis\s+zum)\s+Stichtag\s+\d{{1,2}}\.\s*(?:{_MONTHS_DE}|\d{{1,2}}\.)"
)
_DATE_DEADLINES["nl"] += (
    rf"|(?:uiterlijk|vóór|voor|tegen)\s+(?:het\s+)?eind(?:e)?\s+(?:van\s+)?(?:{_MONTHS_NL})"
    r"|nog\s+in\s+(?:19|20)\d\d(?![\w-])|(?:uiterlijk|vóór|voor|tegen)\s+(?:het\s+)?eind(?:e)?\s+"
    r"(?:van\s+)?(?:19|20)\d\d(?![\w-])"
)
#: The start or end of a school year, term or course: "zum Schuljahresbeginn", "at the start
#: of the school year", "bij de start van het schooljaar".
_TERM_EDGES = {
    "en": r"(?:by|at|before)\s+the\s+(?:start|beginning|end)\s+of\s+(?:the|each|every)\s+"
          r"(?:next\s+|new\s+|following\s+)?(?:school\s+year|academic\s+year|term|semester|"
          r"course|nursery\s+year|contract\s+year|season)|"
          # "before the season starts", "before the new term begins"
          r"before\s+the\s+(?:next\s+|new\s+)?(?:school\s+year|academic\s+year|term|semester|"
          r"course|season)\s+(?:starts|begins)|"
          # the start of a hire or a trip: "a briefing before the start of your charter"
          r"(?:by|at|before)\s+the\s+start\s+of\s+(?:the|your)\s+(?:charter|hire|rental|trip|tour|"
          r"journey|lease)(?![\w-])",
    "de": r"(?:(?:bis|spätestens)\s+)?(?:zum|zu|bei|vor|am)\s+(?:dem\s+)?(?:Schuljahres|Semester|"
          r"Studienjahres|Ausbildungs|Kurs|Lehrgangs|Saison|Spielzeit)(?:beginn|anfang|start|ende)|"
          # the start of a hire or a trip: "eine Einweisung vor Charterbeginn", "vor Mietbeginn"
          r"(?<!rechtzeitig\s)(?<!irgendwann\s)(?<!frühzeitig\s)"
          r"(?:(?:bis|spätestens)\s+)?(?:zum|vor)\s+(?:dem\s+)?(?:Charter|Miet|Reise|Fahrt|Tour|"
          r"Veranstaltungs|Vertrags|Leih)(?:beginn|antritt|start)(?![\w-])|"
          r"(?:(?:bis|spätestens)\s+)?"
          r"(?:zu|zum|vor)\s+(?:Beginn|Anfang|Ende)\s+(?:des|eines|jedes)\s+(?:Schuljahres|Semesters|"
          r"Studienjahres|Kurses|Lehrgangs|Kindergartenjahres|Kitajahres|Betreuungsjahres|"
          r"Vertragsjahres|Unterrichtsjahres)",
    "nl": r"(?:bij|voor|vóór|aan)\s+(?:de\s+)?(?:start|begin|aanvang|het\s+begin|het\s+einde?|"
          r"eind)\s+van\s+(?:het|elk|ieder)\s+(?:volgende\s+|nieuwe\s+|komende\s+)?(?:schooljaar|"
          r"studiejaar|semester|cursusjaar|lesjaar|seizoen|speelseizoen)|"
          # "voor de seizoenstart", "bij de start van het nieuwe seizoen"
          r"(?:bij|voor|vóór)\s+(?:de\s+|het\s+)?(?:seizoens?|schooljaar|competitie)(?:start|begin)",
}  # fmt: skip
for _lang, _edges in _TERM_EDGES.items():
    _DATE_DEADLINES[_lang] += "|" + _edges
#: One date on which something is done: "receive a message on 12 May", "am 12. Mai 2022",
#: "op 12 mei", and a month of a given year ("im Mai 2022": the card says it as written).
#: (Dates that come back each year are read below, before these.)
for _lang, _on_a_date, _in, _months in (
    ("en", "on", "in", _MONTHS_EN), ("de", "am|zum", "im", _MONTHS_DE),
    ("nl", "op", "in", _MONTHS_NL),
):  # fmt: skip
    _DATE_DEADLINES[_lang] += (  # not the earliest day: "frühestens am 11. Februar"
        rf"|(?<!earliest\s)(?<!frühestens\s)(?<!vroegst\s)(?<!vroegste\s)"
        rf"(?:{_on_a_date})\s+(?:the\s+)?(?:{_DATE[_lang]})(?![\w-])"
        rf"|{_in}\s+(?:{_months})\s+(?:19|20)\d\d(?!\d)"
    )
#: A term or a year by its number: "im Lauf des Sommersemesters 2023", "during the autumn
#: term 2024", "in het tweede semester van 2025", "in de loop van 2026" (as written).
_TERMS_OF_A_YEAR = {
    "en": r"(?:in|during|by\s+the\s+end\s+of)\s+the\s+(?:spring|summer|autumn|fall|winter|first|"
          r"second)\s+(?:semester|term)\s+(?:of\s+)?{year}|(?:in|during)\s+the\s+course\s+of\s+"
          r"{year}",
    "de": r"(?:im\s+Laufe?\s+des|im|während\s+des|bis\s+Ende\s+des)\s+(?:Sommer|Winter)?"
          r"semesters?\s+{year}|im\s+Laufe?\s+(?:des\s+Jahres\s+)?{year}",
    "nl": r"(?:in\s+de\s+loop\s+van|tijdens|in)\s+het\s+(?:eerste\s+|tweede\s+)?semester\s+"
          r"(?:van\s+)?{year}|in\s+de\s+loop\s+van\s+{year}|(?:in|tijdens)\s+(?:het\s+)?"
          r"(?:school|academie|studie)jaar\s+{year}",
}  # fmt: skip
for _lang, _term in _TERMS_OF_A_YEAR.items():
    _year = r"(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?(?![\d/-])"
    _DATE_DEADLINES[_lang] += "|" + _term.format(year=_year)
#: Dates that come back each year: "jeweils am 31. März und 30. September", "on 31 March
#: and 30 September", "elk jaar op 1 juli". One date without "each year" is an event.
_YEARLY_DATES = {
    "en": (r"(?:each|every)\s+year\s+(?:on|by)|annually\s+(?:on|by)",
           r"before\s+or\s+on|on\s+or\s+before|on|by|before|(?:no|not)\s+later\s+than",
           r",|and|&"),
    "de": (r"(?:jeweils|immer|jährlich|alljährlich|jedes\s+Jahr)\s+(?:am|zum)",
           r"am|zum|bis\s+zum|bis|spätestens(?:\s+am|\s+zum)?", r",|und|sowie|bzw\.?"),
    "nl": (r"(?:jaarlijks|elk\s+jaar|ieder\s+jaar|telkens)\s+(?:op|vóór|voor)",
           r"op|uiterlijk(?:\s+op)?|vóór|voor", r",|en|&"),
}  # fmt: skip
for _lang, (_yearly, _on, _and) in _YEARLY_DATES.items():
    _one = rf"(?:the\s+)?(?:{_DATE[_lang]})"
    _more = rf"(?:\s*(?:{_and})\s*(?:(?:{_on})\s+)?{_one})"
    # first, so that a list is read whole ("not later than 15 January and 15 July")
    _DATE_DEADLINES[_lang] = (
        rf"(?:{_on})\s+{_one}{_more}*\s+(?:(?:each|every|jedes|elk|ieder)\s+(?:year|Jahres?|jaar)|"
        # "zum 01. Februar des Kalenderjahres", "op 1 februari van elk kalenderjaar"
        rf"(?:des|eines\s+jeden|jedes)\s+(?:Kalender|Geschäfts|laufenden\s+)?[Jj]ahres|"
        rf"(?:of\s+(?:each|every|the)|van\s+(?:elk|ieder|het))\s+(?:calendar\s+|kalender)?(?:year|jaar))"
        rf"|(?:{_yearly})\s+{_one}{_more}*|(?:{_on})\s+{_one}{_more}+|" + _DATE_DEADLINES[_lang]
    )
#: A calendar week by its number: "in der 30. KW 2023", "bis KW 12", "in week 30".
_DATE_DEADLINES["en"] += (
    r"|(?:in|by|during|before)\s+(?:the\s+)?(?:calendar\s+)?week\s+(?:no\.?\s*)?\d{1,2}"
    r"(?:\s+(?:of\s+)?\d{4})?"
)
_DATE_DEADLINES["de"] += (
    r"|(?:(?:spätestens|bis)\s+)?(?:in\s+der|bis\s+(?:zur|Ende\s+der)|in|bis|zur)\s+"
    r"(?:\d{1,2}\.\s*(?:KW|Kalenderwoche)|(?:KW|Kalenderwoche)\s*\d{1,2})(?:\s*/?\s*\d{4})?"
)
_DATE_DEADLINES["nl"] += (
    r"|(?:uiterlijk\s+)?(?:in|tijdens|vóór|voor|uiterlijk)\s+(?:kalender)?week\s+\d{1,2}"
    r"(?:\s+(?:van\s+)?\d{4})?"
)
#: The week of a date: "in the week of 28 November", "uiterlijk in de week van 28 november".
_DATE_DEADLINES["en"] += (
    rf"|(?:(?:by|in|during)\s+)?the\s+week\s+(?:of|commencing|beginning)\s+(?:the\s+)?"
    rf"(?:{_DATE['en']})"
)
_DATE_DEADLINES["de"] += (
    rf"|(?:spätestens\s+)?(?:in\s+der|bis\s+zur)\s+Woche\s+(?:vom|ab\s+dem|ab)\s+(?:{_DATE['de']})"
)
_DATE_DEADLINES["nl"] += rf"|(?:uiterlijk\s+)?(?:in|tijdens)\s+de\s+week\s+van\s+(?:{_DATE['nl']})"
for _lang, _pattern in _DATE_DEADLINES.items():
    _STATED_DEADLINES[_lang] += "|" + _DATE_WINDOWS[_lang] + "|" + _pattern

_STATED_PATTERNS = word_patterns(_STATED_DEADLINES)


@_kept
def find_stated_deadlines(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of hard bounds set elsewhere ("at the latest within the statutory period").

    A date by which something must reach the service is the customer's, not a bound of
    the service's ("Bestellungen, die bis 19. November bei uns eingehen, werden ...").
    """
    pattern = _STATED_PATTERNS.get(lang)
    if pattern is None:
        return []
    return [
        m.span()
        for m in pattern.finditer(text)
        if not _INCOMING_AFTER.match(text, m.end())
        # (the words right before only: a long text is read in time that grows with its length)
        and not _INCOMING_BEFORE.search(text[max(0, m.start() - 120) : m.start()])
    ]


#: What reaches the service by a date, after the date ("die bis 19. November bei uns
#: eingehen", "alle bis zum 19. November bestellten Waren") or, in English, before it
#: ("orders placed by 19 November"). Not Dutch "ontvangen", which customers do too
#: ("ontvangen uiterlijk 15 maart bericht").
_INCOMING_AFTER = re.compile(
    r"\W+(?:\w+\W+){0,3}?(?:eingehen|eingeht|eingegangen\w*|eingehend\w*|bestellt\w*|"
    r"binnenkomen|binnenkomt|ingediend|besteld\w*|submitted|placed)\b",
    re.IGNORECASE,
)
_INCOMING_BEFORE = re.compile(
    r"(?:received|submitted|placed|made|ordered)\W+(?:\w+\W+){0,2}$", re.IGNORECASE
)
