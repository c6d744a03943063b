from django import template

from gnista.funding.services import format_kr

register = template.Library()


@register.filter
def kr(amount: int | None) -> str:
    """Whole kronor with non-breaking spaces between the thousands and before "kr", as
    Swedish writes them (1 250 000 kr); empty when there is no amount."""
    if amount is None:
        return ""
    return f"{format_kr(amount)}\u00a0kr"
