"""Loads the effects of the demo initiatives (kpis.py): indicators with measured values.

Runs after the portfolio loader. Idempotent: an indicator is matched by initiative and
Swedish name, a measured value by indicator and date, and both are updated in place
through the portfolio services. Each gate decision in an initiative's stage history is
then linked to the latest measured values it could look at."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.db import transaction

from .. import services
from ..models import Initiative, Kpi, KpiMeasurement
from . import kpis

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
CENT = Decimal("0.01")


def amount(value) -> Decimal | None:
    """Two decimals, as stored, so that an unchanged value is not logged as a change."""
    return None if value is None else Decimal(str(value)).quantize(CENT)


def load_kpi(item: dict, initiative: Initiative, position: int) -> Kpi:
    kpi = Kpi.objects.filter(initiative=initiative, name_sv=item["name"]["sv"]).first() or Kpi(
        initiative=initiative
    )
    for code in LANGUAGE_CODES:
        setattr(kpi, f"name_{code}", item["name"].get(code, ""))
    kpi.unit = item["unit"]
    kpi.baseline = amount(item["baseline"])
    kpi.target = amount(item["target"])
    kpi.position = position
    services.save_kpi(kpi, by=None)
    for day, value, source in item["measurements"]:
        measured_on = datetime.date.fromisoformat(day)
        measurement = KpiMeasurement.objects.filter(
            kpi=kpi, measured_on=measured_on
        ).first() or KpiMeasurement(kpi=kpi, measured_on=measured_on)
        measurement.value = amount(value)
        measurement.source = source
        services.record_measurement(measurement, by=None)
    return kpi


def link_evidence(initiative: Initiative) -> None:
    """Every decision after the first looked at the latest value of each indicator
    measured on or before the day it was taken (a scaling decision needs one)."""
    measurements = list(
        KpiMeasurement.objects.filter(kpi__initiative=initiative).order_by("measured_on", "id")
    )
    for change in list(initiative.stage_changes.order_by("decided_on", "id"))[1:]:
        latest = {}
        for measurement in measurements:
            if measurement.measured_on <= change.decided_on:
                latest[measurement.kpi_id] = measurement
        change.measurements.set(latest.values())


@transaction.atomic
def load() -> dict[str, int]:
    initiatives = {}
    positions: dict[str, int] = {}
    measurements = 0
    for item in kpis.KPIS:
        slug = item["initiative"]
        if slug not in initiatives:
            initiatives[slug] = Initiative.objects.get(slug=slug)
        positions[slug] = positions.get(slug, -1) + 1
        load_kpi(item, initiatives[slug], positions[slug])
        measurements += len(item["measurements"])
    for initiative in initiatives.values():
        link_evidence(initiative)
    return {"KPIs": len(kpis.KPIS), "measured values": measurements}
