"""Applying on a phone: account by code, steps saved as drafts, validation, submit."""

import io
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_scopes import scope, scopes_disabled
from PIL import Image

from participants.models import Intake, IntakeDocument
from programmes.models import EligibilityRule, IntakeQuestion
from tests.conftest import log_in
from tests.factories import UserFactory
from tests.intake.applicant import VALID, fill_all, post_step, step_url


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (2, 2), (0, 128, 0, 255)).save(out, "PNG")
    return out.getvalue()


PNG = _png()  # a real picture: uploads are decoded and saved again


@pytest.fixture
def applicant(client, world):
    with scopes_disabled():
        user = UserFactory(email="yasmin@example.org")
    log_in(client, user)
    return user


def apply_url(world):
    return reverse("participants:apply", kwargs={"programme": world.programme.slug})


def own_intake(world, user):
    with scope(programme=world.programme):
        return Intake.objects.get(programme=world.programme, applicant=user)


def test_a_newcomer_makes_an_account_by_email_code_and_lands_on_the_first_step(client, world):
    response = client.get(apply_url(world))
    assert response.url.startswith(reverse("account_signup"))
    response = client.post(response.url, {"email": "newcomer@example.org"})
    assert response.status_code == 302
    code = re.search(r"^([A-Z0-9]{6}|[A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[-1].body, re.M).group(
        1
    )
    response = client.post(reverse("account_email_verification_sent"), {"code": code}, follow=True)
    assert response.redirect_chain[-1][0] == step_url(world.programme, "personal")


def test_each_step_saves_and_moves_on(client, world, applicant):
    client.get(apply_url(world))
    response = post_step(client, world.programme, "personal")
    assert response.url == step_url(world.programme, "household")
    intake = own_intake(world, applicant)
    assert intake.answers["given_name"] == "Yasmin"
    assert intake.family_name == "Al-Khatib"
    assert intake.status == Intake.Status.DRAFT
    assert intake.reference == "ALP-A-0002"


def test_nothing_typed_is_lost_on_a_validation_error(client, world, applicant):
    client.get(apply_url(world))
    response = post_step(client, world.programme, "personal", given_name="", family_name="Haddad")
    assert response.status_code == 200
    assert "given_name" in response.context["form"].errors
    assert 'value="Haddad"' in response.content.decode()
    # Leave and come back another day: the typed value is still there.
    again = client.get(step_url(world.programme, "personal"))
    assert 'value="Haddad"' in again.content.decode()


@pytest.mark.parametrize(
    ("step", "field", "value", "message"),
    [
        ("personal", "date_of_birth", "2090-01-01", "in the future"),
        ("personal", "date_of_birth", "2020-01-01", "16 or older"),
        ("personal", "date_of_birth", "31-31-1990", "Enter a valid date"),
        ("availability", "available_from", "2001-01-01", "has passed"),
        ("availability", "hours_per_week", "90", "less than or equal to 40"),
        ("residence", "azc_location", "", "name of your reception centre"),
        ("motivation", "motivation", "Ik wil.", "at least 20 characters"),
    ],
)
def test_impossible_answers_get_a_clear_message(
    client, world, applicant, step, field, value, message
):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    client.get(apply_url(world))
    response = post_step(client, world.programme, step, **{field: value})
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])


def test_the_messages_are_in_the_applicants_language(client, world, applicant):
    client.post(reverse("set_language"), {"language": "nl", "next": "/"})
    client.get(apply_url(world))
    response = post_step(client, world.programme, "consent", consent="")
    assert "Zonder" in " ".join(response.context["form"].errors["consent"])


def test_save_and_stop_keeps_a_draft_and_resume_goes_on_where_you_stopped(client, world, applicant):
    client.get(apply_url(world))
    post_step(client, world.programme, "personal")
    post_step(client, world.programme, "household")
    response = client.post(
        step_url(world.programme, "residence"), {"residence_type": "own_home", "later": "1"}
    )
    assert response.url == reverse("participants:application", kwargs={"programme": "alpha"})
    page = client.get(response.url).content.decode()
    assert "Go on" in page or "verder" in page.lower()
    # Another day: Apply goes to the first unfinished step, with the draft answer kept.
    resumed = client.get(apply_url(world))
    assert resumed.url == step_url(world.programme, "residence")
    assert 'value="own_home" class="' in client.get(resumed.url).content.decode() or (
        "checked" in client.get(resumed.url).content.decode()
    )


def test_a_second_application_shows_the_existing_one(client, world):
    log_in(client, world.users["applicant"])  # already applied in the fixture
    response = client.get(apply_url(world), follow=True)
    assert response.redirect_chain[-1][0] == reverse(
        "participants:application", kwargs={"programme": "alpha"}
    )
    assert world.intake.reference in response.content.decode()
    with scopes_disabled():
        assert Intake.objects.filter(applicant=world.users["applicant"]).count() == 1


