"""Organisation editors: a person who works at an organisation asks to keep its profile
current, staff grant or decline, and a granted editor edits the profile and the events."""

import datetime
import json
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from gnista.accounts import services as account_services
from gnista.audit.models import AuditEntry
from gnista.district import services
from gnista.district.models import OrganisationEditor
from gnista.events.models import CalendarFeed, Event
from gnista.portfolio.models import OrganisationKind, Role
from tests import factories

pytestmark = pytest.mark.django_db
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


@pytest.fixture
def company():
    hub = factories.organisation(slug="mindpark", name_sv="Mindpark", kind=OrganisationKind.HUB)
    return factories.organisation(
        slug="sensorbolaget", name_sv="Sensorbolaget AB", description_sv="Sensorer.", hub=hub
    )


@pytest.fixture
def coach():
    return factories.staff(Role.COACH)


def actions(instance) -> list[str]:
    return list(
        AuditEntry.objects.filter(
            object_type=instance._meta.label_lower, object_id=str(instance.pk)
        ).values_list("action", flat=True)
    )


def grant(person, organisation):
    editor = services.request_editing(person, organisation, "Jag är vd.")
    return services.decide(editor, grant=True, by=factories.staff(Role.COACH))


def event_data(**fields):
    return {
        "title_sv": "Frukostseminarium",
        "starts_at": "2030-11-05T08:00",
        "ends_at": "2030-11-05T09:30",
        "place": "Bredgatan 11",
        "language": "sv",
    } | fields


def test_request_grant_and_keep_the_profile_and_events_current(
    client, company, coach, mailoutbox, django_capture_on_commit_callbacks
):
    person = factories.user(language="en")
    client.force_login(person)
    page = client.get("/sv/actors/sensorbolaget/").text
    assert 'href="/sv/actors/sensorbolaget/edit-request/"' in page
    assert 'href="/sv/actors/sensorbolaget/edit/"' not in page

    response = client.post("/sv/actors/sensorbolaget/edit-request/", {"motivation": "Jag är vd på bolaget."})
    assert response.status_code == 302
    request = OrganisationEditor.objects.get(user=person, organisation=company)
    assert request.status == "requested"
    assert actions(request) == ["editor.requested"]
    assert client.get("/sv/actors/sensorbolaget/edit/").status_code == 403, "a request gives no rights yet"

    client.force_login(coach)
    queue = client.get("/sv/manage/editors/")
    assert queue.status_code == 200 and "Jag är vd på bolaget." in queue.text
    assert 'href="/sv/manage/editors/" aria-current="page"' in queue.text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/sv/manage/editors/{request.pk}/decide/", {"decision": "grant"})
    assert response.status_code == 302
    request.refresh_from_db()
    assert (request.status, request.decided_by, request.decided_at is not None) == ("granted", coach, True)
    assert actions(request) == ["editor.granted", "editor.requested"]
    [email] = mailoutbox
    assert email.to == [person.email]
    assert "/en/actors/sensorbolaget/edit/" in email.body, "the email is in the person's language"
    assert "Sensorbolaget AB" in email.subject

    client.force_login(person)
    page = client.get("/sv/actors/sensorbolaget/").text
    assert 'href="/sv/actors/sensorbolaget/edit/"' in page
    assert 'href="/sv/actors/sensorbolaget/events/"' in page
    assert "/sv/actors/sensorbolaget/edit/" in client.get("/sv/accounts/profile/").text

    response = client.post(
        "/sv/actors/sensorbolaget/edit/",
        {
            "description_sv": "Sensorer för smarta städer.",
            "description_en": "Sensors for smart cities.",
            "services_sv": "Testbädd för sensorer.",
            "website": "https://sensorbolaget.example",
            "address": "Bredgatan 11, Helsingborg",
            "latitude": "56.046",
            "longitude": "12.694",
            "name_sv": "Ett annat namn",
            "kind": "city_administration",
        },
    )
    assert response.status_code == 302
    company.refresh_from_db()
    assert (company.description_en, company.website, str(company.latitude)) == (
        "Sensors for smart cities.",
        "https://sensorbolaget.example",
        "56.046000",
    )
    assert (company.name_sv, company.kind) == ("Sensorbolaget AB", "company"), "staff decide those"
    assert "organisation.profile_saved" in actions(company)

    assert client.get("/sv/actors/sensorbolaget/events/new/").status_code == 200
    response = client.post("/sv/actors/sensorbolaget/events/new/", event_data(hub=company.hub_id))
    assert response.status_code == 302
    event = Event.objects.get(organiser=company)
    assert (event.title_sv, event.hub.slug, event.feed, event.sequence) == (
        "Frukostseminarium",
        "mindpark",
        None,
        0,
    )
    assert event.starts_at.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M") == "2030-11-05 08:00"
    assert "Frukostseminarium" in client.get("/sv/actors/sensorbolaget/events/").text

    response = client.post(
        f"/sv/actors/sensorbolaget/events/{event.pk}/",
        event_data(starts_at="2030-11-05T08:30", hub=event.hub_id),
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.sequence == 1, "subscribing calendars see the change"

    response = client.post(f"/sv/actors/sensorbolaget/events/{event.pk}/cancel/")
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.status, event.sequence) == ("cancelled", 2)
    assert actions(event) == ["event.cancelled", "event.saved", "event.saved"]


