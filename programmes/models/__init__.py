from programmes.models.intake_config import (
    EligibilityRule,
    IntakeQuestion,
    SelectionCriterion,
    Step,
)
from programmes.models.membership import STAFF_ROLES, Membership, Role
from programmes.models.organisations import Municipality, Organisation
from programmes.models.programme import Programme, Theme
from programmes.models.stages import Stage

__all__ = [
    "STAFF_ROLES",
    "EligibilityRule",
    "IntakeQuestion",
    "Membership",
    "Municipality",
    "Organisation",
    "Programme",
    "Role",
    "SelectionCriterion",
    "Stage",
    "Step",
    "Theme",
]
