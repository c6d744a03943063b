"""Every write to the portfolio that has rules goes through here: admin, forms, demo
loader, and later the API and the import all call these functions."""

import datetime
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from .models import Initiative, StageChange
from .signals import stage_changed


@transaction.atomic
def save_initiative(
    initiative: Initiative,
    *,
    by=None,
    rationale: str = "",
    decided_on: datetime.date | None = None,
) -> Initiative:
    """Validate and save an initiative, recording a stage change when its stage or
    outcome differs from what is stored (or when it is new)."""
    initiative.full_clean()
    previous = None
    if initiative.pk:
        previous = (
            Initiative.objects.select_for_update().filter(pk=initiative.pk).values("stage", "outcome").first()
        )
    initiative.save()
    if previous is None or (previous["stage"], previous["outcome"]) != (initiative.stage, initiative.outcome):
        change = StageChange.objects.create(
            initiative=initiative,
            decided_on=decided_on or timezone.localdate(),
            stage=initiative.stage,
            outcome=initiative.outcome,
            rationale=rationale,
            recorded_by=by if getattr(by, "is_authenticated", False) else None,
        )
        if previous is not None:
            stage_changed.send(Initiative, initiative=initiative, change=change)
    return initiative


@transaction.atomic
def replace_stage_history(initiative: Initiative, entries: Iterable[dict]) -> None:
    """Replace an initiative's history with recorded entries (used when importing a
    portfolio that already has a history). Each entry has decided_on, stage, outcome and
    rationale_<lang> keys."""
    initiative.stage_changes.all().delete()
    StageChange.objects.bulk_create(StageChange(initiative=initiative, **entry) for entry in entries)
