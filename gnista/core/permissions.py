"""One way for views to ask the rules: anonymous people are sent to sign in, signed-in
people without the permission get 403."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.urls import reverse


class SignInRequired(Exception):
    pass


def require(request, permission: str, obj=None) -> None:
    if request.user.has_perm(permission, obj):
        return
    if not request.user.is_authenticated:
        raise SignInRequired
    raise PermissionDenied


def permission_required(permission: str):
    """For views whose permission needs no object; views with an object call `require`
    after loading it. Either way anonymous visitors go to the sign-in page."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            try:
                require(request, permission)
                return view(request, *args, **kwargs)
            except SignInRequired:
                return redirect_to_login(request.get_full_path(), reverse("account_login"))

        return wrapped

    return decorator
