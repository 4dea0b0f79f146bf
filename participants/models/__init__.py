from participants.models.intake import CEFR, CEFR_ORDER, Intake, IntakeDocument, IntakeEvent
from participants.models.participant import Participant
from participants.models.review import DecisionProposal, Review, Score

__all__ = [
    "CEFR",
    "CEFR_ORDER",
    "DecisionProposal",
    "Intake",
    "IntakeDocument",
    "IntakeEvent",
    "Participant",
    "Review",
    "Score",
]
