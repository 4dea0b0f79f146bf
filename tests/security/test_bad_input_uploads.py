"""Bad uploads on the intake's education step, where an applicant adds a diploma with a file.

Random bytes, a truncated image, an empty file, a name of 5,000 characters, a name that
is not UTF-8, two files at once, no file: the answer is the step with an error, or the
diploma is added with a file of an accepted type under a generated name. The diploma
and file stored before are still there afterwards. Removing a diploma by a made-up
number removes nothing.
"""

import os
import re
from dataclasses import replace

from django.urls import reverse
from django_scopes import scopes_disabled
from hypothesis import given, settings

from participants.models import IntakeDocument
from participants.uploads import ACCEPTED_TYPES
from tests.conftest import log_in
from tests.security.bad_input import assert_clear_answer, database_state, nasty_text, post
from tests.security.input_inventory import INVENTORY
from tests.security.intake_setup import answers_kept, drafting_applicant
from tests.security.property_runner import SCALE, check_form, rolled_back

EDUCATION = {"step": "education"}
GENERATED = re.compile(r"[0-9a-f]{32}(\.[a-z]{3,4})?")


def the_stored_diploma_is_kept(intake, document):
    answers = answers_kept(intake, "education")

    def check(before, after, response):
        answers(before, after, response)
        assert str(document.pk) in after["participants_intakedocument"]
        assert os.path.exists(document.file.path), "the stored diploma's file is gone"
        new = set(after["participants_intakedocument"]) - set(before["participants_intakedocument"])
        for pk in new:
            row = after["participants_intakedocument"][pk]
            assert row["content_type"] in ACCEPTED_TYPES, row["content_type"]
            # Stored under a generated name, never the one the client sent.
            assert GENERATED.fullmatch(os.path.basename(row["file"])), row["file"]

    return check


def test_diploma_uploads_answer_bad_files_clearly_and_keep_the_stored_diploma(
    client, world, private_media
):
    intake = drafting_applicant(world)
    with scopes_disabled():
        document = IntakeDocument.objects.get(intake=intake)
    entry = replace(INVENTORY["participants:apply_step"], kwargs=lambda world: EDUCATION)
    check_form(
        client,
        world,
        "participants:apply_step",
        entry,
        examples=25,
        files=("diploma_file",),
        also=the_stored_diploma_is_kept(intake, document),
        may_change=("participants_intake",),
        without=("remove_diploma",),
    )


def not_a_stored_index(value):
    try:
        return int(value) not in (0,)
    except (TypeError, ValueError):
        return True


def test_removing_a_diploma_by_a_made_up_number_removes_nothing(client, world, private_media):
    drafting_applicant(world)
    log_in(client, world.users["drafter"])
    path = reverse("participants:apply_step", kwargs={"programme": "alpha", **EDUCATION})

    @settings(max_examples=15 * SCALE)
    @given(nasty_text().filter(not_a_stored_index))
    def attempt(index):
        def run():
            before = database_state()
            response = post(client, path, [("remove_diploma", index)])
            assert_clear_answer(response)
            after = database_state()
            assert after["participants_intakedocument"] == before["participants_intakedocument"]
            assert after["participants_intake"] == before["participants_intake"]

        rolled_back(run)

    attempt()
