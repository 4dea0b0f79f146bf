"""The skills dossier PDF: the participant's data in nl, en and ar, what stays out, the length,
the fingerprint that says when to make it again, and a fixed number of queries."""

import datetime
import subprocess

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from barriers.models import ParticipantBarrier
from dossiers.content import dossier_data
from dossiers.render import (
    DOSSIER_LANGUAGES,
    data_fingerprint,
    dossier_html,
    render_dossier,
    suggested_language,
)
from participants.models import Diploma, Evaluation, LanguageAssessment, SkillAssessment
from tests.dossier.pdf_data import add_rich_route, page_count, pdf_text

GENERATED_AT = datetime.datetime(2026, 11, 20, 9, 30, tzinfo=datetime.UTC)
# Per language: the programme's own texts (modeltranslation), the country (django-countries),
# a month (Django's locale) -- none of them depend on the project's catalogue being compiled.
EXPECTED = {
    "nl": ["Programma alpha", "Syrië", "Helpende Zorg", "Vooropleiding", "Samenwerken",
           "Problemen oplossen", "Nederlands leren", "september"],
    "en": ["Programme alpha", "Syria", "Care helper", "Pre-course", "Working together",
           "Solving problems", "Learning Dutch", "September"],
    "ar": ["برنامج ألفا", "سوريا", "مساعد رعاية", "الدورة التمهيدية", "العمل ضمن فريق",
           "حل المشكلات", "تعلم اللغة الهولندية", "سبتمبر"],
}  # fmt: skip
# The same rows, whatever the language: names, numbers and the free text as written.
EVERY_LANGUAGE = [
    "Amina Yusuf",
    "ALP-0001",
    "Certificaat Nederlands A2",
    "Nuffic",
    "Vriendelijk en geduldig met de bewoners.",
    "Helpt collega's bij het tillen.",
    "Je krijgt een plek bij de taalschool.",
    "Helpende zorg",  # the job
    "B1",
]


@pytest.fixture
def rich(world):
    return add_rich_route(world)


def render(world, language, **kwargs):
    with scope(programme=world.programme):
        return render_dossier(
            world.participant, language, version=kwargs.get("version", 1), generated_at=GENERATED_AT
        )


@pytest.mark.parametrize("language", DOSSIER_LANGUAGES)
def test_the_pdf_shows_the_participant_in_the_chosen_language(world, rich, language, tmp_path):
    text = pdf_text(render(world, language), tmp_path)
    for expected in EXPECTED[language] + EVERY_LANGUAGE:
        assert expected in text, expected
    others = {word for code, words in EXPECTED.items() if code != language for word in words}
    for word in others - set(EXPECTED[language]):
        # Another language's stage and skill names do not leak in ("Programme alpha" aside).
        if not word.startswith(("Programma", "Programme", "برنامج")):
            assert word not in text, word


def test_the_arabic_pdf_is_right_to_left_with_arabic_in_reading_order(world, rich, tmp_path):
    with scope(programme=world.programme):
        html = dossier_html(world.participant, "ar", version=1, generated_at=GENERATED_AT)
    assert '<html lang="ar" dir="rtl" class="dir-rtl theme-neutral">' in html
    text = pdf_text(render(world, "ar"), tmp_path)
    # Words of several Arabic letters each, in the order they are written and read.
    assert "تعلم اللغة الهولندية" in text
    assert "العمل ضمن فريق" in text
    # A Latin name and a number inside the Arabic pages come out whole.
    assert "Amina Yusuf" in text
    assert "ALP-0001" in text


def test_the_dutch_and_english_pdfs_are_left_to_right(world, rich):
    with scope(programme=world.programme):
        html = dossier_html(world.participant, "nl", version=1, generated_at=GENERATED_AT)
    assert '<html lang="nl" dir="ltr"' in html


def test_a_typical_dossier_has_two_to_four_pages_with_page_numbers(world, rich, tmp_path):
    for language in DOSSIER_LANGUAGES:
        text = pdf_text(render(world, language), tmp_path)
        assert 2 <= page_count(text) <= 4, language
    text = pdf_text(render(world, "en"), tmp_path)
    pages = page_count(text)
    assert f"Page 1 of {pages}" in text
    assert f"Page {pages} of {pages}" in text
    assert "Made on 20 November 2026" in text
    assert "Version 7" in pdf_text(render(world, "en", version=7), tmp_path)


