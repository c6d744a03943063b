"""Who may do what with the district's actors: ask to edit an organisation's profile,
decide those requests, and keep a profile and its events current. Builds on the
portfolio's roles."""

import rules

from gnista.portfolio.models import OrganisationKind
from gnista.portfolio.rules import is_administrator, is_coach

from .models import EditorStatus, OrganisationEditor

runs_district = is_administrator | is_coach


@rules.predicate
def is_granted_editor(user, organisation):
    """Staff granted the person's request to edit this organisation."""
    if organisation is None or not user.is_authenticated:
        return False
    return OrganisationEditor.objects.filter(
        user=user, organisation=organisation, status=EditorStatus.GRANTED
    ).exists()


@rules.predicate
def is_city_administration(user, organisation):
    return organisation is not None and organisation.kind == OrganisationKind.CITY_ADMINISTRATION


@rules.predicate
def edits_event_organiser(user, event):
    return event is not None and event.organiser_id is not None and is_granted_editor(user, event.organiser)


@rules.predicate
def is_entered_by_hand(user, event):
    """Events imported from a feed are kept by the feed, not edited on the site."""
    return event is not None and event.feed_id is None


rules.add_perm("district.decide_editors", runs_district)
rules.add_perm("district.request_editing", rules.is_authenticated & ~is_city_administration)
rules.add_perm("district.edit_organisation", runs_district | is_granted_editor)
rules.add_perm(
    "district.change_organisation_event", is_entered_by_hand & (runs_district | edits_event_organiser)
)
