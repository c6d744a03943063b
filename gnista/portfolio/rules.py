"""Who may do what with the portfolio. The back office, the admin, the import, the API
and the CLI ask these permissions; other apps build on the role predicates."""

import rules

from .models import Role


def role_predicate(role: str):
    @rules.predicate(name=f"has_role_{role}")
    def has_role(user):
        if not user.is_authenticated:
            return False
        if not hasattr(user, "_gnista_roles"):
            user._gnista_roles = {
                (held, organisation_id)
                for held, organisation_id in user.staff_roles.values_list("role", "organisation_id")
            }
        return any(held == role for held, _organisation in user._gnista_roles)

    return has_role


@rules.predicate
def is_superuser(user):
    return user.is_authenticated and user.is_superuser


is_administrator = is_superuser | role_predicate(Role.ADMINISTRATOR)
is_coach = role_predicate(Role.COACH)
is_editor = role_predicate(Role.EDITOR)
is_assessor = role_predicate(Role.ASSESSOR)
is_fund_manager = role_predicate(Role.FUND_MANAGER)
is_staff_member = is_administrator | is_coach | is_editor | is_assessor | is_fund_manager


def edited_administrations(user) -> set[int]:
    """The administrations a person edits for (their editor roles)."""
    if not user.is_authenticated:
        return set()
    is_editor(user)  # fills the cache
    return {organisation for held, organisation in user._gnista_roles if held == Role.EDITOR}


@rules.predicate
def edits_for_owner(user, obj):
    """The person is an editor for the administration that owns the initiative or
    challenge (or, for anything else with an `initiative`, that initiative's owner)."""
    if obj is None:
        return False
    owner_id = getattr(obj, "owner_id", None)
    if owner_id is None and hasattr(obj, "initiative"):
        owner_id = obj.initiative.owner_id
    return owner_id in edited_administrations(user)


runs_portfolio = is_administrator | is_coach

rules.add_perm("portfolio.manage", is_staff_member)
rules.add_perm("portfolio.add_initiative", runs_portfolio | is_editor)
rules.add_perm("portfolio.change_initiative", runs_portfolio | edits_for_owner)
rules.add_perm("portfolio.decide_gate", runs_portfolio | edits_for_owner)
rules.add_perm("portfolio.change_kpis", runs_portfolio | edits_for_owner)
rules.add_perm("portfolio.add_challenge", runs_portfolio | is_editor)
rules.add_perm("portfolio.change_challenge", runs_portfolio | edits_for_owner)
rules.add_perm("portfolio.import", runs_portfolio)
rules.add_perm("portfolio.export", is_staff_member)
rules.add_perm("portfolio.view_audit_log", is_administrator | is_coach | is_fund_manager)
rules.add_perm("portfolio.manage_roles", is_administrator)
