"""Every indicator against the demo data.

The constants were counted from the demo's data literals (gnista/portfolio/demo/
initiatives_*.py and reference.py, gnista/participation/demo/data.py, gnista/funding/demo/
data.py) with plain Python, without the database. The recounts below go the other way:
they loop over the demo's records in Python, one object at a time, so that they share
nothing with the aggregate queries they check, and they do so for filtered views too.

Supports, comments and offers of the demo are dated from their idea or challenge (see
gnista/participation/demo/loader.py), so they are counted here the same way.
"""

import collections
import itertools

import pytest
from django.db.models import Prefetch
from django.utils import timezone, translation

from gnista.funding.models import Grant, Spending
from gnista.impact import indicators
from gnista.impact.network import network
from gnista.impact.scope import QUARTER, Filters, Period
from gnista.participation.models import Comment, Idea, Offer, Support
from gnista.portfolio.models import Initiative, OrganisationKind, Partnership

pytestmark = pytest.mark.django_db


def table(indicator):
    return [
        (row[0].key if isinstance(row[0], Period) else getattr(row[0], "text", row[0]), *row[1:])
        for row in indicator.rows
    ]


# ----------------------------------------------------------- counted from the data literals
def test_internal_collaboration(demo):
    result = indicators.internal_collaboration(Filters())
    assert [row[:3] for row in table(result)] == [
        ("2018", 4, 1),
        ("2019", 4, 2),
        ("2020", 4, 3),
        ("2021", 4, 2),
        ("2022", 4, 3),
        ("2023", 4, 1),
        ("2024", 6, 3),
        ("2025", 9, 7),
        ("2026", 3, 0),
    ]
    assert result.total[1:] == (42, 22, 52.4)


def test_external_partners(demo):
    result = indicators.external_partners(Filters())
    # started, with an external partner, share, external organisations, business,
    # academia, public sector, civil society
    assert result.total[1:] == (42, 41, 97.6, 21, 25, 19, 23, 10)
    assert table(indicators.external_partners(Filters(year=2025)))[0][:3] == ("2025", 9, 9)
    assert table(indicators.external_partners(Filters(year=2025)))[0][5:] == (5, 3, 6, 3)


def test_per_challenge(demo):
    result = indicators.per_challenge(Filters())
    found = {row.challenge.url.rstrip("/").rsplit("/", 1)[1]: row[1:] for row in result.rows}
    assert found == {
        "resurser-ur-avloppet": (4, 3, 1),
        "mer-tid-for-barnen-i-forskolan": (4, 3, 1),
        "meningsfull-fritid-for-unga": (0, 0, 2),
        "trygghet-i-stadsdelarna": (4, 2, 2),
        "ofrivillig-ensamhet-bland-aldre": (4, 3, 2),
        "fler-i-egen-forsorjning": (0, 0, 4),
        "minska-matsvinnet": (0, 0, 1),
        "energismarta-lokaler": (4, 2, 3),
        "hallbart-resande-i-oceanhamnen": (0, 0, 2),
        "skyfall-och-klimatanpassning": (0, 0, 2),
        "tillganglig-kultur": (4, 2, 2),
    }  # the draft digital-delaktighet is not listed
    assert result.total[1:] == (2.2, 1.4, 2.0)


def test_platform_use(demo):
    result = indicators.platform_use(Filters())
    rows = dict((row[0], row[1:]) for row in table(result))
    # 30 ideas (14 submitted in 2025, 16 in 2026) by 15 people, who also made the 121
    # supports (a day apart after the idea), 98 comments and replies (threads two days
    # apart) and 15 offers (a week apart from June 2025 or the challenge's opening).
    assert result.total[1:] == (15, 30, 121, 98, 15)
    assert rows == {"2025": (15, 14, 67, 51, 15), "2026": (15, 16, 54, 47, 0)}


def test_funnel_and_the_stages(demo):
    with translation.override("en"):
        funnel = indicators.funnel(Filters())
    assert [(row.step.text, row.initiatives, row.share) for row in funnel.rows] == [
        ("Started (stage 1)", 42, 100.0),
        ("Reached stage 2: develop and test", 30, 71.4),
        ("Reached stage 3: evaluate and scale", 14, 33.3),
        ("Scaled", 6, 14.3),
        ("Stopped", 8, 19.0),
    ]
    assert [row.initiatives for row in indicators.funnel(Filters(year=2025)).rows] == [9, 4, 0, 0, 0]
    assert table(indicators.stage_progress(Filters())) == [
        ("2018", 4, 1, 0),
        ("2019", 4, 5, 0),
        ("2020", 4, 4, 2),
        ("2021", 4, 4, 2),
        ("2022", 4, 2, 1),
        ("2023", 4, 3, 3),
        ("2024", 6, 5, 4),
        ("2025", 9, 4, 2),
        ("2026", 3, 2, 0),
    ]
    distribution = indicators.stage_distribution(Filters())
    assert [row[1:] for row in distribution.rows] == [(8, 2, 0, 2, 12), (10, 2, 0, 4, 16), (6, 0, 6, 2, 14)]
    assert distribution.total[1:] == (24, 4, 6, 8, 42)


