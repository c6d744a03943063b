"""The methods library: grouped by stage, filterable, translated, rendered from sanitised Markdown."""

import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gnista.methods.demo import loader
from gnista.methods.models import Method
from gnista.methods.rendering import ALLOWED_TAGS, render_markdown
from tests.conftest import make_staff


def method(**fields) -> Method:
    number = Method.objects.count() + 1
    defaults = {
        "slug": f"metod-{number}",
        "title_sv": f"Metod {number}",
        "summary_sv": f"Sammanfattning {number}.",
        "body_sv": "## Så gör ni\n\n- ett\n- två\n",
    }
    return Method.objects.create(**(defaults | fields))


def headings(html: str) -> list[str]:
    return re.findall(r"<h2 id=\"([\w-]+)\">", html)


@pytest.fixture
def library(db):
    return {
        "interviews": method(slug="intervjuer", title_sv="Intervjuer", stage=1, position=2),
        "journey": method(slug="brukarresan", title_sv="Brukarresan", stage=1, position=1),
        "mvp": method(slug="mvp", title_sv="Minsta användbara lösning", stage=2),
        "scaling": method(slug="skalning", title_sv="Skalning", stage=3),
        "fund": method(slug="fonden", title_sv="Innovationsfonden", stage=None),
        "draft": method(slug="utkast", title_sv="Hemligt utkast", stage=1, is_published=False),
    }


# The list -----------------------------------------------------------------------------


def test_list_groups_methods_by_stage_with_every_stage_last(client, library):
    html = client.get("/en/methods/").text
    assert headings(html) == ["stage-1", "stage-2", "stage-3", "every-stage"]
    assert "Useful at every stage" in html
    sections = html.split('<section class="method-group"')[1:]
    assert "Brukarresan" in sections[0] and "Intervjuer" in sections[0]
    assert sections[0].index("Brukarresan") < sections[0].index("Intervjuer"), "by position"
    assert "Minsta användbara lösning" in sections[1]
    assert "Skalning" in sections[2]
    assert "Innovationsfonden" in sections[3]
    assert 'href="/en/methods/mvp/"' in html


def test_list_leaves_out_unpublished_methods(client, library):
    assert "Hemligt utkast" not in client.get("/sv/methods/").text


def test_stage_filter_shows_that_stage_and_methods_for_every_stage(client, library):
    html = client.get("/sv/methods/", {"stage": "2"}).text
    assert headings(html) == ["stage-2", "every-stage"]
    assert "Minsta användbara lösning" in html and "Innovationsfonden" in html
    assert "Brukarresan" not in html and "Skalning" not in html
    assert '<option value="2" selected>' in html


@pytest.mark.parametrize("value", ["7", "0", "-1", "ett", "1.5", "", "2'--", "<script>", "9" * 40])
def test_bad_stage_values_are_ignored(client, library, value):
    response = client.get("/sv/methods/", {"stage": value})
    assert response.status_code == 200
    assert headings(response.text) == ["stage-1", "stage-2", "stage-3", "every-stage"]
    assert ('class="notice notice--warning" role="alert"' in response.text) == bool(value), (
        "a notice for a bad value"
    )
    assert "<script>" not in response.text.split("<main")[1]


def test_several_stage_values_use_the_first_known(client, library):
    response = client.get("/sv/methods/?stage=x&stage=3")
    assert response.status_code == 200


@pytest.mark.django_db
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    query=st.lists(st.tuples(st.sampled_from(["stage", "page"]) | st.text(max_size=8), st.text(max_size=40)))
)
def test_any_query_string_gets_the_list(client, query):
    assert client.get("/da/methods/", query).status_code == 200


def test_empty_library_says_so(client, db):
    assert "No methods have been published yet." in client.get("/en/methods/").text


def test_list_runs_a_bounded_number_of_queries(client, library, django_assert_max_num_queries):
    for number in range(20):
        method(slug=f"extra-{number}", stage=number % 3 + 1 if number % 4 else None)
    with django_assert_max_num_queries(3):  # one for the methods, slack for the layout
        response = client.get("/sv/methods/")
    assert response.status_code == 200


def test_list_is_in_the_main_navigation_marked_current(client, library):
    html = client.get("/en/methods/").text
    assert '<a href="/en/methods/" aria-current="page">Methods</a>' in html


# A method's page ------------------------------------------------------------------------


def test_method_page_shows_rendered_body_stage_and_related_methods(client, library):
    html = client.get("/sv/methods/intervjuer/").text
    assert "<h1>Intervjuer</h1>" in html
    assert "<h2>Så gör ni</h2>" in html
    assert "<ul>\n<li>ett</li>\n<li>två</li>\n</ul>" in html
    assert "1. Förstå behovet" in html or "1. Understand the need" in html
    related = html.split('id="related-heading"')[1]
    assert 'href="/sv/methods/brukarresan/"' in related
    assert "/sv/methods/mvp/" not in related, "only methods of the same stage"
    assert "/sv/methods/intervjuer/" not in related, "not itself"
    assert "Hemligt utkast" not in html


