"""Writes for staff with a personal token. They go through the back office's forms and
the portfolio's services and are allowed by the same rules as the pages."""

import datetime
from typing import Annotated

from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Path, Schema, Status

from gnista.backoffice.forms import MeasurementForm
from gnista.core.forms import many_to_many
from gnista.core.permissions import require
from gnista.portfolio import services
from gnista.portfolio.models import Initiative, Kpi, KpiMeasurement, Outcome, Stage

from ..auth import TokenAuth
from ..errors import ApiError, invalid
from ..forms import ApiInitiativeForm
from ..inputs import Text, body_schema
from ..schemas.common import MAX_ID, WRITE_ERRORS
from ..schemas.portfolio import InitiativeDetailOut, MeasurementOut, OutcomeName, StageNumber
from .portfolio import initiative_with_details, router

# On the portfolio's router: a path's reads and writes must share one router.
STAFF = {"auth": TokenAuth(), "tags": ["portfolio: staff"]}

RELATED_BY = ApiInitiativeForm.RELATED_BY
InitiativeIn = body_schema(ApiInitiativeForm, "InitiativeIn", related_by=RELATED_BY)
InitiativeChangeIn = body_schema(
    ApiInitiativeForm, "InitiativeChangeIn", related_by=RELATED_BY, all_optional=True
)
MeasurementIn = body_schema(MeasurementForm, "MeasurementIn", exclude=("kpi",))
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


class GateIn(Schema):
    stage: StageNumber
    outcome: OutcomeName
    rationale: Text = Field(description="Why: required for every decision.")
    evidence: Text = Field("", description="Reports, evaluations or observations the decision rests on.")
    measurements: list[Id] = Field(
        default_factory=list, description="Ids of this initiative's measured values the decision looked at."
    )
    lessons_learned: Text | None = Field(
        None, description="Replaces the lessons learned (Swedish); stopping needs them."
    )
    decided_on: datetime.date | None = Field(None, description="Date of the decision; today if left out.")


def current_values(initiative: Initiative) -> dict:
    """What the form holds for the initiative now, for changes that leave fields out."""
    if initiative.pk is None:
        return {}
    values = {name: getattr(initiative, name) for name in ApiInitiativeForm._meta.fields}
    for name, key in RELATED_BY.items():
        related = values[name]
        values[name] = (
            [getattr(item, key) for item in related.all()]
            if hasattr(related, "all")
            else getattr(related, key)
        )
    return values


def save_through_form(request, initiative: Initiative, changes: dict) -> Initiative:
    form = ApiInitiativeForm(current_values(initiative) | changes, instance=initiative, user=request.user)
    if not form.is_valid():
        raise invalid(form.errors)
    try:
        with transaction.atomic():
            saved = services.save_initiative(
                form.save(commit=False), by=request.user, relations=many_to_many(form)
            )
    except ValidationError as error:
        raise invalid(error) from error
    return saved


def with_details(initiative: Initiative) -> Initiative:
    return initiative_with_details().get(pk=initiative.pk)


@router.post("/initiatives", response={201: InitiativeDetailOut, **WRITE_ERRORS}, **STAFF)
def create_initiative(request, payload: InitiativeIn):
    """A new initiative in stage 1, owned by an administration the token's person may
    make owner (editors: their own). Needs the right to add initiatives."""
    require(request, "portfolio.add_initiative")
    initiative = Initiative(stage=Stage.UNDERSTAND, outcome=Outcome.ACTIVE)
    return Status(201, with_details(save_through_form(request, initiative, payload.dict(exclude_unset=True))))


@router.patch("/initiatives/{slug}", response={200: InitiativeDetailOut, **WRITE_ERRORS}, **STAFF)
def change_initiative(request, slug: str, payload: InitiativeChangeIn):
    """Change what is written about an initiative; fields left out stay as they are.
    Stage and outcome change only through a gate decision."""
    initiative = get_object_or_404(Initiative, slug=slug)
    require(request, "portfolio.change_initiative", initiative)
    return with_details(save_through_form(request, initiative, payload.dict(exclude_unset=True)))


@router.post("/initiatives/{slug}/gate", response={200: InitiativeDetailOut, **WRITE_ERRORS}, **STAFF)
def decide_gate(request, slug: str, payload: GateIn):
    """A gate decision: one stage forward, pause, resume, scale (after a measured effect)
    or stop (with lessons learned). A move the innovation model does not allow is refused
    with the reason."""
    initiative = get_object_or_404(Initiative.objects.select_related("owner"), slug=slug)
    require(request, "portfolio.decide_gate", initiative)
    wanted = set(payload.measurements)
    measurements = list(KpiMeasurement.objects.select_related("kpi").filter(pk__in=wanted))
    if len(measurements) != len(wanted):
        message = _("Some of these measured values do not exist.")
        raise ApiError(400, message, {"measurements": [message]})
    try:
        services.decide_gate(
            initiative,
            stage=payload.stage,
            outcome=payload.outcome,
            by=request.user,
            rationale=payload.rationale,
            evidence=payload.evidence,
            measurements=measurements,
            lessons_learned=payload.lessons_learned,
            decided_on=payload.decided_on or timezone.localdate(),
        )
    except ValidationError as error:
        raise invalid(error) from error
    return with_details(initiative)


@router.post(
    "/initiatives/{slug}/kpis/{kpi_id}/measurements",
    response={201: MeasurementOut, **WRITE_ERRORS},
    **STAFF,
)
def record_measurement(request, slug: str, payload: MeasurementIn, kpi_id: int = Path(..., ge=1, le=MAX_ID)):
    """A measured value of one of the initiative's indicators (one per indicator and day)."""
    initiative = get_object_or_404(Initiative, slug=slug)
    kpi = get_object_or_404(Kpi, pk=kpi_id, initiative=initiative)
    require(request, "portfolio.change_kpis", initiative)
    form = MeasurementForm({"kpi": kpi.pk, **payload.dict()}, initiative=initiative)
    if not form.is_valid():
        raise invalid(form.errors)
    try:
        measurement = services.record_measurement(form.save(commit=False), by=request.user)
    except ValidationError as error:
        raise invalid(error) from error
    return Status(201, measurement)