def test_outcomes(demo):
    result = indicators.outcomes(Filters())
    assert table(result) == [
        ("2019", 0, 1, 1),
        ("2020", 0, 1, 1),
        ("2021", 2, 2, 2),
        ("2022", 1, 2, 2),
        ("2023", 0, 2, 2),
        ("2024", 0, 0, 0),
        ("2025", 3, 0, 0),
    ]
    assert result.total[1:] == (6, 8, 8)


def test_fund(demo):
    budget = indicators.fund_budget(Filters())
    assert [(row.fund.text, row.budget, row.granted) for row in budget.rows] == [
        ("Innovationsfonden 2023–2027", 120_000_000, 42_300_000),
        ("Innovationsfonden 2018–2022", 250_000_000, 214_850_000),
    ]
    assert budget.total[1:4] == (370_000_000, 257_150_000, 69.5)
    by_owner = {row.label.text: row.granted for row in indicators.fund_by_administration(Filters()).rows}
    assert by_owner == {
        "Arbetsmarknadsförvaltningen": 17_800_000,
        "Fritidsförvaltningen": 25_800_000,
        "Kulturförvaltningen": 3_200_000,
        "Miljöförvaltningen": 73_000_000,
        "Skol- och fritidsförvaltningen": 16_100_000,
        "Socialförvaltningen": 13_100_000,
        "Stadsbyggnadsförvaltningen": 37_500_000,
        "Stadsledningsförvaltningen": 65_900_000,
        "Vård- och omsorgsförvaltningen": 4_750_000,
    }
    by_area = {row.label.text: row.granted for row in indicators.fund_by_area(Filters()).rows}
    assert by_area == {
        "Life science & hälsa": 8_400_000,
        "Tech": 159_750_000,
        "Livsmedel": 62_800_000,
        "Avancerade material & tillverkningsindustri": 9_100_000,
        "Smarta hållbara städer": 210_950_000,
    }
    # Spending is reported as shares of each grant, so it is recounted from the records.
    spent = sum(spending.amount for spending in Spending.objects.all())
    assert budget.total.spent == spent == indicators.fund_over_time(Filters()).total.spent
    per_year = collections.Counter()
    for grant in Grant.objects.all():
        per_year[grant.decided_on.year] += grant.amount
    assert {row.period.year: row.granted for row in indicators.fund_over_time(Filters()).rows} == per_year


def test_network(demo):
    result = network(Filters())
    assert (len(result.nodes), len(result.edges)) == (30, 132)
    assert result.cross_sector_share == 65.9  # 87 of 132 links
    assert [edge.weight for edge in result.edges[:4]] == [5, 5, 5, 4]
    top = result.most_connected[0]
    assert (top.name.text, top.degree) == ("Skol- och fritidsförvaltningen", 17)
    with translation.override("en"):
        pairs = [tuple(row) for row in network(Filters()).sector_pairs]
    assert pairs == [
        ("Public sector – Business", 44, 62),
        ("Public sector – Academia", 18, 37),
        ("Public sector – Civil society", 11, 18),
        ("Business – Academia", 8, 13),
        ("Business – Civil society", 4, 4),
        ("Academia – Civil society", 2, 4),
    ]


# ------------------------------------------------------- recounted one record at a time
FILTERS = [
    Filters(),
    Filters(year=2025, per=QUARTER),
    Filters(area="tech"),
    Filters(administration="miljoforvaltningen"),
    Filters(year=2024, area="smarta-hallbara-stader", administration="stadsbyggnadsforvaltningen"),
]


def every_initiative():
    return list(
        Initiative.objects.select_related("owner").prefetch_related(
            "areas", Prefetch("partnerships", queryset=Partnership.objects.select_related("organisation"))
        )
    )


