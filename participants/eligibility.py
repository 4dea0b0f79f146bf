"""Does an applicant meet a programme's eligibility rules? Each result says why."""

from dataclasses import dataclass

from participants.models import CEFR_ORDER
from programmes.models import EligibilityRule


@dataclass(frozen=True)
class RuleResult:
    rule: EligibilityRule
    met: bool | None  # None: not answered yet

    @property
    def explanation(self):
        return self.rule.explanation


def _check(rule, answer):
    if answer in (None, "", []):
        return None
    answer = str(answer).strip().lower()
    value = rule.value.strip().lower()
    if rule.operator == EligibilityRule.Operator.EQUALS:
        return answer == value
    if rule.operator == EligibilityRule.Operator.ONE_OF:
        return answer in {item.strip().lower() for item in value.split(",")}
    if rule.operator == EligibilityRule.Operator.AT_LEAST:
        levels = [level.lower() for level in CEFR_ORDER]
        if answer not in levels or value not in levels:
            return False
        return levels.index(answer) >= levels.index(value)
    return False


def evaluate(intake, rules=None) -> list[RuleResult]:
    """The programme's rules, each met, not met, or not answered yet, for this application."""
    if rules is None:
        rules = EligibilityRule.objects.filter(programme=intake.programme)
    answers = {**intake.answers, "dutch_level": intake.dutch_level}
    return [RuleResult(rule, _check(rule, answers.get(rule.answer))) for rule in rules]


def unmet(results) -> list[RuleResult]:
    return [result for result in results if result.met is False]
