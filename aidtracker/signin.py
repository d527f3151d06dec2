"""What an editor sees when signing in is paused (django-axes calls `lockout`)."""

from axes.helpers import get_cool_off
from django.shortcuts import render
from django.utils import timezone
from django.utils.timesince import timesince


def lockout(request, original_response=None, credentials=None):
    """429 with Retry-After and the wait in words ("15 minutes").

    Each attempt made while locked counts as a failure and starts the wait again
    (AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT), so the whole cool-off is what is left.
    """
    wait = get_cool_off(request)
    now = timezone.now()
    response = render(request, "lockout.html", {"wait": timesince(now - wait, now)}, status=429)
    response["Retry-After"] = str(int(wait.total_seconds()))
    return response