def test_a_diploma_with_a_scan_is_added_and_can_be_removed(
    client, world, applicant, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.get(apply_url(world))
    response = client.post(
        step_url(world.programme, "education"),
        {
            "education_level": "vocational",
            "diploma_country": "SY",
            "diploma_level": "MBO 4",
            "diploma_field": "Verpleegkunde",
            "diploma_year": "2015",
            "diploma_file": SimpleUploadedFile("scan.png", PNG, content_type="application/pdf"),
            "add_diploma": "1",
        },
    )
    assert response.status_code == 302
    intake = own_intake(world, applicant)
    assert intake.answers["diplomas"][0]["field"] == "Verpleegkunde"
    with scope(programme=world.programme):
        document = IntakeDocument.objects.get(intake=intake)
        assert document.content_type == "image/png"  # by content, not by the name or header
        assert document.original_name == "scan.png"
        stored = document.file.name.rsplit("/", 1)[-1]
        assert "scan" not in stored  # a generated name on disk
    client.post(step_url(world.programme, "education"), {"remove_diploma": "0"})
    with scope(programme=world.programme):
        intake.refresh_from_db()
        assert intake.answers["diplomas"] == []
        assert not IntakeDocument.objects.filter(intake=intake).exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("diploma.pdf", b"just some text, not a pdf"), "cannot open this type"),
        (SimpleUploadedFile("big.png", PNG + b"0" * (5 * 1024 * 1024)), "The limit is 5.0"),
    ],
)
def test_a_wrong_or_too_big_file_is_refused_and_the_typed_diploma_kept(
    client, world, applicant, upload, message, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    client.get(apply_url(world))
    response = client.post(
        step_url(world.programme, "education"),
        {
            "education_level": "higher",
            "diploma_level": "Bachelor",
            "diploma_field": "Nursing",
            "diploma_file": upload,
            "add_diploma": "1",
        },
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content
    assert 'value="Nursing"' in content
    assert "PDF, JPG, PNG" in content  # the accepted types are stated on the page


def test_the_applicant_sees_which_rule_they_do_not_meet_and_why(client, world, applicant):
    with scopes_disabled():
        EligibilityRule.objects.create(
            programme=world.programme,
            answer="household",
            operator="equals",
            value="single",
            explanation_en="This programme is for people who live alone.",
        )
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    fill_all(client, world.programme, household={"household": "family"})
    check = reverse("participants:apply_check", kwargs={"programme": "alpha"})
    page = client.get(check).content.decode()
    assert "This programme is for people who live alone." in page
    assert "Send my application" not in page
    client.post(check)
    assert own_intake(world, applicant).status == Intake.Status.DRAFT
    post_step(client, world.programme, "household", household="single")
    assert "Send my application" in client.get(check).content.decode()


def test_submitting_confirms_on_screen_and_by_email_in_the_applicants_language(
    client, world, applicant, django_capture_on_commit_callbacks
):
    client.post(reverse("set_language"), {"language": "ar", "next": "/"})
    fill_all(client, world.programme)
    check = reverse("participants:apply_check", kwargs={"programme": "alpha"})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(check, follow=True)
    assert response.redirect_chain[-1][0] == reverse(
        "participants:application", kwargs={"programme": "alpha"}
    )
    intake = own_intake(world, applicant)
    assert intake.status == Intake.Status.SUBMITTED
    assert intake.language == "ar"
    with scope(programme=world.programme):
        assert intake.events.get().to_status == Intake.Status.SUBMITTED
    assert len(mail.outbox) == 1
    assert intake.reference in mail.outbox[0].body
    assert 'dir="rtl"' in response.content.decode()


def test_an_extra_question_of_the_programme_is_asked_and_can_be_a_rule(client, world, applicant):
    with scopes_disabled():
        IntakeQuestion.objects.create(
            programme=world.programme,
            step="residence",
            key="wants-to-live-in-alpha",
            kind="yes_no",
            label_en="Do you want to live in Alpha?",
        )
        EligibilityRule.objects.create(
            programme=world.programme,
            answer="wants-to-live-in-alpha",
            operator="equals",
            value="yes",
            explanation_en="You need to want to live in Alpha.",
        )
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    client.get(apply_url(world))
    page = client.get(step_url(world.programme, "residence")).content.decode()
    assert "Do you want to live in Alpha?" in page
    fill_all(client, world.programme, residence={"q_wants-to-live-in-alpha": "no"})
    check = client.get(reverse("participants:apply_check", kwargs={"programme": "alpha"}))
    assert "You need to want to live in Alpha." in check.content.decode()


def test_a_closed_programme_takes_no_new_applications(client, world, applicant):
    with scopes_disabled():
        world.programme.intake_open = False
        world.programme.save()
    response = client.get(apply_url(world))
    assert response.status_code == 200
    assert response.templates[0].name == "participants/apply/closed.html"
    with scopes_disabled():
        assert not Intake.objects.filter(applicant=applicant).exists()


def test_valid_answers_are_all_known_steps():
    from participants.intake_form import STEPS

    assert list(VALID) == STEPS
