from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from gnista.core import panels
from gnista.portfolio.counting import bounded_page
from gnista.portfolio.models import Challenge, ChallengeStatus, Organisation, OrganisationKind

from . import services
from .filters import IdeaFilter
from .forms import AffiliationForm, CommentForm, IdeaForm, OfferForm, ReasonForm, ReportForm
from .models import (
    Affiliation,
    AffiliationStatus,
    Comment,
    Idea,
    IdeaStatus,
    ModerationAction,
    ModerationLog,
    Offer,
    Report,
)


def limited(rate: str):
    """At most `rate` posts per account and per address (shared cache), then a clear 429.
    RATE_LIMIT_MULTIPLIER raises the count (for load tests)."""
    count, period = rate.split("/")

    def scaled_rate(_group, _request) -> str:
        return f"{int(count) * settings.RATE_LIMIT_MULTIPLIER}/{period}"

    def decorator(view):
        @ratelimit(key="ip", rate=scaled_rate, method="POST", block=False)
        @ratelimit(key="user_or_ip", rate=scaled_rate, method="POST", block=False)
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if getattr(request, "limited", False):
                response = render(request, "participation/too_many.html", status=429)
                response["Retry-After"] = "3600"
                return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def visible_idea(request, pk) -> Idea:
    idea = get_object_or_404(Idea.objects.select_related("challenge", "author", "initiative"), pk=pk)
    if not request.user.has_perm("participation.view_idea", idea):
        raise Http404
    return idea


def idea_list(request):
    queryset = Idea.objects.public().select_related("author", "challenge").prefetch_related("areas")
    context = {"section": "ideas", **bounded_page(request, IdeaFilter, queryset, "participation.idea-count")}
    return render(request, "participation/idea_list.html", context)


# Comments are shown a page of threads (a comment and its replies) at a time, oldest first.
COMMENT_THREADS_PER_PAGE = 50


def comment_threads(idea_id):
    return Comment.objects.filter(idea_id=idea_id, parent__isnull=True).order_by("created_at", "id")


def comment_url(comment: Comment) -> str:
    """The idea's page where the comment is shown: the page of its thread."""
    thread = comment.parent if comment.parent_id else comment
    earlier = (
        comment_threads(comment.idea_id)
        .filter(Q(created_at__lt=thread.created_at) | Q(created_at=thread.created_at, id__lt=thread.id))
        .count()
    )
    number = earlier // COMMENT_THREADS_PER_PAGE + 1
    page = f"?page={number}" if number > 1 else ""
    return f"{comment.idea.get_absolute_url()}{page}#comment-{comment.pk}"


def idea_detail(request, pk):
    idea = visible_idea(request, pk)
    in_order = Comment.objects.select_related("author").order_by("created_at", "id")
    replies = Prefetch("replies", queryset=in_order)
    threads = comment_threads(idea.pk).select_related("author").prefetch_related(replies)
    comments = Paginator(threads, COMMENT_THREADS_PER_PAGE).get_page(request.GET.get("page"))
    comments.elided_range = list(
        comments.paginator.get_elided_page_range(comments.number, on_each_side=2, on_ends=1)
    )
    supported = request.user.is_authenticated and idea.supports.filter(user=request.user).exists()
    context = {
        "section": "ideas",
        "idea": idea,
        "comments": comments,
        "supported": supported,
        "comment_form": CommentForm(idea=idea),
        "report_form": ReportForm(),
        "panels": panels.render("idea_detail", request, idea),
    }
    return render(request, "participation/idea_detail.html", context)


