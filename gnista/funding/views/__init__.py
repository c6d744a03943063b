"""The innovation fund's staff pages, under /<lang>/manage/."""

from gnista.core.permissions import permission_required

# Every page is for staff. Pages about one object then ask about that object; this outer
# check sends anonymous visitors to sign in instead of refusing them.
staff_only = permission_required("funding.access")


def posted(request):
    """The form data of a POST, even an empty one (which `request.POST or None` would
    take for a first visit and so show no errors)."""
    return request.POST if request.method == "POST" else None
