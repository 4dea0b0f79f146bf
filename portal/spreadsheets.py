"""CSV files that spreadsheets open safely: one rule for every export."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"  # so spreadsheets read the accents and Arabic as UTF-8


def safe_cell(value) -> str:
    """A value as text that a spreadsheet shows, and never runs as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text[:1] in FORMULA_STARTS else text