def period(date, filters):
    return Period(date.year, (date.month - 1) // 3 + 1 if filters.quarterly else None)


def in_scope(initiative, filters):
    if filters.area and filters.area not in {area.slug for area in initiative.areas.all()}:
        return False
    taking_part = {initiative.owner.slug} | {p.organisation.slug for p in initiative.partnerships.all()}
    return not filters.administration or filters.administration in taking_part


def started(filters):
    return [
        initiative
        for initiative in every_initiative()
        if initiative.starts_on
        and in_scope(initiative, filters)
        and (not filters.year or initiative.starts_on.year == filters.year)
    ]


@pytest.mark.parametrize("filters", FILTERS, ids=str)
def test_collaboration_recounted(demo, filters):
    internal, external = collections.defaultdict(lambda: [0, 0]), collections.defaultdict(set)
    organisations = set()
    for initiative in started(filters):
        key = period(initiative.starts_on, filters)
        administrations = {initiative.owner} | {
            p.organisation
            for p in initiative.partnerships.all()
            if p.organisation.kind == "city_administration"
        }
        internal[key][0] += 1
        internal[key][1] += len(administrations) >= 2
        outside = [
            p.organisation
            for p in initiative.partnerships.all()
            if p.organisation.kind != "city_administration"
        ]
        if outside:
            external[key].add(initiative.pk)
        organisations |= {organisation.pk for organisation in outside}
    result = indicators.internal_collaboration(filters)
    assert {row.period: [row.initiatives, row.shared] for row in result.rows if row.initiatives} == internal
    assert result.total.initiatives == sum(value[0] for value in internal.values())
    result = indicators.external_partners(filters)
    assert {row.period: row.external for row in result.rows if row.external} == {
        key: len(value) for key, value in external.items()
    }
    assert result.total.organisations == len(organisations)


@pytest.mark.parametrize("filters", FILTERS, ids=str)
def test_platform_use_recounted(demo, filters):
    ideas = [
        idea
        for idea in Idea.objects.public().select_related("challenge__owner").prefetch_related("areas")
        if (not filters.area or filters.area in {area.slug for area in idea.areas.all()})
        and (
            not filters.administration
            or (idea.challenge and idea.challenge.owner.slug == filters.administration)
        )
    ]
    idea_ids = {idea.pk for idea in ideas}
    offers = [
        offer
        for offer in Offer.objects.filter(is_hidden=False).select_related("challenge__owner")
        if (not filters.area or filters.area in set(offer.challenge.areas.values_list("slug", flat=True)))
        and (not filters.administration or offer.challenge.owner.slug == filters.administration)
    ]
    activity = (
        [(idea.author_id, idea.submitted_at) for idea in ideas]
        + [(s.user_id, s.created_at) for s in Support.objects.all() if s.idea_id in idea_ids]
        + [
            (c.author_id, c.created_at)
            for c in Comment.objects.all()
            if c.idea_id in idea_ids and not (c.is_hidden or c.is_deleted)
        ]
        + [(offer.user_id, offer.created_at) for offer in offers]
    )
    local = [(person, timezone.localtime(when).date()) for person, when in activity]
    local = [(person, date) for person, date in local if not filters.year or date.year == filters.year]
    people = collections.defaultdict(set)
    for person, date in local:
        people[period(date, filters)].add(person)
    result = indicators.platform_use(filters)
    assert {row.period: row.participants for row in result.rows if row.participants} == {
        key: len(value) for key, value in people.items()
    }
    assert result.total.participants == len({person for person, _date in local})
    assert sum(result.total[2:]) == len(local)


@pytest.mark.parametrize("filters", FILTERS, ids=str)
def test_funnel_and_outcomes_recounted(demo, filters):
    cohort = started(filters) if filters.year else [i for i in every_initiative() if in_scope(i, filters)]
    histories = {i.pk: list(i.stage_changes.all()) for i in cohort}
    reached = [
        sum(1 for i in cohort if i.stage >= stage or any(c.stage >= stage for c in histories[i.pk]))
        for stage in (1, 2, 3)
    ]
    scaled = sum(1 for i in cohort if i.outcome == "scaled")
    stopped = sum(1 for i in cohort if i.outcome == "stopped")
    assert [row.initiatives for row in indicators.funnel(filters).rows] == [*reached, scaled, stopped]
    ended = collections.Counter()
    for initiative in every_initiative():
        if initiative.outcome in ("scaled", "stopped") and in_scope(initiative, filters):
            decided = min(
                c.decided_on for c in initiative.stage_changes.all() if c.outcome == initiative.outcome
            )
            if not filters.year or decided.year == filters.year:
                ended[(period(decided, filters), initiative.outcome)] += 1
    result = indicators.outcomes(filters)
    found = {(row.period, "scaled"): row.scaled for row in result.rows} | {
        (row.period, "stopped"): row.stopped for row in result.rows
    }
    assert {key: value for key, value in found.items() if value} == ended


@pytest.mark.parametrize("filters", FILTERS, ids=str)
def test_network_recounted(demo, filters):
    links = collections.Counter()
    for initiative in (
        started(filters) if filters.year else [i for i in every_initiative() if in_scope(i, filters)]
    ):
        taking_part = {initiative.owner_id} | {p.organisation_id for p in initiative.partnerships.all()}
        for pair in itertools.combinations(sorted(taking_part), 2):
            links[pair] += 1
    result = network(filters)
    assert {(edge.source.pk, edge.target.pk): edge.weight for edge in result.edges} == links


@pytest.mark.parametrize("filters", FILTERS, ids=str)
def test_fund_recounted(demo, filters):
    scope = {i.pk for i in every_initiative() if in_scope(i, filters)}
    grants = [
        g
        for g in Grant.objects.select_related("application")
        if g.application.initiative_id in scope and (not filters.year or g.decided_on.year == filters.year)
    ]
    spendings = [
        s
        for s in Spending.objects.select_related("grant__application")
        if s.grant.application.initiative_id in scope
        and (not filters.year or s.spent_on.year == filters.year)
    ]
    total = indicators.fund_by_administration(filters).total
    assert (total.granted, total.spent) == (sum(g.amount for g in grants), sum(s.amount for s in spendings))
    assert indicators.fund_by_area(filters).total[1::2] == total[1::2]


def test_the_demo_has_what_the_rules_expect(demo):
    """The demo's administrations are the owners; outsiders are never administrations."""
    assert not Initiative.objects.exclude(owner__kind=OrganisationKind.CITY_ADMINISTRATION).exists()
