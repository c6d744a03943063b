"""Who may do what with the innovation fund. Builds on the portfolio's roles.

Every permission decision about the fund lives here, including which rows a list shows
(`visible_applications`, `initiatives_open_to`, `awaiting_assessment_by`)."""

import rules

from gnista.portfolio.rules import (
    edited_administrations,
    edits_for_owner,
    is_administrator,
    is_assessor,
    is_coach,
    is_editor,
    is_fund_manager,
    is_staff_member,
)

from .models import ApplicationStatus


@rules.predicate
def applies_for_owner(user, application):
    """An editor for the administration that owns the application's initiative."""
    return application is not None and edits_for_owner(user, application.initiative)


@rules.predicate
def is_open_for_assessment(user, application):
    return application is not None and application.status == ApplicationStatus.SUBMITTED


@rules.predicate
def is_draft(user, application):
    return application is not None and application.status == ApplicationStatus.DRAFT


@rules.predicate
def is_editable(user, application):
    return application is not None and application.status in (
        ApplicationStatus.DRAFT,
        ApplicationStatus.SUBMITTED,
    )


@rules.predicate
def spends_for_owner(user, grant):
    return grant is not None and edits_for_owner(user, grant.application.initiative)


sees_every_application = is_administrator | is_coach | is_fund_manager | is_assessor
applies = is_administrator | is_coach | applies_for_owner

# Assessors do not assess applications from an administration they edit for, nor read
# their colleagues' verdicts on them.
may_assess = is_assessor & is_open_for_assessment & ~applies_for_owner

rules.add_perm("funding.access", is_staff_member)
rules.add_perm("funding.view_funds", is_staff_member)
rules.add_perm("funding.start_application", is_administrator | is_coach | is_editor)
rules.add_perm("funding.apply", is_administrator | is_coach | edits_for_owner)  # object: the initiative
rules.add_perm("funding.view_application", sees_every_application | applies_for_owner)
rules.add_perm("funding.change_application", is_editable & applies)
rules.add_perm("funding.submit_application", is_draft & applies)
rules.add_perm("funding.withdraw_application", is_editable & applies)
rules.add_perm("funding.assess", may_assess)
rules.add_perm("funding.view_assessment_workspace", is_assessor)
rules.add_perm(
    "funding.view_assessments",
    is_administrator | is_coach | is_fund_manager | (is_assessor & ~applies_for_owner),
)
rules.add_perm("funding.view_round", is_administrator | is_coach | is_fund_manager | is_assessor)
rules.add_perm("funding.decide", (is_fund_manager | is_administrator) & is_open_for_assessment)
rules.add_perm("funding.report_spending", is_fund_manager | is_administrator | spends_for_owner)
rules.add_perm("funding.manage_funds", is_fund_manager | is_administrator)
rules.add_perm("funding.manage_criteria", is_administrator)


def visible_applications(user, applications):
    """The applications the person may see: every one for those who work across the
    fund, the ones of their own administrations for editors."""
    if sees_every_application(user):
        return applications
    return applications.filter(initiative__owner__in=edited_administrations(user))


def initiatives_open_to(user, initiatives):
    """The initiatives the person may apply for money for."""
    if is_administrator(user) or is_coach(user):
        return initiatives
    return initiatives.filter(owner__in=edited_administrations(user))


def awaiting_assessment_by(user, applications):
    """Submitted applications the person may assess (see `may_assess`)."""
    if not is_assessor(user):
        return applications.none()
    return applications.filter(status=ApplicationStatus.SUBMITTED).exclude(
        initiative__owner__in=edited_administrations(user)
    )
