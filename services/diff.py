"""What changed between two states of a listing, in words a liaison reads at a glance.

A state is the listing's content as display strings: each content field, each classification
as a set of term names, and the tags. States come from a listing (the published version, its
working copy) or from a historical version, so the moderation queue and version restore show
changes the same way: "Label: old → new", terms added and removed, long texts word by word.
"""

import difflib
from dataclasses import dataclass, field

from django.db import models
from django.utils import formats, timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from services.fields import FlagsField
from services.history import version_classification, version_tags
from services.models import Listing
from tarjotin.forms import normalise_line_endings

TAGS = "tags"
LONG_TEXT = 80  # characters; longer texts are shown as a word diff


@dataclass
class Change:
    label: str
    old: str = ""
    new: str = ""
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    text_diff: str = ""  # safe HTML with <del> and <ins>, for long texts


def _display(model_field, value) -> str:
    if value in (None, "", []):
        return ""
    if isinstance(model_field, FlagsField):
        labels = dict(model_field.flag_choices)
        return ", ".join(str(labels.get(flag, flag)) for flag in value)
    if isinstance(model_field, models.BooleanField):
        return _("kyllä") if value else _("ei")
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(model_field, models.ForeignKey):
        related = model_field.related_model.objects.filter(pk=value).first()
        return str(related) if related else _("(poistettu)")
    if isinstance(model_field, models.DateTimeField):
        return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    # Text saved from a browser before line endings were normalised may still hold \r\n.
    return normalise_line_endings(str(value))


def _state(values: dict, classification: dict[str, set[str]], tags) -> dict:
    state = {}
    for model_field in Listing.content_fields():
        state[model_field.name] = _display(model_field, values[model_field.attname])
    state.update(classification)
    state[TAGS] = {tag.lower() for tag in tags}
    return state


def listing_state(listing) -> dict:
    values = {f.attname: getattr(listing, f.attname) for f in Listing.content_fields()}
    classification = {name: {str(term) for term in getattr(listing, name).all()} for name in Listing.CONTENT_M2M}
    return _state(values, classification, listing.tags.names())


def version_state(version) -> dict:
    """The state of a historical version (services.history)."""
    values = {f.attname: getattr(version, f.attname) for f in Listing.content_fields()}
    classification = {}
    for name, ids in version_classification(version).items():
        model = Listing._meta.get_field(name).related_model
        classification[name] = {str(term) for term in model.objects.filter(pk__in=ids)}
    return _state(values, classification, version_tags(version))


def _label(name: str) -> str:
    if name == TAGS:
        return capfirst(_("avainsanat"))
    return capfirst(str(Listing._meta.get_field(name).verbose_name))


def word_diff(old: str, new: str) -> str:
    """Safe HTML of a long text: removed words in <del>, added words in <ins>, the rest escaped."""
    old_words, new_words = old.split(" "), new.split(" ")
    parts = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape(" ".join(old_words[a1:a2])))
            continue
        if a2 > a1:
            parts.append(f"<del>{escape(' '.join(old_words[a1:a2]))}</del>")
        if b2 > b1:
            parts.append(f"<ins>{escape(' '.join(new_words[b1:b2]))}</ins>")
    return mark_safe(" ".join(parts).replace("\n", "<br>"))


def changes(old: dict, new: dict) -> list[Change]:
    """The differences between two states, in the order of the form."""
    result = []
    for name, new_value in new.items():
        old_value = old.get(name)
        if old_value == new_value:
            continue
        label = _label(name)
        if isinstance(new_value, set):
            result.append(Change(label, added=sorted(new_value - old_value), removed=sorted(old_value - new_value)))
        elif len(old_value) > LONG_TEXT or len(new_value) > LONG_TEXT or "\n" in old_value + new_value:
            result.append(Change(label, old=old_value, new=new_value, text_diff=word_diff(old_value, new_value)))
        else:
            result.append(Change(label, old=old_value, new=new_value))
    return result


def working_copy_changes(copy) -> list[Change]:
    """What a working copy changes in the published listing it was made from."""
    return changes(listing_state(copy.working_copy_of), listing_state(copy))


def changes_since(pk: int, version: int, current) -> list[Change]:
    """What changed in a listing after someone opened it at `version` (the row `pk`, which may be
    a working copy that has since been published and deleted). Empty when that version is unknown."""
    seen = Listing.history.filter(id=pk, version=version).order_by("-history_date", "-history_id").first()
    if seen is None:
        return []
    return changes(version_state(seen), listing_state(current))