def test_every_stage_method_links_to_others_for_every_stage(client, library):
    other = method(slug="dataskydd", title_sv="Dataskydd", stage=None)
    html = client.get("/en/methods/fonden/").text
    assert "Useful at every stage" in html
    assert f'href="{other.get_absolute_url().replace("/sv/", "/en/")}"' in html
    assert "/en/methods/mvp/" not in html.split('id="related-heading"')[1]


def test_unpublished_and_unknown_methods_are_not_found(client, library):
    assert client.get("/sv/methods/utkast/").status_code == 404
    assert client.get("/sv/methods/finns-inte/").status_code == 404


def test_unpublished_method_is_not_shown_to_staff_either_on_the_public_site(client, library):
    client.force_login(make_staff())
    assert client.get("/sv/methods/utkast/").status_code == 404


def test_method_page_runs_a_bounded_number_of_queries(client, library, django_assert_max_num_queries):
    for number in range(10):
        method(slug=f"steg-1-{number}", stage=1)
    with django_assert_max_num_queries(3):  # the method and its neighbours, slack for the layout
        response = client.get("/sv/methods/intervjuer/")
    assert response.status_code == 200


# Languages -------------------------------------------------------------------------------


def test_translated_method_is_shown_in_the_page_language(client, db):
    method(
        slug="intervjuer", title_sv="Intervjuer", title_en="Interviews", summary_en="Talk to people.", stage=1
    )
    html = client.get("/en/methods/intervjuer/").text
    assert "<h1>Interviews</h1>" in html
    assert '<p class="lead">Talk to people.</p>' in html


def test_missing_translation_falls_back_to_swedish_marked_with_lang(client, db):
    method(
        slug="intervjuer", title_sv="Intervjuer", summary_sv="Prata med folk.", body_sv="## Rubrik", stage=1
    )
    detail = client.get("/en/methods/intervjuer/").text
    assert '<h1 lang="sv">Intervjuer</h1>' in detail
    assert '<p class="lead" lang="sv">Prata med folk.</p>' in detail
    assert '<div class="prose" lang="sv"><h2>Rubrik</h2></div>' in detail
    listing = client.get("/da/methods/").text
    assert 'lang="sv">Intervjuer</a>' in listing


def test_swedish_page_needs_no_lang_marks(client, library):
    html = client.get("/sv/methods/intervjuer/").text
    main = html.split('<main id="main" tabindex="-1">')[1]
    assert ' lang="sv"' not in main


# Rendering and sanitising ------------------------------------------------------------------


def test_markdown_headings_lists_links_and_tables():
    html = render_markdown(
        "# Title\n\n### Sub\n\nSome *em* and **strong**.\n\n1. one\n2. two\n\n"
        "[Vinnova](https://www.vinnova.se/) and [mail](mailto:info@example.se)\n\n"
        "| a | b |\n| --- | --- |\n| 1 | 2 |\n\n> quoted\n\n```\ncode\n```\n\n###### deep\n"
    )
    assert "<h2>Title</h2>" in html, "# becomes h2: the page title is the only h1"
    assert "<h3>Sub</h3>" in html
    assert "<h4>deep</h4>" in html
    assert "<em>em</em>" in html and "<strong>strong</strong>" in html
    assert "<ol>\n<li>one</li>\n<li>two</li>\n</ol>" in html
    assert '<a href="https://www.vinnova.se/" rel="noopener noreferrer">Vinnova</a>' in html
    assert '<a href="mailto:info@example.se" rel="noopener noreferrer">mail</a>' in html
    assert '<div class="table-wrap"><table>' in html and "<th>a</th>" in html and "<td>2</td>" in html
    assert "<blockquote>" in html and "<pre><code>code" in html


def test_empty_text_renders_nothing():
    assert render_markdown("") == ""
    assert render_markdown(None) == ""
    assert render_markdown("   \n ") == ""


@pytest.mark.parametrize(
    "text, forbidden",
    [
        ("<script>alert(1)</script>Hej", "<script"),
        ("<script>alert(1)</script>Hej", "alert(1)"),
        ("[klicka](javascript:alert(1))", "javascript:"),
        ('<a href="JaVaScRiPt:alert(1)">klicka</a>', "alert"),
        ('<a href="data:text/html;base64,PHNjcmlwdD4=">klicka</a>', "data:"),
        ('<a href="vbscript:msgbox(1)">klicka</a>', "vbscript"),
        ("<img src=x onerror=alert(1)>", "onerror"),
        ("<img src=http://evil.example/track.png>", "<img"),
        ("![bild](http://evil.example/track.png)", "evil.example"),
        ('<p onclick="steal()">text</p>', "onclick"),
        ('<p style="position:fixed">text</p>', "style"),
        ('<iframe src="https://evil.example/"></iframe>', "<iframe"),
        ("<style>body { display: none }</style>", "display"),
        ('<form action="https://evil.example/"><input name="x"></form>', "<input"),
        ('<svg onload="alert(1)"><circle/></svg>', "<svg"),
        ("<!-- hemlig kommentar -->", "hemlig"),
        ('<div class="card" id="main">x</div>', 'id="main"'),
        ('<a href="https://ok.example/" target="_blank" rel="opener">x</a>', "target"),
        ('<a href="https://ok.example/" rel="opener">x</a>', 'rel="opener"'),
    ],
)
def test_sanitising_removes_dangerous_markup(text, forbidden):
    assert forbidden.lower() not in render_markdown(text).lower()


