"""Rows as records that serve both downloads: JSON values for machines, words for the PDF.

A ``Record`` is an ordered list of ``Item``s. Each item has an English snake_case
``key`` and a JSON value (the JSON download), and a translated ``label`` and a
``display`` text (the PDF). Labels come from the model fields' own verbose names,
so the PDF says "started on", in the reader's language, without a second list of words.
Build records inside ``translation.override(language)``: labels and choice names are
turned into text there.
"""

import datetime
from dataclasses import dataclass, field

from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext

EMPTY = "\u2013"  # an en dash: "nothing here"


@dataclass
class Item:
    key: str
    label: str
    value: object
    display: str


@dataclass
class Group:
    """Rows that belong to one row (a barrier's actions), shown below it."""

    key: str
    title: str
    records: list


@dataclass
class Record:
    items: list = field(default_factory=list)
    groups: list = field(default_factory=list)

    def as_json(self) -> dict:
        data = {item.key: item.value for item in self.items}
        for group in self.groups:
            data[group.key] = [record.as_json() for record in group.records]
        return data


@dataclass
class Section:
    """One heading of the PDF and one top-level key of the JSON."""

    key: str
    title: str
    records: list
    explanation: str = ""
    single: bool = False  # one object in the JSON (the account), not a list

    def as_json(self):
        if self.single:
            return self.records[0].as_json() if self.records else None
        return [record.as_json() for record in self.records]


def json_value(value):
    """A value JSON can hold: dates and times as ISO 8601 text."""
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, dict | list | str | int | float | bool) or value is None:
        return value
    return str(value)


def display_value(value) -> str:
    """A value as words for the PDF."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "j F Y, H:i")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "j F Y")
    if isinstance(value, dict):
        return "; ".join(f"{key}: {display_value(inner)}" for key, inner in value.items()) or EMPTY
    if isinstance(value, list | tuple):
        return ", ".join(display_value(inner) for inner in value) or EMPTY
    return str(value)


def model_items(obj, *names) -> list:
    """Items for model fields of ``obj``: label from the field, choices as their names."""
    items = []
    for name in names:
        model_field = obj._meta.get_field(name)
        raw = getattr(obj, name)
        if isinstance(model_field, models.ForeignKey):
            raise TypeError(f"{name}: give a related object as an extra item")
        if model_field.choices and raw not in (None, ""):
            display = str(getattr(obj, f"get_{name}_display")())
        elif name == "country_of_origin":
            display, raw = (raw.name, raw.code) if raw else ("", "")
        else:
            display = display_value(raw)
        items.append(Item(name, str(model_field.verbose_name), json_value(raw), display or EMPTY))
    return items


def item(key, label, value, display=None) -> Item:
    """An item that is not a model field: a related name, a computed value."""
    return Item(key, str(label), json_value(value), display or display_value(value))


def record(obj, *names, first=(), extra=(), groups=()) -> Record:
    """A record of ``names`` (model fields of ``obj``) between ``first`` and ``extra`` items."""
    return Record(items=[*first, *model_items(obj, *names), *extra], groups=list(groups))
