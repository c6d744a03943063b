"""Loads the innovation fund's demo data (data.py): staff with roles, the assessment
criteria with one revision, two funds with their rounds, and applications that go
through the fund's services: submitted, assessed, then granted, rejected or withdrawn,
with spending reported against the grants.

Runs after the portfolio loader. Idempotent: people are matched by e-mail, roles by
person, role and administration, criteria by Swedish title, funds by slug, rounds by
fund and Swedish name. The services enforce the order of an application's life, so an
application that already exists (matched by initiative and round) is left as it is
rather than taken through its transitions again. Dates the services set to now
(submission, assessment, reporting) are moved back to when they happened in the story."""

import datetime
import zoneinfo

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from gnista.portfolio import services as portfolio_services
from gnista.portfolio.models import Initiative, Organisation, Role, StaffRole

from .. import services
from ..models import Application, ApplicationStatus, Assessment, Criterion, Fund, FundingRound, Spending
from . import data

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
VERDICTS = {"+": "met", "-": "not_met", "0": "not_applicable"}


def translated(field: str, texts: dict | None) -> dict:
    return {f"{field}_{code}": (texts or {}).get(code, "") for code in LANGUAGE_CODES}


def day(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def moment(value: datetime.date, hour: int = 10) -> datetime.datetime:
    return datetime.datetime.combine(value, datetime.time(hour), tzinfo=STOCKHOLM)


def kr(amount: int) -> str:
    return services.format_kr(amount)


# ------------------------------------------------------------------------------ people
def load_people() -> dict:
    people = {}
    for item in data.PEOPLE:
        person, _created = get_user_model().objects.update_or_create(
            email=item["email"],
            defaults={
                "username": f"demo-staff-{item['key']}",
                "display_name": item["display_name"],
                "first_name": item["display_name"].split(" ", 1)[0],
                "last_name": item["display_name"].split(" ", 1)[1],
                "language": item["language"],
            },
        )
        if person.has_usable_password():
            person.set_unusable_password()  # demo people cannot sign in
            person.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(
            user=person, email=person.email, defaults={"verified": True, "primary": True}
        )
        organisation = (
            Organisation.objects.get(slug=item["organisation"]) if item.get("organisation") else None
        )
        if not StaffRole.objects.filter(user=person, role=item["role"], organisation=organisation).exists():
            portfolio_services.grant_role(person, item["role"], organisation=organisation)
        people[item["key"]] = person
    return people


def editors_by_administration(people) -> dict:
    return {item["organisation"]: people[item["key"]] for item in data.PEOPLE if item["role"] == Role.EDITOR}


# ---------------------------------------------------------------------------- criteria
def load_criteria() -> None:
    """The nine criteria as adopted in 2018, then the revision of 2023. Creation and
    retirement are dated to when they happened, so that an application is assessed
    against the criteria in force on the day it was submitted."""
    adopted = moment(day(data.FUNDS[0]["starts_on"]) - datetime.timedelta(days=31))
    criteria = {}
    for position, item in enumerate(data.CRITERIA, start=1):
        texts = {**translated("title", item["title"]), **translated("description", item["description"])}
        criterion = Criterion.objects.filter(title_sv=item["title"]["sv"]).order_by("id").first()
        if criterion is None:
            criterion = services.revise_criterion(None, by=None, position=position, **texts)
        Criterion.objects.filter(pk=criterion.pk).update(position=position, created_at=adopted, **texts)
        criteria[item["key"]] = criterion
    revision = data.REVISION
    old = criteria[revision["replaces"]]
    new = Criterion.objects.filter(replaces=old).first()
    if new is None:
        old.refresh_from_db()
        new = services.revise_criterion(
            old,
            by=None,
            **translated("title", revision["title"]),
            **translated("description", revision["description"]),
        )
    revised = moment(day(revision["on"]))
    Criterion.objects.filter(pk=old.pk).update(retired_at=revised)
    Criterion.objects.filter(pk=new.pk).update(created_at=revised)


def criteria_in_force(when: datetime.datetime):
    return Criterion.objects.filter(created_at__lte=when).filter(
        Q(retired_at__isnull=True) | Q(retired_at__gt=when)
    )


# ------------------------------------------------------------------------------- funds
def load_funds(today: datetime.date) -> dict[str, tuple[FundingRound, datetime.date | None]]:
    """Returns each round by key, with the day the innovation council decided on it."""
    rounds = {}
    for item in data.FUNDS:
        fund, _created = Fund.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "budget": item["budget"],
                "starts_on": day(item["starts_on"]),
                "ends_on": day(item["ends_on"]),
                **translated("name", item["name"]),
                **translated("description", item["description"]),
            },
        )
        for entry in item["rounds"]:
            if "name" in entry:
                names = entry["name"]
            else:
                names = {
                    code: text.format(year=entry["year"])
                    for code, text in data.ROUND_NAMES[entry["term"]].items()
                }
            if "opens_in_days" in entry:
                opens_on = today + datetime.timedelta(days=entry["opens_in_days"])
                closes_on = today + datetime.timedelta(days=entry["closes_in_days"])
            else:
                opens_on, closes_on = day(entry["opens_on"]), day(entry["closes_on"])
            funding_round = FundingRound.objects.filter(
                fund=fund, name_sv=names["sv"]
            ).first() or FundingRound(fund=fund)
            for key, value in translated("name", names).items():
                setattr(funding_round, key, value)
            funding_round.opens_on, funding_round.closes_on = opens_on, closes_on
            funding_round.full_clean()
            funding_round.save()
            decides_on = day(entry["decides_on"]) if entry.get("decides_on") else None
            rounds[entry["key"]] = (funding_round, decides_on)
    return rounds


