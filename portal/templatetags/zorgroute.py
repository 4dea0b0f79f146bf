from django import template

register = template.Library()


@register.filter
def lines(text):
    """Split an admin-written text with one item per line into a list of items."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


@register.filter
def paragraphs(text):
    """Split a text into paragraphs at blank lines."""
    return [part.strip() for part in (text or "").split("\n\n") if part.strip()]
