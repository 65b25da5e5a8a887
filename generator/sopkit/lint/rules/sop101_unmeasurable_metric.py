"""SOP101 unmeasurable-metric: the metric states no bound, or only a vague one.

## What it does
Reads `metric` for a bound that an observer can check case by case:

- a time bound: `within 10 working days`, `at the latest within 4 hours`,
  `no later than the next working day`, `same day`, `within five rings`,
  `innerhalb von 10 Arbeitstagen`, `spätestens am nächsten Werktag`,
  `nach dem dritten Klingeln`, `binnen een week`, `uiterlijk de volgende werkdag`;
  with or without a share (`80% of calls answered within 20 seconds`). A bound
  with no share holds for every case (100%);
- an upper bound or an average: `a maximum of 14 days`, `höchstens 20 Minuten`,
  `an average wait of no more than 30 seconds`, `gemiddeld maximaal 5 minuten`;
- a deadline at a time of day (`by 11.59pm`, `spätestens um 13 Uhr`,
  `uiterlijk om 17.00 uur`) or one set elsewhere (`within the statutory period`,
  `uiterlijk binnen de wettelijke termijn`);
- a schedule (`quarterly`, `8-mal im Jahr`, `elke maand`) or an availability
  (`24/7`, `rund um die Uhr`, `lines open 08:00-20:00`);
- or a target without time: a percentage, a fraction (`9 out of 10`), a limit
  (`at most once`, `höchstens einmal`) or a score (`4.5 out of 5`).

Numbers may be digits or words. Clock times (`between 08:00 and 22:00`,
`bis 18 Uhr`, `tussen 08.00 en 17.00 uur`) and opening times (`24 hours a day`)
are not bounds.

It reports a metric without a bound, and one whose only timing is a vague word
(`quickly`, `zeitnah`, `zo snel mogelijk`), naming the word. A vague word beside a
hard bound ("as soon as possible, at the latest within 4 hours") or inside a
condition ("If we cannot answer straight away, we call you back within 2 working
days") leaves the standard measurable (SOP108 may warn about the soft part). So does a
vague word that the sentence defines by a bound ("a reply is prompt if sent within 48
hours", "gilt als zeitnah, wenn sie innerhalb von 2 Tagen erfolgt"); a condition on the
customer's own timing ("promptly if you call within 2 days") defines nothing. A vague word
that is the only timing of a second promise after the bound ("..., and will pay any
grant due as soon as possible") is an error: that promise has no bound.
With no bound at all, the message names the vague words, hedges and event triggers the
metric has, even inside a condition: in "Als de reparatie klaar is wordt deze nog enige
dagen gecontroleerd" or "Zodra er een tolk gevonden is, krijg je bericht" they are all
the timing there is; so are approximations ("etwa zu den angegebenen Terminen") and the
"within" phrase taken for a bound ("innerhalb kürzester Zeit", "binnen een bepaald
aantal dagen"). A share or a limit inside a condition ("If more than 3 complaints are
received, we review the process") says when the step applies, not how many: it is no
target. A waiting time whose only bound is a floor ("de verwerkingstijd is minimum 10
werkdagen", "Please allow at least 7-10 business days") is an error too: it says how
long the customer waits at least, never by when the work is done. A floor on notice ("at
least 24 hours before"), on a schedule or on a retention ("minimaal 1 jaar bewaard"),
and one with a ceiling beside it, stay bounds.
A metric longer than 1,000 characters is an error too: sopkit reads no further, so
the rest would never be judged. So are a share above 100% ("150% of calls") and a bound
beyond 100 years: no team can keep them.

## Why is this bad?
"Answer calls as quickly as possible" cannot be met or missed: nobody can say
whether the team keeps the standard, so nobody does.

## Options
`vague_terms:` adds terms (per language or for all).
"""

from __future__ import annotations

from collections.abc import Iterator

from sopkit.clauses import condition_spans
from sopkit.judgement import each_once, judge_sop_metric, only_a_floor, words_without_bound
from sopkit.lint.examples import GOOD_METRIC, example
from sopkit.lint.finding import Problem
from sopkit.lint.registry import Example, Rule
from sopkit.sop import Sop
from sopkit.standard import MAX_METRIC_CHARS


