"""Personal data held by the district app, for the accounts app's data rights."""

from .models import OrganisationEditor


def export(user) -> dict:
    return {
        "editor_requests": list(
            OrganisationEditor.objects.filter(user=user)
            .order_by("requested_at", "id")
            .values("organisation__slug", "motivation", "status", "requested_at", "decided_at")
        ),
    }


def erase(user) -> None:
    """A request to edit an organisation says something about the person only: it goes."""
    OrganisationEditor.objects.filter(user=user).delete()