def test_a_location_needs_both_coordinates_and_errors_are_summarised(client, company):
    person = factories.user()
    grant(person, company)
    client.force_login(person)
    response = client.post("/sv/actors/sensorbolaget/edit/", {"description_sv": "x", "latitude": "56.04"})
    assert response.status_code == 400
    assert "error-summary" in response.text and 'role="alert"' in response.text
    company.refresh_from_db()
    assert company.latitude is None and company.description_sv == "Sensorer."


def test_an_event_that_ends_before_it_starts_is_refused(client, company):
    person = factories.user()
    grant(person, company)
    client.force_login(person)
    response = client.post("/sv/actors/sensorbolaget/events/new/", event_data(ends_at="2030-11-04T08:00"))
    assert response.status_code == 400
    assert not Event.objects.exists()


def test_people_without_the_right_get_403_and_anonymous_visitors_sign_in(client, company):
    event = Event.objects.create(
        title_sv="Deras", starts_at=datetime.datetime(2030, 1, 1, tzinfo=STOCKHOLM), organiser=company
    )
    urls = [
        "/sv/actors/sensorbolaget/edit/",
        "/sv/actors/sensorbolaget/events/",
        "/sv/actors/sensorbolaget/events/new/",
        f"/sv/actors/sensorbolaget/events/{event.pk}/",
    ]
    for url in [*urls, "/sv/actors/sensorbolaget/edit-request/", "/sv/manage/editors/"]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/sv/accounts/login/"), url
    response = client.post(f"/sv/actors/sensorbolaget/events/{event.pk}/cancel/")
    assert response["Location"].startswith("/sv/accounts/login/")

    outsider = factories.user()
    other = factories.organisation()
    grant(outsider, other)
    client.force_login(outsider)
    for url in urls:
        assert client.get(url).status_code == 403, url
    assert client.post(f"/sv/actors/sensorbolaget/events/{event.pk}/cancel/").status_code == 403
    assert client.get("/sv/manage/editors/").status_code == 403
    assert client.post("/sv/actors/sensorbolaget/edit/", {"description_sv": "Kapad"}).status_code == 403
    event.refresh_from_db()
    assert event.status == "confirmed"
    company.refresh_from_db()
    assert company.description_sv == "Sensorer."
    assert client.get(f"/sv/actors/{other.slug}/events/{event.pk}/").status_code == 404, (
        "another organisation's event is not found under one's own"
    )


def test_a_second_request_is_refused(client, company):
    person = factories.user()
    client.force_login(person)
    client.post("/sv/actors/sensorbolaget/edit-request/", {"motivation": "Jag jobbar där."})
    response = client.post("/sv/actors/sensorbolaget/edit-request/", {"motivation": "Igen."})
    assert response.status_code == 400
    assert OrganisationEditor.objects.filter(user=person).count() == 1
    with pytest.raises(ValidationError):
        services.request_editing(person, company, "En gång till.")


def test_a_request_needs_a_motivation(client, company):
    client.force_login(factories.user())
    response = client.post("/sv/actors/sensorbolaget/edit-request/", {"motivation": " "})
    assert response.status_code == 400 and not OrganisationEditor.objects.exists()


def test_city_administrations_are_refused(client):
    administration = factories.administration(slug="stadsbyggnad")
    person = factories.user()
    client.force_login(person)
    assert "/edit-request/" not in client.get("/sv/actors/stadsbyggnad/").text
    assert client.get("/sv/actors/stadsbyggnad/edit-request/").status_code == 403
    assert (
        client.post("/sv/actors/stadsbyggnad/edit-request/", {"motivation": "Jag jobbar där."}).status_code
        == 403
    )
    with pytest.raises(ValidationError):
        services.request_editing(person, administration, "Jag jobbar där.")
    assert not OrganisationEditor.objects.exists()


