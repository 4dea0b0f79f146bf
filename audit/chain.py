"""Checking the audit log's hash chain (PostgreSQL keeps it: migration 0004).

Every entry's hash is recomputed with the database's own function, every link
to the entry before it is compared, and the last entry of each programme must
be the head PostgreSQL moved on insert. A changed entry, a removed one (in the
middle or at the end) and an inserted one each break one of these.
"""

from dataclasses import dataclass, field

from django.db import connection

from programmes.tenancy import maintenance_scope

ENTRIES = """
SELECT id, programme_id, previous_hash, hash, audit_entry_digest(e),
       lag(hash) OVER (PARTITION BY programme_id ORDER BY id)
FROM audit_auditentry e
WHERE %(programme)s::bigint IS NULL OR programme_id = %(programme)s::bigint
ORDER BY programme_id, id
"""
HEADS = """
SELECT programme_id, last_id, last_hash, entries FROM audit_auditchainhead
WHERE %(programme)s::bigint IS NULL OR programme_id = %(programme)s::bigint
"""


@dataclass
class ChainReport:
    checked: int = 0
    problems: list[str] = field(default_factory=list)
    heads: dict = field(default_factory=dict)

    @property
    def intact(self) -> bool:
        return not self.problems


def verify(programme_id=None) -> ChainReport:
    """Walk the chain (a server-side cursor: a million entries stay out of memory)."""
    if connection.vendor != "postgresql":
        raise RuntimeError("The audit chain is kept by PostgreSQL only.")
    # An operator's check of every programme's chain: row-level security opens them all.
    with maintenance_scope():
        return _verify(programme_id)


def _verify(programme_id) -> ChainReport:
    report = ChainReport()
    last = {}  # programme -> (id, hash, count)
    with connection.chunked_cursor() as cursor:
        cursor.execute(ENTRIES, {"programme": programme_id})
        for pk, programme, previous, digest, expected, prior in cursor:
            report.checked += 1
            if digest != expected:
                report.problems.append(f"entry {pk} (programme {programme}) was changed")
            if previous != (prior or ""):
                report.problems.append(
                    f"entry {pk} (programme {programme}) does not follow the entry before it: "
                    "an entry was removed or inserted"
                )
            count = last.get(programme, (None, None, 0))[2] + 1
            last[programme] = (pk, digest, count)
    with connection.cursor() as cursor:
        cursor.execute(HEADS, {"programme": programme_id})
        heads = {row[0]: row[1:] for row in cursor.fetchall()}
    for programme in sorted(set(heads) | set(last)):
        head_id, head_hash, head_count = heads.get(programme, (None, None, 0))
        last_id, last_hash, count = last.get(programme, (None, None, 0))
        report.heads[programme] = head_hash
        if (head_id, head_hash, head_count) != (last_id, last_hash, count):
            report.problems.append(
                f"programme {programme}: the chain ends at entry {last_id} ({count} entries), "
                f"but its head says entry {head_id} ({head_count} entries): entries were removed"
            )
    return report
