"""Apply the retention period now, in every active programme (or one), without Celery."""

from django.core.management.base import BaseCommand, CommandError
from django_scopes import scope

from privacy.retention import apply_retention
from programmes.models import Programme


class Command(BaseCommand):
    help = "Erase participants and applications that are past their programme's retention period."

    def add_arguments(self, parser):
        parser.add_argument("--programme", help="the slug of one programme")

    def handle(self, *args, **options):
        programmes = Programme.objects.filter(is_active=True).order_by("pk")
        if options["programme"]:
            programmes = programmes.filter(slug=options["programme"])
            if not programmes.exists():
                raise CommandError(f"No active programme {options['programme']!r}.")
        for programme in programmes:
            with scope(programme=programme):
                run = apply_retention(programme)
            self.stdout.write(
                f"{programme.slug}: {run.participants} participants erased, "
                f"{run.applications} applications deleted"
            )
