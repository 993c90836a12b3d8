"""Form pieces every app's forms share."""

from django import forms
from django.db import models


def normalise_line_endings(text: str) -> str:
    r"""Browsers send a textarea's line breaks as \r\n; everything stored and compared uses \n."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


class MultilineField(forms.CharField):
    """A CharField for textareas that stores line breaks as \\n.

    Without it the same paragraphs typed in a browser (CRLF) and stored earlier (LF) differ,
    and the review page marks unchanged text as changed; max_length would also count each
    line break twice.
    """

    def to_python(self, value):
        value = super().to_python(value)
        return normalise_line_endings(value) if isinstance(value, str) else value


def _is_textarea(widget) -> bool:
    return isinstance(widget, forms.Textarea) or (isinstance(widget, type) and issubclass(widget, forms.Textarea))


def multiline_formfield(db_field, **kwargs):
    """ModelForm Meta.formfield_callback: every multi-line text field becomes a MultilineField."""
    is_text = isinstance(db_field, models.TextField) and not db_field.choices
    if is_text or (isinstance(db_field, models.CharField) and _is_textarea(kwargs.get("widget"))):
        return db_field.formfield(form_class=MultilineField, **kwargs)
    return db_field.formfield(**kwargs)