def test_declined_requests_give_no_rights(
    client, company, coach, mailoutbox, django_capture_on_commit_callbacks
):
    person = factories.user()
    request = services.request_editing(person, company, "Jag är praktikant.")
    client.force_login(coach)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/sv/manage/editors/{request.pk}/decide/", {"decision": "decline"})
    request.refresh_from_db()
    assert request.status == "declined"
    assert actions(request) == ["editor.declined", "editor.requested"]
    [email] = mailoutbox
    assert email.to == [person.email] and "/sv/actors/sensorbolaget/" in email.body
    client.force_login(person)
    assert client.get("/sv/actors/sensorbolaget/edit/").status_code == 403
    assert client.get("/sv/actors/sensorbolaget/events/").status_code == 403
    page = client.get("/sv/actors/sensorbolaget/").text
    assert 'href="/sv/actors/sensorbolaget/edit/"' not in page
    assert client.post("/sv/actors/sensorbolaget/edit-request/", {"motivation": "Igen"}).status_code == 400
    with pytest.raises(ValidationError):
        services.decide(request, grant=True, by=coach)


def test_staff_can_withdraw_a_granted_editor(
    client, company, coach, mailoutbox, django_capture_on_commit_callbacks
):
    person = factories.user()
    editor = grant(person, company)
    client.force_login(coach)
    assert person.email in client.get("/sv/manage/editors/").text
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/sv/manage/editors/{editor.pk}/decide/", {"decision": "decline"})
    editor.refresh_from_db()
    assert editor.status == "declined"
    assert len(mailoutbox) == 1
    client.force_login(person)
    assert client.get("/sv/actors/sensorbolaget/edit/").status_code == 403


def test_only_coaches_and_administrators_decide(client, company):
    request = services.request_editing(factories.user(), company, "Jag jobbar där.")
    assessor = factories.staff(Role.ASSESSOR)
    client.force_login(assessor)
    assert client.get("/sv/manage/editors/").status_code == 403
    assert client.post(f"/sv/manage/editors/{request.pk}/decide/", {"decision": "grant"}).status_code == 403
    assert "/sv/manage/editors/" not in client.get("/sv/manage/").text
    administrator = factories.staff(Role.ADMINISTRATOR)
    client.force_login(administrator)
    assert 'href="/sv/manage/editors/"' in client.get("/sv/manage/").text
    assert client.post(f"/sv/manage/editors/{request.pk}/decide/", {"decision": "grant"}).status_code == 302
    request.refresh_from_db()
    assert request.status == "granted"


def test_coaches_edit_any_profile(client, company, coach):
    client.force_login(coach)
    assert client.get("/sv/actors/sensorbolaget/edit/").status_code == 200
    assert 'href="/sv/actors/sensorbolaget/edit/"' in client.get("/sv/actors/sensorbolaget/").text


def test_feed_events_are_shown_as_kept_by_the_feed_and_not_editable(client, company):
    person = factories.user()
    grant(person, company)
    feed = CalendarFeed.objects.create(name="Vårt flöde", url="https://example.se/cal.ics", organiser=company)
    imported = Event.objects.create(
        title_sv="Från flödet",
        starts_at=datetime.datetime(2030, 1, 1, tzinfo=STOCKHOLM),
        organiser=company,
        feed=feed,
    )
    client.force_login(person)
    page = client.get("/sv/actors/sensorbolaget/events/").text
    assert "Från flödet" in page and "Vårt flöde" in page
    assert f"/sv/actors/sensorbolaget/events/{imported.pk}/" not in page
    assert client.get(f"/sv/actors/sensorbolaget/events/{imported.pk}/").status_code == 403
    assert client.post(f"/sv/actors/sensorbolaget/events/{imported.pk}/cancel/").status_code == 403
    imported.refresh_from_db()
    assert imported.status == "confirmed"


def test_personal_data_download_and_deletion_include_the_requests(client, company):
    person = factories.user()
    services.request_editing(person, company, "Jag är vd.")
    client.force_login(person)
    download = json.loads(client.post(reverse("accounts:download-data")).content)
    assert download["district"]["editor_requests"] == [
        {
            "organisation__slug": "sensorbolaget",
            "motivation": "Jag är vd.",
            "status": "requested",
            "requested_at": download["district"]["editor_requests"][0]["requested_at"],
            "decided_at": None,
        }
    ]
    account_services.delete_account(person)
    assert not OrganisationEditor.objects.exists()


def test_the_profile_lists_the_organisations_a_person_edits(client, company):
    person = factories.user()
    grant(person, company)
    waiting = factories.organisation(name_sv="Väntande AB")
    services.request_editing(person, waiting, "Jag jobbar där.")
    client.force_login(person)
    page = client.get("/sv/accounts/profile/").text
    assert "Sensorbolaget AB" in page and "/sv/actors/sensorbolaget/events/" in page
    assert "Väntande AB" in page and f"/sv/actors/{waiting.slug}/edit/" not in page


