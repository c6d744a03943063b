"""Personal API tokens in the profile: staff create them (the secret is shown once) and
revoke them."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gnista.core.permissions import permission_required

from . import tokens
from .forms import TokenForm
from .models import ApiToken

PERMISSION = "portfolio.manage"


def tokens_panel(request, user) -> str:
    if not user.has_perm(PERMISSION):
        return ""
    context = {"tokens": user.api_tokens.all(), "form": TokenForm()}
    return render_to_string("api/_tokens_panel.html", context, request=request)


@permission_required(PERMISSION)
def token_list(request):
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        token, secret = tokens.create_token(request.user, form.cleaned_data["name"])
        response = render(request, "api/token_created.html", {"token": token, "secret": secret})
        # The secret is in this page and nowhere else: no cache may keep it.
        add_never_cache_headers(response)
        return response
    context = {"tokens": request.user.api_tokens.all(), "form": form}
    return render(request, "api/tokens.html", context)


@require_POST
@permission_required(PERMISSION)
def token_revoke(request, pk):
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    tokens.revoke_token(token, by=request.user)
    messages.success(
        request, _("The token “%(name)s” was revoked and no longer works.") % {"name": token.name}
    )
    return redirect("api:tokens")
