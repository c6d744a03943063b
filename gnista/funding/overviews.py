"""Budget, granted, spent and remaining, per fund, administration, area and year, with
aggregate queries only."""

from django.db.models import Count, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce, ExtractYear

from gnista.portfolio.filters import in_language_or_default
from gnista.portfolio.models import Area, Organisation

from .models import Fund, Grant, Spending


def funds(only=None):
    """Every fund (or the one given) with what it has granted, spent and has left."""
    rows = Fund.objects.annotate(
        granted=Coalesce(Sum("grants__amount"), Value(0)),
        grant_count=Count("grants", distinct=True),
    ).order_by("-starts_on", "slug")
    spendings = Spending.objects.all()
    if only is not None:
        rows = rows.filter(pk=only.pk)
        spendings = spendings.filter(grant__fund=only)
    spent = dict(
        spendings.values("grant__fund").annotate(total=Sum("amount")).values_list("grant__fund", "total")
    )
    result = []
    for fund in rows:
        fund.spent = spent.get(fund.pk, 0) or 0
        fund.remaining = fund.budget - fund.granted
        fund.granted_percent = percent(fund.granted, fund.budget)
        fund.spent_percent = percent(fund.spent, fund.budget)
        result.append(fund)
    return result


def percent(part: int, whole: int) -> int:
    """A whole percentage for drawing a bar, never past its end."""
    return min(100, round(100 * part / whole)) if whole else 0


def totals(fund=None) -> dict:
    """Budget, granted, spent and remaining of one fund or of all of them together."""
    funds_ = Fund.objects.all() if fund is None else Fund.objects.filter(pk=fund.pk)
    grants, spendings = grants_and_spendings(fund)
    budget = funds_.aggregate(total=Sum("budget"))["total"] or 0
    granted = grants.aggregate(total=Sum("amount"))["total"] or 0
    spent = spendings.aggregate(total=Sum("amount"))["total"] or 0
    return {"budget": budget, "granted": granted, "spent": spent, "remaining": budget - granted}


def grants_and_spendings(fund=None):
    if fund is None:
        return Grant.objects.all(), Spending.objects.all()
    return Grant.objects.filter(fund=fund), Spending.objects.filter(grant__fund=fund)


def grants_with_spending(fund):
    """The fund's grants, each with what has been spent of it."""
    spent = (
        Spending.objects.filter(grant=OuterRef("pk"))
        .values("grant")
        .annotate(total=Sum("amount"))
        .values("total")
    )
    return (
        Grant.objects.filter(fund=fund)
        .select_related("application__initiative__owner", "application__round")
        .annotate(spent=Coalesce(Subquery(spent), Value(0)))
        .order_by("-decided_on", "-id")
    )


def by_administration(fund=None):
    grants, spendings = grants_and_spendings(fund)
    granted = dict(
        grants.values("application__initiative__owner")
        .annotate(total=Sum("amount"))
        .values_list("application__initiative__owner", "total")
    )
    spent = dict(
        spendings.values("grant__application__initiative__owner")
        .annotate(total=Sum("amount"))
        .values_list("grant__application__initiative__owner", "total")
    )
    organisations = Organisation.objects.filter(pk__in=set(granted) | set(spent)).order_by(
        in_language_or_default("name"), "pk"
    )
    return [
        row(granted.get(organisation.pk, 0), spent.get(organisation.pk, 0), organisation=organisation)
        for organisation in organisations
    ]


def by_area(fund=None):
    """An initiative in two areas counts in both: the rows do not add up to the total.
    Money for initiatives without an area comes last, with area None."""
    grants, spendings = grants_and_spendings(fund)
    granted = dict(
        grants.values("application__initiative__areas")
        .annotate(total=Sum("amount"))
        .values_list("application__initiative__areas", "total")
    )
    spent = dict(
        spendings.values("grant__application__initiative__areas")
        .annotate(total=Sum("amount"))
        .values_list("grant__application__initiative__areas", "total")
    )
    keys = set(granted) | set(spent)
    rows = [
        row(granted.get(area.pk, 0), spent.get(area.pk, 0), area=area)
        for area in Area.objects.filter(pk__in={key for key in keys if key}).order_by(
            "position", in_language_or_default("name"), "pk"
        )
    ]
    if None in keys:
        rows.append(row(granted.get(None, 0), spent.get(None, 0), area=None))
    return rows


def by_year(fund=None):
    """Granted by the year of the decision, spent by the year of the spending."""
    grants, spendings = grants_and_spendings(fund)
    granted = dict(
        grants.annotate(year=ExtractYear("decided_on"))
        .values("year")
        .annotate(total=Sum("amount"))
        .values_list("year", "total")
    )
    spent = dict(
        spendings.annotate(year=ExtractYear("spent_on"))
        .values("year")
        .annotate(total=Sum("amount"))
        .values_list("year", "total")
    )
    return [
        row(granted.get(year, 0), spent.get(year, 0), year=year) for year in sorted(set(granted) | set(spent))
    ]


def row(granted: int, spent: int, **label) -> dict:
    return {**label, "granted": granted, "spent": spent, "unspent": granted - spent}
