"""The reminder rules, in the order the admin's settings page shows them.

Importing this package registers every rule's kind with notifications.kinds
(``kinds.autodiscover()`` does so when Django starts), so the inbox, the
emails and the preferences page know their words.
"""

from notifications import kinds
from notifications.rules import (
    barrier_actions,
    documents,
    evaluation,
    exams,
    follow_up,
    intake_waiting,
    interview,
    stage_end,
)
from notifications.rules.base import Days, Reminder, Rule, Scan

RULES: list[Rule] = [
    intake_waiting.RULE,
    interview.RULE,
    stage_end.ENDS_SOON,
    stage_end.PAST_END,
    evaluation.RULE,
    exams.RULE,
    documents.RULE,
    follow_up.RULE,
    barrier_actions.RULE,
]
BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}

for _rule in RULES:
    kinds.register(_rule.kind)

__all__ = ["BY_CODE", "RULES", "Days", "Reminder", "Rule", "Scan"]