# ------------------------------------------------------------------------ applications
def verdicts_for(item: dict, assessor: str, criteria: list[Criterion]) -> dict[int, tuple[str, str]]:
    codes = item["verdicts"]
    if len(codes) != len(criteria):
        raise ValueError(
            f"{item['initiative']} ({item['round']}): {len(codes)} verdicts for {len(criteria)} criteria"
        )
    dissent = item.get("dissent", {}).get(assessor, {})
    answered = item.get("partial", {}).get(assessor, len(criteria))
    verdicts = {}
    for position, (criterion, code) in enumerate(zip(criteria, codes, strict=True), start=1):
        if position > answered:
            break
        comment = ""
        if position in dissent:
            own = dissent[position]
            code, comment = own if isinstance(own, tuple) else (own, "")
        verdicts[criterion.pk] = (VERDICTS[code], comment)
    return verdicts


def assessment_times(item, submitted: datetime.date, closes_on, decides_on, today) -> list[datetime.datetime]:
    """When each assessor finished: spread between the round's closing and its decision,
    or in the days after submission while a round is open."""
    count = len(item["assessments"])
    if decides_on is not None:
        step = max(1, (decides_on - closes_on).days // (count + 1))
        return [moment(closes_on + datetime.timedelta(days=step * (index + 1)), 15) for index in range(count)]
    days = [min(today, submitted + datetime.timedelta(days=3 * (index + 1))) for index in range(count)]
    return [moment(value, 15) for value in days]


def load_application(item: dict, rounds, people, editors, today) -> None:
    funding_round, decides_on = rounds[item["round"]]
    initiative = Initiative.objects.select_related("owner").get(slug=item["initiative"])
    if Application.objects.filter(initiative=initiative, round=funding_round).exists():
        return
    editor = editors[initiative.owner.slug]
    fund_manager = people[data.FUND_MANAGER]
    application = services.save_application(
        Application(
            initiative=initiative,
            round=funding_round,
            amount_requested=item["amount"],
            co_funding=item["co_funding"],
            plan=item["plan"],
            period_starts_on=day(item["period"][0]),
            period_ends_on=day(item["period"][1]),
        ),
        by=editor,
    )
    submitted = item["submitted"]
    if submitted is None:
        drafted = today - datetime.timedelta(days=item["drafted"])
        Application.objects.filter(pk=application.pk).update(
            created_at=moment(drafted), updated_at=moment(drafted, 16)
        )
        return
    submitted = today - datetime.timedelta(days=submitted) if isinstance(submitted, int) else day(submitted)
    submitted_at = moment(submitted, 14)
    services.submit_application(application, by=editor)
    # Submitted today by the service; in the story it was submitted on the given day,
    # against the criteria in force then.
    Application.objects.filter(pk=application.pk).update(
        submitted_at=submitted_at,
        created_at=moment(submitted - datetime.timedelta(days=12), 9),
        updated_at=submitted_at,
    )
    application.criteria.set(criteria_in_force(submitted_at))
    criteria = list(application.criteria.order_by("position", "id"))

    times = assessment_times(item, submitted, funding_round.closes_on, decides_on, today)
    for (assessor, comment), completed in zip(item["assessments"].items(), times, strict=True):
        assessment = services.assess(
            application,
            assessor=people[assessor],
            verdicts=verdicts_for(item, assessor, criteria),
            comment=comment,
        )
        Assessment.objects.filter(pk=assessment.pk).update(
            completed_at=completed if assessment.completed_at else None, updated_at=completed
        )

    status = item["status"]
    if status == ApplicationStatus.GRANTED:
        granted = item["granted"]
        share = "" if granted == item["amount"] else f" av sökta {kr(item['amount'])} kr"
        grant = services.grant(
            application,
            amount=granted,
            by=fund_manager,
            decision=f"Innovationsrådet beviljar {kr(granted)} kr{share} {item['decision']}",
            conditions=item.get("conditions", ""),
            decided_on=decides_on,
        )
        share_so_far, reported = 0.0, 0
        for spent_on, fraction, note in item.get("spending", []):
            share_so_far += fraction
            total = min(granted, round(granted * share_so_far))
            spending = services.report_spending(
                grant, amount=total - reported, spent_on=day(spent_on), note=note, by=editor
            )
            reported = total
            Spending.objects.filter(pk=spending.pk).update(
                reported_at=min(timezone.now(), moment(day(spent_on) + datetime.timedelta(days=4), 11))
            )
    elif status == ApplicationStatus.REJECTED:
        services.reject(application, by=fund_manager, decision=item["decision"])
    elif status == ApplicationStatus.WITHDRAWN:
        services.withdraw_application(application, by=editor)
    elif status != ApplicationStatus.SUBMITTED:
        raise ValueError(f"Unknown status {status!r}")
    if status in (ApplicationStatus.GRANTED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN):
        settled = moment(decides_on or funding_round.closes_on, 16)
        Application.objects.filter(pk=application.pk).update(updated_at=settled)


@transaction.atomic
def load() -> dict[str, int]:
    today = timezone.localdate()
    people = load_people()
    load_criteria()
    rounds = load_funds(today)
    editors = editors_by_administration(people)
    for item in data.APPLICATIONS:
        load_application(item, rounds, people, editors, today)
    return {
        "fund staff": len(data.PEOPLE),
        "assessment criteria": len(data.CRITERIA) + 1,
        "funds": len(data.FUNDS),
        "funding rounds": len(rounds),
        "funding applications": len(data.APPLICATIONS),
        "grants": sum(1 for item in data.APPLICATIONS if item["status"] == ApplicationStatus.GRANTED),
    }
