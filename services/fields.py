from django import forms
from django.core import exceptions
from django.db import models


class FlagsField(models.PositiveSmallIntegerField):
    """A small set of integer choices (weekdays, times of day) kept as one bitmask column.

    In Python the value is a sorted list of the chosen integers; in the database it is one
    integer, so "any of these weekdays" is a single bitwise test.
    """

    def __init__(self, *args, flag_choices=(), **kwargs):
        self.flag_choices = list(flag_choices)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["flag_choices"] = self.flag_choices
        return name, path, args, kwargs

    @staticmethod
    def to_mask(flags) -> int:
        if isinstance(flags, int):
            return flags
        return sum(1 << int(flag) for flag in set(flags or ()))

    @staticmethod
    def to_flags(mask) -> list[int]:
        mask = int(mask or 0)
        return [bit for bit in range(15) if mask & (1 << bit)]

    def from_db_value(self, value, expression, connection):
        return self.to_flags(value)

    def to_python(self, value):
        if isinstance(value, list):
            return sorted({int(v) for v in value})
        if value in (None, ""):
            return []
        return self.to_flags(value)

    def get_prep_value(self, value):
        return self.to_mask(value if value is not None else [])

    def get_default(self):
        return []

    def value_to_string(self, obj):
        return str(self.to_mask(self.value_from_object(obj)))

    def run_validators(self, value):
        # The integer validators of the parent apply to the stored mask, not to the list.
        super().run_validators(self.to_mask(value))

    def validate(self, value, model_instance):
        allowed = {key for key, _label in self.flag_choices}
        unknown = set(value or ()) - allowed
        if unknown:
            raise exceptions.ValidationError(self.error_messages["invalid_choice"], params={"value": sorted(unknown)[0]})
        if not self.blank and not value:
            raise exceptions.ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.flag_choices,
            "coerce": int,
            "widget": forms.CheckboxSelectMultiple,
            "required": not self.blank,
        }
        defaults.update(kwargs)
        # Bypass IntegerField.formfield, which would force a number input.
        return models.Field.formfield(self, **defaults)
