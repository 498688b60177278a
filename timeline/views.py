from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tracker.models import Conflict


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "timeline/home.html", {"conflicts": Conflict.objects.all()})
