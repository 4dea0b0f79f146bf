from participants.models.consent import Consent, ConsentText, Purpose
from participants.models.credentials import Credential
from participants.models.housing import HousingAllocation, HousingUnit
from participants.models.intake import CEFR, CEFR_ORDER, Intake, IntakeDocument, IntakeEvent
from participants.models.key_dates import KeyDate
from participants.models.languages import LanguageAssessment
from participants.models.notes import CaseNote
from participants.models.participant import Participant
from participants.models.placement import (
    SOFT_SKILLS,
    Evaluation,
    FollowUp,
    Internship,
    JobPlacement,
)
from participants.models.review import DecisionProposal, Review, Score
from participants.models.route import Attendance, Diploma, Schedule, Session, StageEntry
from participants.models.skills import Skill, SkillAssessment

__all__ = [
    "CEFR",
    "CEFR_ORDER",
    "SOFT_SKILLS",
    "Attendance",
    "CaseNote",
    "Consent",
    "ConsentText",
    "Credential",
    "DecisionProposal",
    "Diploma",
    "Evaluation",
    "FollowUp",
    "HousingAllocation",
    "HousingUnit",
    "Intake",
    "IntakeDocument",
    "IntakeEvent",
    "Internship",
    "JobPlacement",
    "KeyDate",
    "LanguageAssessment",
    "Participant",
    "Purpose",
    "Review",
    "Schedule",
    "Score",
    "Session",
    "Skill",
    "SkillAssessment",
    "StageEntry",
]