def check(sop: Sop) -> Iterator[Problem]:
    """Report vague timing with no hard bound, else a metric with no bound at all."""
    metric = sop.metric
    if metric is None:
        return
    lang = sop.lang
    good = GOOD_METRIC[lang]
    if len(metric) > MAX_METRIC_CHARS:  # read in bounded time: the rest is never judged
        yield Problem(
            f"the metric is {len(metric):,} characters long, and sopkit reads only its first "
            f"{MAX_METRIC_CHARS:,}: state the standard in one sentence, e.g. '{good}', and "
            "move the rest to the body",
            *sop.position("metric"),
            "metric",
        )
        return
    yield from _impossible(sop)
    judgement = judge_sop_metric(metric, lang, sop.settings.vague_terms)
    if judgement.unbounded_promise:
        term = judgement.unbounded_promise[0]
        yield Problem(
            f"'{term.term}' is the only timing of a second promise after the bound: give it a "
            f"bound of its own, or move it to an SOP of its own, e.g. '{good}'",
            *sop.position("metric", term.start),
            "metric",
        )
        return
    floor = only_a_floor(metric, lang, sop.standard.metric_durations)
    if floor is not None and not judgement.hedges:
        yield Problem(
            f"'{metric[floor[0] : floor[1]]}' is a floor, not a bound: it says how long the "
            f"customer waits at least, not by when the work is done; state the latest time, "
            f"e.g. '{good}'",
            *sop.position("metric", floor[0]),
            "metric",
        )
        return
    if judgement.has_main_bound:
        return  # vague words beside a hard bound: SOP108; hedges: SOP102
    target = sop.standard.target
    if target is not None and target.kind == "all":
        target = None  # "every case" of a bound the judgement did not keep: no target
    if judgement.vague:
        term = judgement.vague[0]
        words = each_once(term.term for term in judgement.vague)
        named = ", ".join(f"'{word}'" for word in words)
        if target:
            verb = "are" if len(words) > 1 else "is"
            message = (
                f"{named} {verb} vague: the target says how many, but not by when; "
                f"state the time bound, e.g. '{good}'"
            )
        else:
            what = "are not measurable bounds" if len(words) > 1 else "is not a measurable bound"
            message = f"{named} {what}: say by when, as a number and a unit, e.g. '{good}'"
        yield Problem(message, *sop.position("metric", term.start), "metric")
        return
    if target is not None and _inside_a_condition(metric, lang, target.span):
        target = None  # "Bei mehr als 2 offenen Rechnungen stoppen wir ...": when, not how many
    if target is not None or judgement.hedges or judgement.has_time_bound:
        return  # a target without time; a hedge, which SOP102 names; a conditional bound
    unbounded = words_without_bound(metric, lang, sop.settings.vague_terms)
    words = each_once(t.term for t in unbounded)
    named = ", ".join(f"'{word}'" for word in words)
    verb = "are" if len(words) > 1 else "is"
    yield Problem(
        "the metric states no bound"
        + (f" ({named} {verb} not one)" if named else "")
        + ": say by when (within 10 working days, next working "
        "day) or how many (a percentage, 9 out of 10, at most once, 4.5 out of 5), "
        f"e.g. '{good}'",
        *sop.position("metric", unbounded[0].start if unbounded else 0),
        "metric",
    )


def _inside_a_condition(metric: str, lang: str, span: tuple[int, int]) -> bool:
    """True when ``span`` lies in a condition of the metric ("Bei mehr als 2 Rechnungen")."""
    return any(start <= span[0] and span[1] <= end for start, end in condition_spans(metric, lang))


def _impossible(sop: Sop) -> Iterator[Problem]:
    """A share above 100% ("150% of calls") or a bound beyond 100 years: no team can
    keep it, and the card would show it (or a float's rounding of a 27-digit number)."""
    metric = sop.metric or ""
    target = sop.standard.target
    share = target.share if target is not None else None
    if target is not None and share is not None and share > 100:
        yield Problem(
            f"'{metric[target.span[0] : target.span[1]]}' is more than every case (100%): "
            f"state the share you keep, e.g. '{GOOD_METRIC[sop.lang]}'",
            *sop.position("metric", target.span[0]),
            "metric",
        )
    for duration in sop.standard.metric_durations:
        if duration.beyond_reason:
            yield Problem(
                f"'{metric[duration.span[0] : duration.span[1]][:60]}' is longer than 100 "
                f"years: no customer waits that long; state the real bound, e.g. "
                f"'{GOOD_METRIC[sop.lang]}'",
                *sop.position("metric", duration.span[0]),
                "metric",
            )
            break


