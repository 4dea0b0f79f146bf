from participants.models.participant import Participant

__all__ = ["Participant"]