def test_anonymous_visitors_see_no_editing_links(client, company):
    page = client.get("/sv/actors/sensorbolaget/").text
    assert "/edit-request/" not in page and "/sv/actors/sensorbolaget/edit/" not in page


def test_requests_are_rate_limited_per_person(client):
    client.force_login(factories.user())
    organisations = [factories.organisation() for _ in range(11)]
    statuses = [
        client.post(
            f"/sv/actors/{organisation.slug}/edit-request/", {"motivation": "Jag jobbar där."}
        ).status_code
        for organisation in organisations
    ]
    assert statuses == [302] * 10 + [429]
    assert OrganisationEditor.objects.count() == 10


def test_staff_who_decide_hear_of_a_new_request_in_their_language(
    company, mailoutbox, django_capture_on_commit_callbacks
):
    english_coach = factories.staff(Role.COACH)
    english_coach.language = "en"
    english_coach.save()
    swedish_administrator = factories.staff(Role.ADMINISTRATOR)
    factories.staff(Role.ASSESSOR)  # does not decide requests
    quiet_coach = factories.staff(Role.COACH)
    quiet_coach.notifications = "none"
    quiet_coach.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.request_editing(factories.user(), company, "Jag är vd på bolaget.")
    by_recipient = {email.to[0]: email for email in mailoutbox}
    assert set(by_recipient) == {english_coach.email, swedish_administrator.email}
    english = by_recipient[english_coach.email]
    assert "Sensorbolaget AB" in english.subject and "Jag är vd på bolaget." in english.body
    assert "/en/manage/editors/" in english.body
    assert "/sv/manage/editors/" in by_recipient[swedish_administrator.email].body


def test_editors_make_an_event_repeat_and_change_or_stop_the_repetition(client, company):
    from gnista.events.ical import occurrences

    person = factories.user()
    grant(person, company)
    client.force_login(person)
    form = client.get("/sv/actors/sensorbolaget/events/new/").text
    assert form.index('name="all_day"') < form.index('name="repeats"') < form.index('name="repeats_until"')

    missing_end = client.post(
        "/sv/actors/sensorbolaget/events/new/", event_data(repeats="fortnightly", repeats_until="")
    )
    assert missing_end.status_code == 400 and not Event.objects.exists()
    response = client.post(
        "/sv/actors/sensorbolaget/events/new/", event_data(repeats="fortnightly", repeats_until="2030-12-31")
    )
    assert response.status_code == 302
    event = Event.objects.get()
    assert event.rrule == "FREQ=WEEKLY;INTERVAL=2;COUNT=5"
    dates = [
        o.starts_at.date().isoformat()
        for o in occurrences([event], event.starts_at, event.starts_at.replace(year=2031))
    ]
    assert dates == ["2030-11-05", "2030-11-19", "2030-12-03", "2030-12-17", "2030-12-31"]
    assert all(
        o.starts_at.astimezone(STOCKHOLM).hour == 8
        for o in occurrences([event], event.starts_at, event.starts_at.replace(year=2031))
    )

    again = client.get(f"/sv/actors/sensorbolaget/events/{event.pk}/").text
    assert '<option value="fortnightly" selected>' in again and 'value="2030-12-31"' in again
    client.post(f"/sv/actors/sensorbolaget/events/{event.pk}/", event_data(repeats="", repeats_until=""))
    event.refresh_from_db()
    assert event.rrule == ""


def test_a_repetition_set_by_staff_is_kept_unless_the_editor_picks_another(client, company):
    person = factories.user()
    grant(person, company)
    client.force_login(person)
    client.post("/sv/actors/sensorbolaget/events/new/", event_data())
    event = Event.objects.get()
    event.rrule = "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8"
    event.save()
    page = client.get(f"/sv/actors/sensorbolaget/events/{event.pk}/").text
    assert '<option value="kept" selected>' in page
    client.post(
        f"/sv/actors/sensorbolaget/events/{event.pk}/", event_data(title_sv="Nytt namn", repeats="kept")
    )
    event.refresh_from_db()
    assert (event.title_sv, event.rrule) == ("Nytt namn", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8")


def test_a_long_repetition_stops_at_a_bounded_number_of_dates():
    from gnista.events.repetition import MOST_OCCURRENCES, rule_for

    start = datetime.datetime(2030, 1, 7, 8, tzinfo=STOCKHOLM)
    assert rule_for("weekly", start, datetime.date(2099, 1, 1)) == f"FREQ=WEEKLY;COUNT={MOST_OCCURRENCES}"
    assert rule_for("monthly", start, datetime.date(2030, 1, 7)) == "FREQ=MONTHLY;COUNT=1"