RULE = Rule(
    code="SOP101",
    name="unmeasurable-metric",
    summary="metric must state a bound (time, share, limit or score), without vague words.",
    severity="error",
    check=check,
    examples=(
        Example(
            "en",
            failing=example("en", metric="Answer calls as quickly as possible"),
            passing=example(
                "en", metric="We answer letters within 10 working days", timeframe="10 working days"
            ),
        ),
        Example(
            "en",
            failing=example("en", metric="We respond to complaints promptly, 24 hours a day"),
            passing=example(
                "en",
                metric="Calls are answered with an average wait of no more than 30 seconds",
                timeframe="30 seconds",
            ),
        ),
        Example(
            "en",
            failing=example("en", metric="Staff are friendly to every customer"),
            passing=example(
                "en",
                metric="If we cannot answer straight away, we call you back within 2 working days",
                timeframe="2 working days",
            ),
        ),
        Example(
            "en",
            failing=example("en", metric="We reply to emails between 08:00 and 22:00"),
            passing=example(
                "en",
                metric="Our phone lines are open between 08:00 and 22:00",
                timeframe="08:00-22:00",
            ),
        ),
        Example(
            "en",
            failing=example("en", metric="We answer calls as quickly as we can"),
            passing=example(
                "en",
                metric="We reply to your email by the end of the next working day",
                timeframe="next working day",
            ),
        ),
        Example(
            "en",
            failing=example("en", metric="We answer the phone fast"),
            passing=example(
                "en", metric="We answer the phone within five rings", timeframe="5 rings"
            ),
        ),
        Example(
            "de",
            failing=example("de", metric="Anfragen zeitnah beantworten"),
            passing=example(
                "de",
                metric="Wir beantworten alle Anfragen innerhalb von 10 Werktagen",
                timeframe="10 Werktage",
            ),
        ),
        Example(
            "de",
            failing=example(
                "de", metric="Wir beantworten Ihre Anfragen Mo–Fr zwischen 8 und 18 Uhr"
            ),
            passing=example(
                "de",
                metric="Die Wartezeit im Bürgerbüro beträgt höchstens 20 Minuten",
                timeframe="20 Minuten",
            ),
        ),
        Example(
            "en",
            failing=example("en", metric="We keep waiting times as short as possible"),
            passing=example(
                "en",
                metric="Faults are fixed by 11.59pm on the next working day",
                timeframe="next working day",
            ),
        ),
        Example(
            "de",
            failing=example("de", metric="Wir prüfen die Anlagen regelmäßig und bei Bedarf"),
            passing=example(
                "de",
                metric="Die Straßenbeleuchtung wird 8-mal im Jahr geprüft",
                timeframe="8-mal im Jahr",
            ),
        ),
        Example(
            "de",
            failing=example("de", metric="Wir nehmen Ihren Anruf schnell an"),
            passing=example(
                "de",
                metric="Wir nehmen Ihren Anruf spätestens nach dem dritten Klingeln an",
                timeframe="3 Klingeln",
            ),
        ),
        Example(
            "de",
            failing=example("de", metric="Eine Antwort erhalten Sie umgehend"),
            passing=example(
                "de",
                metric="Sie erhalten am nächsten Werktag eine Antwort",
                timeframe="am nächsten Werktag",
            ),
        ),
        Example(
            "nl",
            failing=example("nl", metric="Wij helpen u zo snel mogelijk"),
            passing=example(
                "nl",
                metric="Wij beantwoorden uw e-mail binnen 3 werkdagen",
                timeframe="3 werkdagen",
            ),
        ),
        Example(
            "nl",
            failing=example(
                "nl", metric="Wij beantwoorden vragen in de chat tussen 08.00 en 22.00 uur"
            ),
            passing=example(
                "nl",
                metric="U wacht aan de balie gemiddeld maximaal 5 minuten",
                timeframe="5 minuten",
            ),
        ),
        Example(
            "nl",
            failing=example("nl", metric="Wij reageren tijdig op uw melding"),
            passing=example(
                "nl", metric="U krijgt op dezelfde dag antwoord", timeframe="op dezelfde dag"
            ),
        ),
        Example(
            "nl",
            failing=example(
                "nl", metric="De verwerkingstijd is minimaal 10 werkdagen", timeframe="10 werkdagen"
            ),
            passing=example(
                "nl", metric="De verwerkingstijd is maximaal 10 werkdagen", timeframe="10 werkdagen"
            ),
        ),
        Example(
            "en",
            failing=example("en", metric="We let you know as soon as an interpreter is found"),
            passing=example(
                "en",
                metric="We let you know within 2 working days of finding an interpreter",
                timeframe="2 working days",
            ),
        ),
    ),
    doc=__doc__ or "",
    tags=("standard",),
)
