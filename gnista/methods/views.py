from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from gnista.core.filtering import drop_unknown_values
from gnista.portfolio.models import Stage

from .forms import StageFilterForm
from .models import Method
from .rendering import render_markdown

# Lists show titles and summaries only: the bodies, in every language, stay in the database.
BODIES = ["body", *(f"body_{code}" for code, _name in settings.LANGUAGES)]


@dataclass
class StageGroup:
    stage: int | None
    heading: str
    methods: list[Method] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"stage-{self.stage}" if self.stage else "every-stage"


def stage_heading(stage: int | None) -> str:
    return Stage(stage).label if stage else _("Useful at every stage")


def method_list(request):
    """Published methods grouped by stage: 1, 2, 3, then those useful at every stage.

    With a stage chosen, that stage's methods and those useful at every stage. A stage
    the form does not know is dropped with a notice, never an error."""
    data, notices = drop_unknown_values(request.GET, StageFilterForm)
    form = StageFilterForm(data)
    stage = form.cleaned_data["stage"] if form.is_valid() else None
    methods = Method.objects.published().defer(*BODIES)
    if stage:
        methods = methods.filter(Q(stage=stage) | Q(stage__isnull=True))
    groups = {value: StageGroup(value, stage_heading(value)) for value in [*Stage.values, None]}
    for method in methods.order_by("stage", "position", "slug"):
        groups[method.stage].methods.append(method)
    return render(
        request,
        "methods/method_list.html",
        {
            "section": "methods",
            "form": form,
            "notices": notices,
            "stage": stage,
            "groups": [group for group in groups.values() if group.methods],
        },
    )


def method_detail(request, slug):
    published = Method.objects.published()
    method = get_object_or_404(published, slug=slug)
    related = published.filter(stage=method.stage) if method.stage else published.filter(stage__isnull=True)
    return render(
        request,
        "methods/method_detail.html",
        {
            "section": "methods",
            "method": method,
            "body": render_markdown(method.body),
            "stage_heading": stage_heading(method.stage),
            "related": related.exclude(pk=method.pk).defer(*BODIES).order_by("position", "slug"),
        },
    )
