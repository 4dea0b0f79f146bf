"""A mail backend that fails as told, then delivers like Django's test backend (mail.outbox).

SMTP itself is not what these tests are about: the outbox's answer to a failure is.
"""

from django.core.mail.backends.locmem import EmailBackend


class FlakyBackend(EmailBackend):
    failures: list = []  # exceptions to raise, one per send, before delivering
    calls = 0

    def send_messages(self, messages):
        type(self).calls += 1
        if type(self).failures:
            raise type(self).failures.pop(0)
        return super().send_messages(messages)


def fail_next(settings, *errors):
    settings.EMAIL_BACKEND = "tests.reminders.flaky_mail.FlakyBackend"
    FlakyBackend.failures = list(errors)
    FlakyBackend.calls = 0
