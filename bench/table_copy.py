"""Fast inserts for the seeder: rows go to PostgreSQL with COPY, ids are handed out here.

A ``TableWriter`` takes rows for one model as tuples in the order of its ``fields``
(``id`` first, which the writer hands out), fills every other column from the
field's default, and sends them with COPY in batches. The benchmark database is
the seeder's alone, so handing out ids from ``max(id) + 1`` is safe; ``finish``
moves the id sequence past them afterwards.
"""

import datetime
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models

BATCH = 20_000


class TableWriter:
    """COPY rows into one model's table, in batches, with ids handed out here."""

    def __init__(self, model, fields: list[str], *, now: datetime.datetime, table: str = ""):
        self.model = model
        self.table = table or model._meta.db_table  # another table: a staging copy
        given = [model._meta.get_field(name) for name in fields]
        self.fields = fields
        self.columns = ["id"] + [field.column for field in given]
        self.json_at = {
            i + 1 for i, field in enumerate(given) if isinstance(field, models.JSONField)
        }
        self.filled = []  # (column, value) for columns the caller leaves to their default
        for field in model._meta.local_concrete_fields:
            if field.primary_key or field in given:
                continue
            value = _default(field, now)
            if value is not None:
                self.filled.append((field.column, value))
        self.columns += [column for column, _value in self.filled]
        self.constant = tuple(value for _column, value in self.filled)
        self.rows: list[tuple] = []
        self.count = 0
        with connection.cursor() as cursor:
            cursor.execute(f'SELECT COALESCE(MAX(id), 0) FROM "{self.table}"')
            self.next_id = cursor.fetchone()[0] + 1

    def add(self, *values) -> int:
        """Queue one row (values in the order of ``fields``); returns its id."""
        row_id = self.next_id
        self.next_id += 1
        row = (row_id, *values)
        if self.json_at:
            row = tuple(
                json.dumps(value, cls=DjangoJSONEncoder) if i in self.json_at else value
                for i, value in enumerate(row)
            )
        self.rows.append(row + self.constant)
        if len(self.rows) >= BATCH:
            self.flush()
        return row_id

    def flush(self) -> None:
        if not self.rows:
            return
        columns = ", ".join(f'"{column}"' for column in self.columns)
        raw = connection.connection  # psycopg 3: COPY is not part of Django's cursor API
        with (
            raw.cursor() as cursor,
            cursor.copy(f'COPY "{self.table}" ({columns}) FROM STDIN') as copy,
        ):
            for row in self.rows:
                copy.write_row(row)
        self.count += len(self.rows)
        self.rows = []

    def finish(self) -> int:
        """Send what is left and move the id sequence past the ids handed out."""
        self.flush()
        if self.table != self.model._meta.db_table:
            return self.count
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence(%s, 'id'), "
                f'(SELECT GREATEST(MAX(id), 1) FROM "{self.table}"))',
                [self.table],
            )
        return self.count


def _default(field, now):
    """The value a column gets when the seeder does not give one; None leaves it NULL."""
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return now
    if field.has_default():
        value = field.get_default()
        if isinstance(field, models.JSONField):
            return json.dumps(value, cls=DjangoJSONEncoder)
        return str(value) if isinstance(value, str) else value  # TextChoices -> plain str
    if field.null:
        return None
    if isinstance(field, models.CharField | models.TextField) and field.blank:
        return ""
    raise ValueError(f"{field.model.__name__}.{field.name} needs a value from the seeder.")
