"""Ideas on the site: submitting, attachments, supports, comments, reports, safety."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from gnista.participation.models import Comment, Idea, Report, Support
from gnista.portfolio.models import ChallengeStatus
from tests import factories

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script>'


@pytest.fixture
def person(client):
    user = factories.user()
    client.force_login(user)
    return user


def idea_data(**changes):
    return {
        "title": "Solceller på förskolor",
        "description": "Alla tak.",
        "need": "Lägre elkostnad.",
        "confirm_public_record": "on",
    } | changes


def png_bytes(**info) -> bytes:
    output = io.BytesIO()
    Image.new("RGB", (40, 30), "orange").save(output, format="PNG", **info)
    return output.getvalue()


def test_submitting_needs_an_account(client):
    response = client.get("/sv/ideas/new/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_person_submits_an_idea_to_a_challenge(client, person):
    challenge = factories.challenge(slug="energi")
    area = factories.area()
    response = client.post("/sv/challenges/energi/ideas/new/", idea_data(areas=[area.pk]))
    idea = Idea.objects.get()
    assert response["Location"] == idea.get_absolute_url()
    assert (idea.author, idea.challenge, idea.status, idea.language) == (person, challenge, "submitted", "sv")
    assert idea.public_record_confirmed_at is not None
    assert list(idea.areas.all()) == [area]
    assert "Solceller på förskolor" in client.get("/sv/ideas/").text
    assert "Solceller på förskolor" in client.get(challenge.get_absolute_url()).text


def test_the_public_record_must_be_confirmed(client, person):
    response = client.post("/sv/ideas/new/", idea_data(confirm_public_record=""))
    assert response.status_code == 200
    assert "confirm_public_record" in response.context["form"].errors
    assert not Idea.objects.exists()
    assert "allmän handling" in client.get("/sv/ideas/new/").text


def test_closed_challenges_take_no_ideas(client, person):
    factories.challenge(slug="stangd", status=ChallengeStatus.CLOSED)
    response = client.post("/sv/challenges/stangd/ideas/new/", idea_data())
    assert response.status_code == 302
    assert not Idea.objects.exists()


def test_honeypot_stops_bots(client, person):
    response = client.post("/sv/ideas/new/", idea_data(website="http://spam.example"))
    assert response.status_code == 200
    assert not Idea.objects.exists()


@pytest.mark.parametrize(
    "upload, error",
    [
        (SimpleUploadedFile("virus.png", b"MZ\x90\x00 not an image at all", "image/png"), "PDF"),
        (SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * (5 * 1024 * 1024), "application/pdf"), "5 MB"),
        (SimpleUploadedFile("anim.gif", b"GIF89a" + b"\x00" * 50, "image/gif"), "PDF"),
        (SimpleUploadedFile("page.html", SCRIPT.encode(), "text/html"), "PDF"),
    ],
)
def test_wrong_attachments_get_a_clear_error_and_nothing_is_stored(
    client, person, upload, error, tmp_path, settings
):
    settings.STORAGES = settings.STORAGES | {
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        }
    }
    response = client.post("/sv/ideas/new/", idea_data(attachment=upload))
    assert response.status_code == 200
    assert error in " ".join(response.context["form"].errors["attachment"])
    assert not Idea.objects.exists()
    assert not any(tmp_path.iterdir())


def test_images_are_re_encoded_without_metadata(client, person, tmp_path, settings):
    settings.STORAGES = settings.STORAGES | {
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        }
    }
    exif = Image.Exif()
    exif[0x8825] = {2: (56.0, 2.0, 30.0)}  # GPS position
    jpeg = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(jpeg, format="JPEG", exif=exif)
    client.post(
        "/sv/ideas/new/",
        idea_data(attachment=SimpleUploadedFile("mitt foto!.jpg", jpeg.getvalue(), "image/jpeg")),
    )
    idea = Idea.objects.get()
    assert idea.attachment.name.endswith("mittfoto.jpg")
    with Image.open(idea.attachment.path) as stored:
        assert not stored.getexif()


def test_pdf_attachments_are_accepted(client, person, tmp_path, settings):
    settings.STORAGES = settings.STORAGES | {
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        }
    }
    client.post(
        "/sv/ideas/new/",
        idea_data(attachment=SimpleUploadedFile("plan.pdf", b"%PDF-1.7 plan", "application/pdf")),
    )
    assert Idea.objects.get().attachment.name.endswith("plan.pdf")


def test_no_script_from_any_text_field_reaches_a_page(client, person):
    challenge = factories.challenge(slug="utmaning")
    client.post(
        "/sv/challenges/utmaning/ideas/new/", idea_data(title=SCRIPT, description=SCRIPT, need=SCRIPT)
    )
    idea = Idea.objects.get()
    client.post(f"/sv/ideas/{idea.pk}/comments/", {"body": SCRIPT})
    for path in ["/sv/ideas/", idea.get_absolute_url(), challenge.get_absolute_url()]:
        html = client.get(path).text
        assert SCRIPT not in html
        assert "&lt;script&gt;" in html


def test_one_support_per_person_and_it_can_be_withdrawn(client, person):
    idea = factories.idea()
    url = f"/sv/ideas/{idea.pk}/support/"
    client.post(url)
    client.post(url)
    idea.refresh_from_db()
    assert idea.support_count == 1 and Support.objects.count() == 1
    client.post(url, {"withdraw": "1"})
    idea.refresh_from_db()
    assert idea.support_count == 0 and not Support.objects.exists()


def test_comments_have_one_level_of_replies(client, person):
    idea = factories.idea()
    client.post(f"/sv/ideas/{idea.pk}/comments/", {"body": "Bra idé!"})
    first = Comment.objects.get()
    client.post(f"/sv/ideas/{idea.pk}/comments/", {"body": "Håller med.", "parent": first.pk})
    reply = Comment.objects.get(parent=first)
    response = client.post(f"/sv/ideas/{idea.pk}/comments/", {"body": "Svar på svar", "parent": reply.pk})
    assert response.status_code == 400
    assert Comment.objects.count() == 2


def test_comments_are_edited_within_the_window_and_deleted_by_their_author(client, person):
    from datetime import timedelta

    idea = factories.idea()
    comment = Comment.objects.create(idea=idea, author=person, body="Först")
    client.post(f"/sv/comments/{comment.pk}/edit/", {"body": "Ändrad"})
    comment.refresh_from_db()
    assert comment.body == "Ändrad" and comment.edited_at
    Comment.objects.filter(pk=comment.pk).update(created_at=comment.created_at - timedelta(minutes=16))
    assert client.post(f"/sv/comments/{comment.pk}/edit/", {"body": "För sent"}).status_code == 403
    other = Comment.objects.create(idea=idea, author=factories.user(), body="Annans")
    assert client.post(f"/sv/comments/{other.pk}/delete/").status_code == 403
    client.post(f"/sv/comments/{comment.pk}/delete/")
    comment.refresh_from_db()
    assert comment.is_deleted and comment.body == ""


def test_ideas_and_comments_can_be_reported(client, person):
    idea = factories.idea()
    comment = Comment.objects.create(idea=idea, author=factories.user(), body="Otrevligt")
    client.post(f"/sv/report/idea/{idea.pk}/", {"reason": "Reklam"})
    client.post(f"/sv/report/comment/{comment.pk}/", {"reason": "Kränkande"})
    client.post(f"/sv/report/idea/{idea.pk}/", {"reason": ""})
    assert Report.objects.count() == 2
    assert client.post(f"/sv/report/offer/{idea.pk}/", {"reason": "x"}).status_code == 404


@pytest.mark.parametrize("status, hidden", [("draft", False), ("submitted", True)])
def test_drafts_and_hidden_ideas_are_not_public(client, status, hidden):
    idea = factories.idea(status=status, is_hidden=hidden)
    assert client.get(idea.get_absolute_url()).status_code == 404
    client.force_login(idea.author)
    assert client.get(idea.get_absolute_url()).status_code == 200, "the author still sees it"


def test_posting_is_rate_limited_per_account(client, person):
    for number in range(10):
        assert client.post("/sv/ideas/new/", idea_data(title=f"Idé {number}")).status_code == 302
    response = client.post("/sv/ideas/new/", idea_data(title="En för mycket"))
    assert response.status_code == 429
    assert Idea.objects.count() == 10


def test_idea_list_filters_and_sorts(client):
    challenge = factories.challenge(slug="energi")
    popular = factories.idea(challenge=challenge, support_count=5)
    factories.idea(support_count=1)
    factories.idea(status="declined")
    by_support = [i.pk for i in client.get("/sv/ideas/?sort=-support_count").context["page"].object_list]
    assert by_support[0] == popular.pk
    assert [i.pk for i in client.get("/sv/ideas/?challenge=energi").context["page"].object_list] == [
        popular.pk
    ]
    assert len(client.get("/sv/ideas/?status=declined").context["page"].object_list) == 1
    response = client.get("/sv/ideas/?challenge=finns-inte&status=draft")
    assert response.status_code == 200 and len(response.context["notices"]) == 2


def test_idea_list_runs_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    area = factories.area()
    for _ in range(30):
        factories.idea(challenge=factories.challenge()).areas.set([area])
    with django_assert_max_num_queries(10):
        client.get("/sv/ideas/")


def test_idea_page_runs_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    idea = factories.idea()
    people = [factories.user() for _ in range(3)]
    for person in people * 4:
        comment = Comment.objects.create(idea=idea, author=person, body="Kommentar")
        Comment.objects.create(idea=idea, author=people[0], parent=comment, body="Svar")
    client.force_login(people[1])
    with django_assert_max_num_queries(16):
        client.get(idea.get_absolute_url())


def test_comments_are_shown_a_page_of_threads_at_a_time(client, person, django_assert_max_num_queries):
    from gnista.participation.views import COMMENT_THREADS_PER_PAGE

    idea = factories.idea()
    threads = [
        Comment.objects.create(idea=idea, author=person, body=f"Tråd {number}")
        for number in range(COMMENT_THREADS_PER_PAGE + 2)
    ]
    Comment.objects.create(idea=idea, author=person, parent=threads[0], body="Svar på första")
    Comment.objects.create(idea=idea, author=person, parent=threads[-1], body="Svar på sista")
    with django_assert_max_num_queries(16):
        first = client.get(idea.get_absolute_url())
    assert [comment.pk for comment in first.context["comments"]] == [
        thread.pk for thread in threads[:COMMENT_THREADS_PER_PAGE]
    ]
    assert "Svar på första" in first.text and "Svar på sista" not in first.text
    assert 'href="?page=2#comments"' in first.text
    second = client.get(idea.get_absolute_url() + "?page=2")
    assert [comment.pk for comment in second.context["comments"]] == [thread.pk for thread in threads[-2:]]
    assert "Svar på sista" in second.text and "Tråd 0<" not in second.text
    assert client.get(idea.get_absolute_url() + "?page=x").context["comments"].number == 1


def test_a_new_comment_or_reply_leads_to_the_page_that_shows_it(client, person):
    from gnista.participation.views import COMMENT_THREADS_PER_PAGE

    idea = factories.idea()
    for number in range(COMMENT_THREADS_PER_PAGE):
        Comment.objects.create(idea=idea, author=person, body=f"Tråd {number}")
    response = client.post(f"/sv/ideas/{idea.pk}/comments/", {"body": "Sist i tiden"})
    newest = Comment.objects.get(body="Sist i tiden")
    assert response["Location"] == f"{idea.get_absolute_url()}?page=2#comment-{newest.pk}"
    assert "Sist i tiden" in client.get(response["Location"]).text
    first = Comment.objects.filter(idea=idea).order_by("created_at", "id").first()
    response = client.post(f"/sv/ideas/{idea.pk}/comments/", {"body": "Ett svar", "parent": first.pk})
    reply = Comment.objects.get(body="Ett svar")
    assert response["Location"] == f"{idea.get_absolute_url()}#comment-{reply.pk}"
    response = client.post(f"/sv/comments/{newest.pk}/edit/", {"body": "Ändrad"})
    assert response["Location"] == f"{idea.get_absolute_url()}?page=2#comment-{newest.pk}"


def test_challenge_panel_names_each_organisation_offering_help_once(client):
    from gnista.participation.models import Offer

    challenge = factories.challenge(slug="energi")
    alpha = factories.organisation(name_sv="Alfa AB")
    beta = factories.organisation(name_sv="Beta AB")
    hidden = factories.organisation(name_sv="Gömd AB")
    for organisation, show in [(beta, True), (alpha, True), (beta, True), (hidden, False), (None, True)]:
        Offer.objects.create(
            challenge=challenge,
            user=factories.user(),
            organisation=organisation,
            show_organisation=show,
            message="Vi hjälper till.",
            contributions=["time"],
        )
    html = client.get(challenge.get_absolute_url()).text
    assert "Alfa AB, Beta AB</p>" in html
    assert "Gömd AB" not in html
    assert "5 erbjudanden" in html or "5 offers" in html


@pytest.mark.parametrize("chosen", ["", "energi"])
def test_the_challenge_choice_renders_as_djangos_select_does(chosen):
    from django import forms
    from django.http import QueryDict

    from gnista.participation.filters import IdeaFilter

    factories.challenge(slug="energi", title_sv='Energi & "vatten" <i>')
    factories.challenge(slug="skola", title_sv="Skola")
    quick = IdeaFilter(QueryDict(f"challenge={chosen}")).form
    plain = IdeaFilter(QueryDict(f"challenge={chosen}")).form
    plain.fields["challenge"].widget = forms.Select(choices=plain.fields["challenge"].widget.choices)
    assert str(quick["challenge"]) == str(plain["challenge"])
    assert "Energi &amp; &quot;vatten&quot; &lt;i&gt;" in str(quick["challenge"])
    assert ('value="energi" selected' in str(quick["challenge"])) == bool(chosen)


def test_challenge_panel_counts_public_ideas_and_shows_the_most_supported(client):
    challenge = factories.challenge(slug="energi")
    for supports in [3, 9, 1, 7, 5, 8]:
        factories.idea(challenge=challenge, title=f"Stöd {supports}", support_count=supports)
    factories.idea(challenge=challenge, title="Dold idé", support_count=99, is_hidden=True)
    factories.idea(challenge=challenge, title="Utkastidé", support_count=99, status="draft")
    factories.idea(title="Annan utmaning", support_count=99)
    response = client.get(challenge.get_absolute_url())
    assert "6 idéer hittills" in response.text or "6 ideas so far" in response.text
    shown = _panel_ideas(response.text)
    assert shown == ["Stöd 9", "Stöd 8", "Stöd 7", "Stöd 5", "Stöd 3"]


def _panel_ideas(html: str) -> list[str]:
    import re

    return re.findall(r'<h3 class="card__title"><a href="/sv/ideas/\d+/" lang="sv">([^<]+)</a>', html)
