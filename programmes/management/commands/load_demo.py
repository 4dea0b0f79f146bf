from django.core.management.base import BaseCommand
from django.test.utils import override_settings
from django.utils import translation

from programmes.demo.loader import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Create or update the demo programmes, users and participants (idempotent)."

    def handle(self, *args, **options):
        translation.activate("en")
        # The demo applicants' confirmation mails would flood the terminal.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            report = load_demo()
        self.stdout.write(self.style.SUCCESS("Demo data is ready. Logins:"))
        self.stdout.write(f"  Password for password logins: {DEMO_PASSWORD}")
        self.stdout.write("  Participants log in by code: the code is printed in this terminal.")
        self.stdout.write("  Staff: add the TOTP secret to any authenticator app, or run")
        self.stdout.write("         python manage.py totp_code <email>\n")
        header = f"  {'programme':<17} {'role':<22} {'email':<52} {'login':<14} TOTP secret"
        self.stdout.write(header)
        for login in report.logins:
            self.stdout.write(
                f"  {login.programme:<17} {login.role:<22} {login.email:<52} {login.how:<14} "
                f"{login.totp_secret}"
            )
