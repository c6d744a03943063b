"""Every write to the portfolio that has rules goes through here: the back office, the
admin, the demo loader, the import and the API all call these functions."""

import datetime
from collections.abc import Iterable, Mapping

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gnista.audit.log import record, snapshot

from . import gates
from .models import Challenge, Initiative, Kpi, KpiMeasurement, StaffRole, StageChange
from .signals import stage_changed

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


@transaction.atomic
def save_initiative(
    initiative: Initiative,
    *,
    by=None,
    rationale: str = "",
    evidence: str = "",
    measurements: Iterable[KpiMeasurement] = (),
    decided_on: datetime.date | None = None,
    relations: Mapping[str, Iterable] | None = None,
) -> Initiative:
    """Validate and save an initiative, and set the many-to-many `relations` given (areas,
    goals, challenges…) so that the audit log has them before and after. A change of stage
    or outcome must be a gate the innovation model allows; it is recorded in the stage
    history (as is the first state of a new initiative) and in the audit log."""
    relations = relations or {}
    initiative.full_clean()
    before = None
    if initiative.pk:
        stored = Initiative.objects.select_for_update().filter(pk=initiative.pk).first()
        before = snapshot(stored, related=relations) if stored else None
    if before is not None:
        gates.check_move(initiative, (before["stage"], before["outcome"]))
    initiative.save()
    for name, values in relations.items():
        getattr(initiative, name).set(values)
    record(
        by,
        "initiative.created" if before is None else "initiative.changed",
        initiative,
        before,
        snapshot(initiative, related=relations),
    )
    if before is None or (before["stage"], before["outcome"]) != (initiative.stage, initiative.outcome):
        change = StageChange.objects.create(
            initiative=initiative,
            decided_on=decided_on or timezone.localdate(),
            stage=initiative.stage,
            outcome=initiative.outcome,
            # Written in the default language, the one every other language falls back to.
            **{f"rationale_{DEFAULT_LANGUAGE}": rationale, f"evidence_{DEFAULT_LANGUAGE}": evidence},
            recorded_by=by if getattr(by, "is_authenticated", False) else None,
        )
        change.measurements.set(measurements)
        if before is not None:
            record(
                by,
                "gate.decided",
                initiative,
                {"stage": before["stage"], "outcome": before["outcome"]},
                {
                    "stage": initiative.stage,
                    "outcome": initiative.outcome,
                    "rationale": rationale,
                    "evidence": evidence,
                },
            )
            stage_changed.send(Initiative, initiative=initiative, change=change)
    return initiative


def decide_gate(
    initiative: Initiative,
    *,
    stage: int,
    outcome: str,
    by,
    rationale: str,
    evidence: str = "",
    measurements: Iterable[KpiMeasurement] = (),
    lessons_learned: str | None = None,
    decided_on: datetime.date | None = None,
) -> Initiative:
    """A gate decision: move the initiative to a new stage or outcome, with the
    rationale and the evidence or measured values the decision looked at."""
    if not rationale.strip():
        raise ValidationError({"rationale": _("Write the rationale for the decision.")})
    initiative.stage, initiative.outcome = stage, outcome
    if lessons_learned is not None:
        setattr(initiative, f"lessons_learned_{DEFAULT_LANGUAGE}", lessons_learned)
    measurements = list(measurements)
    if any(measurement.kpi.initiative_id != initiative.pk for measurement in measurements):
        raise ValidationError(_("A measured value of another initiative cannot be evidence for this one."))
    return save_initiative(
        initiative,
        by=by,
        rationale=rationale,
        evidence=evidence,
        measurements=measurements,
        decided_on=decided_on,
    )


@transaction.atomic
def replace_stage_history(initiative: Initiative, entries: Iterable[dict]) -> None:
    """Replace an initiative's history with recorded entries (used when importing a
    portfolio that already has a history). Each entry has decided_on, stage, outcome and
    rationale_<lang> keys."""
    initiative.stage_changes.all().delete()
    StageChange.objects.bulk_create(StageChange(initiative=initiative, **entry) for entry in entries)


@transaction.atomic
def save_challenge(challenge: Challenge, *, by, relations: Mapping[str, Iterable] | None = None) -> Challenge:
    """Validate and save a challenge with the many-to-many `relations` given (areas, goals)."""
    relations = relations or {}
    challenge.full_clean()
    before = snapshot(Challenge.objects.get(pk=challenge.pk), related=relations) if challenge.pk else None
    challenge.save()
    for name, values in relations.items():
        getattr(challenge, name).set(values)
    record(by, "challenge.saved", challenge, before, snapshot(challenge, related=relations))
    return challenge


@transaction.atomic
def save_kpi(kpi: Kpi, *, by) -> Kpi:
    kpi.full_clean()
    before = snapshot(Kpi.objects.get(pk=kpi.pk)) if kpi.pk else None
    kpi.save()
    record(by, "kpi.saved", kpi, before, snapshot(kpi))
    return kpi


@transaction.atomic
def record_measurement(measurement: KpiMeasurement, *, by) -> KpiMeasurement:
    measurement.full_clean()
    before = snapshot(KpiMeasurement.objects.get(pk=measurement.pk)) if measurement.pk else None
    measurement.save()
    record(by, "kpi.measured", measurement, before, snapshot(measurement))
    return measurement


@transaction.atomic
def grant_role(user, role: str, *, organisation=None, by=None) -> StaffRole:
    """Give a person a staff role. Holding any role makes the person staff, and staff
    must set up two-factor authentication before they can do anything else."""
    staff_role = StaffRole(user=user, role=role, organisation=organisation)
    staff_role.full_clean()
    staff_role.save()
    user.__dict__.pop("_gnista_roles", None)
    if not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    record(by, "role.granted", staff_role, None, snapshot(staff_role))
    return staff_role


@transaction.atomic
def revoke_role(staff_role: StaffRole, *, by=None) -> None:
    user = staff_role.user
    record(by, "role.revoked", staff_role, snapshot(staff_role), None)
    staff_role.delete()
    user.__dict__.pop("_gnista_roles", None)
    if not user.is_superuser and not user.staff_roles.exists():
        user.is_staff = False
        user.save(update_fields=["is_staff"])
