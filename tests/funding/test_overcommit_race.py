"""Two fund managers grant money at the same moment: the fund is never over-committed.

The decisions run in two threads with their own database connections. A receiver
holds each grant for a moment between the budget check and the write, so without the
lock on the fund both checks would pass; with it, the second waits and is refused."""

import threading
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Sum
from django.db.models.signals import pre_save

from gnista.funding import services
from gnista.funding.models import ApplicationStatus, Grant
from tests import factories


def hold_the_transaction_open(sender, instance, **kwargs):
    time.sleep(0.3)


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_grants_cannot_overcommit_the_fund():
    factories.criteria()
    fund = factories.fund(budget=1_000_000)
    funding_round = factories.funding_round(fund)
    applications = [factories.application(round_=funding_round, amount_requested=600_000) for _ in range(2)]
    start = threading.Barrier(2)
    outcomes: dict[int, str] = {}

    def decide(application):
        try:
            start.wait()
            services.grant(application, amount=600_000, by=None, decision="Beviljas i sin helhet.")
            outcomes[application.pk] = "granted"
        except ValidationError as error:
            outcomes[application.pk] = "refused: " + " ".join(error.messages)
        finally:
            connection.close()

    pre_save.connect(hold_the_transaction_open, sender=Grant)
    try:
        threads = [threading.Thread(target=decide, args=(application,)) for application in applications]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        pre_save.disconnect(hold_the_transaction_open, sender=Grant)

    assert sorted(outcome.split(":")[0] for outcome in outcomes.values()) == ["granted", "refused"], outcomes
    assert Grant.objects.filter(fund=fund).aggregate(total=Sum("amount"))["total"] == 600_000
    refused = next(pk for pk, outcome in outcomes.items() if outcome.startswith("refused"))
    assert "400" in outcomes[refused], "the message says how much remains"
    statuses = sorted(application.status for application in type(applications[0]).objects.all())
    assert statuses == sorted([ApplicationStatus.GRANTED, ApplicationStatus.SUBMITTED])


@pytest.mark.django_db(transaction=True)
def test_many_simultaneous_grants_fill_the_fund_exactly():
    fund = factories.fund(budget=1_000_000)
    funding_round = factories.funding_round(fund)
    applications = [factories.application(round_=funding_round, amount_requested=300_000) for _ in range(5)]
    start = threading.Barrier(len(applications))
    granted = []

    def decide(application):
        try:
            start.wait()
            services.grant(application, amount=300_000, by=None, decision="Beviljas.")
            granted.append(application.pk)
        except ValidationError:
            pass
        finally:
            connection.close()

    threads = [threading.Thread(target=decide, args=(application,)) for application in applications]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(granted) == 3
    assert fund.granted() == 900_000
