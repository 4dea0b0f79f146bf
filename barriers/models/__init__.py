from barriers.models.catalogue import BarrierType
from barriers.models.participant import BarrierAction, BarrierEvent, ParticipantBarrier

__all__ = ["BarrierAction", "BarrierEvent", "BarrierType", "ParticipantBarrier"]