def test_script_tag_in_a_method_never_reaches_the_page(client, db):
    method(
        slug="farlig", body_sv="## Rubrik\n\n<script>alert('xss')</script>\n\n<img src=x onerror=alert(1)>"
    )
    html = client.get("/sv/methods/farlig/").text
    assert "alert(" not in html
    assert "onerror" not in html


class Elements(HTMLParser):
    """The elements and attributes an HTML fragment holds."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[tuple[str, str]] = set()
        self.links: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes |= {(tag, name) for name, _value in attrs}
        self.links += [value for name, value in attrs if name == "href"]


def safe_link(url: str) -> bool:
    """http, https, mailto or relative: no other scheme."""
    url = re.sub(r"[\t\n\r]", "", url)  # browsers ignore these inside a URL
    scheme = re.match(r"^[\x00-\x20]*([a-zA-Z][a-zA-Z0-9+.-]*):", url)
    return scheme is None or scheme.group(1).lower() in {"http", "https", "mailto"}


ALLOWED_ATTRIBUTES = {("a", "href"), ("a", "rel"), ("a", "title"), ("ol", "start"), ("div", "class")}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_text_renders_without_errors_or_scripts(text):
    html = render_markdown(text)
    assert "<script" not in html.lower()
    elements = Elements(html)
    assert elements.tags <= ALLOWED_TAGS
    assert elements.attributes <= ALLOWED_ATTRIBUTES
    assert all(safe_link(link) for link in elements.links), elements.links


MARKUP = st.sampled_from(
    [
        "<script>",
        "</script>",
        "<img src=x onerror=alert(1)>",
        "[a](javascript:x)",
        "<a href='java\nscript:x'>",
        "# ",
        "- ",
        "\n\n",
        "`",
        "```",
        "<",
        ">",
        '"',
        "'",
        "*",
        "|",
        "---",
        "<svg/onload=x>",
        "&lt;script&gt;",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKUP | st.text(max_size=10), max_size=30).map("".join))
def test_markdown_made_of_hostile_pieces_never_outputs_a_script(text):
    html = render_markdown(text)
    assert "<script" not in html.lower()
    elements = Elements(html)
    assert elements.tags <= ALLOWED_TAGS
    assert elements.attributes <= ALLOWED_ATTRIBUTES
    assert all(safe_link(link) for link in elements.links), elements.links


# Admin ----------------------------------------------------------------------------------------


def test_admin_lists_filters_and_previews_the_rendered_body(client, library):
    client.force_login(make_staff())
    listing = client.get("/sv/admin/methods/method/?stage__exact=2")
    assert listing.status_code == 200
    assert "Minsta användbara lösning" in listing.text and "Brukarresan" not in listing.text
    fund = library["fund"]
    fund.body_sv = "## Förhandsvisning\n\n<script>alert(1)</script>"
    fund.save()
    change = client.get(f"/sv/admin/methods/method/{fund.pk}/change/")
    assert change.status_code == 200
    assert "<h2>Förhandsvisning</h2>" in change.text
    assert "alert(1)" not in change.text.split("Förhandsvisning</h2>")[1].split("</section>")[0]
    assert client.get("/sv/admin/methods/method/add/").status_code == 200


# Demo data ------------------------------------------------------------------------------------


def test_demo_loader_is_idempotent(db):
    first = loader.load()
    count = Method.objects.count()
    Method.objects.filter(slug="omvarldsbevakning").update(title_sv="Ändrad")
    second = loader.load()
    assert first == second == {"methods": count}
    assert Method.objects.count() == count
    assert Method.objects.get(slug="omvarldsbevakning").title_sv == "Omvärldsbevakning: lär av andra först"


def test_demo_methods_are_useful_in_three_languages_and_every_stage(db):
    loader.load()
    methods = list(Method.objects.all())
    assert 10 <= len(methods) <= 14
    assert {m.stage for m in methods} == {1, 2, 3, None}
    for m in methods:
        for code in ("sv", "en", "da"):
            title, summary, body = (getattr(m, f"{name}_{code}") for name in ("title", "summary", "body"))
            assert title and summary, (m.slug, code)
            assert 200 <= len(body.split()) <= 500, (m.slug, code)
            html = render_markdown(body)
            assert "<h2>" in html and ("<ul>" in html or "<ol>" in html), (m.slug, code)
            for link in re.findall(r'href="([^"]+)"', html):
                assert link.startswith(("https://", f"/{code}/")), (m.slug, code, link)


def test_demo_method_pages_render(client, db):
    loader.load()
    for slug in Method.objects.values_list("slug", flat=True):
        for code in ("sv", "en", "da"):
            assert client.get(f"/{code}/methods/{slug}/").status_code == 200