def test_the_pdf_is_tagged_a4_and_titled(world, rich, tmp_path):
    path = tmp_path / "dossier.pdf"
    path.write_bytes(render(world, "en"))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "Title:           Skills dossier of Amina Yusuf" in info.stdout
    assert "Tagged:          yes" in info.stdout  # headings and tables for screen readers
    assert "(A4)" in info.stdout


def test_a_participant_with_little_data_still_gets_a_dossier(world, tmp_path):
    with scopes_disabled():
        world.participant.current_stage = None
        world.participant.municipality = None
        world.participant.country_of_origin = ""
        world.participant.save()
    for language in DOSSIER_LANGUAGES:
        text = pdf_text(render(world, language), tmp_path)
        assert "Amina Yusuf" in text
    assert "Still in a reception centre (AZC)" in pdf_text(render(world, "en"), tmp_path)


def test_what_the_participant_did_not_share_stays_out(world, rich, tmp_path):
    text = pdf_text(render(world, "nl"), tmp_path)
    for secret in rich.left_out:
        assert secret not in text, secret
    with scope(programme=world.programme):
        data = dossier_data(world.participant, "en")
    assert [barrier["name"] for barrier in data["barriers"]] == ["Learning Dutch"]


def test_a_barrier_appears_once_the_participant_adds_it_and_goes_when_staff_hide_it(world, rich):
    with scopes_disabled():
        ParticipantBarrier.objects.filter(pk=rich.kept.pk).update(in_dossier=True)
    with scope(programme=world.programme):
        names = [b["next_step"] for b in dossier_data(world.participant, "nl")["barriers"]]
    assert "NIET-GEDEELD-DOOR-DEELNEMER" in names
    with scopes_disabled():
        ParticipantBarrier.objects.filter(pk=rich.kept.pk).update(shared_with_participant=False)
    with scope(programme=world.programme):
        names = [b["next_step"] for b in dossier_data(world.participant, "nl")["barriers"]]
    assert "NIET-GEDEELD-DOOR-DEELNEMER" not in names


def test_the_data_says_what_the_pdf_shows(world, rich):
    with scope(programme=world.programme):
        data = dossier_data(world.participant, "en")
    assert data["summary"]["name"] == "Amina Yusuf"
    assert data["summary"]["language_target"] == "B1"
    assert [row["stage"] for row in data["route"]["history"]] == ["Pre-course", "Care helper"]
    assert data["route"]["ahead"] == ["Permanent job"]
    assert [row["level"] for row in data["languages"]["rows"]] == ["B1", "A2", "B1", "A2"]
    assert [c["status"] for c in data["credentials"]] == ["Done", "Applied"]
    soft = data["skills"][0]["rows"][0]
    assert (soft["name"], soft["staff_level"], soft["own_level"]) == (
        "Working together",
        "3 = good",
        "4 = I do this well",
    )
    evaluations = data["internships"][0]["evaluations"]
    assert [e["going_well"] for e in evaluations] == ["Vriendelijk en geduldig met de bewoners."]
    assert data["placements"][0]["role"] == "Helpende zorg"


# --- The fingerprint ----------------------------------------------------------------------------


def fingerprint(world):
    with scope(programme=world.programme):
        return data_fingerprint(world.participant)


def test_the_fingerprint_is_stable_and_the_same_in_every_language(world, rich):
    first = fingerprint(world)
    assert len(first) == 64
    assert fingerprint(world) == first
    render(world, "ar")  # making a dossier changes nothing
    assert fingerprint(world) == first


