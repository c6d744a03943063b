"""Who may do what in participation; views, admin and later the API ask these."""

import rules

from gnista.portfolio.rules import is_administrator, is_coach

from .models import Affiliation, AffiliationStatus


@rules.predicate
def in_moderators_group(user):
    return user.is_authenticated and user.groups.filter(name="moderators").exists()


is_moderator = is_administrator | is_coach | in_moderators_group


@rules.predicate
def is_author(user, idea):
    return idea is not None and user.is_authenticated and idea.author_id == user.pk


@rules.predicate
def is_public_idea(user, idea):
    return idea is not None and idea.is_public


@rules.predicate
def works_for_challenge_owner(user, challenge):
    """The person's approved affiliation is the administration that owns the challenge."""
    if challenge is None or not user.is_authenticated:
        return False
    return Affiliation.objects.filter(
        user=user, organisation_id=challenge.owner_id, status=AffiliationStatus.APPROVED
    ).exists()


rules.add_perm("participation.moderate", is_moderator)
rules.add_perm("participation.view_idea", is_public_idea | is_author | is_moderator)
rules.add_perm("participation.see_all_offers", is_moderator | works_for_challenge_owner)
