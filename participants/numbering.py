"""Running numbers per programme: participant numbers (LEI-0012) and references (LEI-A-0012).

As text "LEI-10000" sorts before "LEI-9999", so ``Max`` stops at 9999 and the next
number already exists: from the 10,001st person on, nobody could be enrolled or
apply. The highest number is the longest, and among equally long ones the
highest as text.
"""

from django.db.models.functions import Length


def highest_sequence(queryset, field: str, prefix: str) -> int:
    """The highest running number after ``prefix`` in ``field`` of ``queryset``, or 0."""
    highest = (
        queryset.filter(**{f"{field}__startswith": prefix})
        .annotate(length=Length(field))
        .order_by("-length", f"-{field}")
        .values_list(field, flat=True)
        .first()
    )
    return int(highest.rsplit("-", 1)[1]) if highest else 0
