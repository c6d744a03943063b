from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from gnista.participation.models import Idea
from gnista.portfolio.models import Challenge, Initiative

from .mail import user_pk_from_token
from .models import Follow

TARGETS = {"challenge": Challenge, "idea": Idea, "initiative": Initiative}


def follow_panel(request, obj) -> str:
    kind = type(obj).__name__.lower()
    following = (
        request.user.is_authenticated and Follow.objects.filter(user=request.user, **{kind: obj}).exists()
    )
    context = {"kind": kind, "obj": obj, "following": following}
    return render_to_string("notifications/_follow.html", context, request=request)


@login_required
@require_POST
def toggle_follow(request, kind, pk):
    model = TARGETS.get(kind)
    if model is None:
        raise Http404
    target = get_object_or_404(model, pk=pk)
    follow, created = Follow.objects.get_or_create(user=request.user, **{kind: target})
    if created:
        messages.success(
            request, _("You follow this now. Choose how often you hear about it in your profile.")
        )
    else:
        follow.delete()
        messages.success(request, _("You no longer follow this."))
    return redirect(target)


@csrf_exempt  # mail clients send the one-click unsubscribe without a session; the signed token is the proof
def unsubscribe(request, token):
    user = get_object_or_404(get_user_model(), pk=user_pk_from_token(token) or 0)
    if request.method == "POST":
        user.notifications = "none"
        user.save(update_fields=["notifications"])
        return render(request, "notifications/unsubscribed.html")
    return render(request, "notifications/unsubscribe.html", {"token": token})
