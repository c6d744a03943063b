"""Atom feeds of what is new: challenges, initiatives, ideas and events, the 50 newest of
each, in the language of the address (/en/feeds/…), translated texts falling back to
Swedish. An entry in another language than the feed's says so (xml:lang), as an idea keeps
the language it was written in and an untranslated text shows in Swedish."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.html import linebreaks
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from gnista.events.models import Event
from gnista.participation.models import Idea
from gnista.portfolio.models import Challenge, Initiative
from gnista.search.sources import lang_of_translated

NEWEST = 50


class LanguageTaggedAtom1Feed(Atom1Feed):
    def item_attributes(self, item):
        language = item.get("language")
        return {"xml:lang": language} if language and language != self.feed["language"] else {}


class NewestFeed(Feed):
    feed_type = LanguageTaggedAtom1Feed
    list_url_name = ""
    title_language = staticmethod(lang_of_translated("title"))

    def link(self):
        return reverse(self.list_url_name)

    def author_name(self):
        return settings.OPEN_DATA_PUBLISHER_NAME

    def items(self):
        return self.newest()[:NEWEST]

    def newest(self):
        raise NotImplementedError

    def item_title(self, item):
        return item.title

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_extra_kwargs(self, item):
        return {"language": self.title_language(item, get_language())}

    @staticmethod
    def html(text: str) -> str:
        return linebreaks(text, autoescape=True)


class ChallengeFeed(NewestFeed):
    title = _("New challenges – gnista")
    subtitle = _("The newest challenges the city asks for help with.")
    list_url_name = "portfolio:challenge-list"

    def newest(self):
        return Challenge.objects.public().order_by("-created_at", "-pk")

    def item_description(self, item):
        return self.html(item.summary)


class InitiativeFeed(NewestFeed):
    title = _("New initiatives – gnista")
    subtitle = _("The newest initiatives in the city's innovation portfolio.")
    list_url_name = "portfolio:initiative-list"

    def newest(self):
        return Initiative.objects.order_by("-created_at", "-pk")

    def item_description(self, item):
        return self.html(item.summary)


class IdeaFeed(NewestFeed):
    title = _("New ideas – gnista")
    subtitle = _("The newest public ideas, in the language they were written in.")
    list_url_name = "participation:idea-list"

    def newest(self):
        return Idea.objects.public().select_related("author").order_by("-submitted_at", "-pk")

    def item_description(self, item):
        return self.html(item.description)

    def item_author_name(self, item):
        return item.author_name

    def item_pubdate(self, item):
        return item.submitted_at

    def item_extra_kwargs(self, item):
        return {"language": item.language}


class EventFeed(NewestFeed):
    title = _("New events – gnista")
    subtitle = _("The newest events in the innovation district's calendar.")
    list_url_name = "events:list"

    def newest(self):
        return Event.objects.select_related("hub").order_by("-created_at", "-pk")

    def item_description(self, item):
        when = date_format(timezone.localtime(item.starts_at), "DATETIME_FORMAT")
        where = item.place or (item.hub.name if item.hub else "")
        lines = [f"{when}, {where}" if where else when]
        if item.description:
            lines.append(item.description)
        return self.html("\n\n".join(lines))


FEEDS = {
    "challenges": ChallengeFeed,
    "initiatives": InitiativeFeed,
    "ideas": IdeaFeed,
    "events": EventFeed,
}
