"""factory-boy factories. Use them inside scopes_disabled() (the fixtures do)."""

import datetime

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from participants.models import Intake, Participant
from portal.models import User
from programmes.models import Membership, Municipality, Organisation, Programme, Stage


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    name = factory.Faker("name")
    language = "nl"
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery")

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"programme-{n}")
    number_prefix = factory.LazyAttribute(lambda o: o.slug[:3].upper())
    name_nl = factory.LazyAttribute(lambda o: f"Programma {o.slug}")
    name_en = factory.LazyAttribute(lambda o: f"Programme {o.slug}")
    name_ar = factory.LazyAttribute(lambda o: f"برنامج {o.slug}")
    description_nl = "Een route naar werk in de zorg."
    contact_email = factory.LazyAttribute(lambda o: f"info@{o.slug}.example")


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"gemeente-{n}")
    name = factory.LazyAttribute(lambda o: o.code.title())


class StageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Stage

    programme = factory.SubFactory(ProgrammeFactory)
    key = factory.Sequence(lambda n: f"stage-{n}")
    position = factory.Sequence(lambda n: n + 1)
    name_nl = factory.LazyAttribute(lambda o: f"Fase {o.key}")
    name_en = factory.LazyAttribute(lambda o: f"Stage {o.key}")
    goal_nl = "Je haalt je diploma."
    expected_months = 12


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    programme = factory.SubFactory(ProgrammeFactory)
    name = factory.Sequence(lambda n: f"Zorgorganisatie {n}")
    kind = Organisation.Kind.CARE_PROVIDER


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    programme = factory.SubFactory(ProgrammeFactory)
    role = "participant"


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participant

    programme = factory.SubFactory(ProgrammeFactory)
    number = factory.Sequence(lambda n: f"T-{n:05d}")
    given_name = factory.Faker("first_name")
    family_name = factory.Faker("last_name")
    country_of_origin = "SY"
    stage_started_on = datetime.date(2025, 9, 1)


class IntakeFactory(factory.django.DjangoModelFactory):
    """A submitted application with complete answers (override status for others)."""

    class Meta:
        model = Intake

    programme = factory.SubFactory(ProgrammeFactory)
    applicant = factory.SubFactory(UserFactory)
    reference = factory.Sequence(lambda n: f"A-{n:05d}")
    status = Intake.Status.SUBMITTED
    language = "nl"
    given_name = factory.Faker("first_name")
    family_name = factory.Faker("last_name")
    household = "single"
    residence_type = "azc"
    dutch_level = "A2"
    submitted_at = factory.LazyFunction(timezone.now)
    answers = factory.LazyAttribute(
        lambda o: {
            "given_name": o.given_name,
            "family_name": o.family_name,
            "date_of_birth": "1995-03-14",
            "country_of_origin": "SY",
            "household": o.household,
            "residence_type": o.residence_type,
            "azc_location": "AZC Katwijk",
            "languages_spoken": "Arabisch, Engels",
            "dutch_listening": "A2",
            "dutch_reading": "A2",
            "dutch_speaking": "A2",
            "dutch_writing": "A2",
            "education_level": "secondary",
            "diplomas": [],
            "worked_in_care": "yes",
            "work_experience": "Twee jaar in een ziekenhuis in Aleppo.",
            "motivation": "Ik wil graag voor ouderen zorgen.",
            "available_from": "2027-01-01",
            "hours_per_week": 40,
            "consent": True,
        }
    )
