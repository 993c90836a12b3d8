"""CSV files that Finnish Excel opens by double-click: the statistics and the sign-up lists.

Finnish Excel takes the semicolon as the column separator (the comma is the decimal separator in
Finnish), and it needs the byte order mark to read UTF-8, so ä and ö show correctly. Other
spreadsheets read both as well.
"""

import csv
import datetime
import io


def cell(text: str) -> str:
    """Text as a spreadsheet shows it: a leading = + - @ would otherwise start a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def finnish_date(day: datetime.date) -> str:
    """31.12.2026: the form Finnish Excel reads as a date."""
    return f"{day.day}.{day.month}.{day.year}"


def excel_csv(rows) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    return out.getvalue()
