"""Run the reminder scan now, in this process: what beat starts every hour.

manage.py scan_reminders              every active programme
manage.py scan_reminders leiden       one programme
"""

from django.core.management.base import BaseCommand, CommandError
from django_scopes import scope

from notifications.scan import scan_programme
from programmes.models import Programme


class Command(BaseCommand):
    help = "Run the reminder rules of every active programme (or the ones named) now."

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*", help="Only these programmes.")

    def handle(self, *args, slugs, **options):
        programmes = Programme.objects.filter(is_active=True).order_by("slug")
        if slugs:
            programmes = programmes.filter(slug__in=slugs)
            missing = set(slugs) - {p.slug for p in programmes}
            if missing:
                raise CommandError(f"No active programme: {', '.join(sorted(missing))}")
        for programme in programmes:
            with scope(programme=programme):
                made = scan_programme(programme)
            self.stdout.write(f"{programme.slug}: {sum(made.values())} new reminders")
