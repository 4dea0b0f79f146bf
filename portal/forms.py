"""allauth form tweaks."""

from allauth.account.forms import LoginForm as AllauthLoginForm


class LoginForm(AllauthLoginForm):
    """Keeps the password field: applicants sign up without a password (they log in by
    code), but staff log in with a password and a second factor."""

    def _setup_password_field(self) -> None:
        self.fields["password"].required = True
