"""When an ongoing activity happens: weekdays and times of day, stored as bitmasks (services.fields)."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("maanantai")
    TUESDAY = 1, _("tiistai")
    WEDNESDAY = 2, _("keskiviikko")
    THURSDAY = 3, _("torstai")
    FRIDAY = 4, _("perjantai")
    SATURDAY = 5, _("lauantai")
    SUNDAY = 6, _("sunnuntai")


class TimeOfDay(models.IntegerChoices):
    MORNING = 0, _("aamupäivä")
    AFTERNOON = 1, _("iltapäivä")
    EVENING = 2, _("ilta")

    @classmethod
    def of(cls, moment: datetime.datetime) -> "TimeOfDay":
        hour = timezone.localtime(moment).hour
        if hour < 12:
            return cls.MORNING
        if hour < 17:
            return cls.AFTERNOON
        return cls.EVENING
