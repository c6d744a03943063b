from allauth.mfa.models import Authenticator
from django.shortcuts import redirect

SESSION_KEY = "gnista_staff_has_totp"
ALWAYS_ALLOWED = (
    "/accounts/2fa/",
    "/accounts/reauthenticate/",
    "/accounts/logout/",
    "/static/",
    "/media/",
    "/healthz",
    "/readyz",
)
# The API authenticates by token alone, never by session, so it need not load one: its
# answers then stay cacheable without `Vary: Cookie`.
NOT_SESSION_BASED = ("/api/",)


class StaffTwoFactorMiddleware:
    """Staff must protect their account with TOTP before they can do anything else.

    Until they have set it up, every page except the two-factor setup itself, signing
    out and static files sends them to the setup page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(NOT_SESSION_BASED) or any(part in request.path for part in ALWAYS_ALLOWED):
            return self.get_response(request)
        if self.must_set_up_totp(request):
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    def must_set_up_totp(self, request) -> bool:
        user = getattr(request, "user", None)
        return bool(user and user.is_authenticated and user.is_staff and not self.has_totp(request))

    @staticmethod
    def has_totp(request) -> bool:
        if request.session.get(SESSION_KEY):
            return True
        has_totp = Authenticator.objects.filter(user=request.user, type=Authenticator.Type.TOTP).exists()
        if has_totp:
            request.session[SESSION_KEY] = True
        return has_totp
