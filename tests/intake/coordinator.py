"""Helpers for the coordinator's selection tests: URLs, reviewers with an organisation, criteria."""

from urllib.parse import urlencode

from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.urls import reverse
from django_scopes import scopes_disabled

from programmes.models import Role, SelectionCriterion
from tests.conftest import log_in
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory


def queue_url(world, **query):
    url = reverse("participants:intake_queue", kwargs={"programme": world.programme.slug})
    return f"{url}?{urlencode(query)}" if query else url


def export_url(world, **query):
    url = reverse("participants:intake_export", kwargs={"programme": world.programme.slug})
    return f"{url}?{urlencode(query)}" if query else url


def intake_url(name, intake, **kwargs):
    """The URL of one of an application's pages: detail, review, decide, proposal, document."""
    return reverse(
        f"participants:intake_{name}",
        kwargs={"programme": intake.programme.slug, "pk": intake.pk, **kwargs},
    )


def make_reviewer(world, email, organisation=None, role=Role.COORDINATOR):
    """A staff member of ``world``'s programme with TOTP set up, working for ``organisation``."""
    with scopes_disabled():
        user = UserFactory(email=email, name=email.split("@")[0].title())
        MembershipFactory(
            user=user, programme=world.programme, role=role, organisation=organisation
        )
        TOTP.activate(user, generate_totp_secret())
    return user


def make_organisation(world, name):
    with scopes_disabled():
        return OrganisationFactory(programme=world.programme, name=name)


def add_criteria(world, *specs):
    """Criteria from (name, weight, scale_max) tuples, in that order."""
    with scopes_disabled():
        return [
            SelectionCriterion.objects.create(
                programme=world.programme,
                position=position,
                # The Dutch field itself: ``name=`` would fill the active language's field,
                # which depends on what ran before.
                name_nl=name,
                weight=weight,
                scale_max=scale_max,
            )
            for position, (name, weight, scale_max) in enumerate(specs, start=1)
        ]


def score_data(criteria, values, note=""):
    """The POST data of the review form: a score per criterion (None: no score)."""
    data = {"note": note}
    for criterion, value in zip(criteria, values, strict=True):
        data[f"criterion_{criterion.pk}"] = "" if value is None else str(value)
    return data


def log_in_in_english(client, user):
    """Log in a reviewer whose pages are in English, so tests read the English messages."""
    with scopes_disabled():
        user.language = "en"
        user.save(update_fields=["language"])
    return log_in(client, user)