@login_required
@limited("10/h")
def idea_new(request, slug=None):
    challenge = None
    if slug:
        challenge = get_object_or_404(Challenge.objects.public(), slug=slug)
        if challenge.status != ChallengeStatus.OPEN:
            messages.error(request, _("This challenge no longer takes ideas."))
            return redirect(challenge)
    form = IdeaForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        idea = form.save(commit=False)
        idea.challenge = challenge
        idea.language = get_language()
        try:
            services.submit_idea(
                idea,
                author=request.user,
                areas=form.cleaned_data["areas"],
                confirmed_public_record=form.cleaned_data["confirm_public_record"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Thank you! Your idea is published and the innovation team will read it.")
            )
            return redirect(idea)
    return render(
        request, "participation/idea_form.html", {"form": form, "challenge": challenge, "section": "ideas"}
    )


@login_required
@require_POST
@limited("60/h")
def idea_support(request, pk):
    idea = visible_idea(request, pk)
    try:
        if request.POST.get("withdraw"):
            services.withdraw_support(idea, request.user)
        else:
            services.support(idea, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(idea)


@login_required
@require_POST
@limited("30/h")
def comment_add(request, pk):
    idea = visible_idea(request, pk)
    form = CommentForm(request.POST, idea=idea)
    if form.is_valid():
        try:
            comment = services.add_comment(
                idea, author=request.user, body=form.cleaned_data["body"], parent=form.cleaned_data["parent"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Your comment is published."))
            return redirect(comment_url(comment))
    context = {"section": "ideas", "idea": idea, "form": form}
    return render(request, "participation/comment_form.html", context, status=400)


@login_required
def comment_edit(request, pk):
    comment = get_object_or_404(Comment.objects.select_related("idea"), pk=pk)
    if not services.can_edit(comment, request.user):
        raise PermissionDenied
    form = CommentForm(request.POST or None, instance=comment, idea=comment.idea)
    if request.method == "POST" and form.is_valid():
        services.edit_comment(comment, user=request.user, body=form.cleaned_data["body"])
        return redirect(comment_url(comment))
    return render(
        request, "participation/comment_form.html", {"idea": comment.idea, "form": form, "comment": comment}
    )


@login_required
@require_POST
def comment_delete(request, pk):
    comment = get_object_or_404(Comment.objects.select_related("idea"), pk=pk)
    services.delete_comment(comment, user=request.user)
    messages.success(request, _("Your comment is deleted."))
    return redirect(comment_url(comment))


@login_required
@require_POST
@limited("20/h")
def report(request, kind, pk):
    if kind == "idea":
        idea = visible_idea(request, pk)
        target = {"idea": idea}
    elif kind == "comment":
        comment = get_object_or_404(Comment.objects.select_related("idea"), pk=pk)
        idea = visible_idea(request, comment.idea_id)
        target = {"comment": comment}
    else:
        raise Http404
    form = ReportForm(request.POST)
    if form.is_valid():
        services.report(reporter=request.user, reason=form.cleaned_data["reason"], **target)
        messages.success(request, _("Thank you. A moderator will look at it."))
    else:
        messages.error(request, _("Tell us what is wrong before you report."))
    return redirect(idea)


@login_required
@limited("10/h")
def offer_new(request, slug):
    challenge = get_object_or_404(Challenge.objects.public(), slug=slug)
    if challenge.status != ChallengeStatus.OPEN:
        messages.error(request, _("This challenge no longer takes offers of help."))
        return redirect(challenge)
    form = OfferForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        offer = form.save(commit=False)
        offer.challenge = challenge
        offer.user = request.user
        try:
            services.offer_help(offer)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Thank you for offering your help! The challenge's owner will see it.")
            )
            return redirect(challenge)
    return render(request, "participation/offer_form.html", {"form": form, "challenge": challenge})


def challenge_panel(request, challenge) -> str:
    ideas = Idea.objects.public().filter(challenge=challenge)
    offers = Offer.objects.filter(challenge=challenge, is_hidden=False)
    shown_by = offers.filter(show_organisation=True, organisation__isnull=False).values("organisation")
    context = {
        "challenge": challenge,
        "ideas": ideas.select_related("author").order_by("-support_count", "-submitted_at")[:5],
        "idea_count": ideas.count(),
        "offer_count": offers.count(),
        # The organisations themselves, once each, chosen in the database (not every offer loaded).
        "offering_organisations": Organisation.objects.filter(pk__in=shown_by).order_by("name"),
        "all_offers": offers.select_related("organisation")
        if request.user.has_perm("participation.see_all_offers", challenge)
        else None,
    }
    return render_to_string("participation/_challenge_panel.html", context, request=request)


ACTOR_OFFERS_SHOWN = 10


def actor_offers_panel(request, organisation) -> str:
    """On an actor's page: the offers of help made in its name, where the person offering
    agreed to show the organisation publicly and staff have approved that the person
    belongs to it (anyone can name any organisation in an offer). The message stays private."""
    offers = Offer.objects.filter(
        organisation=organisation,
        show_organisation=True,
        is_hidden=False,
        user__affiliation__organisation=organisation,
        user__affiliation__status=AffiliationStatus.APPROVED,
    ).exclude(challenge__status=ChallengeStatus.DRAFT)
    shown = list(offers.select_related("challenge").order_by("-created_at")[:ACTOR_OFFERS_SHOWN])
    if not shown:
        return ""
    context = {"organisation": organisation, "offers": shown, "offer_count": offers.count()}
    return render_to_string("participation/_actor_offers_panel.html", context, request=request)


def home_panel(request, _obj) -> str:
    ideas = Idea.objects.public().select_related("author", "challenge").order_by("-submitted_at")[:3]
    return render_to_string("participation/_home_panel.html", {"ideas": ideas}, request=request)


def affiliation_panel(request, user) -> str:
    affiliation = Affiliation.objects.filter(user=user).select_related("organisation").first()
    form = AffiliationForm(instance=affiliation)
    return render_to_string(
        "participation/_affiliation_panel.html", {"form": form, "affiliation": affiliation}, request=request
    )


@login_required
@require_POST
def affiliation(request):
    current = Affiliation.objects.filter(user=request.user).first()
    if request.POST.get("remove"):
        if current:
            current.delete()
        messages.success(request, _("Your organisation is removed from your profile."))
        return redirect("accounts:profile")
    form = AffiliationForm(request.POST, instance=current or Affiliation(user=request.user))
    if form.is_valid():
        services.request_affiliation(form.instance)
        messages.success(request, _("Thank you. The city confirms your organisation shortly."))
    else:
        messages.error(
            request, " ".join(form.non_field_errors()) or _("Choose your organisation or write its name.")
        )
    return redirect("accounts:profile")


def initiative_panel(request, initiative) -> str:
    idea = Idea.objects.filter(initiative=initiative).select_related("author").first()
    if idea is None:
        return ""
    return render_to_string("participation/_initiative_panel.html", {"idea": idea}, request=request)


def moderator_required(view):
    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not request.user.has_perm("participation.moderate"):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@moderator_required
def moderation_queue(request):
    open_reports = Report.objects.filter(resolved_at__isnull=True)
    context = {
        "section": "moderation",
        "new_ideas": Idea.objects.filter(
            status__in=[IdeaStatus.SUBMITTED, IdeaStatus.IN_REVIEW], is_hidden=False
        )
        .select_related("author", "challenge")
        .order_by("submitted_at"),
        "accepted_ideas": Idea.objects.filter(status=IdeaStatus.ACCEPTED).select_related(
            "author", "challenge"
        ),
        "reported_ideas": Idea.objects.filter(reports__in=open_reports)
        .annotate(report_count=Count("reports", filter=Q(reports__resolved_at__isnull=True)))
        .select_related("author")
        .distinct(),
        "reported_comments": Comment.objects.filter(reports__in=open_reports)
        .annotate(report_count=Count("reports", filter=Q(reports__resolved_at__isnull=True)))
        .select_related("author", "idea")
        .distinct(),
        "offers": Offer.objects.select_related("challenge", "organisation", "user").order_by("-created_at")[
            :20
        ],
        "administrations": Organisation.objects.filter(kind=OrganisationKind.CITY_ADMINISTRATION),
        "statuses": IdeaStatus.choices,
    }
    return render(request, "participation/moderation_queue.html", context)


@moderator_required
@require_POST
def moderation_act(request, kind, pk):
    model = services.MODERATED.get(kind)
    if model is None:
        raise Http404
    target = get_object_or_404(model, pk=pk)
    form = ReasonForm(request.POST)
    action = request.POST.get("action", "")
    try:
        if not form.is_valid():
            raise ValidationError(_("Give a reason; it is kept in the moderation log."))
        reason = form.cleaned_data["reason"]
        if action == "status" and kind == "idea":
            services.change_status(target, request.POST.get("status", ""), by=request.user, reason=reason)
        elif action == "convert" and kind == "idea":
            owner = get_object_or_404(
                Organisation, pk=request.POST.get("owner") or 0, kind=OrganisationKind.CITY_ADMINISTRATION
            )
            initiative = services.convert_to_initiative(
                target, by=request.user, owner=owner, slug=f"ide-{target.pk}"
            )
            messages.success(
                request, _("The idea is now the initiative “%(title)s”.") % {"title": initiative.title}
            )
            return redirect("moderation:queue")
        else:
            services.moderate(
                target,
                ModerationAction(action) if action in ModerationAction.values else "",
                by=request.user,
                reason=reason,
            )
    except (ValidationError, KeyError, ValueError) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
    else:
        messages.success(request, _("Done. The action is in the moderation log."))
    return redirect("moderation:queue")


@moderator_required
def moderation_log(request):
    entries = ModerationLog.objects.select_related("moderator", "idea", "comment", "offer")[:200]
    return render(request, "participation/moderation_log.html", {"entries": entries, "section": "moderation"})
