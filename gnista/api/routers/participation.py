"""Public ideas: submitted and not hidden by moderation, filtered as on the ideas page."""

from django.shortcuts import get_object_or_404
from ninja import Path, Query, Router

from gnista.participation.filters import IdeaFilter
from gnista.participation.models import Idea

from ..filtering import filtered, query_schema
from ..pagination import LanguageQuery, page
from ..schemas.common import DETAIL_ERRORS, MAX_ID, READ_ERRORS, page_of
from ..schemas.participation import IdeaOut

router = Router(tags=["participation"])

IdeaQuery = query_schema(IdeaFilter, "IdeaQuery")


def public_ideas():
    return Idea.objects.public().select_related("author", "challenge", "initiative").prefetch_related("areas")


@router.get("/ideas", response={200: page_of(IdeaOut), **READ_ERRORS})
def list_ideas(request, query: Query[IdeaQuery]):
    """Ideas residents, companies, academia and associations have submitted (drafts and
    ideas hidden by moderation are not public). Ideas keep the language they were written in."""
    return page(request, filtered(request, IdeaFilter, public_ideas()).qs, query)


@router.get("/ideas/{idea_id}", response={200: IdeaOut, **DETAIL_ERRORS})
def get_idea(request, idea_id: int = Path(..., ge=1, le=MAX_ID), query: Query[LanguageQuery] = None):
    return get_object_or_404(public_ideas(), pk=idea_id)