CHANGES = {
    "a level is corrected": lambda rich: LanguageAssessment.objects.filter(
        participant=rich.current.participant_id, skill="reading"
    ).update(level="B1"),
    "a skill is assessed": lambda rich: SkillAssessment.objects.create(
        programme_id=rich.current.programme_id,
        participant_id=rich.current.participant_id,
        skill=rich.transversal,
        level=3,
        assessed_on=datetime.date(2026, 11, 1),
    ),
    "a diploma is removed": lambda rich: Diploma.objects.filter(pk=rich.diploma.pk).delete(),
    "a barrier is shared": lambda rich: ParticipantBarrier.objects.filter(pk=rich.kept.pk).update(
        in_dossier=True
    ),
    "an evaluation is rewritten": lambda rich: Evaluation.objects.filter(
        pk=rich.evaluation.pk
    ).update(to_improve="Anders"),
    "a stage is renamed in Arabic": lambda rich: (
        type(rich.current.stage).objects.filter(pk=rich.current.stage_id).update(name_ar="اسم جديد")
    ),
    "the stage ends": lambda rich: (
        type(rich.current)
        .objects.filter(pk=rich.current.pk)
        .update(ended_on=datetime.date(2026, 11, 2), outcome="completed")
    ),
}


@pytest.mark.parametrize("change", CHANGES)
def test_the_fingerprint_changes_when_the_data_changes(world, rich, change):
    before = fingerprint(world)
    with scopes_disabled():
        CHANGES[change](rich)
    assert fingerprint(world) != before


def test_a_staff_only_change_outside_the_dossier_keeps_the_fingerprint(world, rich):
    before = fingerprint(world)
    with scopes_disabled():
        # A hidden evaluation and an unshared barrier are not in the dossier.
        Evaluation.objects.filter(going_well="ALLEEN-VOOR-DE-MENTOR").update(to_improve="x")
        ParticipantBarrier.objects.filter(pk=rich.staff_only.pk).update(next_step="y")
    assert fingerprint(world) == before


# --- Queries ------------------------------------------------------------------------------------


def test_the_dossier_data_takes_a_fixed_number_of_queries(world, rich, django_assert_num_queries):
    # participant (+programme, stage, municipality, user), stages, stage history, diplomas,
    # credentials, language levels, skill assessments (+skill), internships (+organisation),
    # their shared evaluations, jobs, barriers in the dossier (+type).
    with scope(programme=world.programme), django_assert_num_queries(11):
        dossier_data(world.participant, "nl")
    with scope(programme=world.programme), django_assert_num_queries(11):
        data_fingerprint(world.participant)


def test_more_rows_do_not_mean_more_queries(world, rich):
    def queries():
        with scope(programme=world.programme), CaptureQueriesContext(connection) as context:
            dossier_data(world.participant, "ar")
        return len(context)

    before = queries()
    add_rich_route_again(world)
    assert queries() == before


def add_rich_route_again(world):
    """More of everything: a second internship with evaluations, more levels and skills."""
    from participants.models import Internship, JobPlacement

    with scopes_disabled():
        internship = Internship.objects.create(
            programme=world.programme,
            participant=world.participant,
            organisation=world.organisation,
            starts_on=datetime.date(2026, 1, 5),
            ends_on=datetime.date(2026, 3, 5),
        )
        for day in (1, 15):
            Evaluation.objects.create(
                programme=world.programme, internship=internship, date=datetime.date(2026, 2, day)
            )
        JobPlacement.objects.create(
            programme=world.programme,
            participant=world.participant,
            employer=world.organisation,
            role="Woonbegeleider",
            contract="temporary",
            hours_per_week=24,
            starts_on=datetime.date(2026, 4, 1),
        )
        for skill in ("vaktaal", "listening"):
            LanguageAssessment.objects.create(
                programme=world.programme,
                participant=world.participant,
                skill=skill,
                level="B2",
                assessed_on=datetime.date(2026, 10, 1),
                source="certificate",
            )
        Diploma.objects.create(
            programme=world.programme,
            participant=world.participant,
            name="EHBO",
            obtained_on=datetime.date(2026, 5, 1),
        )


# --- Languages ----------------------------------------------------------------------------------


def test_the_participants_own_language_is_suggested(world):
    user = world.participant.user
    for language in DOSSIER_LANGUAGES:
        user.language = language
        assert suggested_language(world.participant) == language
    world.participant.user = None
    assert suggested_language(world.participant) == "nl"


def test_only_the_three_languages_can_be_rendered(world):
    with scope(programme=world.programme), pytest.raises(ValueError, match="No dossier"):
        render_dossier(world.participant, "de", version=1, generated_at=timezone.now())
