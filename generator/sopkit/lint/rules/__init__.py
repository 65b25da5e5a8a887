"""The registry of rules, in code order. Codes are never reused.

Add a rule by writing its module and adding it here: no import-time discovery,
so the order (and `sopkit rules`) is explicit.
"""

from __future__ import annotations

from sopkit.lint.registry import Rule
from sopkit.lint.rules import (
    sop001_unreadable_file,
    sop002_missing_front_matter,
    sop003_invalid_front_matter,
    sop004_unknown_key,
    sop005_invalid_value,
    sop006_missing_key,
    sop007_unknown_touchpoint,
    sop008_duplicate_id,
    sop009_invalid_suppression,
    sop010_unused_suppression,
    sop101_unmeasurable_metric,
    sop102_hedged_metric,
    sop103_metric_one_sentence,
    sop104_vague_timeframe,
    sop105_invalid_timeframe,
    sop106_timeframe_mismatch,
    sop201_missing_steps,
    sop300_style_rule,
    sop301_hedging,
    sop302_vague_timing,
    sop303_vague_quantity,
    sop304_long_sentence,
    sop305_preferred_term,
    sop306_rejected_term,
    sop310_future_tense,
    sop311_past_tense_step,
    sop312_one_action_per_step,
)

RULES: tuple[Rule, ...] = (
    sop001_unreadable_file.RULE,
    sop002_missing_front_matter.RULE,
    sop003_invalid_front_matter.RULE,
    sop004_unknown_key.RULE,
    sop005_invalid_value.RULE,
    sop006_missing_key.RULE,
    sop007_unknown_touchpoint.RULE,
    sop008_duplicate_id.RULE,
    sop009_invalid_suppression.RULE,
    sop010_unused_suppression.RULE,
    sop101_unmeasurable_metric.RULE,
    sop102_hedged_metric.RULE,
    sop103_metric_one_sentence.RULE,
    sop104_vague_timeframe.RULE,
    sop105_invalid_timeframe.RULE,
    sop106_timeframe_mismatch.RULE,
    sop201_missing_steps.RULE,
    sop300_style_rule.RULE,
    sop301_hedging.RULE,
    sop302_vague_timing.RULE,
    sop303_vague_quantity.RULE,
    sop304_long_sentence.RULE,
    sop305_preferred_term.RULE,
    sop306_rejected_term.RULE,
    sop310_future_tense.RULE,
    sop311_past_tense_step.RULE,
    sop312_one_action_per_step.RULE,
)
