"""Every staff URL for every role: allowed, refused with 403, or sent to sign in.

The expectations are written out here by hand from the issue's roles, so that a change
in any rules.py that widens or narrows access shows up as a failing cell."""

import pytest
from django.urls import reverse

from gnista.portfolio.models import Role
from tests import factories

ANONYMOUS, PARTICIPANT = "anonymous", "participant"
COACH, EDITOR, OTHER_EDITOR = "coach", "editor", "other_editor"
ASSESSOR, FUND_MANAGER, ADMINISTRATOR = "assessor", "fund_manager", "administrator"
PEOPLE = [ANONYMOUS, PARTICIPANT, COACH, EDITOR, OTHER_EDITOR, ASSESSOR, FUND_MANAGER, ADMINISTRATOR]
STAFF = {COACH, EDITOR, OTHER_EDITOR, ASSESSOR, FUND_MANAGER, ADMINISTRATOR}
RUNS_PORTFOLIO = {COACH, ADMINISTRATOR}
ANY_EDITOR = RUNS_PORTFOLIO | {EDITOR, OTHER_EDITOR}
OWNER = RUNS_PORTFOLIO | {EDITOR}  # the editor edits for the owning administration
FUND_DECIDERS = {FUND_MANAGER, ADMINISTRATOR}

# (url name, arguments from the world, method, who may)
MATRIX = [
    ("manage:dashboard", None, "get", STAFF),
    ("manage:portfolio", None, "get", STAFF),
    ("manage:board", None, "get", STAFF),
    ("manage:mine", None, "get", STAFF),
    ("manage:challenges", None, "get", STAFF),
    ("manage:initiative-new", None, "get", ANY_EDITOR),
    ("manage:initiative-edit", "initiative", "get", OWNER),
    ("manage:gate", "initiative", "get", OWNER),
    ("manage:effects", "initiative", "get", OWNER),
    ("manage:challenge-new", None, "get", ANY_EDITOR),
    ("manage:challenge-edit", "challenge", "get", OWNER),
    ("manage:audit", None, "get", {COACH, FUND_MANAGER, ADMINISTRATOR}),
    ("manage:roles", None, "get", {ADMINISTRATOR}),
    ("manage:revoke-role", "staff_role", "post", {ADMINISTRATOR}),
    ("manage:transfer", None, "get", STAFF),
    ("manage:export", None, "get", STAFF),
    ("manage:import", None, "post", RUNS_PORTFOLIO),
    ("funding:applications", None, "get", STAFF),
    ("funding:application-start", None, "get", ANY_EDITOR),
    ("funding:application-new", "initiative", "get", OWNER),
    ("funding:application", "submitted", "get", OWNER | {ASSESSOR, FUND_MANAGER}),
    ("funding:application-edit", "draft", "get", OWNER),
    ("funding:application-submit", "draft", "post", OWNER),
    ("funding:application-withdraw", "submitted", "post", OWNER),
    ("funding:assess", "submitted", "get", {ASSESSOR}),
    ("funding:assessments", None, "get", {ASSESSOR}),
    ("funding:round", "round", "get", {COACH, ASSESSOR, FUND_MANAGER, ADMINISTRATOR}),
    ("funding:round-edit", "round", "get", FUND_DECIDERS),
    ("funding:funds", None, "get", STAFF),
    ("funding:fund", "fund", "get", STAFF),
    ("funding:fund-new", None, "get", FUND_DECIDERS),
    ("funding:fund-edit", "fund", "get", FUND_DECIDERS),
    ("funding:round-new", "fund", "get", FUND_DECIDERS),
    ("funding:grant", "submitted", "get", FUND_DECIDERS),
    ("funding:reject", "submitted", "get", FUND_DECIDERS),
    ("funding:spending-new", "grant", "get", FUND_DECIDERS | {EDITOR}),
    ("funding:criteria", None, "get", STAFF),
    ("funding:criterion-new", None, "get", {ADMINISTRATOR}),
    ("funding:criterion-revise", "criterion", "get", {ADMINISTRATOR}),
    ("funding:criterion-retire", "criterion", "get", {ADMINISTRATOR}),
]


@pytest.fixture
def world(db):
    own, other = factories.administration(), factories.administration()
    criteria = factories.criteria()
    fund = factories.fund(budget=10_000_000)
    funding_round = factories.funding_round(fund)
    initiative = factories.initiative(owner=own)
    granted = factories.application(factories.initiative(owner=own), funding_round)
    from gnista.funding import services

    grant = services.grant(granted, amount=100_000, by=None, decision="Beviljas.")
    people = {
        PARTICIPANT: factories.user(),
        COACH: factories.staff(Role.COACH),
        EDITOR: factories.staff(Role.EDITOR, organisation=own),
        OTHER_EDITOR: factories.staff(Role.EDITOR, organisation=other),
        ASSESSOR: factories.staff(Role.ASSESSOR),
        FUND_MANAGER: factories.staff(Role.FUND_MANAGER),
        ADMINISTRATOR: factories.staff(Role.ADMINISTRATOR),
    }
    return {
        "people": people,
        "initiative": {"slug": initiative.slug},
        "challenge": {"slug": factories.challenge(owner=own).slug},
        "submitted": {"pk": factories.application(initiative, funding_round).pk},
        "draft": {"pk": factories.application(initiative, funding_round, submitted=False).pk},
        "round": {"pk": funding_round.pk},
        "fund": {"slug": fund.slug},
        "grant": {"pk": grant.pk},
        "criterion": {"pk": criteria[0].pk},
        "staff_role": {"pk": people[ASSESSOR].staff_roles.get().pk},
    }


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize("name, arguments, method, allowed", MATRIX, ids=[row[0] for row in MATRIX])
def test_permission_matrix(client, world, person, name, arguments, method, allowed):
    url = reverse(name, kwargs=world[arguments] if arguments else None)
    if person != ANONYMOUS:
        client.force_login(world["people"][person])
    response = getattr(client, method)(url)
    if person == ANONYMOUS:
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], (
            response.status_code
        )
    elif person in allowed:
        assert response.status_code in (200, 302, 400), f"{person} should be allowed: {response.status_code}"
        if response.status_code == 302:
            assert "/accounts/login/" not in response["Location"]
    else:
        assert response.status_code == 403, f"{person} should be refused: {response.status_code}"
